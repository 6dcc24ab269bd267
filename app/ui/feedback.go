package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// feedbackView asks, after a diagnosis or a contact, whether the panel
// solved the problem (seed 002's feedback mechanism). A "no" leads to the
// best human channel, the case report ready to send.
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
	switch st.Feedback {
	case "no":
		return v.renderNotSolved()
	case "yes":
		return app.Section().ID("triage-feedback").Role("status").Text(v.t(strThanks))
	}
	return app.Section().ID("triage-feedback").Class("triage-feedback").Aria("labelledby", "triage-feedback-h").Body(
		app.H2().ID("triage-feedback-h").Text(v.t(strSolved)),
		app.Button().Type("button").ID("triage-feedback-yes").OnClick(v.do(v.answer(true))).Text(v.t(strYes)),
		app.Button().Type("button").ID("triage-feedback-no").OnClick(v.do(v.answer(false))).Text(v.t(strNo)),
	)
}

// renderNotSolved is the best human channel, as the channels section
// shows it, and the redacted report ready to send through it.
func (v *feedbackView) renderNotSolved() app.UI {
	var channel app.UI
	if i := v.p.sess.HumanChannel(); i >= 0 {
		channel = app.Ol().ID("triage-human").Class("triage-recs").Body((&channelsView{v.Section}).renderRecommendation(i, v.p.state.Plan.Recommendations[i]))
	}
	return app.Section().ID("triage-feedback").Body(
		app.P().Role("status").Text(v.t(strNotSolved)),
		channel,
		app.Pre().ID("triage-feedback-report").Class("triage-report-text").Text(v.p.sess.Sharing().Text()),
	)
}
