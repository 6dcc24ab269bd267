package manifest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/i18n"
)

const demoDir = "../../web/manifests"

var demoNames = []string{"wallet-merchant", "e-wallet", "exchange"}

// TestDemoManifestsValid: the demo manifests are valid, say they are demos
// and where the widget serves them. They carry no signature: triage serve
// --demo re-dates and signs them at start with a key it makes then.
func TestDemoManifestsValid(t *testing.T) {
	for _, n := range demoNames {
		m := loadDemo(t, n)
		if !m.Demo || m.Location != "/manifests/"+n+".json" {
			t.Errorf("%s: demo=%v location=%q", n, m.Demo, m.Location)
		}
	}
}

func loadDemo(t *testing.T, name string) *Manifest {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join(demoDir, name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Parse(doc, testNow)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

// TestDemoManifestsAreFictional: reserved domains, fictional numbers,
// marked as demos.
func TestDemoManifestsAreFictional(t *testing.T) {
	fictionalTel := regexp.MustCompile(`^tel:\+1-555-01\d\d$`)
	for _, n := range demoNames {
		m := loadDemo(t, n)
		if !m.Demo {
			t.Errorf("%s: not marked demo", n)
		}
		for _, d := range m.OfficialDomains {
			if d != "example.com" && d != "example.org" && d != "example.net" {
				t.Errorf("%s: official domain %q is not a reserved example domain", n, d)
			}
		}
		for _, c := range m.Channels {
			if strings.HasPrefix(c.Value, "tel:") && !fictionalTel.MatchString(c.Value) {
				t.Errorf("%s: %s has a non-fictional number %q", n, c.ID, c.Value)
			}
			if c.Kind == KindPhone || c.Kind == KindEmail || c.Kind == KindTicket {
				if !strings.Contains(c.Label.In(i18n.EN), "DEMO") || !strings.Contains(c.Label.In(i18n.ZH), "演示") {
					t.Errorf("%s: contact channel %s is not labelled DEMO: %+v", n, c.ID, c.Label)
				}
			}
		}
		if !strings.Contains(m.Platform.Name.In(i18n.EN), "DEMO") {
			t.Errorf("%s: platform name %q lacks DEMO", n, m.Platform.Name.In(i18n.EN))
		}
		if m.API.Origin != Self {
			t.Errorf("%s: api origin %q, want self", n, m.API.Origin)
		}
		if len(m.Maintenance) == 0 || len(m.Announcements) == 0 {
			t.Errorf("%s: wants announcements and a maintenance window", n)
		}
		scam := false
		for _, c := range m.Cautions {
			scam = scam || c.Topic == CautionScam
		}
		if !scam {
			t.Errorf("%s: no scam caution", n)
		}
	}
}

// TestDemoManifestsCoverSeeds pins what each support guide in shared/seeds
// requires: its categories, channel kinds and special content.
func TestDemoManifestsCoverSeeds(t *testing.T) {
	for _, tc := range []struct {
		name       string
		categories []string
		kinds      []Kind
		prepFields []string
	}{
		{"wallet-merchant",
			[]string{"payment", "account", "integration", "fees", "security", "onboarding"},
			[]Kind{KindPhone, KindEmail, KindTicket, KindHelpCenter, KindDocs, KindCommunity, KindSocial, KindStatus, KindFreezeAccount},
			[]string{"merchantId", "contact", "store", "occurredAt", "steps", "error", "screenshot", "txHash", "orderId", "lastLogin", "tried"}},
		{"e-wallet",
			[]string{"locked", "payment-failed", "withdrawal", "security", "restricted"},
			[]Kind{KindPhone, KindHelpCenter, KindTicket, KindFreezeAccount},
			[]string{"registeredEmail", "balance", "orderId", "identity", "notice"}},
		{"exchange",
			[]string{"deposit-delay", "kyc", "trade-failed", "peak-queue", "feedback"},
			[]Kind{KindHelpCenter, KindChat, KindEmail, KindSocial, KindCommunity},
			[]string{"txHash", "orderId", "screenshot", "identity"}},
	} {
		m := loadDemo(t, tc.name)
		for _, id := range tc.categories {
			c, ok := m.Category(id)
			if !ok {
				t.Errorf("%s: category %s missing", tc.name, id)
				continue
			}
			if len(c.Flow) == 0 {
				t.Errorf("%s: category %s has no flow", tc.name, id)
			}
		}
		if len(m.Categories) != len(tc.categories) {
			t.Errorf("%s: %d categories, want %d", tc.name, len(m.Categories), len(tc.categories))
		}
		for _, k := range tc.kinds {
			if len(m.ChannelsOfKind(k)) == 0 {
				t.Errorf("%s: no %s channel", tc.name, k)
			}
		}
		fields := map[string]bool{}
		for _, c := range m.Categories {
			for _, p := range c.Prepare {
				fields[p.Field] = true
			}
		}
		for _, f := range tc.prepFields {
			if !fields[f] {
				t.Errorf("%s: no preparation item for %s", tc.name, f)
			}
		}
		// Every category is reachable by a rule.
		for _, c := range m.Categories {
			found := false
			for _, r := range m.Rules {
				found = found || r.When.Matches(Situation{Category: c.ID}) && len(r.When.Categories) > 0
			}
			if !found {
				t.Errorf("%s: no rule routes category %s", tc.name, c.ID)
			}
		}
	}

	wm := loadDemo(t, "wallet-merchant")
	for code, check := range map[string]string{"50113": "signature", "50102": "clock", "50111": "apikey", "50110": "apikey", "50120": "apikey"} {
		e, ok := wm.ErrorCode(code)
		if !ok || e.Check != check {
			t.Errorf("wallet-merchant: error %s → check %q, want %q", code, e.Check, check)
		}
	}
	for _, chain := range []string{"BTC", "ETH", "TRON"} {
		if _, ok := wm.Explorer(chain); !ok {
			t.Errorf("wallet-merchant: no %s explorer", chain)
		}
	}
	if r := firstRoute(wm, Situation{Category: "security"}); len(r) < 2 || r[0] != "freeze" {
		t.Errorf("wallet-merchant: security routes to %v, want freeze first", r)
	}
	ex := loadDemo(t, "exchange")
	chat, _ := ex.Channel("chat")
	if chat.Peak == nil || !chat.PeakAdvice.Complete() {
		t.Error("exchange: chat lacks the peak-time queue advice of seed 002")
	}
	if ex.Feedback == nil {
		t.Error("exchange: no feedback (seed 002's feedback mechanism)")
	}
}

func firstRoute(m *Manifest, s Situation) []string {
	for _, r := range m.Rules {
		if r.When.Matches(s) {
			return r.Route
		}
	}
	return nil
}
