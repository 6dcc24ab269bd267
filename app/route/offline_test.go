package route

import (
	"slices"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// TestOffline: offline, what still works leads (the fixes and the saved
// guide, already in the panel; phones; email, which the mail app queues);
// web channels stay listed, marked unreachable, after them.
func TestOffline(t *testing.T) {
	now := at(t, "Asia/Shanghai", 2026, 11, 24, 15, 0)
	cases := []struct {
		manifest, category string
		lead               []string
	}{
		{walletMerchant, "payment", []string{"self-fix:signature.mismatch", "self-fix:guide", "contact:hotline-global", "contact:hotline-cn", "contact:email"}},
		{walletMerchant, "integration", []string{"self-fix:signature.mismatch", "self-fix:guide", "contact:hotline-global", "contact:hotline-cn", "contact:email"}},
		// Emergency offline: the web freeze page cannot load, the 24/7
		// hotline (which can freeze the account too) leads.
		{walletMerchant, "security", []string{"contact:hotline-global", "self-fix:signature.mismatch", "self-fix:guide", "contact:hotline-cn", "contact:email"}},
		{eWallet, "locked", []string{"self-fix:signature.mismatch", "self-fix:guide", "contact:hotline"}},
		{eWallet, "security", []string{"contact:hotline", "self-fix:signature.mismatch", "self-fix:guide"}},
		// The exchange has no phone: email is the only contact left, added
		// when no rule names it.
		{exchange, "deposit-delay", []string{"self-fix:signature.mismatch", "self-fix:guide", "contact:email"}},
		{exchange, "", []string{"self-fix:signature.mismatch", "contact:email", "self-fix:help-center"}},
	}
	for _, tc := range cases {
		t.Run(tc.manifest+"/"+tc.category, func(t *testing.T) {
			m := demo(t, tc.manifest)
			r := Plan(Input{Manifest: m, Category: tc.category, Now: now, Region: "CN", Online: false,
				Findings: []diag.Finding{fail("signature.mismatch")}})
			if !r.Offline {
				t.Fatal("not offline")
			}
			if got := heads(r, len(tc.lead)); !slices.Equal(got, tc.lead) {
				t.Errorf("lead %v, want %v", got, tc.lead)
			}
			unreachable := false
			for _, rec := range r.Recommendations {
				if unreachable && rec.Reachable {
					t.Errorf("%s reachable after an unreachable one: %s", rec.target(), r.Summary())
				}
				unreachable = unreachable || !rec.Reachable
				web := rec.Channel != nil && strings.HasPrefix(rec.Channel.Value, "https:")
				if web == rec.Reachable {
					t.Errorf("%s: reachable %v", rec.target(), rec.Reachable)
				}
				if web && !slices.Contains(rec.Notes, noteNeedsInternet) {
					t.Errorf("%s: no needs-internet note", rec.target())
				}
				if rec.Finding != nil && rec.Link != "" && !slices.Contains(rec.Notes, noteLinkNeedsInternet) {
					t.Errorf("%s: doc link without the note", rec.target())
				}
			}
			if i := indexOf(r, "self-fix:guide"); i >= 0 {
				cat, _ := m.Category(tc.category)
				if g := r.Recommendations[i]; len(g.Steps) != len(cat.Flow) || g.Steps[0] != cat.Flow[0].Text {
					t.Errorf("guide steps %v", g.Steps)
				}
			}
			checkTexts(t, r)
		})
	}
	// The manifest's offline rule applies only offline.
	m := demo(t, walletMerchant)
	on := Plan(Input{Manifest: m, Category: "fees", Now: now, Online: true})
	off := Plan(Input{Manifest: m, Category: "fees", Now: now, Online: false})
	if find(t, off, "hotline-global").Source != "rule:ticket-topics" && find(t, off, "hotline-global").Source != "rule:offline" {
		t.Errorf("offline: %s", off.Summary())
	}
	if indexOf(on, "contact:hotline-cn") >= 0 {
		t.Errorf("online fees reach the China hotline through the offline rule: %s", on.Summary())
	}
	// Online, no guide recommendation (the panel shows the guide anyway),
	// but the guide is in the result.
	if indexOf(on, "self-fix:guide") >= 0 || len(on.Guide) == 0 {
		t.Errorf("online guide: %s", on.Summary())
	}
	// Phones are added offline even if no rule names them.
	m = withRules(m, manifest.Rule{ID: "only", Route: []string{"help-center"}, Reason: m.Rules[0].Reason})
	r := Plan(Input{Manifest: m, Now: now, Online: false})
	if got := heads(r, 2); !slices.Equal(got, []string{"contact:hotline-cn", "contact:hotline-global"}) {
		t.Errorf("phones not added offline: %s", r.Summary())
	}
}

// TestUnreachableIsNotOffline: when the browser is online but the platform
// cannot be reached, the routing is the offline one and the result says
// which it is; the built-in texts hold in both states, so none tells the
// merchant "you are offline" (the panel's notice does, when they are).
func TestUnreachableIsNotOffline(t *testing.T) {
	now := at(t, "Asia/Shanghai", 2026, 11, 24, 15, 0)
	cutOff := []i18n.Text{reasonGuide, reasonOfflinePhone, reasonOfflineEmail, noteNeedsInternet, noteLinkNeedsInternet}
	for _, text := range cutOff {
		for _, l := range i18n.Langs {
			if s := strings.ToLower(text.In(l)); strings.Contains(s, "offline") || strings.Contains(s, "离线") || strings.Contains(s, "離線") {
				t.Errorf("%s text says offline: %q", l, s)
			}
		}
	}
	for _, tc := range []struct{ manifest, category string }{
		{walletMerchant, "payment"}, {eWallet, "locked"}, {exchange, "deposit-delay"},
	} {
		m := demo(t, tc.manifest)
		for _, unreachable := range []bool{false, true} {
			r := Plan(Input{Manifest: m, Category: tc.category, Now: now, Region: "CN", Online: false, PlatformUnreachable: unreachable,
				Findings: []diag.Finding{fail("signature.mismatch")}})
			if !r.Offline || r.Unreachable != unreachable {
				t.Fatalf("%s: offline %v unreachable %v, want true %v", tc.manifest, r.Offline, r.Unreachable, unreachable)
			}
			used := 0
			for _, rec := range r.Recommendations {
				for _, text := range append([]i18n.Text{rec.Reason}, rec.Notes...) {
					if slices.Contains(cutOff, text) {
						used++
					}
				}
			}
			// The guide, a phone or email, and a web channel's note at least.
			if used < 3 {
				t.Errorf("%s unreachable=%v: %d cut-off texts in %s", tc.manifest, unreachable, used, r.Summary())
			}
		}
	}
	// Online, the flag changes nothing.
	if r := Plan(Input{Manifest: demo(t, walletMerchant), Now: now, Online: true, PlatformUnreachable: true}); r.Offline || r.Unreachable {
		t.Errorf("online: offline %v unreachable %v", r.Offline, r.Unreachable)
	}
}
