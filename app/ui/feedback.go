package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// feedbackView asks, after a diagnosis or a contact, whether the panel
// solved the problem (seed 002's feedback mechanism).
type feedbackView struct {
	Section
}

func (v *feedbackView) answer(helpful bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) { v.p.sess.Feedback(helpful) }
}

func (v *feedbackView) Render() app.UI { return v.guarded(v.render) }

func (v *feedbackView) render() app.UI {
	st := v.p.state
	if !st.Done && !st.Asked {
		return app.Section().ID("triage-feedback")
	}
	if st.Feedback != "" {
		return app.Section().ID("triage-feedback").Role("status").Text(v.t(strThanks))
	}
	return app.Section().ID("triage-feedback").Class("triage-feedback").Aria("labelledby", "triage-feedback-h").Body(
		app.H2().ID("triage-feedback-h").Text(v.t(strSolved)),
		app.Button().Type("button").ID("triage-feedback-yes").OnClick(v.do(v.answer(true))).Text(v.t(strYes)),
		app.Button().Type("button").ID("triage-feedback-no").OnClick(v.do(v.answer(false))).Text(v.t(strNo)),
	)
}
