package main

// The end-to-end harness: the real `triage serve` binary on loopback, host
// pages of another site, and real headless Chromium driven over CDP.
//
// These tests run when TRIAGE_E2E=1 (make test sets it and installs
// Chromium); without it they are skipped with the reason, so a plain
// `go test ./...` stays usable on a machine without a browser.

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// e2eTimeout bounds one end-to-end test, browser start included.
const e2eTimeout = 90 * time.Second

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// requireE2E skips unless end-to-end tests were asked for, and fails when
// they were asked for but cannot run.
func requireE2E(t *testing.T) {
	t.Helper()
	if os.Getenv("TRIAGE_E2E") == "" {
		t.Skip("end-to-end test: set TRIAGE_E2E=1 (make test does, after installing Chromium)")
	}
	if chromiumPath() == "" {
		t.Fatal("TRIAGE_E2E=1 but no Chromium: run 'make test' (it installs Debian's chromium) or set CHROMIUM")
	}
	if _, err := os.Stat("../../web/app.wasm.br"); err != nil {
		t.Fatal("web/app.wasm.br missing: run 'make build' first")
	}
}

func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// widgetServer is a running `triage serve`.
type widgetServer struct {
	URL, DemoURL string
	mu           sync.Mutex
	log          []string // access log lines: "widget GET /path 200"
}

// requests returns the paths the widget origin has served so far.
func (s *widgetServer) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.log...)
}

func (s *widgetServer) requested(path string) bool {
	for _, l := range s.requests() {
		if f := strings.Fields(l); len(f) >= 3 && f[2] == path {
			return true
		}
	}
	return false
}

// triageBinary builds the triage binary once per test binary.
func triageBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "triage-e2e-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "triage")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// startServer starts the triage binary's `serve` on free loopback ports
// with extra flags: the demo (its platforms pinned, manifests signed at
// start) unless the test pins platforms itself.
func startServer(t *testing.T, flags ...string) *widgetServer {
	t.Helper()
	demo := !slices.Contains(flags, "--platform")
	args := []string{"serve", "--addr", "127.0.0.1:0", "--web", "../../web", "--access-log"}
	if demo {
		args = append(args, "--demo", "--demo-addr", "127.0.0.1:0")
	}
	args = append(args, flags...)
	cmd := exec.Command(triageBinary(t), args...)
	stdout, _ := cmd.StdoutPipe()
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	s := &widgetServer{}
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			s.mu.Lock()
			s.log = append(s.log, sc.Text())
			s.mu.Unlock()
		}
	}()
	sc := bufio.NewScanner(stdout)
	for (s.URL == "" || demo && s.DemoURL == "") && sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "widget:"); ok {
			s.URL = strings.TrimSuffix(strings.TrimSpace(v), "/")
		}
		if v, ok := strings.CutPrefix(line, "dashboard:"); ok {
			s.DemoURL = strings.TrimSuffix(strings.TrimSpace(v), "/")
		}
	}
	if s.URL == "" || demo && s.DemoURL == "" {
		t.Fatalf("triage serve did not print its URLs")
	}
	return s
}

// hostPage serves one HTML page on another site than the widget (localhost
// vs 127.0.0.1), as a merchant dashboard would.
func hostPage(t *testing.T, html string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, html)
	}))
	t.Cleanup(srv.Close)
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	return "http://localhost:" + port + "/"
}

// shadowHook runs before any page script: it keeps the loader's closed
// shadow root reachable as window.__triageRoot, the way a hostile host
// script could, so tests can look inside.
const shadowHook = `(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    window.__triageRoot = root;
    return root;
  };
})();`

// newBrowser starts headless Chromium with a fresh profile, with the
// shadow hook installed on every document.
func newBrowser(t *testing.T, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	return newBrowserFor(t, e2eTimeout, extra...)
}

