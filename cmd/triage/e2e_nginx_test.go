package main

// deploy/nginx.conf, proven: nginx serving `triage static` output answers
// like `triage serve`, header by header, and the widget opens, works
// offline, embeds in a strict-CSP host and refuses a dashboard that is not
// in frame-ancestors, all in Chromium.

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// nginxPath finds nginx: $NGINX, then PATH, then where Debian installs it
// (/usr/sbin is not on every user's PATH).
func nginxPath() string {
	if p := os.Getenv("NGINX"); p != "" {
		return p
	}
	if p, err := exec.LookPath("nginx"); err == nil {
		return p
	}
	if _, err := os.Stat("/usr/sbin/nginx"); err == nil {
		return "/usr/sbin/nginx"
	}
	return ""
}

// requireNginx skips unless end-to-end tests were asked for, and fails
// when they were but nginx or the built web folder is missing.
func requireNginx(t *testing.T) {
	t.Helper()
	if os.Getenv("TRIAGE_E2E") == "" {
		t.Skip("end-to-end test: set TRIAGE_E2E=1 (make test does, after installing nginx)")
	}
	if nginxPath() == "" {
		t.Fatal("TRIAGE_E2E=1 but no nginx: run 'make test' (it installs Debian's nginx) or set NGINX")
	}
	if _, err := os.Stat("../../web/app.wasm.br"); err != nil {
		t.Fatal("web/app.wasm.br missing: run 'make build' first")
	}
}

// nginxSite is nginx running deploy/nginx.conf on a loopback port.
type nginxSite struct {
	URL    string
	prefix string // nginx's prefix: its configuration, logs and temp files
}

// deployConfig returns deploy/nginx.conf with its three operator settings
// replaced; each must be found exactly once, so the file and this test
// cannot drift apart silently.
func deployConfig(t *testing.T, listen, root, frameAncestors, prefix string) string {
	t.Helper()
	b, err := os.ReadFile("../../deploy/nginx.conf")
	if err != nil {
		t.Fatal(err)
	}
	conf := string(b)
	for _, r := range []struct{ re, with string }{
		{`(?m)^(\s*map "" \$triage_frame_ancestors \{ default )"[^"]*"(; \})$`, `${1}"` + frameAncestors + `"${2}`},
		{`(?m)^(\s*listen )\S+( default_server; # OPERATOR 2: listen)$`, `${1}` + listen + `${2}`},
		{`(?m)^(\s*root )\S+(; # OPERATOR 3: root)$`, `${1}` + root + `${2}`},
		{`(?m)^(\s*access_log )\S+( triage; # OPERATOR 4: access log)$`, `${1}` + prefix + `/access.log${2}`},
		// Test-only: nginx's temp files and access log in the prefix, not in
		// the system's folders.
		{`(?m)^(http \{)$`, `${1}
    client_body_temp_path ` + prefix + `/client_body;
    proxy_temp_path ` + prefix + `/proxy;
    fastcgi_temp_path ` + prefix + `/fastcgi;
    uwsgi_temp_path ` + prefix + `/uwsgi;
    scgi_temp_path ` + prefix + `/scgi;`},
	} {
		re := regexp.MustCompile(r.re)
		if n := len(re.FindAllString(conf, -1)); n != 1 {
			t.Fatalf("deploy/nginx.conf: %d lines match %s, want 1", n, r.re)
		}
		conf = re.ReplaceAllString(conf, r.with)
	}
	return conf
}

// startNginx runs deploy/nginx.conf, with root and frame-ancestors
// substituted, as a child on a free loopback port, and stops it at cleanup.
func startNginx(t *testing.T, root, frameAncestors string) *nginxSite {
	t.Helper()
	prefix := t.TempDir()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	conf := filepath.Join(prefix, "nginx.conf")
	if err := os.WriteFile(conf, []byte(deployConfig(t, addr, root, frameAncestors, prefix)), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(nginxPath(), "-c", conf, "-p", prefix,
		"-g", fmt.Sprintf("daemon off; pid %s/nginx.pid; error_log %s/error.log;", prefix, prefix))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting nginx: %v", err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		// SIGTERM: the master stops its workers (a killed master leaves them running).
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	})
	s := &nginxSite{URL: "http://" + addr, prefix: prefix}
	client := &http.Client{Timeout: time.Second}
	answered := poll(15*time.Second, func() bool {
		select {
		case <-exited:
			errLog, _ := os.ReadFile(filepath.Join(prefix, "error.log"))
			t.Fatalf("nginx exited at start:\n%s%s", out.String(), errLog)
		default:
		}
		res, err := client.Get(s.URL + "/")
		if err == nil {
			res.Body.Close()
		}
		return err == nil
	})
	if !answered {
		t.Fatalf("nginx did not answer on %s", addr)
	}
	return s
}

