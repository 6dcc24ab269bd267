package main

import (
	"fmt"
	"testing"
	"time"
)

// TestE2ECallbackHostMappedByBrowser: a callback URL written with
// fullwidth digits is a loopback address once the browser maps it
// (IDNA/UTS-46), and the widget, which maps hosts with the browser's own
// URL parser, says so; the wasm links no IDNA tables of its own.
func TestE2ECallbackHostMappedByBrowser(t *testing.T) {
	requireE2E(t)
	p := openPanel(t, panelOpts{Script: `
	  triage('context', { callbackUrl: 'https://１２７.０.０.１/notify' });
	  triage('open');`})
	ctx := p.Ctx
	waitJS(t, ctx, countEvents("findings")+` >= 1`, 30*time.Second)
	if got := findingsOf(t, ctx); got["callback.url.private"] != "fail" {
		t.Fatalf("findings %v, want callback.url.private fail", got)
	}
	fctx := p.Frame
	waitJS(t, fctx, fmt.Sprintf(`(document.querySelector('[data-code=%q]') || {}).textContent?.includes('127.0.0.1')`, "callback.url.private"), 5*time.Second)
}
