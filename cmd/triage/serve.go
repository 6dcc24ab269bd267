package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/triage-widget/triage/app/ui"
)

// Server timeouts: generous for a 7 MB wasm on a slow link, bounded so a
// stalled client cannot hold a connection forever.
const (
	readHeaderTimeout = 10 * time.Second
	writeTimeout      = 2 * time.Minute
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 5 * time.Second
)

// serveOptions are the flags of 'triage serve'.
type serveOptions struct {
	addr           string // widget listen address. Default: 127.0.0.1:8080
	demoAddr       string // demo dashboard listen address; "" disables it. Default: 127.0.0.1:8081 with --demo, "" without
	frameAncestors string // CSP frame-ancestors of the widget. Default: * with --demo, 'none' without
	site           siteOptions
	publicURL      string // the widget's URL as browsers see it. Default: http://ADDR
	accessLog      bool   // log every request to stderr. Default: false
}

func runServe(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o serveOptions
	var sf siteFlags
	sf.register(fs)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "widget listen address")
	fs.StringVar(&o.demoAddr, "demo-addr", "", "demo dashboard listen address (default 127.0.0.1:8081 with --demo; none without)")
	fs.StringVar(&o.frameAncestors, "frame-ancestors", "", "CSP frame-ancestors: the dashboards that may frame the widget (default * with --demo, 'none' without)")
	fs.StringVar(&o.publicURL, "public-url", "", "the widget's URL as browsers see it (default http://ADDR)")
	fs.BoolVar(&o.accessLog, "access-log", false, "log every request (method, path, status) to stderr")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "triage serve: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	site, err := sf.options()
	if err != nil {
		fmt.Fprintf(stderr, "triage serve: %v\n", err)
		return exitUsage
	}
	o.site = site
	switch {
	case o.frameAncestors != "":
	case sf.demo:
		o.frameAncestors = "*"
	default:
		o.frameAncestors = "'none'"
		fmt.Fprintln(stderr, "triage serve: no --frame-ancestors given, so no page may frame the widget ('none'); name your dashboards, e.g. --frame-ancestors 'https://dashboard.example'")
	}
	if err := validFrameAncestors(o.frameAncestors); err != nil {
		fmt.Fprintf(stderr, "triage serve: --frame-ancestors: %v\n", err)
		return exitUsage
	}
	if sf.demo && o.demoAddr == "" {
		o.demoAddr = "127.0.0.1:8081"
	}
	if !sf.demo && o.demoAddr != "" {
		fmt.Fprintln(stderr, "triage serve: --demo-addr needs --demo")
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, o, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "triage serve: %v\n", err)
		return exitProblem
	}
	return exitOK
}