// newBrowserFor is newBrowser for a run that needs more than e2eTimeout.
func newBrowserFor(t *testing.T, timeout time.Duration, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	profile, err := os.MkdirTemp("", "triage-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	removeProfile(t, profile)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath()),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 800),
	}
	opts = append(opts, extra...)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if err := chromedp.Run(bctx, chromedp.ActionFunc(func(ctx context.Context) error {
		if _, err := page.AddScriptToEvaluateOnNewDocument(shadowHook).Do(ctx); err != nil {
			return err
		}
		// A headless window never has OS focus; without this the page's
		// document.hasFocus() is false and keyboard focus is not kept.
		return emulation.SetFocusEmulationEnabled(true).Do(ctx)
	})); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return bctx
}

// removeProfile removes a browser profile at the end of the test. Call it
// before the browser starts: cleanups run last first, so this one runs
// after the browser is cancelled; Chromium may still be flushing the
// profile, hence the retries.
func removeProfile(t *testing.T, dir string) {
	t.Cleanup(func() { poll(2*time.Second, func() bool { return os.RemoveAll(dir) == nil }) })
}

// do runs chromedp actions and fails the test on error.
func do(t *testing.T, ctx context.Context, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// waitJS evaluates a JS expression every 50 ms until it is truthy.
func waitJS(t *testing.T, ctx context.Context, expr string, timeout time.Duration) {
	t.Helper()
	var last error
	if poll(timeout, func() bool {
		var ok bool
		ectx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		last = chromedp.Run(ectx, chromedp.Evaluate(`!!(`+expr+`)`, &ok))
		return last == nil && ok
	}) {
		return
	}
	var dump string
	_ = chromedp.Run(ctx, chromedp.Evaluate(`JSON.stringify(window.events || null)`, &dump))
	t.Fatalf("waiting for %s: timed out (last error: %v; events: %s)", expr, last, dump)
}

// frameCtx returns a context attached to the widget's iframe, found by its
// URL (a cross-site iframe is its own target in Chromium).
func frameCtx(t *testing.T, ctx context.Context, widgetURL string) context.Context {
	t.Helper()
	var found *target.Info
	poll(15*time.Second, func() bool {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range infos {
			if in.Type == "iframe" && strings.HasPrefix(in.URL, widgetURL+"/") {
				found = in
				return true
			}
		}
		return false
	})
	if found == nil {
		t.Fatalf("no iframe target for %s", widgetURL)
	}
	fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(found.TargetID))
	t.Cleanup(cancel)
	chromedp.ListenTarget(fctx, func(ev any) {
		if e, ok := ev.(*runtime.EventConsoleAPICalled); ok {
			for _, a := range e.Args {
				t.Logf("widget console: %s", a.Value)
			}
		}
	})
	// Attach now, on a context without a deadline: chromedp ties the
	// target session to the context of the first Run.
	if err := chromedp.Run(fctx, emulation.SetFocusEmulationEnabled(true)); err != nil {
		t.Fatalf("attaching to the widget frame: %v", err)
	}
	return fctx
}

// frameText polls the iframe's body text until it contains want.
func frameText(t *testing.T, fctx context.Context, want string) {
	t.Helper()
	waitJS(t, fctx, fmt.Sprintf(`document.body && document.body.innerText.includes(%q)`, want), 15*time.Second)
}

// requestLog records every request a target makes (URL, headers, body).
type requestLog struct {
	mu   sync.Mutex
	seen []string
}

// captureRequests starts recording the requests of the target behind ctx.
func captureRequests(t *testing.T, ctx context.Context) *requestLog {
	t.Helper()
	l := &requestLog{}
	chromedp.ListenTarget(ctx, func(ev any) {
		e, ok := ev.(*network.EventRequestWillBeSent)
		if !ok {
			return
		}
		entry := e.Request.URL + " " + fmt.Sprint(e.Request.Headers)
		for _, p := range e.Request.PostDataEntries {
			entry += " " + p.Bytes
		}
		l.mu.Lock()
		l.seen = append(l.seen, entry)
		l.mu.Unlock()
	})
	do(t, ctx, network.Enable())
	return l
}

// contains reports whether any recorded request carries s (also base64).
func (l *requestLog) contains(s string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, r := range l.seen {
		if strings.Contains(r, s) || strings.Contains(r, base64.StdEncoding.EncodeToString([]byte(s))) {
			return true
		}
	}
	return false
}

