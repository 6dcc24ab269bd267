package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/triage-widget/triage/app/i18n"
)

// gateProxy is an HTTP proxy in front of a widget site whose answers the
// test controls: it holds the requests it is told to (app.wasm, or every
// one) without ever answering them, and can be pointed at another server,
// a new release on the same origin. It logs each request it receives.
type gateProxy struct {
	URL string

	mu     sync.Mutex
	target *url.URL
	hold   func(*http.Request) bool
	log    []string // "GET /path STATUS", or "GET /path held"
	stop   chan struct{}
}

func newGateProxy(t *testing.T, target string) *gateProxy {
	t.Helper()
	g := &gateProxy{stop: make(chan struct{})}
	g.point(t, target)
	rp := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			g.mu.Lock()
			pr.SetURL(g.target)
			g.mu.Unlock()
		},
		ModifyResponse: func(res *http.Response) error {
			g.record(fmt.Sprintf("%s %s %d", res.Request.Method, res.Request.URL.Path, res.StatusCode))
			return nil
		},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		g.mu.Lock()
		held := g.hold != nil && g.hold(r)
		g.mu.Unlock()
		if held {
			g.record(r.Method + " " + r.URL.Path + " held")
			select {
			case <-r.Context().Done():
			case <-g.stop:
			}
			return
		}
		rp.ServeHTTP(w, r)
	}))
	g.URL = srv.URL
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(g.stop) }) // before srv.Close: it waits for held requests
	return g
}

// point sends the requests from now on to target.
func (g *gateProxy) point(t *testing.T, target string) {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	g.mu.Lock()
	g.target = u
	g.mu.Unlock()
}

// holdIf holds the requests for which hold is true from now on; nil holds none.
func (g *gateProxy) holdIf(hold func(*http.Request) bool) {
	g.mu.Lock()
	g.hold = hold
	g.mu.Unlock()
}

func (g *gateProxy) record(line string) {
	g.mu.Lock()
	g.log = append(g.log, line)
	g.mu.Unlock()
}

// since returns the log lines from the n-th on.
func (g *gateProxy) since(n int) []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]string{}, g.log[min(n, len(g.log)):]...)
}

func (g *gateProxy) count() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.log)
}

func holdWasm(r *http.Request) bool { return strings.HasSuffix(r.URL.Path, ".wasm") }

// jsShellShows is true when the frame shows the shell, and only it, in
// lang: the title, the close button (named), the scam warning, the
// checking line; no go-app spinner; visible means laid out and in view.
func jsShellShows(lang i18n.Lang) string {
	return fmt.Sprintf(`(() => {
  const seen = (el) => { if (!el) return false; const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth; };
  const shell = document.querySelector('.triage-shell'), text = (s) => shell.querySelector(s).innerText.trim();
  return shell && document.documentElement.lang === %[1]q &&
    seen(shell.querySelector('h1')) && text('h1').includes(%[2]q) && !text('h1').includes(%[3]q) &&
    seen(shell.querySelector('#triage-close')) && text('#triage-close') === %[4]q &&
    seen(shell.querySelector('.triage-scam')) && text('.triage-scam') === %[5]q &&
    seen(shell.querySelector('.triage-shell-checking')) && text('.triage-shell-checking') === %[6]q &&
    getComputedStyle(document.getElementById('app-wasm-loader')).display === 'none';
})()`, lang, i18n.M(i18n.UIHelp).In(lang), i18n.M(i18n.UIHelp).In(otherLang(lang)),
		i18n.M(i18n.UIClose).In(lang), i18n.M(i18n.UIScamShort).In(lang), i18n.M(i18n.UIChecking).In(lang))
}

func otherLang(l i18n.Lang) i18n.Lang {
	if l == i18n.EN {
		return i18n.ZH
	}
	return i18n.EN
}

// jsHostClosed is true when the loader has hidden the panel in the host page.
const jsHostClosed = `(() => { const f = window.__triageRoot && window.__triageRoot.querySelector('iframe');
  return f && f.closest('[hidden]') !== null; })()`

