package main

// Hostile input, proven in a real browser: what a malicious host script, a
// hostile frame on the same page, or a merchant pasting garbage (often
// because a scammer told them to) can throw at the widget. The widget may
// ignore or refuse, never die: a Go program that exits leaves the merchant
// with a dead panel exactly when they need help (issue 6).

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// countPath counts the widget server's requests for path so far.
func countPath(s *widgetServer, path string) (n int) {
	for _, l := range s.requests() {
		if f := strings.Fields(l); len(f) >= 3 && strings.SplitN(f[2], "?", 2)[0] == path {
			n++
		}
	}
	return n
}

// thirdOrigin serves html on a third site (127.0.0.2: neither the host page
// on localhost nor the widget on 127.0.0.1), like an ad or a chat widget
// that a merchant's dashboard frames next to Triage.
func thirdOrigin(t *testing.T, html string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Fatalf("a third loopback address for a foreign origin: %v", err)
	}
	srv := &httptest.Server{Listener: l, Config: &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, html)
	})}}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv.URL
}

// hostileJS defines triageHostile(round): about a hundred messages of every
// malformed or hostile shape. Some cannot even be posted (functions,
// symbols): the sender's postMessage throws and they count as refused at
// the source. Round 0 adds the huge ones, so the barrage stays fast.
const hostileJS = `
function triageHostile(round) {
  function deep(n) { var o = {}, d = o; for (var i = 0; i < n; i++) { d.a = {}; d = d.a; } return o; }
  function deepArr(n) { var o = [], d = o; for (var i = 0; i < n; i++) { var x = []; d.push(x); d = x; } return o; }
  function T(type, payload) { return {triage: 1, type: type, payload: payload}; }
  var cyc = {merchantId: 'CYCLE'}; cyc.self = cyc; cyc.list = [cyc];
  var bad = {merchantId: 'BAD-ENVELOPE'};
  var out = [
    undefined, null, true, false, 0, -0, NaN, Infinity, -1, 1e308, '', 'context', 'open', 'close',
    [], [1, 'context'], {}, Object.create(null), new Date(0), /triage/g, new Map([['triage', 1]]),
    new Set(['context']), new ArrayBuffer(64), new Uint8Array([1, 2, 3]), new Error('boom'),
    new Blob(['x']), 10n, [T('context', bad)],
    {triage: 0, type: 'context', payload: bad}, {triage: 2, type: 'context', payload: bad},
    {triage: '1', type: 'context', payload: bad}, {triage: true, type: 'context', payload: bad},
    {triage: null, type: 'context', payload: bad}, {triage: [1], type: 'context', payload: bad},
    {triage: 1n, type: 'context', payload: bad}, {triage: NaN, type: 'context', payload: bad},
    {triage: Infinity, type: 'context', payload: bad}, {triage: -Infinity, type: 'context', payload: bad},
    {triage: 1e300, type: 'context', payload: bad}, {triage: -1, type: 'context', payload: bad},
    {triage: 1}, {triage: 1, type: 42}, {triage: 1, type: null}, {triage: 1, type: {}},
    {triage: 1, type: ['context']}, {triage: 1, type: 'CONTEXT'}, {triage: 1, type: ' context'},
    {triage: 1, type: 'context\u0000'}, {triage: 1, type: '__proto__'}, {triage: 1, type: 'constructor'},
    {triage: 1, type: 'toString'}, {triage: 1, type: 'hasOwnProperty'}, {triage: 1, type: 'ready'},
    {triage: 1, type: 'findings', payload: [{check: 'x', code: 'forged', status: 'fail'}]},
    {triage: 1, type: 'precache'}, {triage: 1, type: 'report', payload: {caseId: 'forged'}},
    T('context', 'not an object'), T('context', 42), T('context', null), T('context', [1, 2, 3]),
    T('context', true), T('context', 10n), T('context', {merchantId: 10n}), T('context', cyc),
    T('context', {a: cyc}), T('context', deep(50)), T('context', deep(3000)), T('context', deepArr(3000)),
    T('context', JSON.parse('{"__proto__": {"polluted": 1}, "merchantId": "PROTO"}')),
    T('context', {constructor: {prototype: {polluted: 1}}}),
    T('context', JSON.parse('{"balance": {"__proto__": {"polluted": 1}, "available": "1"}}')),
    T('context', Object.assign(Object.create(null), {merchantId: 'NULL-PROTO'})),
    T('context', {merchantId: '<img src=x onerror="document.title=\'XSS\'">'}),
    T('context', {merchantId: '\u202eevil\u0000\ud800', storeDomain: '\u0007\u001b[31m'}),
    T('context', {recentOrders: new Array(1000).fill({id: 'o', txHash: 'x'})}),
    T('context', {apiKey: {permissions: new Array(10000).fill('trade')}}),
    T('context', new Map([['merchantId', 'MAP']])), T('context', new Date()), T('context', new Uint8Array(1000)),
    T('context', new Error('e')), T('context', undefined), T('context', {merchantId: undefined}),
    T('open', {category: {}}), T('open', {category: 'x'.repeat(100000)}), T('open', {category: '__proto__'}),
    T('open', 'str'), T('open', 10n), T('open', cyc), T('open', null), T('close', cyc), T('close', 10n),
    function () {}, T('context', function () {}), T('context', {f: function () {}}), Symbol('x'),
    T('context', {s: Symbol('x')}), {triage: 1, type: 'context', get payload() { throw Error('getter'); }}
  ];
  if (round === 0) {
    var sparse = []; sparse.length = 1e7; // JSON.stringify writes ten million nulls
    out.push(T('context', {merchantId: 'x'.repeat(300 << 10)}), // over bridge.MaxPayload
      T('context', {merchantId: 'y'.repeat(250 << 10)}),         // under it, over hostctx.MaxBytes
      T('context', 'z'.repeat(10 << 20)), T('context', new Array(1 << 20).fill(1)),
      {triage: 1, type: 'x'.repeat(1 << 20)}, T('context', deep(20000)), T('context', deepArr(20000)),
      T('open', {category: 'c'.repeat(10 << 20)}), T('context', sparse), new Uint8Array(10 << 20));
  }
  return out;
}
function triagePostAll(post, rounds) {
  var sent = 0, refused = 0;
  for (var r = 0; r < rounds; r++) {
    var list = triageHostile(r);
    for (var i = 0; i < list.length; i++) {
      try { post(list[i]); sent++; } catch (e) { refused++; }
    }
  }
  return {sent: sent, refused: refused};
}`