// pollJS evaluates expr (awaiting a promise) every 50 ms until it equals
// want or the time is up; unlike waitJS it reports instead of failing.
func pollJS(ctx context.Context, expr string, want bool, timeout time.Duration) bool {
	return poll(timeout, func() bool {
		var got bool
		ectx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		err := chromedp.Run(ectx, chromedp.Evaluate(`Promise.resolve(`+expr+`).then(v => !!v, () => false)`, &got,
			func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
		return err == nil && got == want
	})
}

// poll calls cond every 50 ms until it is true or timeout passes; it
// reports whether cond became true. Every wait in these tests is one.
func poll(timeout time.Duration, cond func() bool) bool {
	for deadline := time.Now().Add(timeout); ; time.Sleep(50 * time.Millisecond) {
		if cond() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
	}
}

// waitFor fails the test unless cond becomes true within timeout.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	if !poll(timeout, cond) {
		t.Fatalf("waiting for %s: timed out after %v", what, timeout)
	}
}

// panelOpts says how openPanel embeds the widget.
type panelOpts struct {
	// Server is a running widget server to use; nil starts one with Flags
	// (the demo unless they pin a platform).
	Server *widgetServer
	Flags  []string
	// Widget is the origin embed.js and the panel come from when it is not
	// Server's (a static site, nginx).
	Widget string
	// URL is a page to open instead of a host page (the demo dashboard).
	URL string
	// Page is the host page's HTML; by default the README snippet
	// (snippetPage) in Lang ("en" if empty) running Script.
	Page, Lang, Script string
	// Browser adds Chromium options.
	Browser []chromedp.ExecAllocatorOption
	// Closed: the page does not open the panel, so openPanel does not wait
	// for its frame; call (*openedPanel).frame after the intent.
	Closed bool
}

// openedPanel is a widget embedded in a host page in a fresh browser.
type openedPanel struct {
	Srv *widgetServer
	// Ctx is the host page; Frame the widget's iframe (nil while Closed).
	Ctx, Frame context.Context
	// Events are the events the page received through triage('on').
	Events *hostEvents
	// Page watches the host page's console and exceptions.
	Page *targetWatch
	// URL is the host page's address.
	URL    string
	widget string
}

// openPanel starts what opts asks for, navigates to the host page and,
// unless opts.Closed, attaches to the widget's frame.
func openPanel(t *testing.T, opts panelOpts) *openedPanel {
	t.Helper()
	requireE2E(t)
	p := &openedPanel{Srv: opts.Server}
	if p.Srv == nil && opts.Widget == "" {
		p.Srv = startServer(t, opts.Flags...)
	}
	p.widget = opts.Widget
	if p.widget == "" {
		p.widget = p.Srv.URL
	}
	p.Ctx = newBrowser(t, opts.Browser...)
	p.Page = watchTarget(p.Ctx)
	p.Events = &hostEvents{t: t, ctx: p.Ctx}
	url := opts.URL
	if url == "" {
		page := opts.Page
		if page == "" {
			lang := opts.Lang
			if lang == "" {
				lang = "en"
			}
			page = snippetPage(p.widget, lang, opts.Script)
		}
		url = hostPage(t, page)
	}
	p.URL = url
	do(t, p.Ctx, chromedp.Navigate(url))
	if !opts.Closed {
		p.frame(t)
	}
	return p
}

// frame attaches to the widget's iframe (once) and returns its context.
func (p *openedPanel) frame(t *testing.T) context.Context {
	t.Helper()
	if p.Frame == nil {
		p.Frame = frameCtx(t, p.Ctx, p.widget)
	}
	return p.Frame
}

// reload loads the host page again and attaches to the new frame.
func (p *openedPanel) reload(t *testing.T) context.Context {
	t.Helper()
	do(t, p.Ctx, chromedp.Navigate(p.URL))
	p.Frame = nil
	return p.frame(t)
}

// hostEvents reads the events the host page recorded in window.events
// (eventsScript registers a callback for each).
type hostEvents struct {
	t   *testing.T
	ctx context.Context
}

