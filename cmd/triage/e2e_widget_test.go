package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestE2EDemoDashboard drives the demo dashboard as a merchant would: no
// wasm before intent, click Help, the panel in Chinese with the context,
// Escape closes, focus returns, the launcher reopens it from the keyboard.
func TestE2EDemoDashboard(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	panel := openPanel(t, panelOpts{Server: srv, URL: srv.DemoURL + "/?lang=zh-CN", Closed: true})
	ctx := panel.Ctx
	waitJS(t, ctx, `window.__triageRoot && window.__triageRoot.querySelector('button.l')`, 10*time.Second)
	do(t, ctx, chromedp.Evaluate(`window.events = []; ['ready','close','findings'].forEach(n => triage('on', n, p => window.events.push({name: n, payload: p}))); true`, nil))
	// The page has loaded and the loader has run: anything it fetched
	// eagerly would have been asked for by now.
	waitJS(t, ctx, `document.readyState === 'complete'`, 10*time.Second)
	waitFor(t, 5*time.Second, "embed.js in the access log", func() bool { return srv.requested("/embed.js") })
	var framed bool
	do(t, ctx, chromedp.Evaluate(`!!window.__triageRoot.querySelector('iframe')`, &framed))
	if framed {
		t.Fatal("the panel's iframe exists before any intent")
	}
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
	fctx := panel.frame(t)
	// The page's preload started the wasm download and app.js used it: one
	// fetch, made by the <link>, not a second one by app.js.
	var wasmFetches []string
	do(t, fctx, chromedp.Evaluate(`performance.getEntriesByType('resource').filter(e => new URL(e.name).pathname === '/web/app.wasm').map(e => e.initiatorType)`, &wasmFetches))
	if len(wasmFetches) != 1 || wasmFetches[0] != "link" {
		t.Fatalf("app.wasm fetches in the frame by initiator: %v, want one by the preload link", wasmFetches)
	}
	assertWasmUnwrapped(t, fctx)
	frameText(t, fctx, "自助排查工具") // data-lang="zh-CN"
	frameText(t, fctx, "M1001")  // the dashboard's context arrived
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
	press(t, ctx, fctx, "#triage-heading", kb.Escape)
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

// TestE2EQueuedCallsReplayed: calls made before the loader arrives (the
// stub queues them) are replayed: the context, the callbacks and the open.
func TestE2EQueuedCallsReplayed(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	p := openPanel(t, panelOpts{Server: srv, Page: fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script>
  window.triage = window.triage || function () { (triage.q = triage.q || []).push(arguments) };
  %s
  triage('context', { merchantId: 'Q-42', storeDomain: 'queued.example' });
  triage('open');
  setTimeout(function () {
    var s = document.createElement('script');
    s.src = %q; s.dataset.lang = 'en';
    document.body.appendChild(s);
  }, 300);
</script></body></html>`, eventsScript, srv.URL+"/embed.js")})
	p.Events.wait("ready", 1, 30*time.Second)
	frameText(t, p.Frame, "Q-42")
	frameText(t, p.Frame, "Self-test tools") // data-lang="en"
}

// TestE2EKeyboardOnly: Tab reaches the launcher, its focus ring is
// visible, Enter opens the panel and focus moves into it.
func TestE2EKeyboardOnly(t *testing.T) {
	p := openPanel(t, panelOpts{Closed: true})
	ctx := p.Ctx
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
	fctx := p.frame(t)
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
	p := openPanel(t, panelOpts{Script: `triage('open');`})
	srv, ctx, fctx := p.Srv, p.Ctx, p.Frame
	p.Events.wait("ready", 1, 30*time.Second)
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

// TestE2EUnknownEventWarns: the loader keeps no list of events; it takes
// the panel's, from the ready event. A subscription made before that to an
// event the panel does not send is named in one warning when the panel is
// ready, one made after at once; subscriptions to real events still fire.
func TestE2EUnknownEventWarns(t *testing.T) {
	p := openPanel(t, panelOpts{Script: `triage('on', 'finding', function () {}); triage('open');`})
	p.Events.wait("ready", 1, 30*time.Second)
	p.Events.wait("findings", 1, 30*time.Second)
	waitFor(t, 5*time.Second, "a warning naming the unknown event", func() bool {
		return len(p.Page.consoleWith(`unknown event "finding"`)) > 0
	})
	do(t, p.Ctx, chromedp.Evaluate(`triage('on', 'routes', function () {}); triage('on', 'route', function () {}); true`, nil))
	waitFor(t, 5*time.Second, "a warning naming the event subscribed after ready", func() bool {
		return len(p.Page.consoleWith(`unknown event "routes"`)) > 0
	})
	if w := p.Page.consoleWith("triage:"); len(w) != 2 {
		t.Errorf("want one warning per unknown subscription, got %v", w)
	}
	var names []string
	do(t, p.Ctx, chromedp.Evaluate(`window.events.find(e => e.name === 'ready').payload.events`, &names))
	if strings.Join(names, ",") != "ready,findings,route,report,feedback,close" {
		t.Errorf("the ready event names %v", names)
	}
}