// TestE2EShellBeforeWasm: while app.wasm has not arrived (the origin holds
// it), the frame shows the shell in the frame's language: the title with
// the platform's name and DEMO, a close button, the scam warning and a
// "checking…" line, and no spinner; its close button closes the panel in
// the host page. Then, once the wasm arrives, the panel takes its place.
func TestE2EShellBeforeWasm(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			gate := newGateProxy(t, srv.URL)
			gate.holdIf(holdWasm)
			p := openPanel(t, panelOpts{Server: srv, Widget: gate.URL, Lang: string(lang), Script: `triage('open');`})
			waitJS(t, p.Frame, jsShellShows(lang), 15*time.Second)
			waitJS(t, p.Frame, `document.querySelector('.triage-shell [data-platform="demo-wallet-merchant"]:not([hidden])') &&
			  document.querySelector('.triage-shell .triage-demo').innerText.trim() === `+fmt.Sprintf("%q", i18n.M(i18n.UIDemo).In(lang)), 5*time.Second)
			if !strings.Contains(strings.Join(gate.since(0), "\n"), ".wasm held") {
				t.Fatalf("the frame shows the shell, but app.wasm was not held: %q", gate.since(0))
			}
			press(t, p.Ctx, p.Frame, "#triage-close", "\r")
			p.Events.wait("close", 1, 10*time.Second)
			waitJS(t, p.Ctx, jsHostClosed, 5*time.Second)
			var ready int
			do(t, p.Ctx, chromedp.Evaluate(countEvents("ready"), &ready))
			if ready > 0 {
				t.Fatal("the panel said ready without its wasm: the shell was not what closed it")
			}
		})
	}
	// The wasm arrives: the live panel replaces the shell.
	p := openPanel(t, panelOpts{Server: srv, Lang: "zh-CN", Script: `triage('open');`})
	p.Events.wait("ready", 1, 30*time.Second)
	waitJS(t, p.Frame, `!document.querySelector('.triage-shell') && document.querySelectorAll('.triage-panel').length === 1`, 10*time.Second)
}

// TestE2EShellStatic: `triage static` writes the same shell and its
// script; from a plain file server (no query-aware page), the shell still
// shows the frame's language and the platform it names.
func TestE2EShellStatic(t *testing.T) {
	requireE2E(t)
	out := staticSite(t)
	page, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`class="triage-panel triage-shell"`, `<script src="/web/shell.js"></script>`, i18n.M(i18n.UIChecking).In(i18n.TW)} {
		if !strings.Contains(string(page), want) {
			t.Errorf("static index.html lacks %s", want)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "web", "shell.js")); err != nil {
		t.Errorf("static output lacks web/shell.js")
	}
	cdn := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer cdn.Close()
	gate := newGateProxy(t, cdn.URL)
	gate.holdIf(holdWasm)
	host := strings.Replace(snippetPage(gate.URL, "zh-CN", `triage('open');`), `data-lang="zh-CN"`, `data-lang="zh-CN" data-platform="demo-e-wallet"`, 1)
	p := openPanel(t, panelOpts{Widget: gate.URL, Page: host})
	waitJS(t, p.Frame, jsShellShows(i18n.ZH), 15*time.Second)
	waitJS(t, p.Frame, `[...document.querySelectorAll('.triage-shell [data-platform]')].filter(e => !e.hidden && e.innerText.trim()).map(e => e.dataset.platform).join() === 'demo-e-wallet'`, 5*time.Second)
	press(t, p.Ctx, p.Frame, "#triage-close", "\r")
	p.Events.wait("close", 1, 10*time.Second)
}

// siteFiles are the files of the widget's set a warm open must take from
// the service worker's cache.
var siteFiles = regexp.MustCompile(`^GET (/|/app\.js|/wasm_exec\.js|/web/app\.wasm|/web/triage\.css|/web/shell\.js|/web/guard\.js|/app\.css) `)

// TestE2EWarmOpenFromCache: after one visit, an open takes the widget's
// files from the service worker's cache without asking the origin, so it
// opens even while the origin accepts connections and never answers (a
// network-first worker would wait on each); and the manifest, fetched
// again on each open, is revalidated (304), not downloaded again.
func TestE2EWarmOpenFromCache(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	gate := newGateProxy(t, srv.URL)
	p := openPanel(t, panelOpts{Server: srv, Widget: gate.URL, Script: `triage('open');`})
	p.Events.wait("route", 1, 30*time.Second)
	if !pollJS(p.Frame, jsPrecached, true, 20*time.Second) {
		t.Fatal("the service worker did not cache the widget after the first visit")
	}

	// The manifest: asked for again, answered 304.
	at := gate.count()
	p.reload(t)
	p.Events.wait("route", 1, 30*time.Second)
	waitFor(t, 5*time.Second, "a 304 for the manifest", func() bool {
		return slicesContainMatch(gate.since(at), `^GET /manifests/[^ ]+\.json 304$`)
	})
	for _, l := range gate.since(at) {
		if siteFiles.MatchString(l) {
			t.Errorf("a warm open asked the origin for %s", l)
		}
	}

	// The origin hangs: the panel still opens, from the cache.
	gate.holdIf(func(*http.Request) bool { return true })
	at = gate.count()
	p.reload(t)
	p.Events.wait("ready", 1, 20*time.Second)
	for _, l := range gate.since(at) {
		if siteFiles.MatchString(l) {
			t.Errorf("a warm open with the origin hanging asked it for %s", l)
		}
	}
}

