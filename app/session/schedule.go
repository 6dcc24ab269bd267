package session

import (
	"context"
	"time"

	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
)

// Scheduling: which checks run by themselves when the panel opens, which of
// those wait for the manifest, and which the merchant runs from a form.

// platformWait bounds how long the checks wait for the manifest before
// they run without it (checks that need it then say so).
const platformWait = manifestTimeout + time.Second

// SelfTests are the checks the merchant runs from a form, in display
// order, as each declares (diag.Needs.Auto).
func SelfTests() []*diag.Check { return checks.SelfTests() }

// autoChecks are the checks the panel runs by itself given the dashboard's
// context, as each declares (diag.Needs.Auto).
func autoChecks(c hostctx.Context) []*diag.Check { return checks.AtOpen(c) }

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
