package main

// `make screenshots`: docs/screens/*.png from the real `triage serve
// --demo`, the real demo dashboard (another origin) and real headless
// Chromium. It runs when TRIAGE_SCREENS=1; SCREENS=first,phone keeps the
// shots whose file name contains one of the words.
//
// Every selector and every "wait until" the shots depend on is in
// screenUI, right below: the panel changes, this table follows it.

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"github.com/triage-widget/triage/app/i18n"
)

// screenUI is what the shots look for. Host entries are JavaScript
// evaluated in the dashboard page (the loader's closed shadow root is
// window.__triageRoot there), frame entries in the widget's iframe; each
// wait is a condition polled until it is true.
var screenUI = struct {
	Launcher     string // host: the loader has drawn its launcher
	Listen       string // host: records the panel's events in window.__shots (the dashboard's own list is window.events)
	Ready        string // host: the panel said hello
	Findings     string // host: the first findings have arrived
	NotReady     string // host: the panel has not said hello yet
	FirstScreen  string // frame: the first screen is drawn and its checks are done
	Emergency    string // frame: the emergency screen is drawn
	ToolOpen     string // frame: opens the self-test whose form is filled
	ToolForm     string // frame: that tool's form is drawn
	ToolFill     string // frame: fills the form with the values in %s (JSON), submits it
	ToolResult   string // frame: the tool's answer is drawn
	ToolShow     string // frame: brings the answer into view
	Channels     string // frame: brings the channels into view
	Report       string // frame: brings the case report into view
	FrameStarted string // frame: the frame's own page has something to paint
	FrameFastest string // frame: the quickest finished request of the frame, in ms (Infinity before one)
	FallbackUp   string // host: the loader's own fallback is shown (in the frame's place)
	ErrorPage    string // frame: Chromium's error page is shown in the frame
	// FallbackWithin is how long after the open the failure shot waits
	// for FallbackUp once the frame has failed (the loader's wait and more).
	FallbackWithin time.Duration
}{
	Launcher: `window.__triageRoot && window.__triageRoot.querySelector('button.l')`,
	Listen: `window.__shots = [];
	  ['ready','findings','route','report','feedback','close'].forEach(n => triage('on', n, p => window.__shots.push({name: n, payload: p}))); true`,
	Ready:       `(window.__shots || []).some(e => e.name === 'ready')`,
	Findings:    `(window.__shots || []).some(e => e.name === 'findings')`,
	NotReady:    `!(window.__shots || []).some(e => e.name === 'ready')`,
	FirstScreen: `document.querySelector('#triage-primary, #triage-emergency, #triage-unverified') && document.querySelector('#triage-running[aria-busy=false]')`,
	Emergency:   `document.querySelector('#triage-emergency') && document.querySelector('#triage-running[aria-busy=false]')`,
	ToolOpen:    `(() => { const d = document.querySelector('#triage-tool-signature'); d.open = true; d.dispatchEvent(new Event('toggle')); return true; })()`,
	ToolForm:    `document.querySelector('#triage-signature-signature')`,
	ToolFill: `(values => {
	  for (const [f, v] of Object.entries(values)) {
	    const el = document.querySelector('#triage-signature-' + f);
	    el.value = v; el.dispatchEvent(new Event('input', {bubbles: true}));
	  }
	  document.querySelector('#triage-tool-signature form').requestSubmit(); return true; })(%s)`,
	ToolResult: `document.querySelector('#triage-answer-signature [data-code^="signature."]')`,
	ToolShow:   `document.querySelector('#triage-answer-signature').scrollIntoView({block: 'center'}); true`,
	Channels:   `document.querySelector('#triage-channels-h').scrollIntoView({block: 'start'}); true`,
	Report:     `document.querySelector('#triage-report-h').scrollIntoView({block: 'start'}); true`,
	FrameStarted: `document.body && document.body.childElementCount > 0 &&
	  new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`,
	FrameFastest:   `Math.min(...performance.getEntriesByType('resource').filter(e => e.responseEnd > 0).map(e => e.responseEnd - e.startTime))`,
	FallbackUp:     `window.__triageRoot && window.__triageRoot.querySelector('.p > iframe[hidden], [role=alertdialog], [data-fallback]')`,
	ErrorPage:      `location.href.startsWith('chrome-error://')`,
	FallbackWithin: 8 * time.Second,
}

