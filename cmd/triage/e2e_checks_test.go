package main

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestE2EDiagnosesHostContext: a context with problems yields the expected
// codes in the findings event and on screen.
func TestE2EDiagnosesHostContext(t *testing.T) {
	requireE2E(t)
	p := openPanel(t, panelOpts{Script: `
	  triage('context', { merchantId: 'M1001',
	    balance: { available: '5', currency: 'USDT' },
	    pending: { kind: 'withdrawal', amount: '10', fee: '0', currency: 'USDT' },
	    apiKey: { key: 'not-a-uuid', permissions: ['read'] },
	    callbackUrl: 'http://192.168.1.20/notify' });
	  triage('open');`})
	ctx := p.Ctx
	waitJS(t, ctx, countEvents("findings")+` >= 1`, 30*time.Second)
	got := findingsOf(t, ctx)
	for code, status := range map[string]string{
		"balance.insufficient": "fail",
		"apikey.malformed":     "fail",
		"callback.url.private": "fail",
	} {
		if got[code] != status {
			t.Errorf("finding %s = %q, want %q (all: %v)", code, got[code], status, got)
		}
	}
	fctx := p.Frame
	for _, code := range []string{"balance.insufficient", "apikey.malformed", "callback.url.private"} {
		waitJS(t, fctx, fmt.Sprintf(`document.querySelector('[data-code=%q] .triage-fix')`, code), 5*time.Second)
	}
}

// TestE2ECallbackReachability: a callback URL served by a local test
// server is reachable; a closed port is not. The merchant's host name is
// mapped to loopback by the browser's resolver (as DNS would), because a
// literal loopback URL is refused as private before any probe.
func TestE2ECallbackReachability(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	var hits int
	cb := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			t.Errorf("callback probed with %s; only GET is allowed", r.Method)
		}
		hits++
		w.WriteHeader(http.StatusMethodNotAllowed) // a real notify endpoint wants POST
	}))
	defer cb.Close()
	_, openPort, _ := net.SplitHostPort(cb.Listener.Addr().String())
	closed, _ := net.Listen("tcp", "127.0.0.1:0")
	_, closedPort, _ := net.SplitHostPort(closed.Addr().String())
	closed.Close()

	ctx := openPanel(t, panelOpts{Server: srv, Browser: []chromedp.ExecAllocatorOption{chromedp.Flag("host-resolver-rules", "MAP shop.example.com 127.0.0.1")},
		Script: fmt.Sprintf(`triage('context', { callbackUrl: 'http://shop.example.com:%s/pay/notify' }); triage('open');`, openPort)}).Ctx
	waitJS(t, ctx, countEvents("findings")+` >= 1`, 30*time.Second)
	if got := findingsOf(t, ctx); got["callback.reachable"] != "pass" {
		t.Fatalf("open port: findings %v, want callback.reachable pass", got)
	}
	if hits != 1 {
		t.Fatalf("callback endpoint hit %d times, want 1", hits)
	}
	do(t, ctx, chromedp.Evaluate(fmt.Sprintf(
		`triage('context', { callbackUrl: 'http://shop.example.com:%s/pay/notify' }); true`, closedPort), nil))
	waitJS(t, ctx, countEvents("findings")+` >= 2`, 30*time.Second)
	if got := findingsOf(t, ctx); got["callback.unreachable"] != "fail" {
		t.Fatalf("closed port: findings %v, want callback.unreachable fail", got)
	}
}
