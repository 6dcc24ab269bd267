package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
)

func (p *Panel) answerFeedback(helpful bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.feedback = "no"
		if helpful {
			p.feedback = "yes"
		}
		if p.host != nil {
			p.host.Post(bridge.Feedback{Helpful: helpful})
		}
	}
}

// renderFeedback asks, after a diagnosis or a contact, whether the panel
// solved the problem (seed 002's feedback mechanism).
func (p *Panel) renderFeedback() app.UI {
	if !p.diag.done && !p.asked {
		return app.Section().ID("triage-feedback")
	}
	if p.feedback != "" {
		return app.Section().ID("triage-feedback").Role("status").Text(p.t(strThanks))
	}
	return app.Section().ID("triage-feedback").Class("triage-feedback").Aria("labelledby", "triage-feedback-h").Body(
		app.H2().ID("triage-feedback-h").Text(p.t(strSolved)),
		app.Button().Type("button").ID("triage-feedback-yes").OnClick(p.guard(p.answerFeedback(true))).Text(p.t(strYes)),
		app.Button().Type("button").ID("triage-feedback-no").OnClick(p.guard(p.answerFeedback(false))).Text(p.t(strNo)),
	)
}