// screenSize is a viewport the shots are taken at: CSS pixels at device
// scale 1, which keeps the PNGs small.
type screenSize struct {
	Name          string
	Width, Height int64
	Mobile        bool
}

var screenSizes = []screenSize{{"desktop", 1280, 800, false}, {"phone", 390, 844, true}}

// screenLangs are the page and widget languages the shots are taken in.
var screenLangs = []string{"zh-CN", "zh-TW", "en"}

// screenShot is one picture: a state of the panel for a profile, in a
// language, at a size.
type screenShot struct {
	State, Profile, Lang string
	Size                 screenSize
}

func (s screenShot) file() string {
	return fmt.Sprintf("%s-%s-%s-%s.png", s.State, s.Profile, s.Lang, s.Size.Name)
}

// The states beyond the first screen, each taken for one profile
// (demoProfiles[0]): pageStates on the page of its first screen, in this
// order; ownStates each from a page of its own.
var (
	pageStates   = []string{"tool", "channels", "report"}
	ownStates    = []string{"emergency", "loading", "failure"}
	screenStates = append(append([]string{"first"}, pageStates...), ownStates...)
)

// wanted reports whether the SCREENS filter keeps a shot: empty keeps all,
// otherwise one of its comma-separated words is in the file name.
func wanted(filter, file string) bool {
	if strings.TrimSpace(filter) == "" {
		return true
	}
	for _, w := range strings.Split(filter, ",") {
		if w = strings.TrimSpace(w); w != "" && strings.Contains(file, w) {
			return true
		}
	}
	return false
}

func TestScreensFilter(t *testing.T) {
	for _, c := range []struct {
		filter, file string
		want         bool
	}{
		{"", "first-exchange-en-phone.png", true},
		{"first", "first-exchange-en-phone.png", true},
		{"first", "report-wallet-merchant-en-phone.png", false},
		{"report, phone", "first-exchange-en-desktop.png", false},
		{"report, phone", "first-exchange-en-phone.png", true},
		{" , ", "first-exchange-en-phone.png", false},
	} {
		if got := wanted(c.filter, c.file); got != c.want {
			t.Errorf("wanted(%q, %q) = %v, want %v", c.filter, c.file, got, c.want)
		}
	}
}

// TestScreens writes docs/screens/*.png and docs/screens/README.md.
func TestScreens(t *testing.T) {
	if os.Getenv("TRIAGE_SCREENS") == "" {
		t.Skip("screenshots: run 'make screenshots' (it sets TRIAGE_SCREENS=1)")
	}
	if chromiumPath() == "" {
		t.Fatal("no Chromium: run 'make screenshots' (it installs Debian's chromium) or set CHROMIUM")
	}
	if _, err := os.Stat("../../web/app.wasm.br"); err != nil {
		t.Fatal("web/app.wasm.br missing: run 'make build' first")
	}
	out := "../../docs/screens"
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	filter := os.Getenv("SCREENS")

	// The widget is reached through a proxy the run can take down: the
	// failure shots need the widget server gone while the dashboard stays.
	proxy := newWidgetProxy(t, freeAddr(t))
	srv := startServer(t, "--addr", proxy.backend, "--public-url", proxy.URL())
	browser := newBrowserFor(t, 8*time.Minute)

	main := demoProfiles[0].Name
	taken := 0
	shoot := func(s screenShot, tab context.Context) {
		capture(t, tab, filepath.Join(out, s.file()))
		taken++
		t.Logf("%s", s.file())
	}
	for _, size := range screenSizes {
		for _, lang := range screenLangs {
			for _, p := range demoProfiles {
				first := screenShot{"first", p.Name, lang, size}
				var later []screenShot
				if p.Name == main {
					for _, st := range pageStates {
						if s := (screenShot{st, p.Name, lang, size}); wanted(filter, s.file()) {
							later = append(later, s)
						}
					}
				}
				if !wanted(filter, first.file()) && len(later) == 0 {
					continue
				}
				tab, fctx := openScreen(t, browser, srv, first, "")
				if wanted(filter, first.file()) {
					shoot(first, tab)
				}
				for _, s := range later {
					switch s.State {
					case "channels":
						do(t, fctx, chromedp.Evaluate(screenUI.Channels, nil))
					case "report":
						do(t, fctx, chromedp.Evaluate(screenUI.Report, nil))
					case "tool":
						do(t, fctx, chromedp.Evaluate(screenUI.ToolOpen, nil))
						waitJS(t, fctx, screenUI.ToolForm, 10*time.Second)
						do(t, fctx, chromedp.Evaluate(fmt.Sprintf(screenUI.ToolFill, hexSignatureForm(t)), nil))
						waitJS(t, fctx, screenUI.ToolResult, 10*time.Second)
						do(t, fctx, chromedp.Evaluate(screenUI.ToolShow, nil))
					}
					shoot(s, tab)
				}
				closeTab(t, tab)
			}
			for _, st := range ownStates {
				s := screenShot{st, main, lang, size}
				if !wanted(filter, s.file()) {
					continue
				}
				switch st {
				case "emergency":
					tab, _ := openScreen(t, browser, srv, s, `{category: 'security'}`)
					shoot(s, tab)
					closeTab(t, tab)
				case "loading":
					tab := loadingScreen(t, browser, srv, s)
					shoot(s, tab)
					closeTab(t, tab)
				case "failure":
					tab := failureScreen(t, browser, srv, proxy, s)
					shoot(s, tab)
					proxy.up(t)
					closeTab(t, tab)
				}
			}
		}
	}
	if taken == 0 {
		t.Fatalf("SCREENS=%q matches no shot", filter)
	}
	if err := writeScreensIndex(out); err != nil {
		t.Fatal(err)
	}
}

