package main

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// TestE2EOfflineAfterOneVisit: after one online visit, with the widget's
// origin gone (the host page still up), Help opens from the service
// worker's cache, the manifest from the panel's verified offline copy, and
// the panel says the platform cannot be reached (the browser itself is
// online) and leads with the phone channel and the saved steps.
func TestE2EOfflineAfterOneVisit(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	offlineAfterOneVisit(t, srv.URL, func(page, _ string) string { return page })
}

// offlineAfterOneVisit proves the widget served at widgetURL opens offline
// after one visit; embed adapts the host page to the widget's origin.
func offlineAfterOneVisit(t *testing.T, widgetURL string, embed func(page, origin string) string) {
	t.Helper()
	origin := newBenchProxy(t, widgetURL) // the widget origin, which can be taken off the network
	p := openPanel(t, panelOpts{Widget: origin.URL, Page: embed(snippetPage(origin.URL, "en", `triage('open', {category: 'payment'});`), origin.URL)})
	fctx := p.Frame
	p.Events.wait("route", 1, 30*time.Second)
	awaitPromise := func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }
	cached := poll(20*time.Second, func() bool {
		var ok bool
		do(t, fctx, chromedp.Evaluate(jsPrecached, &ok, awaitPromise))
		return ok
	})
	if !cached {
		t.Fatal("the service worker did not cache the widget after the first visit")
	}

	origin.Close()
	fctx = p.reload(t)
	p.Events.wait("ready", 1, 20*time.Second)
	waitJS(t, fctx, `document.querySelector('.triage-offline')`, 20*time.Second)
	waitJS(t, fctx, `(() => { const first = document.querySelector('#triage-recommendations > li');
	  return first && document.querySelector('#triage-recommendations a[href^="tel:"]') && document.querySelector('#triage-guide'); })()`, 10*time.Second)
	// The browser is online; only the widget's origin (the platform, as the
	// network check sees it) is gone: the notice must not say "offline".
	waitJS(t, fctx, `document.querySelector('.triage-offline').textContent.startsWith('The platform cannot be reached')`, 5*time.Second)
}
