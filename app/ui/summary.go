package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/report"
)

// summaryView is the summary and the findings: whether the official
// channels are verified, what the dashboard said of the merchant, and the
// checks' results (findings.go).
type summaryView struct {
	Section
}

func (v *summaryView) Render() app.UI { return v.guarded(v.render) }

func (v *summaryView) render() app.UI {
	return app.Div().Class("triage-summary").Body(
		v.renderPlatform(),
		v.renderContext(),
		v.renderChecks(),
	)
}

// renderPlatform says whether the official channels are verified, and
// with which key.
func (v *summaryView) renderPlatform() app.UI {
	s := v.p.state.Platform
	switch {
	case !s.Started || s.Settled && s.Manifest == nil:
		return app.Div().Class("triage-platform") // the channels section explains
	case !s.Settled:
		return app.Div().Class("triage-platform").Role("status").Text(v.t(strLoadingManifest))
	}
	return app.Div().ID("triage-verified").Class("triage-platform").Body(
		app.Strong().Text(v.t(s.Manifest.Platform.Name)),
		v.p.demoTag(),
		app.Span().Text(" · "+v.t(strVerified)+" ✓"),
		app.Details().Class("triage-key").Body(
			app.Summary().Text(v.t(strKeyFingerprint)),
			app.Code().Text(s.KeyPrint),
		),
	)
}

// renderContext shows what the dashboard said of the merchant, and what
// of it could not be used.
func (v *summaryView) renderContext() app.UI {
	st := v.p.state
	if !st.HasContext {
		return app.Section().Class("triage-context")
	}
	c := st.Context
	return app.Section().Class("triage-context").Aria("label", v.t(strContextHeading)).Body(
		app.If(c.MerchantID != "", app.P().Body(
			app.Span().Class("triage-label").Text(v.label(reportLabel("merchantId"))),
			app.Span().ID("triage-merchant").Text(c.MerchantID),
		)),
		app.If(c.StoreDomain != "", app.P().Body(
			app.Span().Class("triage-label").Text(v.label(reportLabel("store"))),
			app.Span().Text(c.StoreDomain),
		)),
		app.If(len(st.Problems) > 0, app.Div().Class("triage-problems").Role("alert").Body(
			app.P().Text(v.t(strContextIssues)),
			app.Ul().Body(app.Range(st.Problems).Slice(func(i int) app.UI {
				pr := st.Problems[i]
				return app.Li().Text(pr.Path + ": " + v.t(pr.Message))
			})),
		)),
	)
}

// reportLabel is a case report field's label: the panel names the
// merchant's details as the report does (report.Fields).
func reportLabel(name string) i18n.Text {
	f, _ := report.FieldNamed(name)
	return f.Label
}
