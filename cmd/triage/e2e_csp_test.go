package main

// Content Security Policy, both ways: a merchant dashboard with a strict,
// nonce-based CSP embeds the widget when it allows exactly the sources the
// README ("Host page CSP") lists; a dashboard that leaves one of them out
// gets one clear console message and a triage() that does no harm; and the
// widget's own page never trips its own CSP.

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// cspNonce is the host page's script nonce. (A real page draws a fresh one
// per response; a constant is enough to prove the widget needs no other.)
const cspNonce = "dGVzdC1ub25jZS1lMmUtY3Nw"

// cspHostPage serves html on the host site (localhost) with csp as its
// Content-Security-Policy header.
func cspHostPage(t *testing.T, csp, html string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, html)
	}))
	t.Cleanup(srv.Close)
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	return "http://localhost:" + port + "/"
}

// strictSnippetPage is the README snippet on a page whose only inline
// scripts carry the nonce. The first one records CSP violations from the
// start and, with fastTimers, shortens timers of 20 s or more to 300 ms:
// the loader waits 20 s for a panel that never starts before it warns,
// longer than a test should take.
func strictSnippetPage(widgetURL string, fastTimers bool, extra string) string {
	shim := ""
	if fastTimers {
		shim = `var st = window.setTimeout; window.setTimeout = function (f, ms) { return st(f, ms >= 20000 ? 300 : ms); };`
	}
	return fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>strict host</title>
<script nonce="%[1]s">window.__cspv = [];
document.addEventListener('securitypolicyviolation', function (e) { __cspv.push(e.violatedDirective + ' ' + e.blockedURI); });
%[2]s</script></head><body>
<a href="#top" id="first">first link</a>
<script async src="%[3]s/embed.js" data-lang="en"></script>
<script nonce="%[1]s">
  window.triage = window.triage || function () { (triage.q = triage.q || []).push(arguments) };
  %[4]s
  %[5]s
</script></body></html>`, cspNonce, shim, widgetURL, eventsScript, extra)
}

// readmeHostCSP returns the directives the README tells a host to add the
// widget origin to, read from its "Host page CSP" section, so the test
// and the documentation cannot drift apart.
func readmeHostCSP(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(b), "### Host page CSP")
	if !ok {
		t.Fatal(`README has no "### Host page CSP" section`)
	}
	sec, _, _ = strings.Cut(sec, "\n#")
	var out []string
	for _, m := range regexp.MustCompile("`([a-z-]+-src)`").FindAllStringSubmatch(sec, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestE2ECSPStrictHost: default-src 'none', scripts by nonce only plus the
// widget origin in script-src and frame-src, as the README says, and not
// one source more (no style-src at all, no 'unsafe-inline'): the launcher
// is styled, the panel opens and runs its checks, and neither the host page
// nor the widget's page reports a CSP violation.
func TestE2ECSPStrictHost(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	strictHostEmbeds(t, srv.URL, func(page string) string { return page })
}

// strictHostEmbeds proves a strict-CSP host embeds the widget served at
// widgetURL; embed adapts the host page to that widget.
func strictHostEmbeds(t *testing.T, widgetURL string, embed func(page string) string) {
	t.Helper()
	directives := readmeHostCSP(t)
	if strings.Join(directives, " ") != "script-src frame-src" {
		t.Fatalf("README's Host page CSP names %v; this test proves script-src and frame-src are needed and enough", directives)
	}
	csp := fmt.Sprintf(`default-src 'none'; script-src 'nonce-%s' %s; frame-src %s; base-uri 'none'; object-src 'none'`, cspNonce, widgetURL, widgetURL)
	p := openPanel(t, panelOpts{Widget: widgetURL, URL: cspHostPage(t, csp, embed(strictSnippetPage(widgetURL, false, `
	  triage('context', {merchantId: 'M-CSP', balance: {available: '1', currency: 'USDT'},
	    pending: {kind: 'withdrawal', amount: '10', fee: '0', currency: 'USDT'}});
	  triage('open');`)))})
	ctx, fctx, pw := p.Ctx, p.Frame, p.Page
	waitJS(t, ctx, countEvents("ready")+` >= 1`, 30*time.Second)
	var position string
	do(t, ctx, chromedp.Evaluate(`getComputedStyle(window.__triageRoot.querySelector('button.l')).position`, &position))
	if position != "fixed" {
		t.Errorf("the launcher is unstyled under the strict CSP (position %q)", position)
	}

	t.Run("the widget's page has no CSP violation", func(t *testing.T) {
		// Listen from the first script on: install a recorder for every new
		// document of the frame, then reload it; the loader hands the new
		// panel the context and the open state again.
		do(t, fctx, chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(`window.__cspv = [];
			  document.addEventListener('securitypolicyviolation', e => __cspv.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));`).Do(ctx)
			return err
		}))
		waitJS(t, ctx, countEvents("route")+` >= 1`, 30*time.Second)
		var routes int
		do(t, ctx, chromedp.Evaluate(countEvents("route"), &routes))
		do(t, fctx, chromedp.Evaluate(`location.reload(); true`, nil))
		// A full run of the reloaded panel: the manifest verified, every
		// automatic check done, channels routed.
		waitJS(t, ctx, fmt.Sprintf(`%s > %d`, countEvents("route"), routes), 30*time.Second)
		frameText(t, fctx, "M-CSP")
		var recorded bool
		do(t, fctx, chromedp.Evaluate(`Array.isArray(window.__cspv) && performance.getEntriesByType('navigation')[0].type === 'reload'`, &recorded))
		if !recorded {
			t.Fatal("the reloaded panel has no violation recorder")
		}
		var violations []string
		do(t, fctx, chromedp.Evaluate(`window.__cspv`, &violations))
		if len(violations) > 0 {
			t.Errorf("the widget's page violates its own CSP: %v", violations)
		}
		// The recorder does see a violation when there is one.
		do(t, fctx, chromedp.Evaluate(`document.body.appendChild(Object.assign(document.createElement('img'), {src: 'http://localhost:9/x.png', alt: ''})); true`, nil))
		waitJS(t, fctx, `__cspv.some(v => v.startsWith('img-src'))`, 5*time.Second)
	})

	var violations []string
	do(t, ctx, chromedp.Evaluate(`window.__cspv`, &violations))
	if len(violations) > 0 {
		t.Errorf("the strict host page reports CSP violations: %v", violations)
	}
	if w := pw.consoleWith("triage:"); len(w) > 0 {
		t.Errorf("the loader warned under the strict CSP: %v", w)
	}
	if ex := pw.exceptions(); len(ex) > 0 {
		t.Errorf("exceptions in the host page: %v", ex)
	}
}

// hostAPICalls is everything a dashboard may call, with a callback that
// records whether it ran; none of it may throw into the page.
const hostAPICalls = `(() => {
  try {
    triage('on', 'ready', function () { window.__readyRan = true; });
    triage('context', {merchantId: 'M-BLOCKED'});
    triage('open'); triage('open', {category: 'payment'}); triage('close'); triage('open'); triage('close');
    return 'ok';
  } catch (e) { return 'threw: ' + e; }
})()`

// TestE2ECSPHostForbidsFraming: a dashboard whose CSP leaves the widget
// out of frame-src. The launcher still draws; opening it cannot show the
// panel; the loader says so once, naming what to allow, and every triage()
// call afterwards is harmless.
func TestE2ECSPHostForbidsFraming(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	csp := fmt.Sprintf(`default-src 'none'; script-src 'nonce-%s' %s; frame-src 'none'`, cspNonce, srv.URL)
	p := openPanel(t, panelOpts{Server: srv, URL: cspHostPage(t, csp, strictSnippetPage(srv.URL, true, `triage('open');`)), Closed: true})
	ctx, pw := p.Ctx, p.Page
	waitJS(t, ctx, `window.__triageRoot && window.__triageRoot.querySelector('button.l')`, 10*time.Second)
	waitJS(t, ctx, `window.__cspv.some(v => v.startsWith('frame-src'))`, 10*time.Second)
	poll(5*time.Second, func() bool { return len(pw.consoleWith("triage:")) > 0 })
	var res string
	do(t, ctx, chromedp.Evaluate(hostAPICalls, &res))
	if res != "ok" {
		t.Fatalf("triage() %s", res)
	}
	// Room for a second warning, if there were one: the loader's start
	// timer (20 s, 300 ms here) was set before this one, so it has fired.
	evalAwait(t, ctx, `new Promise(r => setTimeout(() => r(true), 20000))`, nil)
	warnings := pw.consoleWith("triage:")
	if len(warnings) != 1 {
		t.Fatalf("want one console message from the loader, got %d: %v", len(warnings), warnings)
	}
	if w := warnings[0]; !strings.Contains(w, "frame-src") || !strings.Contains(w, srv.URL) {
		t.Errorf("the loader's message does not say what to allow: %s", w)
	}
	if ex := pw.exceptions(); len(ex) > 0 {
		t.Errorf("exceptions in the host page: %v", ex)
	}
	// Anything else on the console comes from the browser; a message the
	// loader's own calls caused (posting to the blocked frame) is noise that
	// buries the one that matters.
	for _, l := range pw.lines() {
		if !strings.Contains(l, "triage:") && !strings.Contains(l, "frame-src") {
			t.Errorf("console noise besides the loader's message: %s", l)
		}
	}
}

// TestE2ECSPHostBlocksEmbed: a dashboard whose CSP leaves the widget out of
// script-src. The loader never runs, so the browser's own refusal, naming
// embed.js and script-src, is the one console message; the README stub
// queues every triage() call without harm.
func TestE2ECSPHostBlocksEmbed(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	csp := fmt.Sprintf(`default-src 'none'; script-src 'nonce-%s'; frame-src %s`, cspNonce, srv.URL)
	p := openPanel(t, panelOpts{Server: srv, URL: cspHostPage(t, csp, strictSnippetPage(srv.URL, true, `triage('open');`)), Closed: true})
	ctx, pw := p.Ctx, p.Page
	waitJS(t, ctx, `window.__cspv.some(v => v.startsWith('script-src'))`, 10*time.Second)
	queued := func() (n int) {
		do(t, ctx, chromedp.Evaluate(`window.triage.loaded ? -1 : (window.triage.q || []).length`, &n))
		return n
	}
	before := queued()
	var res string
	do(t, ctx, chromedp.Evaluate(hostAPICalls, &res))
	if res != "ok" {
		t.Fatalf("triage() %s", res)
	}
	// The page has loaded: the refused embed.js will not run late.
	waitJS(t, ctx, `document.readyState === 'complete'`, 10*time.Second)
	if after := queued(); before < 0 || after-before != 7 {
		t.Errorf("the stub queued %d of the 7 calls (-1: a loader ran)", after-before)
	}
	var about []string
	for _, l := range pw.lines() {
		if strings.Contains(l, "embed.js") || strings.Contains(l, "triage") {
			about = append(about, l)
		}
	}
	if len(about) != 1 || !strings.Contains(about[0], "script-src") {
		t.Errorf("want one console message about embed.js naming script-src, got %d: %v", len(about), about)
	}
	if ex := pw.exceptions(); len(ex) > 0 {
		t.Errorf("exceptions in the host page: %v", ex)
	}
	t.Logf("console: %v", pw.lines())
}
