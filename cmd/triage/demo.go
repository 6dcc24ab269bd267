package main

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"path/filepath"
)

// demoProfile is one of the seed guides' platforms, with a merchant context
// that shows its typical problems.
type demoProfile struct {
	Name    string      // manifest name: web/manifests/NAME.json
	Title   string      // shown in the profile switcher
	Context template.JS // the triage('context', …) object; static, written here
}

// demoProfiles are the three seed profiles, in switcher order.
var demoProfiles = []demoProfile{
	{"wallet-merchant", "Wallet merchant (seed 000)", `{ merchantId: 'M1001', storeDomain: 'shop.example',
    balance: { available: '5.00', currency: 'USDT' },
    pending: { kind: 'withdrawal', amount: '10.00', fee: '1.00', minimum: '20.00', currency: 'USDT' },
    callbackUrl: 'http://192.168.1.20/pay/notify',
    apiKey: { key: 'not-a-uuid-key', permissions: ['read'], environment: 'live' },
    lastError: { code: '50113', message: 'Invalid Sign', at: '2026-11-21T10:00:00Z' } }`},
	{"e-wallet", "E-wallet (seed 001)", `{ merchantId: 'W-2002', contact: { email: 'owner@shop.example' },
    balance: { available: '80.00', currency: 'USD' },
    pending: { kind: 'withdrawal', amount: '15.00', fee: '0.50', minimum: '20.00', currency: 'USD' },
    account: { status: 'locked', kyc: 'verified', reason: 'too many wrong passwords' } }`},
	{"exchange", "Exchange (seed 002)", `{ merchantId: 'X-3003',
    recentOrders: [{ id: 'D-881', txHash: '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060', chain: 'eth', status: 'pending', amount: '0.5', currency: 'ETH', at: '2026-11-21T09:40:00Z' }],
    account: { status: 'active', kyc: 'rejected', reason: 'document blurry' } }`},
}

// demoPage is what the demo dashboard's template is filled with.
type demoPage struct {
	WidgetURL string // the widget's origin, as browsers see it
	Platform  string // data-platform: the profile's pinned platform id
	Profile   demoProfile
	Profiles  []demoProfile
}

// newDemoHandler serves the demo merchant dashboard: a page of another
// origin that embeds the widget exactly as the README tells platforms to.
// ?profile=NAME switches between the three seed profiles.
func newDemoHandler(site siteOptions, widgetURL string) (http.Handler, error) {
	dir := filepath.Join(site.webDir, "demo")
	tmpl, err := template.ParseFiles(filepath.Join(dir, "index.html"))
	if err != nil {
		return nil, fmt.Errorf("demo dashboard: %w", err)
	}
	if site.demo == nil || len(site.demo.pins) != len(demoProfiles) {
		return nil, fmt.Errorf("demo dashboard: needs --demo")
	}
	pages := map[string][]byte{}
	for i, p := range demoProfiles {
		var buf bytes.Buffer
		page := demoPage{WidgetURL: widgetURL, Platform: site.demo.pins[i].Platform, Profile: p, Profiles: demoProfiles}
		if err := tmpl.Execute(&buf, page); err != nil {
			return nil, fmt.Errorf("demo dashboard: %w", err)
		}
		pages[p.Name] = buf.Bytes()
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		html, ok := pages[r.URL.Query().Get("profile")]
		if !ok {
			html = pages[demoProfiles[0].Name]
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(html)
	})
	mux.HandleFunc("GET /demo.css", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(dir, "demo.css"))
	})
	return mux, nil
}
