package main

// The bench on a slow mobile link: Chromium emulating Lighthouse's Slow 4G
// on every target of the visit, the host page, the panel's cross-site
// iframe and the widget's service worker alike.

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"github.com/triage-widget/triage/app/session"
)

// Lighthouse's Slow 4G: 150 ms round trip, 1.6 Mbps down, 750 kbps up.
const (
	slow4GLatency = 150             // ms
	slow4GDown    = 1_600_000 / 8.0 // bytes/s
	slow4GUp      = 750_000 / 8.0   // bytes/s
)

// slow4GVisits is fewer than benchVisits: a cold open downloads app.wasm
// at 200 KB/s (about ten seconds), and five visits keep the Slow 4G part
// to about two minutes; its figures are seconds, not tens of ms, apart.
const slow4GVisits = 5

// slow4G is the throttling rule, for every request of a target.
var slow4G = []*network.Conditions{{Latency: slow4GLatency, DownloadThroughput: slow4GDown, UploadThroughput: slow4GUp}}

// Scripts evaluated in the widget's frame: its first contentful paint, and
// when the first check's result reached the panel, on the shared clock.
const (
	jsFramePaint = `(() => { const p = performance.getEntriesByName('first-contentful-paint')[0];
	  return p ? performance.timeOrigin + p.startTime : -1; })()`
	jsFirstFinding = `(() => { const e = performance.getEntriesByType('measure').filter(m => m.name.startsWith(%q));
	  return e.length ? performance.timeOrigin + Math.min(...e.map(m => m.startTime + m.duration)) : -1; })()`
	jsOpenAt = `performance.timeOrigin + performance.getEntriesByName('triage:open').pop().startTime`
)

// throttler throttles every target of a tab: the tab's own, and each one
// the tab starts (a cross-site iframe, a service worker) before it runs.
// Throttling a page's target does not reach its cross-site iframe, which
// Chromium runs as a target of its own. The targets are auto-attached
// paused (waitForDebuggerOnStart), throttled, then let run. The sessions
// are not flattened: chromedp routes only its own sessions' messages, so
// the commands go through the tab's session (Target.sendMessageToTarget).
type throttler struct {
	mu        sync.Mutex
	throttled map[string]int // target type → targets throttled
	errs      []string
}

func throttleEveryTarget(t *testing.T, ctx context.Context) *throttler {
	t.Helper()
	th := &throttler{throttled: map[string]int{}}
	// The rule takes effect only with the Network domain enabled.
	enable, _ := json.Marshal(map[string]any{"id": 1, "method": network.CommandEnable, "params": map[string]any{}})
	rule, _ := json.Marshal(map[string]any{"id": 2, "method": network.CommandEmulateNetworkConditionsByRule,
		"params": network.EmulateNetworkConditionsByRule(slow4G)})
	run, _ := json.Marshal(map[string]any{"id": 3, "method": "Runtime.runIfWaitingForDebugger", "params": map[string]any{}})
	chromedp.ListenTarget(ctx, func(ev any) {
		e, ok := ev.(*target.EventAttachedToTarget)
		if !ok {
			return
		}
		go func() { // a listener must not block the tab's event loop
			err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
				for _, msg := range [][]byte{enable, rule, run} { // in order: throttled before it runs
					if err := cdp.Execute(ctx, "Target.sendMessageToTarget", map[string]any{"message": string(msg), "sessionId": e.SessionID}, nil); err != nil {
						return err
					}
				}
				return nil
			}))
			th.mu.Lock()
			defer th.mu.Unlock()
			if err != nil {
				th.errs = append(th.errs, fmt.Sprintf("%s %s: %v", e.TargetInfo.Type, e.TargetInfo.URL, err))
				return
			}
			th.throttled[string(e.TargetInfo.Type)]++
		}()
	})
	do(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		if _, err := network.EmulateNetworkConditionsByRule(slow4G).Do(ctx); err != nil {
			return err
		}
		return target.SetAutoAttach(true, true).WithFlatten(false).Do(ctx)
	}))
	return th
}