// wait waits until the page has received at least n name events.
func (e *hostEvents) wait(name string, n int, timeout time.Duration) {
	e.t.Helper()
	waitJS(e.t, e.ctx, fmt.Sprintf(`%s >= %d`, countEvents(name), n), timeout)
}

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

// targetWatch collects what one browser target reports: console calls,
// uncaught exceptions and the browser's own log (CSP refusals land there).
type targetWatch struct {
	mu                      sync.Mutex
	console, errors, logged []string
}

// watchTarget starts collecting for the target of ctx.
func watchTarget(ctx context.Context) *targetWatch {
	w := &targetWatch{}
	chromedp.ListenTarget(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			var parts []string
			for _, a := range e.Args {
				var v any
				if len(a.Value) > 0 && json.Unmarshal(a.Value, &v) == nil {
					parts = append(parts, fmt.Sprint(v))
				} else {
					parts = append(parts, a.Description)
				}
			}
			w.add(&w.console, string(e.Type)+": "+strings.Join(parts, " "))
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			text := d.Text
			if d.Exception != nil {
				text += " " + d.Exception.Description
			}
			w.add(&w.errors, text)
		case *cdplog.EventEntryAdded:
			w.add(&w.logged, fmt.Sprintf("%s %s: %s", e.Entry.Source, e.Entry.Level, e.Entry.Text))
		}
	})
	return w
}

func (w *targetWatch) add(to *[]string, s string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	*to = append(*to, s)
}

// lines returns everything collected so far, in one list.
func (w *targetWatch) lines() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := append([]string(nil), w.console...)
	out = append(out, w.errors...)
	return append(out, w.logged...)
}

// exceptions returns the uncaught exceptions so far.
func (w *targetWatch) exceptions() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.errors...)
}

// consoleWith returns the console calls that contain s.
func (w *targetWatch) consoleWith(s string) []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []string
	for _, l := range w.console {
		if strings.Contains(l, s) {
			out = append(out, l)
		}
	}
	return out
}

// requireGoAlive fails when the widget frame reported the end of the Go
// program: wasm_exec.js warns "exit code" when main returns or a panic
// escapes, and throws "Go program has already exited" on every later
// callback; the runtime prints "panic: " and "fatal error: " first.
func requireGoAlive(t *testing.T, w *targetWatch) {
	t.Helper()
	for _, l := range w.lines() {
		for _, sign := range []string{"Go program has already exited", "exit code", "fatal error: ", ": panic: "} {
			if strings.Contains(l, sign) {
				t.Fatalf("the Go program died (%q): %s", sign, l)
			}
		}
	}
}

// requireNoUncaught fails on an exception nobody caught in the widget: one
// that crossed the wasm boundary (syscall/js lets a throwing property
// getter through) unwinds the Go code that was running, half done.
// Only exceptions after the first from are looked at.
func requireNoUncaught(t *testing.T, w *targetWatch, from int) {
	t.Helper()
	if ex := w.exceptions(); len(ex) > from {
		lines := strings.Split(ex[len(ex)-1], "\n")
		t.Fatalf("uncaught exception in the widget: %s", strings.Join(lines[:min(3, len(lines))], " | "))
	}
}

// evalAwait evaluates expr, waiting for the promise it returns.
func evalAwait(t *testing.T, ctx context.Context, expr string, out any) {
	t.Helper()
	do(t, ctx, chromedp.Evaluate(expr, out, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	}))
}

// findingsOf returns the codes of the last findings event, by status.
func findingsOf(t *testing.T, ctx context.Context) map[string]string {
	t.Helper()
	var raw string
	do(t, ctx, chromedp.Evaluate(`JSON.stringify((window.events.filter(e => e.name === 'findings').pop() || {}).payload || [])`, &raw))
	var fs []struct{ Check, Code, Status string }
	if err := json.Unmarshal([]byte(raw), &fs); err != nil {
		t.Fatalf("findings payload %s: %v", raw, err)
	}
	out := map[string]string{}
	for _, f := range fs {
		out[f.Code] = f.Status
	}
	return out
}

