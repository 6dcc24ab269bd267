package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

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

// isProblem reports whether a finding needs the merchant's attention.
func isProblem(f diag.Finding) bool {
	return f.Status == diag.StatusFail || f.Status == diag.StatusWarn || f.Status == diag.StatusError
}

func (p *Panel) checkTitle(name string) string {
	for _, c := range append(p.diag.checks, formChecks()...) {
		if c.Name == name {
			return p.t(c.Title)
		}
	}
	return name
}

func (p *Panel) renderChecks() app.UI {
	results := p.allResults()
	var problems []diag.Finding
	var passed, skipped []string
	for _, r := range results {
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
	var running []*diag.Check
	for _, c := range p.diag.checks {
		if p.diag.running(c.Name) {
			running = append(running, c)
		}
	}
	return app.Section().Class("triage-checks").Aria("labelledby", "triage-checks-h").Body(
		app.H2().ID("triage-checks-h").Text(p.t(strChecksHeading)),
		app.If(!p.opened && len(results) == 0, app.P().Class("triage-idle").Text(p.t(strChecksIdle))),
		app.Ul().ID("triage-running").Class("triage-running").Aria("busy", len(running) > 0).Body(
			app.Range(running).Slice(func(i int) app.UI {
				return app.Li().Class("triage-check-running").DataSet("check", running[i].Name).Text(p.t(running[i].Title) + " — " + p.t(strRunning))
			}),
		),
		app.Div().Role("status").Aria("live", "polite").Body(
			app.If(p.diag.done && len(problems) == 0, app.P().Class("triage-ok").Text(p.t(strNoProblems))),
		),
		app.If(len(problems) > 0, app.H3().Text(p.t(strProblems))),
		app.Ul().ID("triage-findings").Class("triage-findings").Body(
			app.Range(problems).Slice(func(i int) app.UI { return p.renderFinding(problems[i]) }),
		),
		p.renderCheckNames("triage-passed", strPassedChecks, passed),
		p.renderCheckNames("triage-skipped", strSkippedChecks, skipped),
	)
}

func (p *Panel) renderCheckNames(id string, heading i18n.Text, names []string) app.UI {
	if len(names) == 0 {
		return nil
	}
	return app.Details().ID(id).Body(
		app.Summary().Text(p.t(heading.Format(len(names)))),
		app.Ul().Body(app.Range(names).Slice(func(i int) app.UI {
			return app.Li().DataSet("check", names[i]).Text(p.checkTitle(names[i]))
		})),
	)
}

func (p *Panel) renderFinding(f diag.Finding) app.UI {
	return app.Li().
		Class("triage-finding", "triage-"+string(f.Status)).
		DataSet("code", f.Code).
		DataSet("status", string(f.Status)).
		Body(
			app.P().Class("triage-finding-head").Body(
				app.Span().Class("triage-badge").Text(p.t(statusLabel(f.Status))),
				app.Span().Class("triage-check-name").Text(p.checkTitle(f.Check)),
			),
			app.P().Class("triage-message").Text(p.t(f.Message)),
			app.If(len(f.Evidence) > 0, app.Dl().Class("triage-evidence").Body(
				app.Range(f.Evidence).Slice(func(i int) app.UI {
					return app.Div().Body(app.Dt().Text(p.t(f.Evidence[i].Label)), app.Dd().Text(f.Evidence[i].Value))
				}),
			)),
			app.If(f.Fix.Complete(), app.P().Class("triage-fix").Body(
				app.Strong().Text(p.t(strFix)), app.Span().Text(p.t(f.Fix)),
			)),
			app.P().Class("triage-code").Text(fmt.Sprintf("%s: %s", p.t(strCode), f.Code)),
		)
}

func (p *Panel) renderPlatform() app.UI {
	s := p.plat
	switch {
	case s == nil || s.settled() && s.manifest == nil:
		return app.Div().Class("triage-platform") // the channels section explains
	case !s.settled():
		return app.Div().Class("triage-platform").Role("status").Text(p.t(strLoadingManifest))
	}
	m := s.manifest
	return app.Div().ID("triage-verified").Class("triage-platform").Body(
		app.Strong().Text(p.t(m.Platform.Name)),
		p.demoTag(),
		app.Span().Text(" · "+p.t(strVerified)+" ✓"),
		app.Details().Class("triage-key").Body(
			app.Summary().Text(p.t(strKeyFingerprint)),
			app.Code().Text(s.keyPrint),
		),
	)
}
