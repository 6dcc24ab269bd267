package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/report"
	"github.com/triage-widget/triage/app/route"
)

// summaryView is the first screen: in an emergency the emergency path and
// nothing above it; otherwise what is wrong, most blocking first, and the
// one thing to do, then the problems as one-line rows (findings.go).
type summaryView struct {
	Section
}

// IDs of the summary card (its heading, idSummary+"-h", takes focus after
// a category is picked) and of the report's heading ("see the report").
const (
	idSummary       = "triage-summary"
	idReportHeading = "triage-report-h"
)

func (v *summaryView) Render() app.UI { return v.guarded(v.render) }

func (v *summaryView) render() app.UI {
	st := v.p.state
	if st.Summary.Emergency {
		return app.Div().Class("triage-summary-emergency").Body(v.renderEmergency(), v.renderChecks())
	}
	return app.Section().ID(idSummary).Class("triage-summary").Aria("labelledby", "triage-summary-h").Body(
		app.Div().Role("status").Aria("live", "polite").Aria("busy", len(st.Running) > 0).Body(
			app.H2().ID("triage-summary-h").Class("triage-headline").TabIndex(-1).Text(v.headline()),
			v.renderMore(),
		),
		v.renderPrimary(),
		app.If(st.Plan != nil && !st.Plan.Emergency, app.P().Class("triage-stolen").Body(
			app.Button().Type("button").ID("triage-compromised").Class("triage-link").
				OnClick(v.do(v.compromised)).Text(v.t(strCompromised)),
		)),
		v.renderChecks(),
		v.renderAccount(),
	)
}

// renderAccount names the account the checks read, as the dashboard gave
// it, so the merchant knows which account this is about.
func (v *summaryView) renderAccount() app.UI {
	c := v.p.state.Context
	if c.MerchantID == "" && c.StoreDomain == "" {
		return nil
	}
	text := c.MerchantID
	if c.StoreDomain != "" {
		if text != "" {
			text += " · "
		}
		text += c.StoreDomain
	}
	return app.P().ID("triage-account").Class("triage-hint").Body(
		app.Span().Text(v.label(reportLabel("merchantId"))), app.Span().ID("triage-merchant").Text(text),
	)
}

// headline says what is wrong in one sentence: the most blocking problem,
// in plain words (its code's meaning), or where the checks are.
func (v *summaryView) headline() string {
	st := v.p.state
	switch {
	case len(st.Summary.Problems) > 0:
		return v.meaning(st.Summary.Problems[0])
	case !st.Done && (st.Opened || len(st.Running) > 0):
		return v.t(strSummaryChecking)
	case !st.Done:
		return v.t(strChecksIdle)
	case st.Platform.Settled && st.Platform.Manifest == nil:
		return v.t(strSummaryUnverified)
	}
	return v.t(strSummaryNone)
}

// meaning is a finding in one line: what its code means, or its message
// when the code is not the engine's (a platform's own error code).
func (v *summaryView) meaning(f diag.Finding) string {
	if m, ok := f.Code.Meaning(); ok && m.Complete() {
		return v.t(m)
	}
	return v.t(f.Message)
}

func (v *summaryView) renderMore() app.UI {
	if n := len(v.p.state.Summary.Problems); n > 1 {
		return app.P().Class("triage-more").Text(v.t(strSummaryMore.Format(n)))
	}
	return nil
}

// renderPrimary is the one thing to do: a finding's fix, or the best
// channel's action with the report ready; without verified channels, the
// official site the widget server pins.
func (v *summaryView) renderPrimary() app.UI {
	st := v.p.state
	if st.Platform.Settled && st.Platform.Manifest == nil {
		return (&channelsView{v.Section}).renderUnverified()
	}
	if st.Plan == nil || st.Summary.Primary < 0 {
		return nil
	}
	i := st.Summary.Primary
	r := st.Plan.Recommendations[i]
	c := &channelsView{v.Section}
	if f := st.Summary.Fix; f != nil {
		return app.Div().ID("triage-primary").Class("triage-primary").DataSet("finding", f.Code).Body(
			app.P().Class("triage-fix").Body(app.Strong().Text(v.t(strFix)), app.Text(v.t(fixText(*f)))),
			c.renderAction(i, r),
		)
	}
	if r.Channel == nil {
		return nil // summarize picks only a finding's fix or a channel
	}
	return app.Div().ID("triage-primary").Class("triage-primary").DataSet("channel", r.Channel.ID).Body(
		app.P().Body(app.Strong().Text(v.label(strNext)), app.Text(v.t(r.Channel.Label)), v.p.demoTag()),
		app.P().Class("triage-reason").Text(v.t(r.Reason)),
		app.If(r.Availability.Complete(), app.P().Class("triage-hours").Text(v.t(r.Availability))),
		c.renderAction(i, r),
		app.P().Class("triage-hint").Body(
			app.Text(v.t(strReportReady)+" "),
			app.Button().Type("button").ID("triage-to-report").Class("triage-link").OnClick(v.do(v.toReport)).Text(v.t(strReportShow)),
		),
	)
}

// fixText is what to do about a finding: its fix, or, for a finding that
// has none, its message (which then says it).
func fixText(f diag.Finding) i18n.Text {
	if f.Fix.Complete() {
		return f.Fix
	}
	return f.Message
}

// renderEmergency is the emergency path: freeze now, the 24/7 line, three
// short steps, and nothing above them.
func (v *summaryView) renderEmergency() app.UI {
	plan := v.p.state.Plan
	c := &channelsView{v.Section}
	recs := emergencyRecs(plan)
	return app.Section().ID("triage-emergency").Class("triage-emergency").Role("alert").Aria("labelledby", "triage-emergency-h").Body(
		app.H2().ID("triage-emergency-h").TabIndex(-1).Text(v.t(strEmergencyHeading)),
		app.Ol().Class("triage-emergency-actions").Body(
			app.Range(recs).Slice(func(j int) app.UI {
				i := recs[j]
				r := plan.Recommendations[i]
				return app.Li().Class("triage-rec-"+string(r.Kind)).DataSet("channel", r.Channel.ID).Body(
					c.renderAction(i, r),
					app.If(r.Availability.Complete(), app.P().Class("triage-hours").Text(v.t(r.Availability))),
				)
			}),
		),
		app.H3().Text(v.t(strEmergencyThen)),
		app.Ol().ID("triage-emergency-steps").Body(
			app.Range(plan.Steps).Slice(func(i int) app.UI { return app.Li().Text(v.t(plan.Steps[i])) }),
		),
	)
}

// emergencyRecs are the indexes of the recommendations the emergency block
// shows: the freeze and the round-the-clock lines.
func emergencyRecs(plan *route.Result) []int {
	var out []int
	for i, r := range plan.Recommendations {
		if isEmergencyRec(r) {
			out = append(out, i)
		}
	}
	return out
}

// isEmergencyRec reports a recommendation of the emergency path.
func isEmergencyRec(r route.Recommendation) bool { return r.Source == "emergency" }

func (v *summaryView) compromised(ctx app.Context, e app.Event) {
	v.p.sess.ReportCompromise()
	v.p.moveFocus(ctx, "triage-emergency-h")
}

// toReport moves focus, and so the view, to the case report.
func (v *summaryView) toReport(ctx app.Context, e app.Event) {
	v.p.moveFocus(ctx, idReportHeading)
}

// reportLabel is a case report field's label: the panel names the
// merchant's details as the report does (report.Fields).
func reportLabel(name string) i18n.Text {
	f, _ := report.FieldNamed(name)
	return f.Label
}