// foreignPage is hostile code on a third origin, in two places. As a frame
// of the host page (an ad, a chat widget), told to by the host, it posts
// the barrage to every frame of its parent it can address (the widget's
// iframe, in the loader's closed shadow root, is not among them) and
// forged widget events to the parent's loader. As a popup the widget
// opened (a link the merchant followed), it holds the widget's window as
// its opener and posts the barrage there, and forged events to the loader.
const foreignPage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>foreign</title></head><body>
<script>` + hostileJS + `
function attack(targets, loader) {
  var res = triagePostAll(function (m) { targets.forEach(function (w) { w.postMessage(m, '*'); }); }, 4);
  [{triage: 1, type: 'close'}, {triage: 1, type: 'findings', payload: [{check: 'x', code: 'forged', status: 'fail'}]},
   {triage: 1, type: 'ready', payload: {}}, {triage: 1, type: 'report', payload: {caseId: 'forged'}}].forEach(function (m) {
    loader.postMessage(m, '*'); res.forged = (res.forged || 0) + 1;
  });
  res.frames = targets.length;
  return res;
}
if (window.opener) {
  opener.parent.postMessage({done: attack([opener], opener.parent), via: 'popup'}, '*');
} else {
  addEventListener('message', function (e) {
    if (!e.data || e.data.go !== 1) return;
    var targets = [];
    for (var i = 0; i < parent.length; i++) if (parent.frames[i] !== window) targets.push(parent.frames[i]);
    e.source.postMessage({done: attack(targets, parent), via: 'frame'}, '*');
  });
}
</script></body></html>`

// TestE2EHostileMessages: more than a thousand malformed or hostile
// messages from the host page, from another window of the host's origin,
// and from a frame on a third origin; forged events to the loader. The
// widget ignores them, the Go program lives, and the panel still answers.
func TestE2EHostileMessages(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	foreign := thirdOrigin(t, foreignPage)
	p := openPanel(t, panelOpts{Server: srv, Script: fmt.Sprintf(`
	  triage('context', {merchantId: 'BEFORE-1'});
	  triage('open');
	  var f = document.createElement('iframe'); f.id = 'foreign'; f.src = %q; document.body.appendChild(f);
	  window.__foreignDone = {};
	  addEventListener('message', function (e) { if (e.data && e.data.done) __foreignDone[e.data.via] = e.data.done; });
	  `, foreign+"/") + hostileJS})
	ctx, fctx, pw := p.Ctx, p.Frame, p.Page
	p.Events.wait("findings", 1, 30*time.Second)
	fw := watchTarget(fctx)
	frameText(t, fctx, "BEFORE-1")

	// Count, in the widget's window, what arrives: proof that the barrage
	// reached the Go program's listener rather than being lost on the way.
	do(t, fctx, chromedp.Evaluate(`window.__hx = {parent: 0, other: 0, undecodable: 0};
	  addEventListener('message', e => { if (e.source === parent) __hx.parent++; else __hx.other++; });
	  addEventListener('messageerror', () => __hx.undecodable++); true`, nil))

	start, probesBefore := time.Now(), countPath(srv, "/api/ping")
	// From the host page itself: right origin and window, wrong everything
	// else. Rounds yield to the event loop so the widget's listener runs.
	var fromHost struct{ Sent, Refused int }
	evalAwait(t, ctx, fmt.Sprintf(`(async () => {
	  const w = window.__triageRoot.querySelector('iframe').contentWindow, o = %q;
	  let res = {sent: 0, refused: 0};
	  for (let r = 0; r < 4; r++) {
	    const one = triagePostAll(m => w.postMessage(m, o), 1);
	    res.sent += one.sent; res.refused += one.refused;
	    await new Promise(ok => setTimeout(ok, 20));
	  }
	  return res;
	})()`, srv.URL), &fromHost)
	// From another window of the host's own origin (a same-origin child
	// frame): right origin, wrong source. The function is built in the
	// child's realm, so the child is the message's source.
	var fromSibling struct{ Sent, Refused int }
	do(t, ctx, chromedp.Evaluate(fmt.Sprintf(`(() => {
	  const c = document.createElement('iframe'); document.body.appendChild(c);
	  const w = window.__triageRoot.querySelector('iframe').contentWindow;
	  const post = new c.contentWindow.Function('w', 'm', 'w.postMessage(m, %q)');
	  return triagePostAll(m => post(w, m), 2);
	})()`, srv.URL), &fromSibling))
	// From a third origin: the frame on the host page, then a popup the
	// widget opened. Wrong origin and wrong source.
	do(t, ctx, chromedp.Evaluate(`document.getElementById('foreign').contentWindow.postMessage({go: 1}, '*'); true`, nil))
	do(t, fctx, chromedp.Evaluate(fmt.Sprintf(`window.open(%q, '_blank'); true`, foreign+"/?popup"), nil,
		func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithUserGesture(true) }))
	waitJS(t, ctx, `__foreignDone.frame && __foreignDone.popup`, 15*time.Second)
	var fromForeign map[string]struct{ Sent, Refused, Forged, Frames int }
	do(t, ctx, chromedp.Evaluate(`__foreignDone`, &fromForeign))
	frame, popup := fromForeign["frame"], fromForeign["popup"]
	total := fromHost.Sent + fromHost.Refused + fromSibling.Sent + fromSibling.Refused + popup.Sent + popup.Refused
	t.Logf("hostile messages to the widget: host %+v, same-origin sibling %+v, third-origin popup %+v; %d in all. "+
		"The third-origin frame addressed %d other frame(s) of the page, and sent %d forged events to the loader, as did the popup.",
		fromHost, fromSibling, popup, total, frame.Frames, frame.Forged)
	if total < 1000 {
		t.Fatalf("only %d hostile messages", total)
	}
	// Everything postable reached the widget's window.
	pollJS(fctx, fmt.Sprintf(`__hx.parent >= %d && __hx.other + __hx.undecodable >= %d`, fromHost.Sent, fromSibling.Sent+popup.Sent), true, 15*time.Second)
	var hx struct{ Parent, Other, Undecodable int }
	do(t, fctx, chromedp.Evaluate(`__hx`, &hx))
	t.Logf("received in the widget's window: %+v", hx)
	if hx.Parent < fromHost.Sent || hx.Other+hx.Undecodable < fromSibling.Sent+popup.Sent {
		t.Fatalf("the barrage did not reach the widget: %+v", hx)
	}
	// Every valid-envelope context from the parent, however odd its payload,
	// re-runs the checks, probes included: a cost, not a failure.
	t.Logf("barrage delivered in %v; the widget's ping probe ran %d times meanwhile",
		time.Since(start).Round(time.Millisecond), countPath(srv, "/api/ping")-probesBefore)

	// Nothing leaked into either realm, nothing ran, nothing was forged.
	var polluted, xss bool
	do(t, fctx, chromedp.Evaluate(`({}).polluted !== undefined || Object.prototype.polluted !== undefined`, &polluted),
		chromedp.Evaluate(`document.title === 'XSS' || !!document.querySelector('.triage-panel img')`, &xss))
	if polluted || xss {
		t.Fatalf("widget realm: polluted=%v, markup injected=%v", polluted, xss)
	}
	var forged string
	do(t, ctx, chromedp.Evaluate(`JSON.stringify(window.events.filter(e => e.name === 'close' || JSON.stringify(e.payload || '').includes('forged')))`, &forged))
	if forged != "[]" {
		t.Fatalf("the loader accepted forged events: %s", forged)
	}

	// Still answering: a valid context shows, close and open work, and the
	// panel's own Escape reaches the host.
	do(t, ctx, chromedp.Evaluate(`triage('context', {merchantId: 'ALIVE-HOSTILE'}); true`, nil))
	frameText(t, fctx, "ALIVE-HOSTILE")
	do(t, ctx, chromedp.Evaluate(`triage('close'); triage('open'); true`, nil))
	waitJS(t, ctx, countEvents("close")+` >= 1 && `+countEvents("ready")+` >= 2`, 10*time.Second)
	press(t, ctx, fctx, `#triage-heading`, kb.Escape)
	waitJS(t, ctx, countEvents("close")+` >= 2`, 10*time.Second)
	requireGoAlive(t, fw)
	if ex := pw.exceptions(); len(ex) > 0 {
		t.Fatalf("exceptions in the host page: %v", ex)
	}
	if ex := fw.exceptions(); len(ex) > 0 {
		t.Fatalf("exceptions in the widget: %v", ex)
	}
}

