package main

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
)

func TestRefuseNonPublic(t *testing.T) {
	for addr, blocked := range map[string]bool{
		"127.0.0.1:443": true, "[::1]:80": true, "10.1.2.3:443": true, "169.254.169.254:80": true, "[::ffff:192.168.0.1]:443": true,
		"[fe80::1%eth0]:443": true, "100.64.0.9:443": true, "0.0.0.0:80": true,
		"93.184.216.34:443": false, "[2606:4700::1111]:443": false, "8.8.8.8:53": false,
	} {
		err := refuseNonPublic("tcp", addr, nil)
		if got := errors.Is(err, diag.ErrBlockedAddress); got != blocked {
			t.Errorf("%s: err %v, want blocked=%v", addr, err, blocked)
		}
	}
	if err := refuseNonPublic("tcp", "nonsense", nil); err == nil || errors.Is(err, diag.ErrBlockedAddress) {
		t.Errorf("unparsable address: %v", err)
	}
}

func TestNativeFetcherGuard(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	ctx := context.Background()
	// The guard judges the address actually dialed: a loopback literal and
	// a public-looking name that resolves to loopback are both refused.
	for _, f := range []*nativeFetcher{
		newNativeFetcher(fetcherOptions{guard: true}),
		newNativeFetcher(fetcherOptions{guard: true, dialTo: srv.Listener.Addr().String()}),
	} {
		_, err := f.Fetch(ctx, diag.Request{URL: srv.URL, Redirect: "manual"})
		if !errors.Is(err, diag.ErrBlockedAddress) {
			t.Errorf("guarded fetch of %s: %v", srv.URL, err)
		}
	}
	// The opt-out used by tests.
	if _, err := newNativeFetcher(fetcherOptions{}).Fetch(ctx, diag.Request{URL: srv.URL}); err != nil {
		t.Errorf("unguarded: %v", err)
	}
}

func TestNativeFetcher(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/redirect":
			http.Redirect(w, r, "/target", http.StatusFound)
		case "/big":
			w.Write([]byte(strings.Repeat("x", diag.DefaultBodyLimit*2)))
		default:
			w.Header().Set("X-Probe", r.Header.Get("User-Agent"))
			w.Write([]byte(`{"epochMs":1}`))
		}
	}))
	defer srv.Close()
	f := newNativeFetcher(fetcherOptions{tlsConfig: srv.Client().Transport.(*http.Transport).TLSClientConfig})
	ctx := context.Background()

	resp, err := f.Fetch(ctx, diag.Request{URL: srv.URL + "/", Mode: "no-cors"})
	if err != nil || resp.Status != 200 || resp.Opaque || string(resp.Body) != `{"epochMs":1}` || resp.Header["x-probe"] != probeUserAgent {
		t.Fatalf("%+v %v", resp, err)
	}
	for _, phase := range []string{"connect", "tls", "ttfb"} {
		if _, ok := resp.Phases[phase]; !ok {
			t.Errorf("phase %s missing: %v", phase, resp.Phases)
		}
	}
	if resp.RTT <= 0 {
		t.Error("no round trip time")
	}

	resp, err = f.Fetch(ctx, diag.Request{URL: srv.URL + "/redirect", Redirect: "manual"})
	if err != nil || resp.Status != http.StatusFound || !resp.Redirected || resp.Header["location"] != "/target" {
		t.Errorf("manual redirect: %+v %v", resp, err)
	}
	resp, err = f.Fetch(ctx, diag.Request{URL: srv.URL + "/redirect", Redirect: "follow"})
	if err != nil || resp.Status != 200 || !resp.Redirected {
		t.Errorf("followed redirect: %+v %v", resp, err)
	}
	resp, err = f.Fetch(ctx, diag.Request{URL: srv.URL + "/big"})
	if err != nil || len(resp.Body) != diag.DefaultBodyLimit {
		t.Errorf("body not bounded: %d %v", len(resp.Body), err)
	}
	if _, err := f.Fetch(ctx, diag.Request{URL: srv.URL, Method: "POST"}); err == nil {
		t.Error("a probe must never POST")
	}
	short, cancel := context.WithTimeout(ctx, time.Nanosecond)
	defer cancel()
	if _, err := f.Fetch(short, diag.Request{URL: srv.URL}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("deadline: %v", err)
	}
}
