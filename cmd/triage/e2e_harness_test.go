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
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
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
	profile, err := os.MkdirTemp("", "triage-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	// Registered first, so it runs after the browser is cancelled; Chromium
	// may still be flushing its profile, hence the retries.
	t.Cleanup(func() {
		for i := 0; i < 20 && os.RemoveAll(profile) != nil; i++ {
			time.Sleep(100 * time.Millisecond)
		}
	})
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
	ctx, cancel := context.WithTimeout(context.Background(), e2eTimeout)
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
	deadline := time.Now().Add(timeout)
	var last error
	for time.Now().Before(deadline) {
		var ok bool
		ectx, cancel := context.WithTimeout(ctx, 5*time.Second)
		last = chromedp.Run(ectx, chromedp.Evaluate(`!!(`+expr+`)`, &ok))
		cancel()
		if last == nil && ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	var dump string
	_ = chromedp.Run(ctx, chromedp.Evaluate(`JSON.stringify(window.events || null)`, &dump))
	t.Fatalf("waiting for %s: timed out (last error: %v; events: %s)", expr, last, dump)
}

// frameCtx returns a context attached to the widget's iframe, found by its
// URL (a cross-site iframe is its own target in Chromium).
func frameCtx(t *testing.T, ctx context.Context, widgetURL string) context.Context {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range infos {
			if in.Type == "iframe" && strings.HasPrefix(in.URL, widgetURL+"/") {
				fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(in.TargetID))
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
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no iframe target for %s", widgetURL)
	return nil
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
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		var got bool
		ectx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := chromedp.Run(ectx, chromedp.Evaluate(`Promise.resolve(`+expr+`).then(v => !!v, () => false)`, &got,
			func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
		cancel()
		if err == nil && got == want {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}
