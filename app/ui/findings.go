package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/session"
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

// isProblem reports whether a finding needs the merchant's attention.
func isProblem(f diag.Finding) bool {
	return f.Status == diag.StatusFail || f.Status == diag.StatusWarn || f.Status == diag.StatusError
}

func (v *summaryView) checkTitle(name string) string {
	for _, c := range append(v.p.state.Checks, session.SelfTests()...) {
		if c.Name == name {
			return v.t(c.Title)
		}
	}
	return name
}

// renderChecks is the checks section: what runs, the problems found, and
// the checks that passed or did not apply.
func (v *summaryView) renderChecks() app.UI {
	st := v.p.state
	var problems []diag.Finding
	var passed, skipped []string
	for _, r := range st.Results {
		switch w := r.Worst(); {
		case w == diag.StatusPass:
			passed = append(passed, r.Check)
		case w == diag.StatusSkip:
			skipped = append(skipped, r.Check)
		}
		for _, f := range r.Findings {
			if isProblem(f) {
				problems = append(problems, f)
			}
		}
	}
	running := st.Running
	return app.Section().Class("triage-checks").Aria("labelledby", "triage-checks-h").Body(
		app.H2().ID("triage-checks-h").Text(v.t(strChecksHeading)),
		app.If(!st.Opened && len(st.Results) == 0, app.P().Class("triage-idle").Text(v.t(strChecksIdle))),
		app.Ul().ID("triage-running").Class("triage-running").Aria("busy", len(running) > 0).Body(
			app.Range(running).Slice(func(i int) app.UI {
				return app.Li().Class("triage-check-running").DataSet("check", running[i].Name).Text(v.t(running[i].Title) + " — " + v.t(strRunning))
			}),
		),
		app.Div().Role("status").Aria("live", "polite").Body(
			app.If(st.Done && len(problems) == 0, app.P().Class("triage-ok").Text(v.t(strNoProblems))),
		),
		app.If(len(problems) > 0, app.H3().Text(v.t(strProblems))),
		app.Ul().ID("triage-findings").Class("triage-findings").Body(
			app.Range(problems).Slice(func(i int) app.UI { return v.renderFinding(problems[i]) }),
		),
		v.renderCheckNames("triage-passed", strPassedChecks, passed),
		v.renderCheckNames("triage-skipped", strSkippedChecks, skipped),
	)
}

func (v *summaryView) renderCheckNames(id string, heading i18n.Text, names []string) app.UI {
	if len(names) == 0 {
		return nil
	}
	return app.Details().ID(id).Body(
		app.Summary().Text(v.t(heading.Format(len(names)))),
		app.Ul().Body(app.Range(names).Slice(func(i int) app.UI {
			return app.Li().DataSet("check", names[i]).Text(v.checkTitle(names[i]))
		})),
	)
}

func (v *summaryView) renderFinding(f diag.Finding) app.UI {
	return app.Li().
		Class("triage-finding", "triage-"+string(f.Status)).
		DataSet("code", f.Code).
		DataSet("status", string(f.Status)).
		Body(
			app.P().Class("triage-finding-head").Body(
				app.Span().Class("triage-badge").Text(v.t(statusLabel(f.Status))),
				app.Span().Class("triage-check-name").Text(v.checkTitle(f.Check)),
			),
			app.P().Class("triage-message").Text(v.t(f.Message)),
			app.If(len(f.Evidence) > 0, app.Dl().Class("triage-evidence").Body(
				app.Range(f.Evidence).Slice(func(i int) app.UI {
					return app.Div().Body(app.Dt().Text(v.t(f.Evidence[i].Label)), app.Dd().Text(f.Evidence[i].Value))
				}),
			)),
			app.If(f.Fix.Complete(), app.P().Class("triage-fix").Body(
				app.Strong().Text(v.t(strFix)), app.Span().Text(v.t(f.Fix)),
			)),
			app.P().Class("triage-code").Text(v.label(strCode)+string(f.Code)),
		)
}
