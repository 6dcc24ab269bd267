package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/route"
)

// replan routes the merchant from the current findings, category and
// connectivity. It runs on the UI goroutine whenever one of them changes.
func (p *Panel) replan() {
	if p.plat == nil || !p.plat.settled() || p.plat.manifest == nil {
		p.plan = nil
		return
	}
	var findings []diag.Finding
	online := true
	for _, r := range p.allResults() {
		findings = append(findings, r.Findings...)
		for _, f := range r.Findings {
			// navigator.onLine says nothing when only the platform is out of
			// reach; the network check does. Either way its web channels are
			// not to be counted on: phone and the saved steps come first.
			if f.Code == diag.CodeNetworkOffline || f.Code == diag.CodeNetworkUnreachable {
				online = false
			}
		}
	}
	if p.deps.Browser != nil && !p.deps.Browser().Online {
		online = false
	}
	now := p.now()
	plan := route.Plan(route.Input{
		Manifest:  p.plat.manifest,
		Category:  p.category,
		Findings:  findings,
		LastError: p.context.LastError.Code,
		Now:       now,
		Lang:      p.lang,
		Online:    online,
	})
	p.plan = &plan
}

// postRoute tells the host what was recommended (no choice yet).
func (p *Panel) postRoute() {
	if p.host != nil && p.plan != nil {
		p.host.Post(bridge.EventRoute, p.plan.Event())
	}
}

// chose tells the host which recommendation the merchant acted on, so the
// platform can measure self-fixes against contacts.
func (p *Panel) chose(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		// Links leave the panel by the browser's own default action; go-app's
		// window click handler must not see them (a tel: link would end the
		// Go program, notes §2.3).
		stopPropagation(e)
		if p.plan == nil || p.host == nil {
			return
		}
		if ev, ok := p.plan.Chose(i); ok {
			p.host.Post(bridge.EventRoute, ev)
			p.asked = true
		}
	}
}

// onCategory switches the problem category the merchant picked.
func (p *Panel) onCategory(ctx app.Context, e app.Event) {
	v, _, err := inputValue(ctx, maxFieldInput)
	if err != nil {
		return
	}
	p.category = v
	p.replan()
	p.postRoute()
}

// escalate switches to the security emergency category.
func (p *Panel) escalate(ctx app.Context, e app.Event) {
	if p.plan != nil && p.plan.Escalate != "" {
		p.category = p.plan.Escalate
		p.replan()
		p.postRoute()
	}
}