// requireFrameThrottled fails unless the panel's iframe was throttled:
// without it the figures would be loopback ones.
func (th *throttler) requireFrameThrottled(t *testing.T) {
	t.Helper()
	th.mu.Lock()
	defer th.mu.Unlock()
	if len(th.errs) > 0 {
		t.Fatalf("throttling the visit's targets: %v", th.errs)
	}
	if th.throttled["iframe"] == 0 {
		t.Fatalf("the panel's iframe was not throttled (throttled: %v)", th.throttled)
	}
}

// requireSlowWasm fails unless the frame received app.wasm no faster
// than Slow 4G allows: the throttling took effect where it matters.
func requireSlowWasm(t *testing.T, fctx context.Context) {
	t.Helper()
	var w struct{ Bytes, Ms float64 }
	do(t, fctx, chromedp.Evaluate(`(() => {
	  const e = performance.getEntriesByType('resource').find(e => new URL(e.name).pathname === '/web/app.wasm');
	  return e ? { bytes: e.encodedBodySize, ms: e.responseEnd - e.requestStart } : { bytes: 0, ms: 0 }; })()`, &w))
	if floor := w.Bytes / slow4GDown * 1000; w.Bytes == 0 || w.Ms < 0.9*floor {
		t.Fatalf("app.wasm (%.0f B) arrived in %.0f ms; Slow 4G allows no less than %.0f ms: the frame was not throttled", w.Bytes, w.Ms, floor)
	}
}

// benchSlow4GVisit is one fresh profile on Slow 4G: a cold open, then,
// once the service worker holds the widget, a warm one.
func benchSlow4GVisit(t *testing.T, srv *widgetServer, cbPort string, s *benchSamples) {
	proxy := newBenchProxy(t, srv.URL)
	host := hostPage(t, benchPage(proxy.URL, cbPort))
	ctx := newBrowser(t, chromedp.Flag("host-resolver-rules", "MAP shop.example.com 127.0.0.1"))
	th := throttleEveryTarget(t, ctx)
	do(t, ctx, chromedp.Navigate(host))
	waitJS(t, ctx, `window.__triageRoot && window.__triageRoot.querySelector('button.l')`, 30*time.Second)
	fctx := slow4GOpen(t, ctx, proxy.URL, s, "slow.cold")
	th.requireFrameThrottled(t)
	requireSlowWasm(t, fctx)
	if !pollJS(fctx, jsPrecached, true, 60*time.Second) {
		t.Fatal("Slow 4G: the service worker did not cache the widget within 60 s of the first open")
	}
	do(t, ctx, chromedp.Navigate(host))
	waitJS(t, ctx, `window.__triageRoot && window.__triageRoot.querySelector('button.l')`, 30*time.Second)
	slow4GOpen(t, ctx, proxy.URL, s, "slow.warm")
}

// slow4GOpen opens the panel and records, from the open on the host:
// the frame's first paint (the shell, or on a warm open whichever of shell
// and panel painted first: title, close and scam warning are in it either
// way), ready, and the first finding in the panel.
func slow4GOpen(t *testing.T, ctx context.Context, widget string, s *benchSamples, phase string) context.Context {
	t.Helper()
	do(t, ctx, chromedp.Evaluate(`triage('open'); true`, nil))
	fctx := frameCtx(t, ctx, widget)
	var open, paint, found float64
	do(t, ctx, chromedp.Evaluate(jsOpenAt, &open))
	waitJS(t, fctx, jsFramePaint+` > 0`, 60*time.Second)
	do(t, fctx, chromedp.Evaluate(jsFramePaint, &paint))
	s.add(phase+".paint", paint-open)
	s.add(phase+".ready", benchOpenWithin(t, ctx, 90*time.Second))
	first := fmt.Sprintf(jsFirstFinding, session.MeasureCheckPrefix)
	waitJS(t, fctx, first+` > 0`, 60*time.Second)
	do(t, fctx, chromedp.Evaluate(first, &found))
	s.add(phase+".findings", found-open)
	return fctx
}
