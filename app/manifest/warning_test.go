package manifest

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/i18n"
)

func parseOK(t *testing.T, doc []byte) *Manifest {
	t.Helper()
	m, err := Parse(doc, testNow)
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	return m
}

func TestNoWarningsForASCIIHosts(t *testing.T) {
	if w := parseOK(t, minimal(t)).Warnings(); len(w) != 0 {
		t.Errorf("warnings for the minimal manifest: %v", w)
	}
	for _, n := range demoNames {
		if w := loadDemo(t, n).Warnings(); len(w) != 0 {
			t.Errorf("%s: warnings %v", n, w)
		}
	}
}

func TestHostWarnings(t *testing.T) {
	for _, tc := range []struct {
		name, path, code, shown string
		change                  func(d map[string]any)
	}{
		{"punycode link host", "channels[3].value", codeHostPunycode, "münchen.example.com", func(d map[string]any) {
			channel(d, 3)["value"] = "https://xn--mnchen-3ya.example.com/docs"
		}},
		{"mixed-script punycode label", "channels[3].value", codeHostMixedScript, "pаypal", func(d map[string]any) {
			channel(d, 3)["value"] = "https://xn--pypal-4ve.example.com/docs"
		}},
		{"mixed-script label written in Unicode", "platform.home", codeHostMixedScript, "pаypal", func(d map[string]any) {
			d["platform"].(map[string]any)["home"] = "https://pаypal.example.com"
		}},
		{"punycode in a ticket template", "channels[1].value", codeHostPunycode, "テスト.example.com", func(d map[string]any) {
			channel(d, 1)["value"] = "https://xn--zckzah.example.com/ticket?case={caseId}"
		}},
		{"punycode official domain", "officialDomains[1]", codeHostPunycode, "bücher.example", func(d map[string]any) {
			d["officialDomains"] = []any{"example.com", "xn--bcher-kva.example"}
		}},
		{"punycode mail domain", "channels[2].value", codeHostPunycode, "bücher.example.com", func(d map[string]any) {
			channel(d, 2)["value"] = "mailto:help@xn--bcher-kva.example.com?subject=Help"
		}},
		{"invalid punycode", "channels[3].value", codeHostPunycode, "xn--mnchen-3y.example.com", func(d map[string]any) {
			channel(d, 3)["value"] = "https://xn--mnchen-3y.example.com/docs"
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := parseOK(t, mutate(t, tc.change))
			w := m.Warnings()
			if len(w) != 1 || w[0].Path != tc.path || w[0].Code != tc.code {
				t.Fatalf("warnings %v, want one %s at %s", w, tc.code, tc.path)
			}
			if !w[0].Message.Complete() || !strings.Contains(w[0].Message.In(i18n.EN), tc.shown) || !strings.Contains(w[0].Message.In(i18n.ZH), tc.shown) {
				t.Errorf("message does not show %q: %+v", tc.shown, w[0].Message)
			}
		})
	}
}

// TestHostWarningOncePerLabel: a look-alike label is named once, at its
// first use, not once per link on it.
func TestHostWarningOncePerLabel(t *testing.T) {
	m := parseOK(t, mutate(t, func(d map[string]any) {
		d["officialDomains"] = []any{"xn--pypal-4ve.example"}
		d["platform"].(map[string]any)["home"] = "https://www.xn--pypal-4ve.example"
		d["location"] = "https://help.xn--pypal-4ve.example/manifests/test.json"
		channel(d, 1)["value"] = "https://help.xn--pypal-4ve.example/ticket?case={caseId}"
		channel(d, 2)["value"] = "mailto:help@xn--pypal-4ve.example"
		channel(d, 3)["value"] = "https://developer.xn--pypal-4ve.example/docs"
		d["explorers"].([]any)[0].(map[string]any)["tx"] = "https://explorer.xn--pypal-4ve.example/btc/tx/{hash}"
	}))
	w := m.Warnings()
	if len(w) != 1 || w[0].Path != "officialDomains[0]" || w[0].Code != codeHostMixedScript {
		t.Errorf("warnings %v, want one mixed-script warning at officialDomains[0]", w)
	}
	if !strings.Contains(w[0].Message.In(i18n.EN), "Latin, Cyrillic") {
		t.Errorf("message does not name the scripts: %q", w[0].Message.In(i18n.EN))
	}
}