// press focuses an element of the panel and types keys at it the way a
// keyboard does: the key events go to the page, which routes them to the
// focused frame. (chromedp's mouse clicks and key events sent to a
// cross-site iframe's own target are unreliable.)
//
// Chromium can route a CDP key event to the page's own document while the
// frame holds focus (seen under load: the frame logged no keydown, the host
// page did). press counts the frame's keydowns, and when none arrived it
// points the input at the frame again and sends the keys once more.
func press(t *testing.T, ctx, fctx context.Context, selector, keys string) {
	t.Helper()
	do(t, fctx, chromedp.Evaluate(`if (!window.__keysOn) { window.__keysOn = true; window.__keys = 0;
	  document.addEventListener('keydown', () => window.__keys++, true); } true`, nil))
	for attempt := 1; ; attempt++ {
		// The panel's frame must be the page's focused frame, as after a click in it.
		do(t, ctx, chromedp.Evaluate(`window.__triageRoot.querySelector('iframe').focus(); true`, nil))
		do(t, fctx, chromedp.Focus(selector, chromedp.ByQuery))
		waitJS(t, fctx, fmt.Sprintf(`document.hasFocus() && document.activeElement === document.querySelector(%q)`, selector), 5*time.Second)
		var before int
		do(t, fctx, chromedp.Evaluate(`window.__keys`, &before))
		do(t, ctx, chromedp.KeyEvent(keys))
		if pollJS(fctx, fmt.Sprintf(`window.__keys > %d`, before), true, time.Second) || attempt == 3 {
			return
		}
		t.Logf("press %q: the frame got no key (attempt %d); sending again", keys, attempt)
	}
}

// openTool opens a self-test tool's <details> from the keyboard.
func openTool(t *testing.T, ctx, fctx context.Context, check string) {
	t.Helper()
	press(t, ctx, fctx, fmt.Sprintf(`#triage-tool-%s > summary`, check), kb.Enter)
	waitJS(t, fctx, fmt.Sprintf(`document.querySelector('#triage-tool-%s').open`, check), 5*time.Second)
}

// typeInto types text into a field of a panel form.
func typeInto(t *testing.T, ctx, fctx context.Context, form, field, text string) {
	t.Helper()
	press(t, ctx, fctx, fmt.Sprintf(`#triage-%s-%s`, form, field), text)
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

func writeScreenshot(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	var png []byte
	// Two animation frames: what was rendered has been painted.
	evalAwait(t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, nil)
	do(t, ctx, chromedp.CaptureScreenshot(&png))
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(path, ".png") || len(png) < 1000 {
		t.Fatalf("screenshot too small: %d bytes", len(png))
	}
}

// refusals returns the browser's messages refusing to frame widgetURL by
// frame-ancestors.
func refusals(w *targetWatch, widgetURL string) []string {
	var out []string
	for _, l := range w.lines() {
		if strings.Contains(l, "frame-ancestors") && strings.Contains(l, widgetURL) {
			out = append(out, l)
		}
	}
	return out
}

// embedPage is a host page whose script tag carries extra attributes.
func embedPage(widgetURL, attrs, extra string) string {
	return strings.Replace(snippetPage(widgetURL, "en", extra), `data-lang="en"`, `data-lang="en" `+attrs, 1)
}

// openUnverified opens a host page and returns the panel's text once it
// shows the unverified state.
func openUnverified(t *testing.T, srv *widgetServer, page string) string {
	t.Helper()
	p := openPanel(t, panelOpts{Server: srv, Page: page})
	ctx, fctx := p.Ctx, p.Frame
	p.Events.wait("findings", 1, 30*time.Second)
	waitJS(t, fctx, `document.querySelector('#triage-unverified')`, 10*time.Second)
	var recs int
	var text string
	do(t, fctx, chromedp.Evaluate(`document.querySelectorAll('.triage-rec, a[href^="tel:"], a[href^="mailto:"]').length`, &recs),
		chromedp.Evaluate(`document.body.innerText`, &text))
	if recs != 0 {
		t.Fatalf("%d channels shown without a pinned, verified manifest:\n%s", recs, text)
	}
	var routes int
	do(t, ctx, chromedp.Evaluate(countEvents("route"), &routes))
	if routes != 0 {
		t.Fatal("route event sent without a pinned, verified manifest")
	}
	return text
}