// setField sets a panel field's value the way a paste handler or an
// extension would, with an input event: valueJS is a JS expression, so a
// 10 MB value is built in the page instead of crossing CDP.
func setField(t *testing.T, fctx context.Context, selector, valueJS string) {
	t.Helper()
	do(t, fctx, chromedp.Evaluate(fmt.Sprintf(`(() => { const el = document.querySelector(%q);
	  el.value = %s; el.dispatchEvent(new Event('input', {bubbles: true})); return true; })()`, selector, valueJS), nil))
}

// fieldAlert is the text of the alerts next to a panel field ("" if none).
func fieldAlert(selector string) string {
	return fmt.Sprintf(`Array.from(document.querySelector(%q).closest('.triage-field').querySelectorAll('[role=alert]')).map(e => e.textContent).join(' ').trim()`, selector)
}

// fieldValue reads a field's value as the page has it.
func fieldValue(t *testing.T, fctx context.Context, selector string) string {
	t.Helper()
	var v string
	do(t, fctx, chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q).value`, selector), &v))
	return v
}

// TestE2EHostileInput: what a scammer may have a merchant paste, or a
// broken clipboard may hold: 10 MB, a body at and over its 1 MiB bound,
// broken UTF-16, control characters, a right-to-left override. Each gets a
// clear message next to the field within a bounded time, the Go program
// lives, and nothing typed before, in any field, is lost.
func TestE2EHostileInput(t *testing.T) {
	requireE2E(t)
	p := openPanel(t, panelOpts{Script: `triage('context', {merchantId: 'M-INPUT'}); triage('open');`})
	ctx := p.Ctx
	waitJS(t, ctx, countEvents("findings")+` >= 1`, 30*time.Second)
	fctx := p.Frame
	fw := watchTarget(fctx)

	// What the merchant typed first, from the keyboard. The signature is
	// hex where Base64 is due: the check names that cause only when every
	// field below reached the Go program intact.
	ts, path := "2026-11-21T10:00:00.000Z", "/api/v5/account/balance?ccy=USDT"
	mac := hmacHex(e2eSecret, ts+"GET"+path)
	openTool(t, ctx, fctx, "signature")
	typed := map[string]string{"secret": e2eSecret, "timestamp": ts, "path": path, "signature": mac}
	for _, f := range []string{"secret", "timestamp", "path", "signature"} {
		typeInto(t, ctx, fctx, "signature", f, typed[f])
	}
	typeInto(t, ctx, fctx, "report", "notes", "called support at 10:05")
	typed["report-notes"] = "called support at 10:05"
	intact := func(t *testing.T, except ...string) {
		t.Helper()
	fields:
		for f, want := range typed {
			for _, e := range except {
				if e == f {
					continue fields
				}
			}
			sel := "#triage-signature-" + f
			if f == "report-notes" {
				sel = "#triage-report-notes"
			}
			if got := fieldValue(t, fctx, sel); got != want {
				t.Errorf("%s lost what was typed: %.40q, want %q", sel, got, want)
			}
		}
		var fault string
		do(t, fctx, chromedp.Evaluate(`(document.querySelector('.triage-fault') || {}).textContent || ''`, &fault))
		if fault != "" {
			t.Errorf("the panel recovered from a bug: %q", fault)
		}
		requireGoAlive(t, fw)
	}
	// submit runs the signature check from the keyboard (Enter in a field)
	// and waits for the finding it should produce.
	submit := func(t *testing.T, wantCode string) {
		t.Helper()
		press(t, ctx, fctx, `#triage-signature-timestamp`, kb.Enter)
		waitJS(t, fctx, fmt.Sprintf(`document.querySelector('[data-code=%q]')`, wantCode), 10*time.Second)
	}

	t.Run("10 MB paste into a field", func(t *testing.T) {
		// Input.insertText is what a paste from the clipboard produces: a
		// trusted input event with the whole text.
		big := strings.Repeat("0123456789abcdef", (10<<20)/16)
		do(t, ctx, chromedp.Evaluate(`window.__triageRoot.querySelector('iframe').focus(); true`, nil))
		do(t, fctx, chromedp.Focus(`#triage-signature-path`, chromedp.ByQuery))
		start := time.Now()
		do(t, ctx, input.InsertText(big))
		// The paste lands at the caret, after what was typed: the message
		// counts both.
		waitJS(t, fctx, fieldAlert(`#triage-signature-path`)+`.includes('limit 8192')`, 20*time.Second)
		t.Logf("10 MB paste inserted and refused in %v", time.Since(start).Round(time.Millisecond))
		intact(t)
	})
	t.Run("10 MB into the body", func(t *testing.T) {
		setField(t, fctx, `#triage-signature-body`, `'x'.repeat(10 << 20)`)
		waitJS(t, fctx, fieldAlert(`#triage-signature-body`)+`.includes('10485760')`, 10*time.Second)
		if v := fieldValue(t, fctx, `#triage-signature-body`); v != "" {
			t.Errorf("body holds %d characters after a refused paste, want what it had (nothing)", len(v))
		}
		intact(t)
		submit(t, "signature.cause.hex_instead_of_base64")
	})
	t.Run("body of exactly 1 MiB is accepted", func(t *testing.T) {
		setField(t, fctx, `#triage-signature-body`, `'a'.repeat(1 << 20)`)
		// The refusal of the last subtest goes away once Go took the value.
		waitJS(t, fctx, fieldAlert(`#triage-signature-body`)+` === ''`, 10*time.Second)
		intact(t)
	})
	t.Run("body over 1 MiB is refused and the accepted one kept", func(t *testing.T) {
		setField(t, fctx, `#triage-signature-body`, `'b'.repeat((1 << 20) + 1)`)
		waitJS(t, fctx, fieldAlert(`#triage-signature-body`)+`.includes('1048577')`, 10*time.Second)
		var kept bool
		do(t, fctx, chromedp.Evaluate(`(v => v.length === 1 << 20 && /^a+$/.test(v))(document.querySelector('#triage-signature-body').value)`, &kept))
		if !kept {
			t.Error("the 1 MiB body typed before the refused paste was not kept")
		}
		intact(t)
		// The check runs on the 1 MiB body in bounded time; with the body
		// the hex signature no longer explains the mismatch.
		start := time.Now()
		press(t, ctx, fctx, `#triage-signature-timestamp`, kb.Enter)
		waitJS(t, fctx, `document.querySelector('#triage-answer-signature [data-code^="signature."]') && !document.querySelector('[data-code="signature.cause.hex_instead_of_base64"]')`, 15*time.Second)
		t.Logf("signature check over a 1 MiB body: %v", time.Since(start).Round(time.Millisecond))
	})
	t.Run("refusal names a size over the limit", func(t *testing.T) {
		// 400,000 CJK characters: under the limit counted in UTF-16 units
		// (what the panel measures in JS), 1.2 MB in UTF-8 (what Go sees).
		// Accepting it is fine; refusing it with "400000 characters, limit
		// 1048576" contradicts itself.
		setField(t, fctx, `#triage-signature-body`, `'中'.repeat(400000)`)
		// The last subtest's refusal goes once Go has taken this value,
		// whether it accepts it or refuses it in its own words.
		waitJS(t, fctx, `!`+fieldAlert(`#triage-signature-body`)+`.includes('1048577')`, 10*time.Second)
		var alert string
		do(t, fctx, chromedp.Evaluate(fieldAlert(`#triage-signature-body`), &alert))
		var size, limit int
		if _, err := fmt.Sscanf(alert[strings.Index(alert, "(")+1:], "%d characters, limit %d", &size, &limit); alert != "" && (err != nil || size <= limit) {
			t.Errorf("the body is refused with a message that contradicts itself: %q", alert)
		}
		setField(t, fctx, `#triage-signature-body`, `''`)
		intact(t)
	})
	// Invisible or broken characters change what the check computes while
	// the field looks right; the merchant must be told, next to the field.
	for _, c := range []struct{ name, field, valueJS string }{
		{"lone surrogates", "path", `%q + '\uD800' + 'x' + '\uDC00'`},
		{"control characters", "path", `%q + '\u0000\u0007\u001b[31m\r\n'`},
		{"right-to-left override", "signature", `'\u202E' + %q`},
	} {
		t.Run(c.name, func(t *testing.T) {
			sel := "#triage-signature-" + c.field
			t.Cleanup(func() {
				setField(t, fctx, sel, fmt.Sprintf("%q", typed[c.field]))
				waitJS(t, fctx, fieldAlert(sel)+` === ''`, 10*time.Second)
			})
			setField(t, fctx, sel, fmt.Sprintf(c.valueJS, typed[c.field]))
			// The check still runs and answers: no hang, no crash.
			press(t, ctx, fctx, `#triage-signature-timestamp`, kb.Enter)
			waitJS(t, fctx, `!document.querySelector('#triage-tool-signature button[type=submit]').disabled && document.querySelector('#triage-answer-signature [data-code^="signature."]')`, 10*time.Second)
			intact(t, c.field)
			pollJS(fctx, fieldAlert(sel)+` !== ''`, true, 2*time.Second)
			var alert string
			do(t, fctx, chromedp.Evaluate(fieldAlert(sel), &alert))
			if alert == "" {
				t.Errorf("no message next to %s about the %s it holds", sel, c.name)
			}
		})
	}
	t.Run("10 MB paste into a case report field", func(t *testing.T) {
		setField(t, fctx, `#triage-report-notes`, `'n'.repeat(10 << 20)`)
		pollJS(fctx, fieldAlert(`#triage-report-notes`)+` !== ''`, true, 5*time.Second)
		intact(t) // the notes typed before are back
		var alert string
		do(t, fctx, chromedp.Evaluate(fieldAlert(`#triage-report-notes`), &alert))
		if alert == "" {
			t.Error("a 10 MB paste into the report's notes is refused without a word")
		}
	})
	requireGoAlive(t, fw)
}

