package route

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// freshDemo parses a demo manifest anew, so a test may change it.
func freshDemo(t *testing.T, name string) *manifest.Manifest {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join("..", "..", "web", "manifests", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := manifest.Parse(doc, validAt)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// renamed gives every category of m a new id ("x-" + id) and follows the
// rules and error codes that refer to it.
func renamed(m *manifest.Manifest) *manifest.Manifest {
	for i := range m.Categories {
		m.Categories[i].ID = "x-" + m.Categories[i].ID
	}
	for i := range m.Rules {
		for j, id := range m.Rules[i].When.Categories {
			m.Rules[i].When.Categories[j] = "x-" + id
		}
	}
	for i := range m.ErrorCodes {
		if m.ErrorCodes[i].Category != "" {
			m.ErrorCodes[i].Category = "x-" + m.ErrorCodes[i].Category
		}
	}
	return m
}

// TestRouteKnowsNoCategoryID: every demo manifest with its categories
// renamed routes and infers exactly as before, so nothing in route depends
// on the demo manifests' category ids: what it knows of a category comes
// from the manifest (hints, prefer, moneyInTransit).
func TestRouteKnowsNoCategoryID(t *testing.T) {
	now := at(t, "Asia/Shanghai", 2026, 11, 24, 15, 0)
	probes := [][]diag.Finding{nil}
	for _, code := range []string{"apikey.permission_missing", "apikey.malformed", "signature.mismatch", "clock.skew",
		"webhook.timeout", "callback.unreachable", "balance.insufficient", "tx.deposit_pending", "account.locked",
		"account.restricted", "account.frozen", "account.kyc_rejected", "kyc.document_blurry", "network.offline"} {
		probes = append(probes, []diag.Finding{fail(code)})
	}
	for _, n := range demoNames {
		orig, moved := freshDemo(t, n), renamed(freshDemo(t, n))
		picks := []string{""}
		for _, c := range orig.Categories {
			picks = append(picks, c.ID)
		}
		for _, pick := range picks {
			for _, fs := range probes {
				for _, online := range []bool{true, false} {
					in := Input{Manifest: orig, Category: pick, Findings: fs, Now: now, Lang: i18n.EN, Region: "CN", Online: online}
					a := Plan(in)
					in.Manifest = moved
					if pick != "" {
						in.Category = "x-" + pick
					}
					b := Plan(in)
					wantCat := a.Category
					if wantCat != "" {
						wantCat = "x-" + wantCat
					}
					if b.Category != wantCat || a.Source != b.Source || a.Evidence != b.Evidence || a.Escalate != "" && b.Escalate != "x-"+a.Escalate {
						t.Errorf("%s pick %q %v: %q via %s, renamed %q via %s", n, pick, codes(fs), a.Category, a.Source, b.Category, b.Source)
					}
					if ha, hb := heads(a, 99), heads(b, 99); !slices.Equal(ha, hb) {
						t.Errorf("%s pick %q %v online=%v:\n%v\nrenamed:\n%v", n, pick, codes(fs), online, ha, hb)
					}
					if !slices.EqualFunc(a.Prepare, b.Prepare, func(x, y manifest.Prep) bool { return x.Field == y.Field }) {
						t.Errorf("%s pick %q %v: prepare differs", n, pick, codes(fs))
					}
				}
			}
		}
	}
}

// TestPreferOrder: the category's prefer list orders the channels the rules
// route to, by id or kind, in its order; unlisted ones keep the rule order.
func TestPreferOrder(t *testing.T) {
	m := withRules(freshDemo(t, walletMerchant), manifest.Rule{ID: "r", When: manifest.Condition{Categories: []string{"integration"}},
		Route: []string{"help-center", "docs", "email", "ticket"}, Reason: i18n.T("原因", "reason")})
	for _, tc := range []struct {
		prefer []string
		want   []string
	}{
		{nil, []string{"self-fix:help-center", "self-fix:docs", "contact:email", "contact:ticket"}},
		{[]string{"ticket", "email"}, []string{"contact:ticket", "contact:email", "self-fix:help-center", "self-fix:docs"}},
		{[]string{"email", "help-center"}, []string{"contact:email", "self-fix:help-center", "self-fix:docs", "contact:ticket"}},
		{[]string{"docs"}, []string{"self-fix:docs", "self-fix:help-center", "contact:email", "contact:ticket"}},
	} {
		for i := range m.Categories {
			if m.Categories[i].ID == "integration" {
				m.Categories[i].Prefer = tc.prefer
			}
		}
		r := Plan(Input{Manifest: m, Category: "integration", Now: validAt, Lang: i18n.EN, Online: true})
		if got := heads(r, 4); !slices.Equal(got, tc.want) {
			t.Errorf("prefer %v: %v, want %v", tc.prefer, got, tc.want)
		}
	}
}

// TestMoneyInTransitFlag: the manifest's flag, not the category's checks,
// makes a category about money on the way.
func TestMoneyInTransitFlag(t *testing.T) {
	m := freshDemo(t, eWallet)
	plan := func() Result {
		return Plan(Input{Manifest: m, Category: "withdrawal", Now: validAt, Lang: i18n.EN, Online: true})
	}
	if r := plan(); hasField(r.Prepare, "txHash") || indexOf(r, "contact:hotline") < 0 || r.Recommendations[indexOf(r, "contact:hotline")].Source == "money" {
		t.Fatalf("unflagged withdrawal treated as money in transit: %s", r.Summary())
	}
	for i := range m.Categories {
		if m.Categories[i].ID == "withdrawal" {
			m.Categories[i].MoneyInTransit = true
		}
	}
	r := plan()
	if !hasField(r.Prepare, "txHash") || !hasField(r.Prepare, "orderId") {
		t.Errorf("flagged withdrawal: prepare %v", r.Prepare)
	}
	if got := heads(r, 1); !slices.Equal(got, []string{"contact:hotline"}) {
		t.Errorf("flagged withdrawal: lead %v, want the hotline", got)
	}

	// A category that runs the tx check is not money in transit unless
	// flagged: the hotline its rules leave out is not added.
	w := withRules(freshDemo(t, walletMerchant), manifest.Rule{ID: "r", When: manifest.Condition{Categories: []string{"payment"}},
		Route: []string{"help-center", "ticket"}, Reason: i18n.T("原因", "reason")})
	for i := range w.Categories {
		if w.Categories[i].ID == "payment" {
			w.Categories[i].MoneyInTransit = false
		}
	}
	r = Plan(Input{Manifest: w, Category: "payment", Now: validAt, Region: "CN", Online: true})
	if got, want := heads(r, 9), []string{"self-fix:help-center", "contact:ticket"}; !slices.Equal(got, want) {
		t.Errorf("unflagged payment: %v, want %v", got, want)
	}
}

// TestHintsFromManifest: a hint in the manifest maps a finding to its
// category; the closest match wins, an emergency's hints never count.
func TestHintsFromManifest(t *testing.T) {
	m := freshDemo(t, exchange)
	for i := range m.Categories {
		m.Categories[i].Hints = nil
	}
	if r := Plan(Input{Manifest: m, Findings: []diag.Finding{fail("clock.skew")}, Now: validAt, Online: true}); r.Source != SourceNone {
		t.Fatalf("no hints: inferred %q via %s", r.Category, r.Source)
	}
	set := func(id string, hints ...string) {
		for i := range m.Categories {
			if m.Categories[i].ID == id {
				m.Categories[i].Hints = hints
			}
		}
	}
	set("feedback", "clock.*")
	set("peak-queue", "clock.skew")
	if r := Plan(Input{Manifest: m, Findings: []diag.Finding{fail("clock.skew")}, Now: validAt, Online: true}); r.Category != "peak-queue" {
		t.Errorf("exact hint should beat the area: got %q", r.Category)
	}
	if r := Plan(Input{Manifest: m, Findings: []diag.Finding{fail("clock.drift")}, Now: validAt, Online: true}); r.Category != "feedback" {
		t.Errorf("area hint: got %q", r.Category)
	}
	set("kyc", "clock.*")
	m.Categories[slices.IndexFunc(m.Categories, func(c manifest.Category) bool { return c.ID == "kyc" })].Urgency = manifest.UrgencyEmergency
	if r := Plan(Input{Manifest: m, Findings: []diag.Finding{fail("clock.drift")}, Now: validAt, Online: true}); r.Category != "feedback" {
		t.Errorf("an emergency's hint counted: got %q", r.Category)
	}
}
