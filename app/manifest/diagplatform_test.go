package manifest

import (
	"testing"
)

// TestDiagPlatform: what the checks read of a manifest, every field carried.
func TestDiagPlatform(t *testing.T) {
	m, err := Parse(mutate(t, func(doc map[string]any) {
		api := doc["api"].(map[string]any)
		api["hosts"] = []any{"api.example.com"}
		api["scheme"] = "other"
		api["environment"] = "demo"
		api["regions"] = []any{map[string]any{"region": "CN", "origin": "https://api-cn.example.com"}}
		doc["explorers"].([]any)[0].(map[string]any)["chain"] = "Btc"
	}), testNow)
	if err != nil {
		t.Fatal(err)
	}
	p := m.DiagPlatform("http://localhost:8080")
	if p.Name != m.Platform.Name || p.APIOrigin != "http://localhost:8080/api/ping" || p.TimeURL != "http://localhost:8080/api/time" {
		t.Errorf("name/origin/time: %+v", p)
	}
	if len(p.APIHosts) != 1 || p.APIHosts[0] != "api.example.com" {
		t.Errorf("hosts %v", p.APIHosts)
	}
	if p.APIScheme != "other" || p.Scheme() != "other" || p.Environment != "demo" {
		t.Errorf("scheme %q environment %q", p.APIScheme, p.Environment)
	}
	if len(p.Regions) != 1 || p.Regions["CN"] != "https://api-cn.example.com" {
		t.Errorf("regions %v", p.Regions)
	}
	// Explorer keys are lower case, whatever the manifest wrote.
	if len(p.Explorers) != 1 || p.Explorers["btc"] != "https://explorer.example.com/btc/tx/{hash}" {
		t.Errorf("explorers %v", p.Explorers)
	}
	if len(p.ErrorCodes) != len(m.ErrorCodes) || len(p.Maintenance) != len(m.Maintenance) {
		t.Errorf("error codes %d/%d, maintenance %d/%d", len(p.ErrorCodes), len(m.ErrorCodes), len(p.Maintenance), len(m.Maintenance))
	}
	for _, e := range m.ErrorCodes {
		if got := p.ErrorCodes[e.Code]; got.Meaning != e.Meaning || got.Fix != e.Fix || got.Next != e.Check {
			t.Errorf("error code %s: %+v", e.Code, got)
		}
	}

	// Nothing stated: the checks' defaults apply.
	m, err = Parse(minimal(t), testNow)
	if err != nil {
		t.Fatal(err)
	}
	p = m.DiagPlatform("https://widget.example.com")
	if p.Scheme() != "okx-v5" || p.Environment != "" || p.Regions != nil {
		t.Errorf("defaults: scheme %q environment %q regions %v", p.Scheme(), p.Environment, p.Regions)
	}
}

// TestDemoPlatformsStateTheAPI: the demo manifests state their scheme and
// environment, so the checks that read them run in the widget.
func TestDemoPlatformsStateTheAPI(t *testing.T) {
	for _, n := range demoNames {
		p := loadDemo(t, n).DiagPlatform("https://widget.example.com")
		if p.APIScheme == "" || p.Environment == "" {
			t.Errorf("%s: scheme %q environment %q", n, p.APIScheme, p.Environment)
		}
	}
}
