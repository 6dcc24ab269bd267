package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// statusLabel names a finding status for people.
func statusLabel(s diag.Status) i18n.Text {
	switch s {
	case diag.StatusFail:
		return strStatusFail
	case diag.StatusWarn:
		return strStatusWarn
	case diag.StatusError:
		return strStatusError
	case diag.StatusPass:
		return strStatusPass
	}
	return strStatusSkip
}

func (s Section) checkTitle(name string) string {
	if c, ok := checks.ByName(name); ok {
		return s.t(c.Title)
	}
	return name
}

// renderChecks lists the problems as one-line rows that open to their
// evidence and fix, then the passes in one line, and what still runs.
func (v *summaryView) renderChecks() app.UI {
	st := v.p.state
	passed, running := st.Summary.Passed, st.Running
	return app.Div().Class("triage-checks").Body(
		app.Ul().ID("triage-findings").Class("triage-findings").Body(
			app.Range(st.Summary.Problems).Slice(func(i int) app.UI { return v.renderRow(st.Summary.Problems[i]) }),
		),
		app.If(len(passed) > 0, app.Details().ID("triage-passed").Class("triage-passed").Body(
			app.Summary().Text("✓ "+v.t(strPassedCount.Format(len(passed)))),
			app.Ul().Body(app.Range(passed).Slice(func(i int) app.UI {
				return app.Li().DataSet("check", passed[i]).Text(v.checkTitle(passed[i]))
			})),
		)),
		app.Ul().ID("triage-running").Class("triage-running").Aria("busy", len(running) > 0).Body(
			app.Range(running).Slice(func(i int) app.UI {
				return app.Li().Class("triage-check-running").DataSet("check", running[i].Name).Text(v.t(running[i].Title) + " — " + v.t(strRunning))
			}),
		),
	)
}

// renderRow is a problem in one line; opened, its details and fix.
func (v *summaryView) renderRow(f diag.Finding) app.UI {
	return app.Li().
		Class("triage-finding", "triage-"+string(f.Status)).
		DataSet("code", f.Code).
		DataSet("status", string(f.Status)).
		Body(app.Details().Body(
			app.Summary().Body(
				app.Span().Class("triage-badge").Text(v.t(statusLabel(f.Status))),
				app.Span().Class("triage-row-text").Text(v.meaning(f)),
			),
			v.renderDetail(f),
		))
}

// renderDetail is what a finding says in full: its message, evidence and
// fix. Codes are for support only (support.go, the report).
func (s Section) renderDetail(f diag.Finding) app.UI {
	var ev []diag.Evidence
	for _, e := range f.Evidence {
		if !technical(e) {
			ev = append(ev, e)
		}
	}
	return app.Div().Class("triage-detail").Body(
		app.P().Class("triage-message").Text(s.t(f.Message)),
		app.If(len(ev) > 0, app.Dl().Class("triage-evidence").Body(
			app.Range(ev).Slice(func(i int) app.UI {
				return app.Div().Body(app.Dt().Text(s.t(ev[i].Label)), app.Dd().Text(ev[i].Value))
			}),
		)),
		app.If(f.Fix.Complete(), app.P().Class("triage-fix").Body(
			app.Strong().Text(s.t(strFix)), app.Span().Text(s.t(f.Fix)),
		)),
	)
}

// technical reports evidence that is a raw error from the browser or the
// network ("TypeError: Failed to fetch"): it is for support (support.go,
// the report), not for the merchant.
func technical(e diag.Evidence) bool { return e.Label.ID == i18n.CheckFindingError }
