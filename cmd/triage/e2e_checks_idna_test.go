package main

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestE2ECallbackHostMappedByBrowser: a callback URL written with
// fullwidth digits is a loopback address once the browser maps it
// (IDNA/UTS-46), and the widget, which maps hosts with the browser's own
// URL parser, says so; the wasm links no IDNA tables of its own.
func TestE2ECallbackHostMappedByBrowser(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	ctx := newBrowser(t)
	do(t, ctx, chromedp.Navigate(hostPage(t, snippetPage(srv.URL, "en", `
	  triage('context', { callbackUrl: 'https://１２７.０.０.１/notify' });
	  triage('open');`))))
	waitJS(t, ctx, countEvents("findings")+` >= 1`, 30*time.Second)
	if got := findingsOf(t, ctx); got["callback.url.private"] != "fail" {
		t.Fatalf("findings %v, want callback.url.private fail", got)
	}
	fctx := frameCtx(t, ctx, srv.URL)
	waitJS(t, fctx, fmt.Sprintf(`(document.querySelector('[data-code=%q]') || {}).textContent?.includes('127.0.0.1')`, "callback.url.private"), 5*time.Second)
}
