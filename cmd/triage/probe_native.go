package main

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/netip"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
)

// Native probe bounds. The checks' own deadlines (diag) normally end a
// probe first; these stop a probe used outside the engine from hanging.
const (
	probeDialTimeout  = 5 * time.Second
	probeTotalTimeout = 15 * time.Second
	probeMaxRedirects = 5
	probeUserAgent    = "triage-check/1 (merchant self-diagnosis)"
)

// nativeFetcher is the command line's diag.Fetcher: net/http with
// httptrace timing (dns, connect, tls, ttfb). With guard set it refuses to
// connect to any non-public address, checked on the resolved IP at dial
// time, so neither a private literal nor a name that resolves (or
// re-resolves, DNS rebinding) to a private address gets through.
type nativeFetcher struct {
	client *http.Client
	guard  bool
}

// fetcherOptions configures newNativeFetcher. The zero value is what the
// CLI uses, apart from guard.
type fetcherOptions struct {
	// guard refuses non-public addresses; the CLI sets it for probes of
	// merchant-supplied URLs (callback-url).
	guard bool
	// Tests only: dialTo sends every connection to this address (standing
	// in for DNS), and tlsConfig trusts the test server's certificate.
	dialTo    string
	tlsConfig *tls.Config
}

func newNativeFetcher(o fetcherOptions) *nativeFetcher {
	dialer := &net.Dialer{Timeout: probeDialTimeout, KeepAlive: 30 * time.Second}
	if o.guard {
		dialer.Control = refuseNonPublic
	}
	dial := dialer.DialContext
	if o.dialTo != "" {
		dial = func(ctx context.Context, network, _ string) (net.Conn, error) {
			return dialer.DialContext(ctx, network, o.dialTo)
		}
	}
	tr := &http.Transport{
		DialContext:           dial,
		TLSClientConfig:       o.tlsConfig,
		TLSHandshakeTimeout:   probeDialTimeout,
		ResponseHeaderTimeout: probeTotalTimeout,
		MaxIdleConns:          4,
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	if !o.guard {
		// A proxy would make the guard judge the proxy's address instead
		// of the target's, so guarded probes always connect directly.
		tr.Proxy = http.ProxyFromEnvironment
	}
	return &nativeFetcher{client: &http.Client{Transport: tr, Timeout: probeTotalTimeout}, guard: o.guard}
}

// refuseNonPublic is a net.Dialer Control function: it runs after name
// resolution, on the very address about to be connected.
func refuseNonPublic(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("checking %q: %w", address, err)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("checking %q: %w", address, err)
	}
	if class := checks.AddrClass(ip); class != "" {
		return fmt.Errorf("refusing to connect to %s (%s): %w", ip, class, diag.ErrBlockedAddress)
	}
	return nil
}

// Fetch performs one GET or HEAD. Mode is ignored natively: status and
// headers are always readable, so Opaque is never set.
func (f *nativeFetcher) Fetch(ctx context.Context, r diag.Request) (diag.Response, error) {
	method := r.Method
	if method == "" {
		method = http.MethodGet
	}
	if method != http.MethodGet && method != http.MethodHead {
		// Checks never send anything else to a merchant's endpoint.
		return diag.Response{}, fmt.Errorf("probe method %q not allowed", method)
	}
	var tm timing
	ctx = httptrace.WithClientTrace(ctx, tm.trace())
	req, err := http.NewRequestWithContext(ctx, method, r.URL, nil)
	if err != nil {
		return diag.Response{}, fmt.Errorf("building the probe: %w", err)
	}
	req.Header.Set("User-Agent", probeUserAgent)
	req.Header.Set("Cache-Control", "no-store")

	client := *f.client
	client.CheckRedirect = func(next *http.Request, via []*http.Request) error {
		if r.Redirect == "manual" {
			return http.ErrUseLastResponse
		}
		if len(via) >= probeMaxRedirects {
			return fmt.Errorf("stopped after %d redirects", probeMaxRedirects)
		}
		return nil
	}
	start := time.Now()
	tm.start(start)
	resp, err := client.Do(req)
	if err != nil {
		return diag.Response{}, err
	}
	defer resp.Body.Close()
	rtt := time.Since(start)
	body, err := io.ReadAll(io.LimitReader(resp.Body, int64(r.BodyLimit())))
	if err != nil && !errors.Is(err, io.EOF) {
		return diag.Response{}, fmt.Errorf("reading the probe's answer: %w", err)
	}
	out := diag.Response{
		Status:     resp.StatusCode,
		Redirected: resp.StatusCode >= 300 && resp.StatusCode < 400 || resp.Request.URL.String() != req.URL.String(),
		Header:     make(map[string]string, len(resp.Header)),
		Body:       body,
		RTT:        rtt,
		Phases:     tm.phases(),
	}
	for k, v := range resp.Header {
		out.Header[strings.ToLower(k)] = strings.Join(v, ", ")
	}
	return out, nil
}

// timing collects httptrace events. Happy-eyeballs dialing reports from
// several goroutines, hence the mutex.
type timing struct {
	mu                           sync.Mutex
	t0, dns0, dns1, conn0, conn1 time.Time
	tls0, tls1, wrote, firstByte time.Time
}

func (t *timing) start(at time.Time) { t.mu.Lock(); t.t0 = at; t.mu.Unlock() }

func (t *timing) set(dst *time.Time, first bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !first || dst.IsZero() {
		*dst = time.Now()
	}
}

func (t *timing) trace() *httptrace.ClientTrace {
	return &httptrace.ClientTrace{
		DNSStart:             func(httptrace.DNSStartInfo) { t.set(&t.dns0, true) },
		DNSDone:              func(httptrace.DNSDoneInfo) { t.set(&t.dns1, false) },
		ConnectStart:         func(string, string) { t.set(&t.conn0, true) },
		ConnectDone:          func(string, string, error) { t.set(&t.conn1, false) },
		TLSHandshakeStart:    func() { t.set(&t.tls0, true) },
		TLSHandshakeDone:     func(tls.ConnectionState, error) { t.set(&t.tls1, false) },
		WroteRequest:         func(httptrace.WroteRequestInfo) { t.set(&t.wrote, false) },
		GotFirstResponseByte: func() { t.set(&t.firstByte, true) },
	}
}

// phases returns the durations observed; a reused connection has no dns,
// connect or tls phase.
func (t *timing) phases() map[string]time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	ph := map[string]time.Duration{}
	span := func(name string, a, b time.Time) {
		if !a.IsZero() && !b.IsZero() && !b.Before(a) {
			ph[name] = b.Sub(a)
		}
	}
	span("dns", t.dns0, t.dns1)
	span("connect", t.conn0, t.conn1)
	span("tls", t.tls0, t.tls1)
	span("ttfb", t.wrote, t.firstByte)
	return ph
}