// hexSignatureForm is the signature tool's form as a merchant fills it
// when their code sends the HMAC in hex where Base64 is expected, as JSON.
func hexSignatureForm(t *testing.T) string {
	t.Helper()
	const secret, ts, path = "demo-secret-for-screenshots", "2026-11-21T10:00:00.000Z", "/api/v5/account/balance?ccy=USDT"
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(ts + "GET" + path))
	form, err := json.Marshal(map[string]string{"secret": secret, "timestamp": ts, "path": path, "signature": hex.EncodeToString(mac.Sum(nil))})
	if err != nil {
		t.Fatal(err)
	}
	return string(form)
}

// capture writes tab's viewport, frames included, to path once what was
// rendered has been painted (two animation frames).
func capture(t *testing.T, tab context.Context, path string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tab, 20*time.Second)
	defer cancel()
	var png []byte
	err := chromedp.Run(ctx,
		chromedp.Evaluate(`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, nil,
			func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
		chromedp.CaptureScreenshot(&png))
	if err != nil {
		t.Fatalf("screenshot %s: %v", filepath.Base(path), err)
	}
	small, err := smallPNG(png)
	if err != nil {
		t.Fatalf("screenshot %s: %v", filepath.Base(path), err)
	}
	if err := os.WriteFile(path, small, 0o644); err != nil {
		t.Fatal(err)
	}
}

// newTab opens a tab at size: in browser's own context (warm: its cache
// and service worker, but a tab's sessionStorage of its own), or in a
// fresh, empty browser context (cold). The loader's shadow root is kept
// reachable as window.__triageRoot, as in the end-to-end tests.
func newTab(t *testing.T, browser context.Context, size screenSize, cold bool) context.Context {
	t.Helper()
	// Each tab in a window of its own: a tab behind another one is not
	// painted, and a screenshot of it never comes. A cold tab is in a new
	// browser context too.
	b := cdp.WithExecutor(browser, chromedp.FromContext(browser).Browser)
	create := target.CreateTarget("about:blank").WithNewWindow(true)
	if cold {
		bc, err := target.CreateBrowserContext().WithDisposeOnDetach(true).Do(b)
		if err != nil {
			t.Fatalf("new browser context: %v", err)
		}
		t.Cleanup(func() { _ = target.DisposeBrowserContext(bc).Do(b) })
		create = create.WithBrowserContextID(bc)
	}
	id, err := create.Do(b)
	if err != nil {
		t.Fatalf("new tab: %v", err)
	}
	tab, cancel := chromedp.NewContext(browser, chromedp.WithTargetID(id))
	t.Cleanup(cancel)
	do(t, tab, chromedp.ActionFunc(func(ctx context.Context) error {
		if _, err := page.AddScriptToEvaluateOnNewDocument(shadowHook).Do(ctx); err != nil {
			return err
		}
		if err := emulation.SetFocusEmulationEnabled(true).Do(ctx); err != nil {
			return err
		}
		if err := emulation.SetTouchEmulationEnabled(size.Mobile).Do(ctx); err != nil {
			return err
		}
		return emulation.SetDeviceMetricsOverride(size.Width, size.Height, 1, size.Mobile).Do(ctx)
	}))
	return tab
}

// closeTab closes a tab and waits until its targets are gone, so the next
// tab's frame is the only widget frame.
func closeTab(t *testing.T, tab context.Context) {
	t.Helper()
	id := chromedp.FromContext(tab).Target.TargetID
	browser := chromedp.FromContext(tab).Browser
	// Cancel only detaches from a tab chromedp was given (newTab's are);
	// a cold tab's session may be gone already with its browser context.
	_ = chromedp.Cancel(tab)
	_ = target.CloseTarget(id).Do(cdp.WithExecutor(context.Background(), browser))
	waitFor(t, 10*time.Second, "the tab's frame to close", func() bool {
		infos, err := target.GetTargets().Do(cdp.WithExecutor(context.Background(), browser))
		if err != nil {
			return false
		}
		for _, in := range infos {
			if in.TargetID == id || in.Type == "iframe" && in.ParentFrameID == cdp.FrameID(id) {
				return false
			}
		}
		return true
	})
}

// dashboard loads the demo dashboard for a shot in tab and waits until
// the loader is there and listening.
func dashboard(t *testing.T, tab context.Context, srv *widgetServer, s screenShot) {
	t.Helper()
	do(t, tab, chromedp.Navigate(srv.DemoURL+demoURL(s.Profile, i18n.Lang(s.Lang))))
	waitJS(t, tab, screenUI.Launcher, 30*time.Second)
	do(t, tab, chromedp.Evaluate(screenUI.Listen, nil))
}

// openScreen opens the panel on the dashboard (with triage('open', arg))
// and waits for its first screen, or its emergency screen when arg asks
// for a category.
func openScreen(t *testing.T, browser context.Context, srv *widgetServer, s screenShot, arg string) (tab, fctx context.Context) {
	t.Helper()
	tab = newTab(t, browser, s.Size, false)
	dashboard(t, tab, srv, s)
	open := "triage('open'); true"
	if arg != "" {
		open = "triage('open', " + arg + "); true"
	}
	do(t, tab, chromedp.Evaluate(open, nil))
	waitJS(t, tab, screenUI.Ready, 30*time.Second)
	waitJS(t, tab, screenUI.Findings, 30*time.Second)
	fctx = tabFrame(t, tab)
	done := screenUI.FirstScreen
	if arg != "" {
		done = screenUI.Emergency
	}
	waitJS(t, fctx, done, 30*time.Second)
	return tab, fctx
}

// loadingScreen opens the panel cold on Slow 4G and returns the tab while
// the panel is still loading.
func loadingScreen(t *testing.T, browser context.Context, srv *widgetServer, s screenShot) context.Context {
	t.Helper()
	tab := newTab(t, browser, s.Size, true)
	throttleErr := throttle(t, tab, *slow4G[0])
	dashboard(t, tab, srv, s)
	do(t, tab, chromedp.Evaluate("triage('open'); true", nil))
	fctx := tabFrame(t, tab)
	if !pollJS(fctx, screenUI.FrameStarted, true, 30*time.Second) {
		t.Fatalf("waiting for %s: timed out", screenUI.FrameStarted)
	}
	// The frame's own requests took at least the emulated round trip: the
	// throttling reached the frame's target, not only the page's.
	waitJS(t, fctx, screenUI.FrameFastest+` < Infinity`, 30*time.Second)
	var ms float64
	do(t, fctx, chromedp.Evaluate(screenUI.FrameFastest, &ms))
	if ms < slow4G[0].Latency {
		t.Fatalf("a request of the frame took %.0f ms, under the emulated %.0f ms round trip: the frame was not throttled (%v)", ms, slow4G[0].Latency, throttleErr())
	}
	// A panel that is ready is not a picture of loading: the throttling
	// did not reach the frame.
	var loading bool
	do(t, tab, chromedp.Evaluate(screenUI.NotReady, &loading))
	if !loading {
		t.Fatal("the panel was ready before the loading shot: the frame was not throttled")
	}
	return tab
}

// failureScreen opens the panel cold with the widget server down (after
// the dashboard loaded the loader) and returns the tab once the failure
// shows: the loader's fallback, or Chromium's error page in the frame.
// The server stays down: the caller brings it up after the picture.
func failureScreen(t *testing.T, browser context.Context, srv *widgetServer, proxy *widgetProxy, s screenShot) context.Context {
	t.Helper()
	tab := newTab(t, browser, s.Size, true)
	dashboard(t, tab, srv, s)
	proxy.down(t)
	opened := time.Now()
	do(t, tab, chromedp.Evaluate("triage('open'); true", nil))
	var fctx context.Context
	waitFor(t, 30*time.Second, "the failure to show", func() bool {
		if pollJS(tab, screenUI.FallbackUp, true, 0) {
			return true
		}
		if fctx == nil {
			fctx = findFrame(t, tab)
		}
		return fctx != nil && pollJS(fctx, screenUI.ErrorPage, true, 0)
	})
	// The frame fails at once; the loader's fallback comes after its own
	// wait. The picture is the fallback when the loader has one.
	if !pollJS(tab, screenUI.FallbackUp, true, screenUI.FallbackWithin-time.Since(opened)) {
		t.Logf("%s: no fallback from the loader within %v; the picture shows the frame's error page", s.file(), screenUI.FallbackWithin)
	}
	return tab
}

// tabFrame attaches to the widget's iframe in tab (a cross-site iframe is
// a target of its own), found by its parent frame.
func tabFrame(t *testing.T, tab context.Context) context.Context {
	t.Helper()
	var fctx context.Context
	waitFor(t, 30*time.Second, "the widget's frame", func() bool {
		fctx = findFrame(t, tab)
		return fctx != nil
	})
	return fctx
}

// findFrame attaches to the iframe target of tab's page, or returns nil
// while there is none.
func findFrame(t *testing.T, tab context.Context) context.Context {
	t.Helper()
	c := chromedp.FromContext(tab)
	infos, err := target.GetTargets().Do(cdp.WithExecutor(tab, c.Browser))
	if err != nil {
		return nil
	}
	for _, in := range infos {
		if in.Type == "iframe" && in.ParentFrameID == cdp.FrameID(c.Target.TargetID) {
			fctx, cancel := chromedp.NewContext(tab, chromedp.WithTargetID(in.TargetID))
			t.Cleanup(cancel)
			do(t, fctx, emulation.SetFocusEmulationEnabled(true))
			return fctx
		}
	}
	return nil
}

// throttle emulates network conditions c in tab and in every frame target
// the tab starts from now on, before that frame runs: a cross-site iframe
// is a target of its own, which the tab's emulation does not reach. The
// tab auto-attaches to its frames paused; each is throttled, then let go.
func throttle(t *testing.T, tab context.Context, c network.Conditions) (failed func() error) {
	t.Helper()
	rule := c
	params := fmt.Sprintf(`{"matchedNetworkConditions":[{"urlPattern":"","latency":%g,"downloadThroughput":%g,"uploadThroughput":%g}]}`,
		rule.Latency, rule.DownloadThroughput, rule.UploadThroughput)
	var mu sync.Mutex
	var last error
	chromedp.ListenTarget(tab, func(ev any) {
		e, ok := ev.(*target.EventAttachedToTarget)
		if !ok || e.TargetInfo.Type != "iframe" {
			return
		}
		// Listeners must not block; the commands go out from a goroutine,
		// in order, over the attached session (not flattened: messages
		// travel through Target.sendMessageToTarget on the tab's session).
		go func() {
			for i, m := range []string{
				`{"id":1,"method":"Network.enable"}`,
				`{"id":2,"method":"Network.emulateNetworkConditionsByRule","params":` + params + `}`,
				`{"id":3,"method":"Runtime.runIfWaitingForDebugger"}`,
			} {
				send := chromedp.ActionFunc(func(ctx context.Context) error {
					return cdp.Execute(ctx, "Target.sendMessageToTarget", sessionMessage{m, e.SessionID}, nil)
				})
				if err := chromedp.Run(tab, send); err != nil {
					mu.Lock()
					last = fmt.Errorf("throttling frame %s (step %d): %w", e.TargetInfo.URL, i+1, err)
					mu.Unlock()
				}
			}
		}()
	})
	do(t, tab, network.Enable(), chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := network.EmulateNetworkConditionsByRule([]*network.Conditions{&rule}).Do(ctx)
		return err
	}), target.SetAutoAttach(true, true).WithFlatten(false))
	return func() error {
		mu.Lock()
		defer mu.Unlock()
		return last
	}
}

// sessionMessage is Target.sendMessageToTarget's parameters (the command
// left cdproto with the sessions it serves, which Chromium still has).
type sessionMessage struct {
	Message   string           `json:"message"`
	SessionID target.SessionID `json:"sessionId"`
}

// widgetProxy forwards TCP to the widget server, and can stop listening:
// the widget server is then down for the browser, while the dashboard (on
// its own port) stays up.
type widgetProxy struct {
	addr, backend string
	mu            sync.Mutex
	ln            net.Listener
	conns         map[net.Conn]bool
}

func newWidgetProxy(t *testing.T, backend string) *widgetProxy {
	t.Helper()
	p := &widgetProxy{backend: backend, conns: map[net.Conn]bool{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(func() { p.down(t) })
	return p
}

// URL is the widget's address as the browser sees it.
func (p *widgetProxy) URL() string { return "http://" + p.addr }

// freeAddr is a loopback address with a port nothing listens on now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func (p *widgetProxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.forward(c)
		}
	}()
}

func (p *widgetProxy) forward(c net.Conn) {
	b, err := net.Dial("tcp", p.backend)
	if err != nil {
		c.Close()
		return
	}
	p.track(c, b)
	go func() { io.Copy(b, c); b.Close() }()
	io.Copy(c, b)
	c.Close()
}

func (p *widgetProxy) track(cs ...net.Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range cs {
		p.conns[c] = true
	}
}

// down closes the listener and every open connection: new connections are
// refused, as with a server that is not running.
func (p *widgetProxy) down(t *testing.T) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
	clear(p.conns)
}

// up listens again on the same address.
func (p *widgetProxy) up(t *testing.T) {
	t.Helper()
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatalf("widget proxy back up: %v", err)
	}
	p.serve(ln)
}

// writeScreensIndex writes dir/README.md: every PNG in dir, by state.
func writeScreensIndex(dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.png"))
	if err != nil {
		return err
	}
	rank := func(name string) int {
		state, _, _ := strings.Cut(name, "-")
		if i := slices.Index(screenStates, state); i >= 0 {
			return i
		}
		return len(screenStates)
	}
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = filepath.Base(f)
	}
	sort.SliceStable(names, func(i, j int) bool {
		if ri, rj := rank(names[i]), rank(names[j]); ri != rj {
			return ri < rj
		}
		return names[i] < names[j]
	})
	var b strings.Builder
	b.WriteString("# Screenshots\n\nGenerated by `make screenshots` (cmd/triage/screens_test.go) from `triage serve --demo`,\n" +
		"the demo dashboard and headless Chromium: desktop 1280×800 and phone 390×844, device scale 1.\n" +
		"File names are `<state>-<profile>-<lang>-<desktop|phone>.png`; `make screenshots SCREENS=first,phone`\n" +
		"takes only the shots whose name contains one of the words.\n\n" +
		"| state | what it shows |\n|---|---|\n" +
		"| first | the first screen after open, every profile |\n" +
		"| tool | a self-test (API signature) filled with a hex signature and submitted |\n" +
		"| channels | the official channels |\n" +
		"| report | the case report |\n" +
		"| emergency | `triage('open', {category: 'security'})` |\n" +
		"| loading | a cold open on Slow 4G (1.6 Mbps, 150 ms), the frame throttled too |\n" +
		"| failure | the widget server down on the first open |\n")
	last := ""
	for _, n := range names {
		state, _, _ := strings.Cut(n, "-")
		if state != last {
			fmt.Fprintf(&b, "\n## %s\n", state)
			last = state
		}
		fmt.Fprintf(&b, "\n%s\n\n![%s](%s)\n", n, n, n)
	}
	return os.WriteFile(filepath.Join(dir, "README.md"), []byte(b.String()), 0o644)
}