// accessLine picks the request and status out of an access log line in
// nginx's combined format: ADDR - - [TIME] "METHOD URI PROTO" STATUS …
var accessLine = regexp.MustCompile(`"(\S+ \S+) [^"]*" (\d{3}) `)

// requests returns what nginx has logged: "METHOD /path STATUS" (no query).
func (s *nginxSite) requests(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(s.prefix, "access.log"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range accessLine.FindAllStringSubmatch(string(b), -1) {
		out = append(out, m[1]+" "+m[2])
	}
	return out
}

// nginxFrameAncestors lets the test host pages (on localhost, any port)
// frame the widget.
const nginxFrameAncestors = "http://localhost:*"

// nginxProbe is one request made to both servers.
type nginxProbe struct {
	method, path, acceptEncoding string
}

func (p nginxProbe) String() string {
	return fmt.Sprintf("%s %s [Accept-Encoding: %s]", p.method, p.path, p.acceptEncoding)
}

// headersIgnored are the headers whose values differ between the two
// servers by design, and why.
var headersIgnored = map[string]string{
	"Date":              "the time of the response",
	"Server":            "nginx names itself (without its version: server_tokens off); triage serve sends none",
	"Connection":        "connection management, not content",
	"Keep-Alive":        "connection management, not content",
	"Content-Length":    "framing: nginx streams what it gzips on the fly, Go sends a length or chunks; the bodies are compared",
	"Transfer-Encoding": "framing, as Content-Length",
	"Etag":              "nginx derives validators from the file (mtime and size), serve from the build version; every nginx file response is checked to carry one",
	"Last-Modified":     "as Etag",
	"Accept-Ranges":     "nginx offers byte ranges on every file it reads from disk, serve only where it uses http.ServeContent; no client needs ranges",
}

// earlierBuild is the version of another build of the widget.
const earlierBuild = "0123456789ab-01234567"

// headerDifferences are the further, per-request differences meant to be.
var headerDifferences = []struct {
	applies func(p nginxProbe, status int) bool
	header  string
	why     string
}{
	{func(p nginxProbe, _ int) bool { return p.path == "/" || strings.HasPrefix(p.path, "/?") }, "Content-Type",
		"nginx labels the page text/html; charset=utf-8 (its charset module always labels HTML); the page is UTF-8 and says so in a meta tag"},
	{func(p nginxProbe, _ int) bool { return strings.HasSuffix(p.path, "?v="+earlierBuild) }, "Cache-Control",
		"nginx cannot know the build's version and caches app.wasm?v=ANY as immutable; serve says no-cache for another build's v. Only a page of an earlier build asks for one, and no page of this build ever will (deploy/nginx.conf)"},
	{func(_ nginxProbe, status int) bool { return status == 404 }, "Cache-Control",
		"nginx's 404s all say no-cache; some of serve's have none (its manifest folder refuses before it sets one, Go's file server drops it on errors)"},
}

// bodyDiffers names the responses whose bytes differ between the two
// servers by design, and why.
var bodyDiffers = map[string]string{
	"/": "go-app renders the page per request: attributes in map order, og:url from the request (the test compares the build the page loads instead)",
	"/?host=http%3A%2F%2Flocalhost%3A1&lang=en": "as /",
	"/goapp.js": "serve's /goapp.js is go-app's own app.js, without the wasm-streaming rewrite its /app.js has; nginx serves the rewritten app.js under both names",
	"/api/time": "the time",
}

// TestE2ENginxHeaders: the same requests to `triage serve` and to nginx
// serving `triage static` output with deploy/nginx.conf get the same status,
// the same headers (but for the differences listed above) and the same
// bytes; and nginx refuses what serve would not serve, other methods and
// request bodies.
func TestE2ENginxHeaders(t *testing.T) {
	requireNginx(t)
	// One platform, signed once, for both: the two sites' pages and app.js
	// carry the pins and must be the same bytes (--demo would sign with a
	// new key at each start).
	web := testWeb(t)
	platform := newPlatformFiles(t, web, "demo-wallet-merchant", "wallet-merchant")
	platform.publish(t, time.Now().Add(-time.Hour), time.Now().Add(30*24*time.Hour), "+1-555-0101", nil)
	pin := platform.flag()
	dist := staticSite(t, "--web", web, "--platform", pin)
	// Files an operator's folder might hold besides the widget: never served.
	for _, f := range []string{".env", "web/icons/.secret.png", "manifests/demo-only.key", "manifests/.hidden.json"} {
		if err := os.WriteFile(filepath.Join(dist, f), []byte("secret"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const frameAncestors = "https://dashboard.example.com 'self'"
	srv := startServer(t, "--web", web, "--platform", pin, "--frame-ancestors", frameAncestors)
	ngx := startNginx(t, dist, frameAncestors)
	page, err := os.ReadFile(filepath.Join(dist, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`href="(/web/app\.wasm\?v=[^"]+)"`).FindSubmatch(page)
	if m == nil {
		t.Fatal("index.html preloads no versioned app.wasm")
	}
	versioned := string(m[1])

	var probes []nginxProbe
	for _, path := range []string{
		"/", "/?host=http%3A%2F%2Flocalhost%3A1&lang=en", "/app.js", "/goapp.js", "/app-worker.js", "/app.css",
		"/manifest.webmanifest", "/manifest.json", "/web/triage.css", "/web/guard.js", "/web/shell.js", "/web/icons/icon.svg",
		"/web/icons/icon-192.png", "/manifests/wallet-merchant.json", "/manifests/wallet-merchant.json.sig",
		"/api/ping", "/api/time",
		// Not served by either.
		"/index.html", "/foo", "/web/", "/web/icons/", "/manifests/", "/web/app.wasm.br", "/web/app.wasm.gz",
		"/web/loader.js", "/web/demo/index.html", "/web/manifests/demo.pub", "/.env", "/web/icons/.secret.png",
		"/manifests/demo-only.key", "/manifests/.hidden.json", "/manifests/README.md", "/.git/config",
	} {
		probes = append(probes, nginxProbe{"GET", path, ""})
	}
	for _, path := range []string{"/web/app.wasm", versioned, "/web/app.wasm?v=" + earlierBuild, "/app.wasm", "/goapp.wasm", "/embed.js", "/wasm_exec.js"} {
		for _, ae := range []string{"", "gzip", "gzip, deflate, br", "br;q=0, gzip", "gzip;q=0, br;q=0", "identity"} {
			probes = append(probes, nginxProbe{"GET", path, ae})
		}
	}
	probes = append(probes, nginxProbe{"HEAD", versioned, "br"}, nginxProbe{"HEAD", "/", ""}, nginxProbe{"HEAD", "/foo", ""})

	client := &http.Client{
		Transport:     &http.Transport{DisableCompression: true}, // see the codings as sent
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	fetch := func(base string, p nginxProbe) (*http.Response, []byte) {
		t.Helper()
		req, err := http.NewRequest(p.method, base+p.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if p.acceptEncoding != "" {
			req.Header.Set("Accept-Encoding", p.acceptEncoding)
		}
		res, err := client.Do(req)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		return res, decoded(t, res, body)
	}

	for _, p := range probes {
		want, wantBody := fetch(srv.URL, p)
		got, gotBody := fetch(ngx.URL, p)
		if got.StatusCode != want.StatusCode {
			t.Errorf("%s: nginx %d, serve %d", p, got.StatusCode, want.StatusCode)
			continue
		}
		var names []string
		for k := range want.Header {
			names = append(names, k)
		}
		for k := range got.Header {
			if _, ok := want.Header[k]; !ok {
				names = append(names, k)
			}
		}
		slices.Sort(names)
	headers:
		for _, k := range names {
			if _, ok := headersIgnored[k]; ok {
				continue
			}
			for _, d := range headerDifferences {
				if d.header == k && d.applies(p, got.StatusCode) {
					continue headers
				}
			}
			if g, w := got.Header.Values(k), want.Header.Values(k); !slices.Equal(g, w) {
				t.Errorf("%s: %s: nginx %q, serve %q", p, k, g, w)
			}
		}
		if got.StatusCode != http.StatusOK || p.method != "GET" || bodyDiffers[p.path] != "" {
			continue
		}
		if got.Header.Get("Etag") == "" {
			t.Errorf("%s: nginx sends no ETag: no-cache would download it again every time", p)
		}
		if !bytes.Equal(gotBody, wantBody) {
			t.Errorf("%s: nginx's body (%d bytes) differs from serve's (%d bytes)", p, len(gotBody), len(wantBody))
		}
	}

	// The page: go-app renders it per request (attributes in map order,
	// og:url from the request), so it is compared by what matters, the
	// build it loads.
	res, body := fetch(srv.URL, nginxProbe{"GET", "/", ""})
	if m := regexp.MustCompile(`href="(/web/app\.wasm\?v=[^"]+)"`).FindSubmatch(body); res.StatusCode != 200 || m == nil || string(m[1]) != versioned {
		t.Errorf("serve's page does not load %s, nginx's does", versioned)
	}

	// The security headers are on every response, errors included; the
	// comparison above proves nginx sends serve's, this that serve has them.
	res, _ = fetch(ngx.URL, nginxProbe{"GET", "/foo", ""})
	if csp := res.Header.Get("Content-Security-Policy"); !strings.HasSuffix(csp, "frame-ancestors "+frameAncestors) {
		t.Errorf("nginx's 404 CSP: %q", csp)
	}

	// nginx only: serve answers any method as GET and ignores bodies, and
	// redirects a path with dot segments to its clean form.
	if res, _ := fetch(ngx.URL, nginxProbe{"GET", "/web/icons/../../.env", ""}); res.StatusCode != http.StatusNotFound {
		t.Errorf("nginx answers /web/icons/../../.env with %d, want 404", res.StatusCode)
	}
	for _, p := range []nginxProbe{{"POST", "/", ""}, {"PUT", "/embed.js", ""}, {"DELETE", "/manifests/demo.pub", ""}, {"OPTIONS", "/manifests/wallet-merchant.json", ""}, {"PATCH", "/foo", ""}} {
		res, _ := fetch(ngx.URL, p)
		if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" || res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: nginx %d, Allow %q, nosniff %q; want 405, GET, HEAD and the security headers", p, res.StatusCode, res.Header.Get("Allow"), res.Header.Get("X-Content-Type-Options"))
		}
	}
	req, _ := http.NewRequest("GET", ngx.URL+"/", bytes.NewReader(make([]byte, 64<<10)))
	if res, err := client.Do(req); err != nil {
		t.Errorf("GET / with a 64 KB body: %v", err)
	} else {
		res.Body.Close()
		if res.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("GET / with a 64 KB body: %d, want 413", res.StatusCode)
		}
	}
}

// decoded returns a response body without its Content-Encoding: gzip is
// undone (nginx and Go compress the same bytes differently); brotli stays
// as it is, the same precompressed file on both sides.
func decoded(t *testing.T, res *http.Response, body []byte) []byte {
	t.Helper()
	if res.Header.Get("Content-Encoding") != "gzip" || len(body) == 0 {
		return body
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("%s: bad gzip: %v", res.Request.URL, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: bad gzip: %v", res.Request.URL, err)
	}
	return b
}

// TestE2ENginxOpensReady: a dashboard opens the widget from nginx; the
// browser got app.wasm brotli-compressed, compiled it as application/wasm
// and runs the panel.
func TestE2ENginxOpensReady(t *testing.T) {
	requireE2E(t)
	requireNginx(t)
	dist := staticSite(t)
	ngx := startNginx(t, dist, nginxFrameAncestors)
	p := openPanel(t, panelOpts{Widget: ngx.URL, Page: staticEmbed(t, snippetPage(ngx.URL, "en", `triage('context', {merchantId: 'NGINX-1'}); triage('open');`))})
	fctx := p.Frame
	p.Events.wait("ready", 1, 30*time.Second)
	frameText(t, fctx, "NGINX-1")
	assertWasmUnwrapped(t, fctx)
	br, err := os.Stat(filepath.Join(dist, "web", "app.wasm.br"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.Stat(filepath.Join(dist, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	var sizes []int64
	do(t, fctx, chromedp.Evaluate(`(() => { const e = performance.getEntriesByType('resource')
	  .find(e => new URL(e.name).pathname === '/web/app.wasm' && e.decodedBodySize > 0);
	  return e ? [e.encodedBodySize, e.decodedBodySize] : []; })()`, &sizes))
	if want := []int64{br.Size(), raw.Size()}; !slices.Equal(sizes, want) {
		t.Errorf("app.wasm reached the browser as %v bytes (on the wire, decoded), want %v (the brotli file, the wasm)", sizes, want)
	}
}

// TestE2ENginxOfflineAfterOneVisit: after one visit to the widget on nginx,
// it opens with nginx off the network.
func TestE2ENginxOfflineAfterOneVisit(t *testing.T) {
	requireE2E(t)
	requireNginx(t)
	dist := staticSite(t)
	ngx := startNginx(t, dist, nginxFrameAncestors)
	offlineAfterOneVisit(t, ngx.URL, func(page, _ string) string { return staticEmbed(t, page) })
}

// TestE2ENginxCSPStrictHost: a dashboard with a strict CSP embeds the
// widget from nginx with the sources the README lists, and no violation on
// either side.
func TestE2ENginxCSPStrictHost(t *testing.T) {
	requireE2E(t)
	requireNginx(t)
	dist := staticSite(t)
	ngx := startNginx(t, dist, nginxFrameAncestors)
	strictHostEmbeds(t, ngx.URL, func(page string) string { return staticEmbed(t, page) })
}

// TestE2ENginxFramingRefused: a dashboard that is not in nginx's
// frame-ancestors gets the page from nginx, but the browser refuses to
// show it: the page never runs, the panel never starts.
func TestE2ENginxFramingRefused(t *testing.T) {
	requireE2E(t)
	requireNginx(t)
	dist := staticSite(t)
	ngx := startNginx(t, dist, "https://dashboard.example.com")
	p := openPanel(t, panelOpts{Widget: ngx.URL, Page: staticEmbed(t, snippetPage(ngx.URL, "en", `triage('open');`)), Closed: true})
	ctx, pw := p.Ctx, p.Page
	if !poll(20*time.Second, func() bool { return len(refusals(pw, ngx.URL)) > 0 }) {
		t.Fatalf("the browser did not refuse the frame by frame-ancestors; host console: %v", pw.lines())
	}
	// nginx logs a request once it has sent it: poll for the page's line.
	var served, ran bool
	poll(5*time.Second, func() bool {
		for _, r := range ngx.requests(t) {
			served = served || r == "GET /index.html 200" // the panel page, as nginx names it (its query is not logged)
			ran = ran || strings.HasPrefix(r, "GET /app.js ")
		}
		return served
	})
	if !served {
		t.Errorf("nginx did not serve the widget page: %v", ngx.requests(t))
	}
	if ran {
		t.Errorf("the refused page ran its scripts: %v", ngx.requests(t))
	}
	var ready int
	do(t, ctx, chromedp.Evaluate(countEvents("ready"), &ready))
	if ready != 0 {
		t.Errorf("the panel started in a refused frame")
	}
}

// TestE2ENginxDropsStalledClient: a client that never finishes its request
// headers is disconnected after client_header_timeout (10 s, serve's
// ReadHeaderTimeout), not held open.
func TestE2ENginxDropsStalledClient(t *testing.T) {
	requireNginx(t)
	ngx := startNginx(t, staticSite(t), nginxFrameAncestors)
	c, err := net.Dial("tcp", strings.TrimPrefix(ngx.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n"); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	c.SetReadDeadline(start.Add(20 * time.Second))
	// Returns when nginx closes the connection (with a reset:
	// reset_timedout_connection) or at the read deadline.
	_, err = io.ReadAll(c)
	closed := err == nil || errors.Is(err, syscall.ECONNRESET)
	if elapsed := time.Since(start); !closed || elapsed < 9*time.Second {
		t.Errorf("a stalled request ended after %v (%v), want nginx to close it after 10 s", elapsed.Round(time.Second), err)
	}
}
