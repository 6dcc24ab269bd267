package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// eventsScript registers a callback for every event into window.events.
const eventsScript = `window.events = [];
['ready','findings','route','report','feedback','close'].forEach(function (n) {
  triage('on', n, function (p) { window.events.push({name: n, payload: p}); });
});`

// snippetPage is a host page with the README snippet and the given
// extra script (run after the snippet's stub).
func snippetPage(widgetURL, lang, extra string) string {
	return fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>host</title></head><body>
<a href="#top" id="first">first link</a>
<script async src="%s/embed.js" data-lang="%s"></script>
<script>
  window.triage = window.triage || function () { (triage.q = triage.q || []).push(arguments) };
  %s
  %s
</script></body></html>`, widgetURL, lang, eventsScript, extra)
}

func countEvents(name string) string {
	return fmt.Sprintf(`(window.events || []).filter(e => e.name === %q).length`, name)
}

// TestE2EDemoDashboard drives the demo dashboard as a merchant would: no
// wasm before intent, click Help, the panel in Chinese with the context,
// Escape closes, focus returns, the launcher reopens it from the keyboard.
func TestE2EDemoDashboard(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	ctx := newBrowser(t)
	do(t, ctx, chromedp.Navigate(srv.DemoURL+"/"))
	waitJS(t, ctx, `window.__triageRoot && window.__triageRoot.querySelector('button.l')`, 10*time.Second)
	do(t, ctx, chromedp.Evaluate(`window.events = []; ['ready','close','findings'].forEach(n => triage('on', n, p => window.events.push({name: n, payload: p}))); true`, nil))
	time.Sleep(500 * time.Millisecond)
	for _, p := range []string{"/web/app.wasm", "/app.wasm", "/", "/app.js"} {
		if srv.requested(p) {
			t.Fatalf("%s requested before any intent; requests: %v", p, srv.requests())
		}
	}
	if !srv.requested("/embed.js") {
		t.Fatalf("embed.js not requested: %v", srv.requests())
	}

	// Click Help where a merchant sees it: bottom right.
	var x, y float64
	do(t, ctx, chromedp.Evaluate(`(() => { const r = window.__triageRoot.querySelector('button.l').getBoundingClientRect(); return [r.x + r.width/2, r.y + r.height/2]; })()`, &[]*float64{&x, &y}))
	do(t, ctx, chromedp.MouseClickXY(x, y))
	waitJS(t, ctx, countEvents("ready")+` >= 1`, 30*time.Second)
	if !srv.requested("/web/app.wasm") {
		t.Fatalf("app.wasm not requested after open: %v", srv.requests())
	}
	var marks int
	do(t, ctx, chromedp.Evaluate(`performance.getEntriesByName('triage:open').length + performance.getEntriesByName('triage:ready').length`, &marks))
	if marks != 2 {
		t.Fatalf("performance marks = %d, want triage:open and triage:ready", marks)
	}
	fctx := frameCtx(t, ctx, srv.URL)
	// The page's preload started the wasm download and app.js used it: one
	// fetch, made by the <link>, not a second one by app.js.
	var wasmFetches []string
	do(t, fctx, chromedp.Evaluate(`performance.getEntriesByType('resource').filter(e => new URL(e.name).pathname === '/web/app.wasm').map(e => e.initiatorType)`, &wasmFetches))
	if len(wasmFetches) != 1 || wasmFetches[0] != "link" {
		t.Fatalf("app.wasm fetches in the frame by initiator: %v, want one by the preload link", wasmFetches)
	}
	assertWasmUnwrapped(t, fctx)
	frameText(t, fctx, "自助检查")  // data-lang="zh-CN"
	frameText(t, fctx, "M1001") // the dashboard's context arrived
	var expanded string
	do(t, ctx, chromedp.Evaluate(`window.__triageRoot.querySelector('button.l').getAttribute('aria-expanded')`, &expanded))
	if expanded != "true" {
		t.Fatalf("aria-expanded = %q while open", expanded)
	}
	// Nothing was loaded from anywhere but the two local origins.
	var foreign []string
	do(t, ctx, chromedp.Evaluate(`performance.getEntriesByType('resource').map(e => e.name).filter(u => !u.startsWith(location.origin) && !u.startsWith('`+srv.URL+`'))`, &foreign))
	var foreignInFrame []string
	do(t, fctx, chromedp.Evaluate(`performance.getEntriesByType('resource').map(e => e.name).filter(u => !u.startsWith(location.origin) && !u.startsWith('data:'))`, &foreignInFrame))
	if len(foreign)+len(foreignInFrame) > 0 {
		t.Fatalf("requests left the machine: page %v, panel %v", foreign, foreignInFrame)
	}
	writeScreenshot(t, ctx, "../../docs/screenshot.png")

	// Escape inside the panel closes it and gives focus back to the launcher.
	do(t, ctx, chromedp.KeyEvent(kb.Escape))
	waitJS(t, ctx, countEvents("close")+` >= 1`, 10*time.Second)
	waitJS(t, ctx, `document.activeElement && document.activeElement.tagName === 'TRIAGE-WIDGET' && window.__triageRoot.activeElement === window.__triageRoot.querySelector('button.l')`, 5*time.Second)
	var hidden bool
	do(t, ctx, chromedp.Evaluate(`window.__triageRoot.querySelector('.p').hidden`, &hidden))
	if !hidden {
		t.Fatal("panel still visible after Escape")
	}

	// Enter on the focused launcher reopens it, warm.
	do(t, ctx, chromedp.KeyEvent(kb.Enter))
	waitJS(t, ctx, countEvents("ready")+` >= 2`, 10*time.Second)
	waitJS(t, ctx, `!window.__triageRoot.querySelector('.p').hidden`, 5*time.Second)
	do(t, ctx, chromedp.Evaluate(`performance.getEntriesByName('triage:ready').length`, &marks))
	if marks != 2 {
		t.Fatalf("triage:ready marks after reopen = %d, want 2", marks)
	}
}

// assertWasmUnwrapped checks that the frame ran Triage's fetchWithProgress
// (cmd/triage/appjs.go), not go-app's, which pipes app.wasm through a
// JavaScript stream.
func assertWasmUnwrapped(t *testing.T, fctx context.Context) {
	t.Helper()
	var src string
	do(t, fctx, chromedp.Evaluate(`typeof fetchWithProgress === 'function' ? fetchWithProgress.toString() : ''`, &src))
	if !strings.Contains(src, "return fetch(url)") || strings.Contains(src, "ReadableStream") {
		t.Fatalf("app.js still wraps app.wasm in a stream:\n%s", src)
	}
}

// TestE2EQueuedCallsReplayed: calls made before the loader arrives (the
// stub queues them) are replayed: the context, the callbacks and the open.
func TestE2EQueuedCallsReplayed(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	host := hostPage(t, fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script>
  window.triage = window.triage || function () { (triage.q = triage.q || []).push(arguments) };
  %s
  triage('context', { merchantId: 'Q-42', storeDomain: 'queued.example' });
  triage('open');
  setTimeout(function () {
    var s = document.createElement('script');
    s.src = %q; s.dataset.lang = 'en';
    document.body.appendChild(s);
  }, 300);
</script></body></html>`, eventsScript, srv.URL+"/embed.js"))
	ctx := newBrowser(t)
	do(t, ctx, chromedp.Navigate(host))
	waitJS(t, ctx, countEvents("ready")+` >= 1`, 30*time.Second)
	fctx := frameText2(t, ctx, srv.URL, "Q-42")
	frameText(t, fctx, "Self-checks") // data-lang="en"
}

