package checks

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
)

func TestBrowser(t *testing.T) {
	good := diag.Browser{Online: true, CookiesEnabled: true, LocalStorage: true, SessionStorage: true}
	for _, tc := range []struct {
		name string
		b    func(*diag.Browser)
		want []string
		ev   string
	}{
		{"fine", func(*diag.Browser) {}, []string{"browser.ok"}, ""},
		{"cookies off", func(b *diag.Browser) { b.CookiesEnabled = false }, []string{"browser.cookies_blocked"}, ""},
		{"private mode", func(b *diag.Browser) { b.LocalStorage, b.SessionStorage = false, false }, []string{"browser.storage_blocked"}, "localStorage, sessionStorage"},
		{"ad blocker", func(b *diag.Browser) {
			b.BlockedScripts = []string{"https://pay.platform.example/sdk.js?token=abc123", "https://cdn.example/x.js"}
		}, []string{"browser.script_blocked"}, "pay.platform.example/sdk.js, cdn.example/x.js"},
		{"all", func(b *diag.Browser) {
			b.CookiesEnabled, b.LocalStorage = false, false
			for i := 0; i < 12; i++ {
				b.BlockedScripts = append(b.BlockedScripts, "https://s.example/a.js")
			}
		}, []string{"browser.cookies_blocked", "browser.storage_blocked", "browser.script_blocked"}, ""},
	} {
		b := good
		tc.b(&b)
		fs := run(t, Browser, &diag.Env{Browser: &b})
		if got := codesOf(fs); strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%s: codes %v, want %v", tc.name, got, tc.want)
			continue
		}
		if ev := evidenceText(fs[0]); !strings.Contains(ev, tc.ev) || strings.Contains(ev, "abc123") {
			t.Errorf("%s: evidence %q", tc.name, ev)
		}
	}
	if fs := run(t, Browser, &diag.Env{}); fs[0].Code != "check.skipped" {
		t.Errorf("natively the check is skipped: %v", codesOf(fs))
	}
}
