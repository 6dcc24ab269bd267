package checks

import (
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
)

const (
	goodKey    = "3b8c2f1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f"
	goodSecret = "0123456789ABCDEF0123456789ABCDEF"
)

func TestAPIKey(t *testing.T) {
	day := 24 * time.Hour
	ak := func(mod func(*hostctx.APIKey)) hostctx.Context {
		k := hostctx.APIKey{Key: goodKey, Permissions: []string{"read", "trade"}, IPWhitelist: []string{"203.0.113.0/24"}, ServerIP: "203.0.113.7"}
		mod(&k)
		return hostctx.Context{APIKey: k}
	}
	same := func(*hostctx.APIKey) {}
	form := func(kv ...string) map[string]string {
		m := map[string]string{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	live := &diag.Platform{APIOrigin: "https://www.okx.example", Environment: "live",
		Regions: map[string]string{"eea": "https://eea.okx.example", "global": "https://www.okx.example"}}
	for _, tc := range []struct {
		name string
		env  diag.Env
		want []string
		ev   string // expected in the first finding's evidence
	}{
		{"nothing to check", diag.Env{}, []string{"check.skipped"}, ""},
		{"all good", diag.Env{Context: ak(same), Form: form("secret", goodSecret, "passphrase", "pp")}, []string{"apikey.ok"}, "API key=3b8c…5e6f"},
		{"empty key typed", diag.Env{Form: form("key", "  ")}, []string{"apikey.missing"}, ""},
		{"key missing from a described key", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.Key = "" })}, []string{"apikey.missing"}, ""},
		{"e2e: malformed key", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.Key = "not-a-key" })}, []string{"apikey.malformed"}, "length=9"},
		{"UUID in braces is not the platform's form", diag.Env{Form: form("key", "{"+goodKey+"}")}, []string{"apikey.malformed"}, "length=38"},
		{"secret pasted as key", diag.Env{Form: form("key", goodSecret)}, []string{"apikey.malformed"}, ""},
		{"trailing newline in key", diag.Env{Form: form("key", goodKey+"\n")}, []string{"apikey.whitespace"}, "where=trailing"},
		{"space inside secret", diag.Env{Form: form("key", goodKey, "secret", goodSecret[:10]+" "+goodSecret[10:], "passphrase", "x")}, []string{"apikey.whitespace"}, "field=secret key"},
		{"short secret", diag.Env{Form: form("key", goodKey, "secret", "abc123", "passphrase", "x")}, []string{"apikey.secret_malformed"}, "length=6; non-hex characters=no"},
		{"non-hex secret", diag.Env{Form: form("key", goodKey, "secret", strings.Repeat("z", 32), "passphrase", "x")}, []string{"apikey.secret_malformed"}, "non-hex characters=yes"},
		{"passphrase missing", diag.Env{Form: form("key", goodKey, "secret", goodSecret)}, []string{"apikey.passphrase_missing"}, ""},
		{"withdrawal without permission", diag.Env{Context: func() hostctx.Context {
			c := ak(same)
			c.Pending.Kind = "withdrawal"
			return c
		}()}, []string{"apikey.permission_missing"}, "permissions=read, trade; needed permission=withdraw"},
		{"trade needed, read only", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.Permissions = []string{"read"} }), Form: form("need", "trade")}, []string{"apikey.permission_missing"}, ""},
		{"server IP outside the whitelist", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.ServerIP = "198.51.100.9" })}, []string{"apikey.ip_not_whitelisted"}, "server IP=198.51.100.9"},
		{"IPv6 in a /48", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.IPWhitelist = []string{"2001:db8:1::/48"}; k.ServerIP = "2001:db8:1::42" })}, []string{"apikey.ok"}, ""},
		{"IPv6 outside", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.IPWhitelist = []string{"2001:db8:1::/48"}; k.ServerIP = "2001:db8:2::42" })}, []string{"apikey.ip_not_whitelisted"}, ""},
		{"IPv4-mapped server IP matches an IPv4 entry", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.ServerIP = "::ffff:203.0.113.7" })}, []string{"apikey.ok"}, ""},
		{"single IP entry", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.IPWhitelist = []string{"203.0.113.7"} })}, []string{"apikey.ok"}, ""},
		{"IPv4-mapped CIDR entry", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.IPWhitelist = []string{"::ffff:203.0.113.0/120"} })}, []string{"apikey.ok"}, ""},
		{"bad whitelist entry", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.IPWhitelist = []string{"203.0.113.0/24", "10.0.0.0/33"} })}, []string{"apikey.ip_invalid"}, "entry=10.0.0.0/33"},
		{"bad server IP", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.ServerIP = "my-server" })}, []string{"apikey.ip_invalid"}, ""},
		{"demo key on live", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.Environment = "demo" }), Platform: live}, []string{"apikey.environment_mismatch"}, "key environment=demo; target environment=live"},
		{"live key aimed at demo", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.Environment = "live" }), Form: form("target", "demo")}, []string{"apikey.environment_mismatch"}, ""},
		{"region domain", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.Region = "eea" }), Platform: live}, []string{"apikey.environment_mismatch"}, "key region=eea"},
		{"right region", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.Region = "global" }), Platform: live}, []string{"apikey.ok"}, ""},
		{"unbound, idle 20 days", diag.Env{Context: ak(func(k *hostctx.APIKey) {
			k.IPWhitelist, k.ServerIP, k.LastUsedAt = nil, "", testNow.Add(-20*day).Format(time.RFC3339)
		})}, []string{"apikey.expiring"}, "last used=2026-11-01"},
		{"unbound, used recently", diag.Env{Context: ak(func(k *hostctx.APIKey) {
			k.IPWhitelist, k.ServerIP, k.LastUsedAt = nil, "", testNow.Add(-3*day).Format(time.RFC3339)
		})}, []string{"apikey.ip_unbound"}, ""},
		{"unbound read-only key is fine", diag.Env{Context: ak(func(k *hostctx.APIKey) { k.IPWhitelist, k.ServerIP, k.Permissions = nil, "", []string{"read"} })}, []string{"apikey.ok"}, ""},
		{"other schemes skip format checks", diag.Env{Form: form("key", "sk_live_abc", "secret", "whatever"), Platform: &diag.Platform{APIScheme: "other"}}, []string{"apikey.ok"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := tc.env
			fs := run(t, APIKey, &env)
			if got := codesOf(fs); strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Fatalf("codes %v, want %v", got, tc.want)
			}
			if !strings.Contains(evidenceText(fs[0]), tc.ev) {
				t.Errorf("evidence %q lacks %q", evidenceText(fs[0]), tc.ev)
			}
		})
	}
}

func TestAPIKeyLocalizedNames(t *testing.T) {
	fs := run(t, APIKey, &diag.Env{Form: map[string]string{"key": " " + goodKey}})
	if f := fs[0]; !strings.Contains(f.Message.In(i18n.ZH), "开头") || !strings.Contains(f.Message.In(i18n.EN), "at the start") {
		t.Errorf("message not localized: %+v", f.Message)
	}
}