// frameText2 attaches to the widget frame and waits for text in it.
func frameText2(t *testing.T, ctx context.Context, widgetURL, want string) context.Context {
	t.Helper()
	fctx := frameCtx(t, ctx, widgetURL)
	frameText(t, fctx, want)
	return fctx
}

// TestE2EKeyboardOnly: Tab reaches the launcher, its focus ring is
// visible, Enter opens the panel and focus moves into it.
func TestE2EKeyboardOnly(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	ctx := newBrowser(t)
	do(t, ctx, chromedp.Navigate(hostPage(t, snippetPage(srv.URL, "en", ""))))
	waitJS(t, ctx, `window.__triageRoot && window.__triageRoot.querySelector('button.l')`, 10*time.Second)
	for i := 0; i < 5; i++ {
		var onLauncher bool
		do(t, ctx, chromedp.Evaluate(`window.__triageRoot.activeElement === window.__triageRoot.querySelector('button.l')`, &onLauncher))
		if onLauncher {
			break
		}
		do(t, ctx, chromedp.KeyEvent(kb.Tab))
	}
	var outline string
	do(t, ctx, chromedp.Evaluate(`(() => { const b = window.__triageRoot.querySelector('button.l'); return b.matches(':focus-visible') ? getComputedStyle(b).outlineStyle : 'not focused'; })()`, &outline))
	if outline != "solid" {
		t.Fatalf("launcher focus ring: %q", outline)
	}
	do(t, ctx, chromedp.KeyEvent(kb.Enter))
	waitJS(t, ctx, countEvents("ready")+` >= 1`, 30*time.Second)
	waitJS(t, ctx, `document.activeElement && document.activeElement.tagName === 'TRIAGE-WIDGET' && window.__triageRoot.activeElement && window.__triageRoot.activeElement.tagName === 'IFRAME'`, 5*time.Second)
	fctx := frameCtx(t, ctx, srv.URL)
	waitJS(t, fctx, `document.activeElement && document.activeElement.id === 'triage-heading'`, 10*time.Second)

	// Focus stays in the dialog: Tab from the last control comes back to the
	// first (the close button), Shift+Tab from the first goes to the last.
	waitJS(t, fctx, `document.querySelector('#triage-feedback-yes')`, 15*time.Second)
	do(t, fctx, chromedp.Evaluate(`(() => { const all = [...document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary')].filter(e => e.checkVisibility());
	  all[all.length - 1].setAttribute('data-last', ''); return all.length; })()`, nil))
	press(t, ctx, fctx, `[data-last]`, kb.Tab)
	waitJS(t, fctx, `document.activeElement && document.activeElement.id === 'triage-close'`, 5*time.Second)
	do(t, ctx, chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(input.ModifierShift)))
	waitJS(t, fctx, `document.activeElement && document.activeElement.hasAttribute('data-last')`, 5*time.Second)
}

