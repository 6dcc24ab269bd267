package main

import (
	"bytes"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// testLimits are short so that the slow-client tests finish quickly.
var testLimits = serverLimits{readHeader: 300 * time.Millisecond, read: 600 * time.Millisecond, write: 10 * time.Second, idle: 10 * time.Second}

// testWebDir is a web folder with the files the widget server needs: the
// real manifests and a stand-in wasm, so these tests run without a build.
func testWebDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range map[string]string{
		"app.wasm":     "\x00asm\x01\x00\x00\x00",
		"embed.js":     "var sites = {TRIAGE_SITES:0};",
		"wasm_exec.js": "// wasm_exec",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(mustAbs(t, "../../web"), "manifests"), filepath.Join(dir, "manifests")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// startLimited serves h on a loopback port as serve does, with limits l.
func startLimited(t *testing.T, h http.Handler, l serverLimits) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newLimitedServer(h, l)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

func widgetHandler(t *testing.T) http.Handler {
	t.Helper()
	h, err := newWidgetHandler(siteOptions{webDir: testWebDir(t)}, "*")
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func demoHandler(t *testing.T) http.Handler {
	t.Helper()
	demo, err := signDemoManifests("../../web")
	if err != nil {
		t.Fatal(err)
	}
	h, err := newDemoHandler(siteOptions{webDir: "../../web", demo: demo}, "http://127.0.0.1:1")
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// widgetRoutes are the widget origin's routes; cors marks those a
// cross-origin page reads (and may preflight).
var widgetRoutes = []struct {
	path string
	cors bool
}{
	{"/", false}, {"/app.js", false}, {"/web/app.wasm", false}, {"/app.wasm", false},
	{"/goapp.wasm", false}, {"/wasm_exec.js", false}, {"/embed.js", false},
	{"/web/triage.css", false}, {"/manifest.webmanifest", false},
	{"/manifests/wallet-merchant.json", true}, {"/api/ping", true}, {"/api/time", true},
}

func send(t *testing.T, method, url string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}

// TestRoutesAnswerOnlyTheirMethods: each route answers GET and HEAD (and
// OPTIONS where a cross-origin page may preflight), and 405 with an Allow
// header to anything else.
func TestRoutesAnswerOnlyTheirMethods(t *testing.T) {
	check := func(t *testing.T, base, path string, cors bool) {
		for _, m := range []string{http.MethodGet, http.MethodHead} {
			if resp := send(t, m, base+path); resp.StatusCode == http.StatusMethodNotAllowed || resp.StatusCode >= 500 {
				t.Errorf("%s %s: %s", m, path, resp.Status)
			}
		}
		wantAllow := "GET, HEAD"
		if cors {
			wantAllow = "GET, HEAD, OPTIONS"
			resp := send(t, http.MethodOptions, base+path)
			if resp.StatusCode != http.StatusNoContent || resp.Header.Get("Access-Control-Allow-Origin") != "*" ||
				resp.Header.Get("Access-Control-Allow-Methods") != "GET, HEAD" {
				t.Errorf("OPTIONS %s: %s %v, want a CORS preflight answer", path, resp.Status, resp.Header)
			}
		}
		refused := []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, "PROPFIND"}
		if !cors {
			refused = append(refused, http.MethodOptions)
		}
		for _, m := range refused {
			resp := send(t, m, base+path)
			if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != wantAllow {
				t.Errorf("%s %s: %s, Allow %q; want 405, Allow %q", m, path, resp.Status, resp.Header.Get("Allow"), wantAllow)
			}
		}
	}
	t.Run("widget", func(t *testing.T) {
		base := "http://" + startLimited(t, widgetHandler(t), serveLimits)
		for _, r := range widgetRoutes {
			check(t, base, r.path, r.cors)
		}
	})
	t.Run("demo dashboard", func(t *testing.T) {
		base := "http://" + startLimited(t, demoHandler(t), serveLimits)
		for _, p := range []string{"/", "/demo.css"} {
			check(t, base, p, false)
		}
	})
}

// exchange writes raw bytes to a fresh connection and reads until the
// server closes it, at most until wait has passed. It reports what came
// back and whether the server closed the connection in time.
func exchange(t *testing.T, addr, raw string, wait time.Duration) (string, bool) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := io.WriteString(c, raw); err != nil {
		t.Fatal(err)
	}
	c.SetReadDeadline(time.Now().Add(wait))
	got, err := io.ReadAll(c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return string(got), false
	}
	return string(got), true // EOF, or a reset once the server closed
}

// TestSlowClientsCut: a client that sends part of its request and stalls
// is disconnected within the server's bounds, not held forever.
func TestSlowClientsCut(t *testing.T) {
	addr := startLimited(t, widgetHandler(t), testLimits)
	bound := testLimits.read + 2*time.Second // slack for a loaded machine
	for _, tc := range []struct{ name, raw, status string }{
		{"stalled headers", "GET /embed.js HTTP/1.1\r\nHost: x\r\nX-Slow: ", ""},
		{"stalled body after a POST", "POST /api/ping HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n0123456789", "HTTP/1.1 405"},
		{"stalled body after a GET", "GET /api/ping HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n0123456789", "HTTP/1.1 413"},
		{"stalled chunked body", "PUT /manifests/wallet-merchant.json HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", "HTTP/1.1 405"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			got, closed := exchange(t, addr, tc.raw, bound)
			if !closed {
				t.Fatalf("connection still open after %v (got %q)", bound, got)
			}
			if !strings.HasPrefix(got, tc.status) {
				t.Errorf("answer %q, want %q", got, tc.status)
			}
			t.Logf("closed after %v", time.Since(start).Round(time.Millisecond))
		})
	}
}

// TestServeHasLimits: the servers serve starts carry every bound.
func TestServeHasLimits(t *testing.T) {
	s := newServer(http.NotFoundHandler())
	if s.ReadHeaderTimeout <= 0 || s.ReadTimeout < s.ReadHeaderTimeout || s.WriteTimeout <= 0 || s.IdleTimeout <= 0 || s.MaxHeaderBytes <= 0 || s.MaxHeaderBytes > 1<<20 {
		t.Errorf("server limits: header %v, read %v, write %v, idle %v, header bytes %d",
			s.ReadHeaderTimeout, s.ReadTimeout, s.WriteTimeout, s.IdleTimeout, s.MaxHeaderBytes)
	}
}

// TestRequestBodyRefused: no route takes a body; an oversized one is
// refused without being read, and the connection closed.
func TestRequestBodyRefused(t *testing.T) {
	addr := startLimited(t, widgetHandler(t), serveLimits)
	body := strings.Repeat("x", 64<<10)
	for _, tc := range []struct{ raw, status string }{
		{"GET /embed.js HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n" + body, "HTTP/1.1 413"},
		{"OPTIONS /api/time HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n0123456789", "HTTP/1.1 413"},
		{"POST /api/time HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n" + body, "HTTP/1.1 405"},
	} {
		got, closed := exchange(t, addr, tc.raw, 5*time.Second)
		if !strings.HasPrefix(got, tc.status) || !closed {
			t.Errorf("%q…: answer %q, closed %v; want %s and the connection closed", tc.raw[:20], got, closed, tc.status)
		}
		if strings.Contains(got, "HTTP/1.1 200") {
			t.Errorf("a request with a body was served: %q", got)
		}
	}
	// Without a body the same connection serves on (keep-alive).
	resp := send(t, http.MethodGet, "http://"+addr+"/api/time")
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET /api/time: %s", resp.Status)
	}
}

