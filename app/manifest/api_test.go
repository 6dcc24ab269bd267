package manifest

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/i18n"
)

func TestAPIResolve(t *testing.T) {
	self := API{Origin: Self, Ping: "/api/ping", Time: "/api/time"}
	if u, err := self.PingURL("http://127.0.0.1:8080/widget/index.html"); err != nil || u != "http://127.0.0.1:8080/api/ping" {
		t.Errorf("self PingURL = %q, %v", u, err)
	}
	if _, err := self.TimeURL("not an origin"); err == nil {
		t.Error("a bad widget origin was accepted")
	}
	fixed := API{Origin: "https://api.example.com", Ping: "/ping", Time: "https://time.example.com/now"}
	if u, _ := fixed.PingURL("https://widget.example.com"); u != "https://api.example.com/ping" {
		t.Errorf("fixed PingURL = %q", u)
	}
	if u, _ := fixed.TimeURL("https://widget.example.com"); u != "https://time.example.com/now" {
		t.Errorf("absolute TimeURL = %q", u)
	}
	if isPath("//evil.example/x") {
		t.Error("a protocol-relative URL is not a path")
	}
}

func TestAPIHosts(t *testing.T) {
	withHosts := func(hosts ...any) []byte {
		return mutate(t, func(doc map[string]any) {
			doc["officialDomains"] = []any{"example.com", "example.net"}
			doc["api"].(map[string]any)["hosts"] = hosts
		})
	}
	m, err := Parse(withHosts("api.example.com", "example.net", "openapi.eu.example.com"), testNow)
	if err != nil {
		t.Fatalf("official API hosts refused: %v", err)
	}
	if got := strings.Join(m.API.Hosts, ","); got != "api.example.com,example.net,openapi.eu.example.com" {
		t.Errorf("hosts decoded as %q", got)
	}
	if m, err := Parse(minimal(t), testNow); err != nil || m.API.Hosts != nil {
		t.Errorf("hosts are optional: %v, %v", m, err)
	}
	for _, tc := range []struct {
		host, path, code string
	}{
		{"api.example.org", "api.hosts[0]", codeURLOffDomain},
		{"example.com.evil.example", "api.hosts[0]", codeURLOffDomain},
		{"API.example.com", "api.hosts[0]", codeDomain},
		{"https://api.example.com", "api.hosts[0]", codeDomain},
		{"api.example.com/v5", "api.hosts[0]", codeDomain},
		{"api.example.com:8443", "api.hosts[0]", codeDomain},
		{"127.0.0.1", "api.hosts[0]", codeDomain},
		{"", "api.hosts[0]", codeDomain},
	} {
		expectProblem(t, withHosts(tc.host), tc.path, tc.code)
	}
	many := make([]any, maxAPIHosts+1)
	for i := range many {
		many[i] = "api.example.com"
	}
	expectProblem(t, withHosts(many...), "api.hosts", codeRange)
	expectProblem(t, mutate(t, func(doc map[string]any) { doc["api"].(map[string]any)["hosts"] = "api.example.com" }), "api.hosts", codeType)
	if missing := i18n.Missing(map[string]i18n.Text{"apiHost": msgAPIHost, "apiHosts": msgAPIHosts}); len(missing) > 0 {
		t.Errorf("messages missing a language: %v", missing)
	}
}