// hmacHex is HMAC-SHA256 in hex: what a merchant's code wrongly sends
// where Base64 is due.
func hmacHex(secret, msg string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}

// TestE2EHostileJSExceptions: JavaScript the panel calls throws (a broken
// or hostile clipboard, fetch, JSON, focus or storage); the calls go
// through the recover helper, so the panel says what failed and the Go
// program lives. The cases where a property read throws come last: Go's
// syscall/js lets such an exception cross into wasm, where no recover can
// catch it, and the panel may not survive them.
func TestE2EHostileJSExceptions(t *testing.T) {
	requireE2E(t)
	p := openPanel(t, panelOpts{Script: `triage('context', {merchantId: 'M-THROW'}); triage('open');`})
	ctx := p.Ctx
	waitJS(t, ctx, countEvents("route")+` >= 1`, 30*time.Second)
	fctx := p.Frame
	fw := watchTarget(fctx)
	do(t, fctx, chromedp.Evaluate(`window.__real = {fetch: window.fetch, stringify: JSON.stringify, parse: JSON.parse, focus: HTMLElement.prototype.focus}; true`, nil))

	// copyFails breaks the clipboard with breakJS (it defines
	// navigator.clipboard), presses Copy report from the keyboard and waits
	// for the panel to say the copy failed. A working copy comes first, so
	// that message is new.
	copyFails := func(t *testing.T, breakJS string) {
		t.Helper()
		from := len(fw.exceptions())
		do(t, fctx, chromedp.Evaluate(`Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: () => Promise.resolve()}}); true`, nil))
		press(t, ctx, fctx, `#triage-copy`, kb.Enter)
		waitJS(t, fctx, `(document.querySelector('#triage-shared') || {}).textContent === 'Report copied.'`, 10*time.Second)
		do(t, fctx, chromedp.Evaluate(`Object.defineProperty(navigator, 'clipboard', {configurable: true, `+breakJS+`}); true`, nil))
		press(t, ctx, fctx, `#triage-copy`, kb.Enter)
		waitJS(t, fctx, `(document.querySelector('#triage-shared') || {}).textContent.startsWith('Could not copy')`, 10*time.Second)
		do(t, fctx, chromedp.Evaluate(`delete navigator.clipboard; true`, nil))
		requireGoAlive(t, fw)
		requireNoUncaught(t, fw, from)
	}
	// newContextRuns hands the panel a context, which runs the checks again,
	// and waits for their findings and for the context on screen.
	newContextRuns := func(t *testing.T, merchant string) {
		t.Helper()
		var n int
		do(t, ctx, chromedp.Evaluate(countEvents("findings"), &n))
		do(t, ctx, chromedp.Evaluate(fmt.Sprintf(`triage('context', {merchantId: %q, callbackUrl: 'https://shop.example/notify'}); true`, merchant), nil))
		waitJS(t, ctx, fmt.Sprintf(`%s > %d`, countEvents("findings"), n), 10*time.Second)
		frameText(t, fctx, merchant)
	}

	t.Run("writeText throws synchronously", func(t *testing.T) {
		copyFails(t, `value: {writeText: () => { throw new Error('clipboard exploded'); }}`)
	})
	t.Run("writeText returns no promise", func(t *testing.T) {
		copyFails(t, `value: {writeText: () => undefined}`)
	})
	t.Run("writeText rejects with nothing", func(t *testing.T) {
		copyFails(t, `value: {writeText: () => Promise.reject()}`)
	})
	t.Run("fetch throws synchronously", func(t *testing.T) {
		from := len(fw.exceptions())
		do(t, fctx, chromedp.Evaluate(`window.fetch = () => { throw new TypeError('fetch exploded'); }; true`, nil))
		newContextRuns(t, "M-FETCH") // every probe now throws
		do(t, fctx, chromedp.Evaluate(`window.fetch = __real.fetch; true`, nil))
		requireGoAlive(t, fw)
		requireNoUncaught(t, fw, from)
	})
	t.Run("JSON.stringify throws on a host message", func(t *testing.T) {
		from := len(fw.exceptions())
		// A listener added after the Go program's runs after it: once it has
		// counted the message, the Go program has tried to read it.
		do(t, fctx, chromedp.Evaluate(`window.__got = 0; addEventListener('message', () => __got++);
		  JSON.stringify = () => { throw new Error('stringify exploded'); }; true`, nil))
		do(t, ctx, chromedp.Evaluate(`triage('context', {merchantId: 'M-LOST'}); true`, nil))
		waitJS(t, fctx, `window.__got >= 1`, 10*time.Second)
		do(t, fctx, chromedp.Evaluate(`JSON.stringify = __real.stringify; true`, nil))
		newContextRuns(t, "M-AFTER-STRINGIFY")
		requireGoAlive(t, fw)
		requireNoUncaught(t, fw, from)
	})
	t.Run("JSON.parse and focus throw on close and open", func(t *testing.T) {
		from := len(fw.exceptions())
		var ready int
		do(t, ctx, chromedp.Evaluate(countEvents("ready"), &ready))
		do(t, fctx, chromedp.Evaluate(`window.__threw = {parse: 0, focus: 0};
		  JSON.parse = () => { __threw.parse++; throw new Error('parse exploded'); };
		  HTMLElement.prototype.focus = function () { if (this.id === 'triage-heading') __threw.focus++; throw new Error('focus exploded'); }; true`, nil))
		// The panel's close event cannot be built (JSON.parse) and the
		// heading cannot take focus: both are logged, neither is fatal.
		press(t, ctx, fctx, `#triage-close`, kb.Enter)
		do(t, ctx, chromedp.Evaluate(`triage('close'); triage('open'); true`, nil))
		waitJS(t, ctx, fmt.Sprintf(`%s > %d`, countEvents("ready"), ready), 10*time.Second)
		waitJS(t, fctx, `__threw.parse >= 1 && __threw.focus >= 1`, 10*time.Second)
		do(t, fctx, chromedp.Evaluate(`JSON.parse = __real.parse; HTMLElement.prototype.focus = __real.focus; true`, nil))
		newContextRuns(t, "M-ALIVE-AFTER-THROWS")
		press(t, ctx, fctx, `#triage-heading`, kb.Escape)
		waitJS(t, ctx, countEvents("close")+` >= 1`, 10*time.Second)
		requireGoAlive(t, fw)
		requireNoUncaught(t, fw, from)
	})
	t.Run("navigator.clipboard throws on access", func(t *testing.T) {
		do(t, ctx, chromedp.Evaluate(`triage('open'); true`, nil))
		copyFails(t, `get() { throw new Error('no clipboard for you'); }`)
	})
	t.Run("storage access denied", func(t *testing.T) {
		// What a browser that blocks third-party storage does to a framed
		// page: reading window.localStorage throws SecurityError. The
		// browser check reads it on every run of the checks.
		from := len(fw.exceptions())
		do(t, fctx, chromedp.Evaluate(`for (const name of ['localStorage', 'sessionStorage'])
		    Object.defineProperty(window, name, {configurable: true, get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); }});
		  true`, nil))
		newContextRuns(t, "M-NO-STORAGE")
		requireGoAlive(t, fw)
		requireNoUncaught(t, fw, from)
	})
}