// syncBuffer is an access log the test reads while the server writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestAccessLogEscapes: a request cannot add a line to the access log or
// put a control character in it; each line stays "NAME METHOD PATH STATUS".
func TestAccessLogEscapes(t *testing.T) {
	var log syncBuffer
	addr := startLimited(t, withAccessLog(widgetHandler(t), "widget", &log), serveLimits)
	paths := []string{
		"/x%0Awidget%20GET%20/forged%20200",
		"/x%0D%0Awidget%20GET%20/forged%20200",
		"/%1B[2J%1B]0;pwned%07",
		"/caf%C3%A9",
		"/caf\xc3\xa9",
		"/embed.js",
	}
	// exchange returns once the server has closed the connection, which
	// it does after the handler, and so the log, is done.
	for _, p := range paths {
		exchange(t, addr, "GET "+p+" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 5*time.Second)
	}
	lines := strings.Split(strings.TrimSuffix(log.String(), "\n"), "\n")
	if len(lines) != len(paths) {
		t.Fatalf("%d log lines for %d requests:\n%s", len(lines), len(paths), log.String())
	}
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) != 4 || f[0] != "widget" || f[1] != "GET" || strings.Contains(l, "forged 200") {
			t.Errorf("log line %q is not NAME METHOD PATH STATUS", l)
		}
		for _, c := range []byte(l) {
			if c < ' ' || c >= 0x7f {
				t.Errorf("log line %q holds byte %#x", l, c)
				break
			}
		}
	}
	want := []string{"/x%0Awidget%20GET%20/forged%20200", "/x%0D%0Awidget%20GET%20/forged%20200", "/%1B[2J%1B]0;pwned%07", "/caf%C3%A9", "/caf%C3%A9", "/embed.js"}
	for i, w := range want {
		if f := strings.Fields(lines[i]); len(f) == 4 && f[2] != w {
			t.Errorf("logged path %q, want %q", f[2], w)
		}
	}
	// The end-to-end harness reads the path back the same way.
	s := &widgetServer{log: lines}
	if !s.requested("/embed.js") {
		t.Error("widgetServer.requested cannot find /embed.js in the log")
	}
}
