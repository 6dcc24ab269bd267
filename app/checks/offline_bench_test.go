package checks

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
)

// BenchmarkOfflineChecks runs, through the real engine, the checks the
// panel runs by itself that need no network, over a context like a merchant
// dashboard's (every field set, as in cmd/triage's browser bench). It is the
// native floor of the browser's "offline checks" figure: make bench prints
// both, so a regression shows whether it is the engine or the wasm.
func BenchmarkOfflineChecks(b *testing.B) {
	list := []*diag.Check{Browser, Maintenance, Account, Balance, ErrorCode, APIKey, Tx}
	for _, c := range list {
		if c.Needs.Network || c.Needs.OptionalNetwork {
			b.Fatalf("%s uses the network: not an offline check", c.Name)
		}
	}
	env := &diag.Env{
		Context: hostctx.Context{
			MerchantID: "M1001", StoreDomain: "shop.example.com",
			Contact: hostctx.Contact{Email: "ops@shop.example.com"},
			Balance: hostctx.Balance{Available: "12.50", Currency: "USDT"},
			Pending: hostctx.Pending{Kind: "withdrawal", Amount: "10.00", Fee: "1.00", Minimum: "5.00", Currency: "USDT"},
			APIKey: hostctx.APIKey{Key: "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b", Permissions: []string{"read", "trade"},
				IPWhitelist: []string{"203.0.113.0/24"}, ServerIP: "203.0.113.7", Environment: "live",
				LastUsedAt: "2026-11-21T09:00:00Z"},
			CallbackURL: "https://shop.example.com/pay/notify",
			LastError:   hostctx.Error{Code: "50113", Message: "Invalid Sign", At: "2026-11-21T10:00:00Z"},
			RecentOrders: []hostctx.Order{{ID: "O-1001", Chain: "eth", Status: "pending", Amount: "10.00", Currency: "USDT",
				TxHash: "0x" + strings.Repeat("ab", 32), At: "2026-11-21T09:55:00Z"}},
			Account: hostctx.Account{Status: "active", KYC: "verified"},
		},
		Browser: &diag.Browser{Online: true, CookiesEnabled: true, LocalStorage: true, SessionStorage: true,
			UserAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"},
		Platform: &diag.Platform{
			Name:        i18n.T("演示钱包", "Demo wallet"),
			APIOrigin:   "https://api.platform.example",
			Environment: "live",
			Maintenance: []diag.Window{{Start: testNow.Add(-48 * time.Hour), End: testNow.Add(-46 * time.Hour),
				Message: i18n.T("例行维护", "Routine maintenance")}},
			Explorers: map[string]string{"eth": "https://explorer.example/tx/{hash}"},
		},
		Now: func() time.Time { return testNow },
	}
	rep := diag.Run(context.Background(), list, env, diag.RunOptions{})
	for _, r := range rep.Results {
		if r.Err != "" {
			b.Fatalf("%s could not run: %s", r.Check, r.Err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		diag.Run(context.Background(), list, env, diag.RunOptions{})
	}
}
