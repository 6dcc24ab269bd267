package ui

import (
	"context"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
)

// platformWait bounds how long the checks wait for the manifest before
// they run without it (checks that need it then say so).
const platformWait = manifestTimeout + time.Second

// diagnosis is the state of one run of the automatic checks.
type diagnosis struct {
	id      int                    // increases per run; late results of older runs are dropped
	checks  []*diag.Check          // what runs, in display order
	results map[string]diag.Result // by check name, as they arrive
	done    bool
}

func (d *diagnosis) running(name string) bool {
	_, ok := d.results[name]
	return !d.done && !ok
}

// autoChecks are the checks the panel runs by itself, as each declares
// (diag.Needs.Auto).
func autoChecks(c hostctx.Context) []*diag.Check { return checks.AtOpen(c) }

// env is the environment of a run: copies of what the panel holds, so the
// run's goroutine shares nothing with the UI goroutine.
func (p *Panel) env(form map[string]string) *diag.Env {
	e := &diag.Env{Context: p.context, Form: form, Net: p.deps.Fetcher, Now: p.deps.Now, MapHost: p.deps.MapHost}
	if p.deps.Browser != nil {
		e.Browser = p.deps.Browser()
	}
	return e
}

// diagnose (re)runs the automatic checks; results stream into the panel.
// The local checks that read nothing of the manifest run at once, here on
// the UI goroutine: they only compute (milliseconds), and their findings
// are in the very next render. The others run on their own goroutine once
// the manifest is settled (verified, refused or late).
func (p *Panel) diagnose(ctx app.Context) {
	id := p.diag.id + 1
	p.diag = diagnosis{id: id, checks: autoChecks(p.context), results: map[string]diag.Result{}}
	env, list, plat := p.env(nil), p.diag.checks, p.plat
	tm := p.startTiming()
	early, rest := splitEarly(list)
	first := diag.Run(context.Background(), early, env, diag.RunOptions{InlineLocal: true, OnResult: func(r diag.Result) {
		tm.result(r.Check)
		p.diag.results[r.Check] = r
	}})
	ctx.Async(func() {
		if !plat.settled() {
			tm.prepared(prepare(rest, *env))
		}
		select {
		case <-plat.done:
			env.Platform = plat.platform
		case <-time.After(platformWait):
		}
		tm.running()
		// InlineLocal: the local checks finish before the UI renders again.
		second := diag.Run(context.Background(), rest, env, diag.RunOptions{InlineLocal: true, OnResult: func(r diag.Result) {
			tm.result(r.Check)
			p.apply(ctx, func() {
				if p.diag.id == id {
					p.diag.results[r.Check] = r
				}
			})
		}})
		tm.end(append(first.Results, second.Results...))
		p.apply(ctx, func() {
			if p.diag.id == id {
				p.diag.done = true
				p.postFindings()
				p.replan()
				p.postRoute()
			}
		})
	})
}

// splitEarly separates the local checks that need nothing of the manifest,
// which need not wait for it, from the rest; each keeps the display order
// (the panel shows results in the order of the full list).
func splitEarly(list []*diag.Check) (early, rest []*diag.Check) {
	for _, c := range list {
		if c.Local() && !c.UsesPlatform() {
			early = append(early, c)
		} else {
			rest = append(rest, c)
		}
	}
	return early, rest
}

// prepare runs the given checks' local ones once, results dropped, while
// the manifest is on its way and the thread has nothing else to do. V8
// compiles each wasm function on its first call: in a fresh browser profile
// the local checks' first run is mostly compiling (measured: 38 ms, and
// 2.3 ms with Chromium's --no-wasm-lazy-compilation), so the wait pays for
// it instead of the merchant. Local checks only compute: running them twice
// has no effect.
func prepare(list []*diag.Check, env diag.Env) time.Duration {
	start := time.Now()
	var local []*diag.Check
	for _, c := range list {
		if c.Local() {
			local = append(local, c)
		}
	}
	diag.Run(context.Background(), local, &env, diag.RunOptions{InlineLocal: true})
	return time.Since(start)
}

// allResults is every result shown: the automatic run's, then the forms'.
func (p *Panel) allResults() []diag.Result {
	var out []diag.Result
	for _, c := range p.diag.checks {
		if r, ok := p.diag.results[c.Name]; ok {
			out = append(out, r)
		}
	}
	for _, c := range formChecks() {
		if r, ok := p.formResults[c.Name]; ok {
			out = append(out, r)
		}
	}
	return out
}

// findingEvent is one entry of the findings event (DESIGN.md contract).
type findingEvent struct {
	Check  string      `json:"check"`
	Code   string      `json:"code"`
	Status diag.Status `json:"status"`
}

// postFindings tells the host every finding shown, codes only: messages
// and evidence stay in the panel.
func (p *Panel) postFindings() {
	if p.host == nil {
		return
	}
	out := []findingEvent{}
	for _, r := range p.allResults() {
		for _, f := range r.Findings {
			out = append(out, findingEvent{Check: f.Check, Code: string(f.Code), Status: f.Status})
		}
	}
	p.host.Post(bridge.EventFindings, out)
}