// serve runs the widget server (and the demo dashboard) until ctx ends.
func serve(ctx context.Context, o serveOptions, stdout, stderr io.Writer) error {
	widget, err := newWidgetHandler(o.site, o.frameAncestors)
	if err != nil {
		return err
	}
	if o.accessLog {
		widget = withAccessLog(widget, "widget", stderr)
	}
	wl, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("widget listener: %w", err)
	}
	if o.publicURL == "" {
		o.publicURL = "http://" + wl.Addr().String()
	}
	servers := []*http.Server{newServer(widget)}
	listeners := []net.Listener{wl}
	fmt.Fprintf(stdout, "widget:    %s/\n", o.publicURL)
	if o.demoAddr != "" {
		demo, err := newDemoHandler(o.site, o.publicURL)
		if err != nil {
			wl.Close()
			return err
		}
		dl, err := net.Listen("tcp", o.demoAddr)
		if err != nil {
			wl.Close()
			return fmt.Errorf("demo listener: %w", err)
		}
		servers = append(servers, newServer(demo))
		listeners = append(listeners, dl)
		fmt.Fprintf(stdout, "dashboard: %s/\n", crossSiteURL(dl.Addr()))
	}
	errc := make(chan error, len(servers))
	for i, s := range servers {
		go func() { errc <- s.Serve(listeners[i]) }()
	}
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	for _, s := range servers {
		_ = s.Shutdown(sctx)
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

func newServer(h http.Handler) *http.Server { return newLimitedServer(h, serveLimits) }

// crossSiteURL names a loopback demo address as "localhost", so the demo
// dashboard and the widget (on 127.0.0.1) are different sites, as they are
// in production.
func crossSiteURL(a net.Addr) string {
	host, port, _ := net.SplitHostPort(a.String())
	if host == "127.0.0.1" {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// newWidgetHandler is everything the widget's origin serves.
func newWidgetHandler(o siteOptions, frameAncestors string) (http.Handler, error) {
	webDir := o.webDir
	wasm, err := loadWasmFile(webDir, "")
	if err != nil {
		return nil, err
	}
	ver := siteVersion(wasm.raw)
	wasm.etag = ver
	ui.Route(ui.Deps{Version: ver, Shell: o.shell()})
	mux := http.NewServeMux()
	// go-app serves the page, app.js, the worker and /web/ files; only the
	// page route ("/") needs its viewport rewritten.
	appHandler := newAppHandler(o, ver)
	mux.Handle("GET /", appHandler)
	mux.Handle("GET /{$}", withZoom(appHandler))
	for _, p := range []string{"/app.js", "/goapp.js"} { // go-app serves the same script under both names
		mux.Handle("GET "+p, withRewrite(appHandler, func(_ http.Header, js []byte) []byte { return streamWasm(js) }))
	}
	for _, p := range []string{"/web/app.wasm", "/app.wasm", "/goapp.wasm"} {
		mux.Handle("GET "+p, wasm)
	}
	if execJS, err := readWebFile(webDir, "wasm_exec.js"); err == nil {
		// The toolchain's own copy: go-app embeds an older one (notes §1.8).
		mux.Handle("GET /wasm_exec.js", staticBytes(execJS, "text/javascript; charset=utf-8", "no-cache"))
	}
	embed, err := readWebFile(webDir, "embed.js")
	if err != nil {
		return nil, err
	}
	if embed, err = embedWithSites(embed, o.pins); err != nil {
		return nil, err
	}
	mux.Handle("GET /embed.js", staticBytes(embed, "text/javascript; charset=utf-8", "public, max-age=300"))
	mux.Handle("GET /manifests/", withCORS(http.StripPrefix("/manifests/", manifestFiles(filepath.Join(webDir, "manifests"), o.demo))))
	mux.Handle("GET /api/ping", withCORS(http.HandlerFunc(servePing)))
	mux.Handle("GET /api/time", withCORS(http.HandlerFunc(serveTime)))
	for _, p := range []string{"/manifests/", "/api/ping", "/api/time"} {
		mux.Handle("OPTIONS "+p, withCORS(http.HandlerFunc(servePreflight)))
	}
	return withSecurityHeaders(mux, frameAncestors), nil
}

// staticBytes serves one in-memory file, gzipped for clients that accept it
// (embed.js is on every dashboard page: its bytes on the wire count).
func staticBytes(b []byte, contentType, cacheControl string) http.Handler {
	mod := time.Now()
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Cache-Control", cacheControl)
		w.Header().Set("Vary", "Accept-Encoding")
		body := b
		if acceptEncodings(r.Header.Get("Accept-Encoding"))["gzip"] {
			body = gz.Bytes()
			w.Header().Set("Content-Encoding", "gzip")
		}
		http.ServeContent(w, r, "", mod, bytes.NewReader(body))
	})
}

// manifestFiles serves channel manifests, their signatures and public keys
// from dir, and nothing else of it; with --demo, the demo manifests signed
// at start take the place of their files. The panel fetches its manifest
// on every open: an ETag of the bytes lets the browser revalidate its copy
// (304) instead of downloading it again.
func manifestFiles(dir string, demo *demoSite) http.Handler {
	start := time.Now()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Path
		if !isPublicManifestFile(name) {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		if strings.HasSuffix(name, ".json") {
			w.Header().Set("Content-Type", "application/json")
		} else {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		}
		if b, ok := demo.file(name); ok {
			serveTagged(w, r, start, b)
			return
		}
		path := filepath.Join(dir, name)
		st, err := os.Stat(path)
		if err != nil || !st.Mode().IsRegular() {
			http.ServeFile(w, r, path) // its error responses
			return
		}
		b, err := os.ReadFile(path)
		if err != nil {
			http.ServeFile(w, r, path)
			return
		}
		serveTagged(w, r, st.ModTime(), b)
	})
}

// serveTagged serves b with an ETag of its bytes.
func serveTagged(w http.ResponseWriter, r *http.Request, mod time.Time, b []byte) {
	sum := sha256.Sum256(b)
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:8])+`"`)
	http.ServeContent(w, r, "", mod, bytes.NewReader(b))
}

// isPublicManifestFile reports whether a file of the manifests folder is
// published: manifests, their signatures and public keys.
func isPublicManifestFile(name string) bool {
	return !strings.ContainsAny(name, "/\\") && !strings.HasPrefix(name, ".") && (strings.HasSuffix(name, ".json") || strings.HasSuffix(name, ".json.sig") || strings.HasSuffix(name, ".pub"))
}

// withCORS lets any origin read the response: manifests and the probe
// endpoints are public.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Access-Control-Expose-Headers", "Date")
		next.ServeHTTP(w, r)
	})
}

// servePing answers the network check's reachability probe.
func servePing(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusNoContent)
}

// serveTime answers the clock check with the server's time.
func serveTime(w http.ResponseWriter, _ *http.Request) {
	now := time.Now().UTC()
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"epochMs":%d,"iso":%q}`, now.UnixMilli(), now.Format("2006-01-02T15:04:05.000Z07:00"))
}