// TestE2EHostileSiteDataBlocked: a merchant whose browser blocks cookies
// and site data (a privacy setting, or a company policy). Reading
// window.localStorage then throws SecurityError in the panel's page; the
// widget must still open and diagnose, without storage (no offline copy).
func TestE2EHostileSiteDataBlocked(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	// Chromium's "Block all cookies" content setting, as a profile
	// preference (there is no command line flag for it).
	profile, err := os.MkdirTemp("", "triage-chromium-blocked-")
	if err != nil {
		t.Fatal(err)
	}
	removeProfile(t, profile)
	if err := os.MkdirAll(filepath.Join(profile, "Default"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(profile, "Default", "Preferences"),
		[]byte(`{"profile": {"default_content_setting_values": {"cookies": 2}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	p := openPanel(t, panelOpts{Server: srv, Browser: []chromedp.ExecAllocatorOption{chromedp.UserDataDir(profile)},
		Script: `triage('context', {merchantId: 'M-NO-COOKIES'}); triage('open');`})
	ctx, fctx := p.Ctx, p.Frame
	// web/guard.js saw the blocked stores (and put in-memory ones in place).
	waitJS(t, fctx, `(window.triageStorageBlocked || []).includes('localStorage')`, 10*time.Second)
	waitJS(t, ctx, countEvents("findings")+` >= 1`, 20*time.Second)
	frameText(t, fctx, "M-NO-COOKIES")
	if got := findingsOf(t, ctx); got["browser.storage_blocked"] == "" && got["browser.cookies_blocked"] == "" {
		t.Fatalf("the browser check did not report the blocked storage: %v", got)
	}
}