// TestE2EMalformedMessagesIgnored: garbage posted to the widget from the
// host page is ignored and the widget keeps working.
func TestE2EMalformedMessagesIgnored(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	ctx := newBrowser(t)
	do(t, ctx, chromedp.Navigate(hostPage(t, snippetPage(srv.URL, "en", `triage('open');`))))
	waitJS(t, ctx, countEvents("ready")+` >= 1`, 30*time.Second)
	garbage := `(() => {
	  const w = window.__triageRoot.querySelector('iframe').contentWindow, o = %q;
	  const big = 'x'.repeat(400 * 1024);
	  const deep = {}; let d = deep; for (let i = 0; i < 1000; i++) { d.a = {}; d = d.a; }
	  const cyc = {}; cyc.self = cyc;
	  const msgs = [null, 1, 'context', [], {}, {triage: 2, type: 'context', payload: {merchantId: 'BAD'}},
	    {triage: '1', type: 'context'}, {triage: 1, type: 'nope'}, {triage: 1, type: 42},
	    {triage: 1, type: 'context', payload: 'not an object'}, {triage: 1, type: 'context', payload: {merchantId: big}},
	    {triage: 1, type: 'context', payload: {balance: {available: true}, recentOrders: 'x', apiKey: [1]}},
	    {triage: 1, type: 'context', payload: JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}}}')},
	    {triage: 1, type: 'context', payload: deep}, {triage: 1, type: 'open', payload: {category: {}}},
	    {triage: 1, type: 'context', payload: {merchantId: '\u202eevil\u0000'}}];
	  for (const m of msgs) { try { w.postMessage(m, o); } catch (e) {} }
	  try { w.postMessage({triage: 1, type: 'context', payload: cyc}, o); } catch (e) {}
	  w.postMessage({triage: 1, type: 'context', payload: {merchantId: 'ALIVE-2'}}, '*');
	  return msgs.length;
	})()`
	var n int
	do(t, ctx, chromedp.Evaluate(fmt.Sprintf(garbage, srv.URL), &n))
	fctx := frameCtx(t, ctx, srv.URL)
	frameText(t, fctx, "ALIVE-2")
	var polluted bool
	do(t, fctx, chromedp.Evaluate(`({}).polluted === 1 || ({}).x === 1`, &polluted))
	if polluted {
		t.Fatal("prototype polluted")
	}
	// The panel still answers the host: close it from the host and reopen.
	do(t, ctx, chromedp.Evaluate(`triage('close'); triage('open'); true`, nil))
	waitJS(t, ctx, countEvents("ready")+` >= 2`, 10*time.Second)
}

func writeScreenshot(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	var png []byte
	do(t, ctx, chromedp.Sleep(300*time.Millisecond), chromedp.CaptureScreenshot(&png))
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(path, ".png") || len(png) < 1000 {
		t.Fatalf("screenshot too small: %d bytes", len(png))
	}
}