func slicesContainMatch(lines []string, expr string) bool {
	re := regexp.MustCompile(expr)
	for _, l := range lines {
		if re.MatchString(l) {
			return true
		}
	}
	return false
}

// releaseWeb is a copy of the built web folder whose app.wasm is another
// build's: the same module with a custom section appended (valid wasm, a
// new digest, so a new site version).
func releaseWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir("../../web")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		switch e.Name() {
		case "app.wasm", "app.wasm.br", "app.wasm.gz":
			continue
		}
		abs, _ := filepath.Abs(filepath.Join("../../web", e.Name()))
		if err := os.Symlink(abs, filepath.Join(dir, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	wasm, err := os.ReadFile("../../web/app.wasm")
	if err != nil {
		t.Fatal(err)
	}
	// A custom section (id 0): size 5, name "next" (length 4), no payload.
	wasm = append(wasm, 0, 5, 4, 'n', 'e', 'x', 't')
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// pageVersion is the site version a server's page loads (app.wasm?v=).
func pageVersion(t *testing.T, serverURL string) string {
	t.Helper()
	res, err := http.Get(serverURL + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	m := regexp.MustCompile(`app\.wasm\?v=([^"&]+)"`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("%s/ loads no versioned app.wasm", serverURL)
	}
	v, _ := url.QueryUnescape(string(m[1]))
	return v
}

// TestE2EWarmOpenNewRelease: a new release on the widget's origin is
// picked up at the next open, never within one: the open after the deploy
// is still wholly the old release (from the cache) while the new one
// downloads in the background; the open after that is the new release.
func TestE2EWarmOpenNewRelease(t *testing.T) {
	requireE2E(t)
	oldSrv := startServer(t)
	newSrv := startServer(t, "--web", releaseWeb(t))
	oldVer, newVer := pageVersion(t, oldSrv.URL), pageVersion(t, newSrv.URL)
	if oldVer == newVer {
		t.Fatalf("the new release has the old version %s", oldVer)
	}
	gate := newGateProxy(t, oldSrv.URL)
	p := openPanel(t, panelOpts{Server: oldSrv, Widget: gate.URL, Script: `triage('open');`})
	p.Events.wait("ready", 1, 30*time.Second)
	if !pollJS(p.Frame, jsPrecached, true, 20*time.Second) {
		t.Fatal("the service worker did not cache the widget after the first visit")
	}
	readyVersion := func() string {
		t.Helper()
		p.Events.wait("ready", 1, 30*time.Second)
		var v string
		do(t, p.Ctx, chromedp.Evaluate(`window.events.find(e => e.name === 'ready').payload.version`, &v))
		// The page and app.js (which names the version) are of one release.
		var pageV string
		do(t, p.Frame, chromedp.Evaluate(`new URL(document.querySelector('link[as=fetch]').href).searchParams.get('v')`, &pageV))
		if pageV != v {
			t.Errorf("one load mixes releases: the page loads app.wasm?v=%s, app.js says %s", pageV, v)
		}
		return v
	}
	if v := readyVersion(); v != oldVer {
		t.Fatalf("first open: version %s, want %s", v, oldVer)
	}

	gate.point(t, newSrv.URL) // the deploy
	p.reload(t)
	if v := readyVersion(); v != oldVer {
		t.Errorf("the open after the deploy runs %s; want the cached %s, the new release at the next open", v, oldVer)
	}
	jsOnlyNew := fmt.Sprintf(`caches.keys().then(ks => ks.length === 1 && ks[0].startsWith(%q))`, "triage-"+newVer+"-")
	if !pollJS(p.Frame, jsOnlyNew, true, 30*time.Second) {
		t.Fatal("the new release's worker did not take over in the background")
	}
	p.reload(t)
	if v := readyVersion(); v != newVer {
		t.Errorf("the open after the update runs %s, want %s", v, newVer)
	}
}
