package route

import (
	"slices"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// TestPlanPerSeedCategory routes every category of the three seed profiles
// as a merchant in China would pick it on a Tuesday afternoon, when every
// scheduled channel is open, and checks what leads.
func TestPlanPerSeedCategory(t *testing.T) {
	now := at(t, "Asia/Shanghai", 2026, 11, 24, 15, 0)
	cases := []struct {
		manifest, category string
		lead               []string // the first recommendations, in order
		emergency          bool
		prepare            []string // case report fields the list must have
	}{
		// Seed 000. Payment anomalies: money debited but not credited goes
		// to the hotline or a ticket with the hash and order number.
		{walletMerchant, "payment", []string{"contact:hotline-global", "contact:hotline-cn", "contact:ticket"}, false, []string{"txHash", "orderId"}},
		{walletMerchant, "account", []string{"contact:hotline-cn", "contact:hotline-global", "contact:ticket"}, false, []string{"lastLogin"}},
		{walletMerchant, "integration", []string{"self-fix:docs", "self-fix:help-center", "contact:ticket"}, false, []string{"error", "tried"}},
		// Fees and onboarding review go to a ticket.
		{walletMerchant, "fees", []string{"contact:ticket", "self-fix:help-center", "contact:email"}, false, []string{"orderId"}},
		{walletMerchant, "onboarding", []string{"contact:ticket", "self-fix:help-center", "contact:email"}, false, []string{"merchantId"}},
		// Security emergency: freeze first, then the 24/7 hotline.
		{walletMerchant, "security", []string{"freeze:freeze", "contact:hotline-global", "contact:hotline-cn"}, true, []string{"lastLogin", "txHash"}},
		// Seed 001.
		{eWallet, "locked", []string{"self-fix:unlock", "contact:hotline", "self-fix:help-center"}, false, []string{"identity", "notice"}},
		{eWallet, "payment-failed", []string{"self-fix:help-center", "contact:hotline"}, false, []string{"balance"}},
		{eWallet, "withdrawal", []string{"self-fix:help-center", "contact:hotline"}, false, []string{"transfer"}},
		{eWallet, "security", []string{"freeze:freeze", "contact:hotline", "self-fix:security-settings"}, true, []string{"lastLogin"}},
		{eWallet, "restricted", []string{"contact:appeal", "self-fix:unlock", "contact:hotline"}, false, []string{"identity"}},
		// Seed 002. A deposit delay has no phone or ticket to go to: live
		// chat leads, and the order number joins the hash in the list.
		{exchange, "deposit-delay", []string{"contact:chat", "self-fix:help-center", "contact:email"}, false, []string{"txHash", "orderId"}},
		{exchange, "kyc", []string{"self-fix:verification", "contact:chat"}, false, []string{"identity"}},
		{exchange, "trade-failed", []string{"self-fix:help-center", "contact:chat"}, false, []string{"orderId"}},
		{exchange, "peak-queue", []string{"self-fix:help-center", "contact:forum", "contact:chat"}, false, []string{"steps"}},
		{exchange, "feedback", []string{"self-fix:feedback"}, false, []string{"steps"}},
	}
	seen := map[string]map[string]bool{}
	for _, tc := range cases {
		t.Run(tc.manifest+"/"+tc.category, func(t *testing.T) {
			m := demo(t, tc.manifest)
			r := Plan(Input{Manifest: m, Category: tc.category, Now: now, Lang: i18n.ZH, Region: "CN", Online: true})
			if r.Category != tc.category || r.Source != SourcePicked || r.Inferred() {
				t.Fatalf("category %q via %s, want %q picked", r.Category, r.Source, tc.category)
			}
			if got := heads(r, len(tc.lead)); !slices.Equal(got, tc.lead) {
				t.Errorf("lead %v, want %v\n%s", got, tc.lead, r.Summary())
			}
			if r.Emergency != tc.emergency {
				t.Errorf("emergency %v, want %v", r.Emergency, tc.emergency)
			}
			for _, f := range tc.prepare {
				if !hasField(r.Prepare, f) {
					t.Errorf("preparation list lacks %s", f)
				}
			}
			for _, rec := range r.Recommendations {
				if rec.Kind != KindSelfFix && len(rec.Prepare) != len(r.Prepare) {
					t.Errorf("%s: contact without the preparation list", rec.target())
				}
			}
			checkTexts(t, r)
		})
		if seen[tc.manifest] == nil {
			seen[tc.manifest] = map[string]bool{}
		}
		seen[tc.manifest][tc.category] = true
	}
	// Every category of every seed profile is covered above.
	for _, n := range demoNames {
		for _, c := range demo(t, n).Categories {
			if !seen[n][c.ID] {
				t.Errorf("%s: category %s has no case", n, c.ID)
			}
		}
	}
}

// TestSelfFixFirst: a failing or warning finding with a known fix comes
// before any channel, with its doc link; the most severe first.
func TestSelfFixFirst(t *testing.T) {
	m := demo(t, walletMerchant)
	now := at(t, "Asia/Shanghai", 2026, 11, 24, 15, 0)
	ec := fail("errorcode.known")
	r := Plan(Input{Manifest: m, LastError: "50113", Now: now, Online: true, Findings: []diag.Finding{
		warn("network.slow"),       // medium warning
		ec,                         // medium failure
		fail("signature.mismatch"), // high
		{Code: "clock.ok", Status: diag.StatusPass, Message: i18n.T("好", "ok")},
		{Code: diag.CodeTimeout, Status: diag.StatusError, Message: i18n.T("超时", "timeout"), Fix: i18n.T("重试", "retry")},
		{Code: "apikey.malformed", Status: diag.StatusFail, Message: i18n.T("坏", "bad")}, // no fix
	}})
	want := []string{"self-fix:signature.mismatch", "self-fix:errorcode.known", "self-fix:network.slow", "self-fix:docs"}
	if got := heads(r, 4); !slices.Equal(got, want) {
		t.Fatalf("lead %v, want %v", got, want)
	}
	links := map[string]string{
		// The category flow's link for the signature check.
		"signature.mismatch": "https://developer.example.com/docs/signing",
		// The manifest's doc for the error code the host reported.
		"errorcode.known": "https://developer.example.com/docs/errors#50113",
		// The help center the matching rules route to, not the first
		// help-center channel in the manifest (the contact page).
		"network.slow": "https://merchant.example.com/help",
	}
	for _, rec := range r.Recommendations[:3] {
		if got := links[string(rec.Finding.Code)]; rec.Link != got {
			t.Errorf("%s: link %q, want %q", rec.Finding.Code, rec.Link, got)
		}
		if !rec.Reachable || !rec.OpenNow || rec.Prepare != nil || !strings.Contains(rec.Reason.In(i18n.EN), "fix this yourself") {
			t.Errorf("%s: %+v", rec.Finding.Code, rec)
		}
	}
	if indexOf(r, "self-fix:apikey.malformed") >= 0 || indexOf(r, "self-fix:check.timeout") >= 0 {
		t.Errorf("a finding without a fix, or a check that did not run, became a self-fix: %s", r.Summary())
	}
	if r.Category != "integration" || r.Source != SourceErrorCode {
		t.Errorf("category %s via %s, want integration via error-code", r.Category, r.Source)
	}
}

// TestSelfFixSharedAdvice: two findings of one check that carry the same
// fix (the balance check's below-minimum and shortfall) make one self-fix,
// so the panel gives one piece of advice.
func TestSelfFixSharedAdvice(t *testing.T) {
	m := demo(t, walletMerchant)
	advice := i18n.T("请先充值至少 16.00 USDT。", "Top up at least 16.00 USDT.")
	below, short := fail("balance.below_minimum"), fail("balance.insufficient")
	below.Fix, short.Fix = advice, advice
	r := Plan(Input{Manifest: m, Now: at(t, "Asia/Shanghai", 2026, 11, 24, 15, 0), Online: true,
		Findings: []diag.Finding{below, short, fail("apikey.malformed")}})
	var fixes []string
	for _, rec := range r.Recommendations {
		if rec.Kind == KindSelfFix && rec.Finding != nil {
			fixes = append(fixes, string(rec.Finding.Code))
		}
	}
	slices.Sort(fixes)
	if want := []string{"apikey.malformed", "balance.below_minimum"}; !slices.Equal(fixes, want) {
		t.Errorf("self-fixes %v, want %v", fixes, want)
	}
}

// TestEmergency: a security emergency puts freeze and the 24/7 hotline
// ahead of even a self-fix; account.frozen alone is not an emergency.
func TestEmergency(t *testing.T) {
	now := at(t, "Asia/Shanghai", 2026, 11, 24, 3, 0) // hotline-cn closed
	t.Run("before self-fix", func(t *testing.T) {
		r := Plan(Input{Manifest: demo(t, walletMerchant), Category: "security", Now: now, Online: true,
			Findings: []diag.Finding{fail("signature.mismatch")}})
		want := []string{"freeze:freeze", "contact:hotline-global", "self-fix:signature.mismatch"}
		if got := heads(r, 3); !slices.Equal(got, want) {
			t.Fatalf("lead %v, want %v", got, want)
		}
		if r.Recommendations[0].Reason != reasonFreeze || r.Recommendations[1].Reason != reasonEmergencyHotline {
			t.Error("emergency reasons not the built-in ones")
		}
	})
	t.Run("frozen is not an emergency", func(t *testing.T) {
		for _, n := range []string{walletMerchant, eWallet} {
			r := Plan(Input{Manifest: demo(t, n), Now: now, Online: true, Findings: []diag.Finding{fail("account.frozen")}})
			if r.Emergency || indexOf(r, "freeze:freeze") >= 0 {
				t.Errorf("%s: account.frozen made an emergency: %s", n, r.Summary())
			}
			if r.Escalate != "security" {
				t.Errorf("%s: escalate %q, want the security category offered", n, r.Escalate)
			}
			if first := r.Recommendations[0]; first.Finding == nil || first.Reason != reasonFrozen {
				t.Errorf("%s: first %s, want the frozen finding with its careful reason", n, first.target())
			}
		}
		if r := Plan(Input{Manifest: demo(t, exchange), Now: now, Online: true, Findings: []diag.Finding{fail("account.frozen")}}); r.Escalate != "" {
			t.Errorf("exchange has no emergency category, escalate %q", r.Escalate)
		}
	})
	t.Run("no 24/7 hotline", func(t *testing.T) {
		// A platform whose only hotline keeps office hours: open now, it
		// follows the freeze; closed, it is left to the rules and shown with
		// its next opening.
		m := *demo(t, eWallet)
		m.Channels = slices.Clone(m.Channels)
		m.Channels[0].Hours = manifest.Hours{Zone: "Asia/Shanghai", Weekly: []manifest.Interval{{
			Days: []manifest.Day{1, 2, 3, 4, 5}, Open: 9 * 60, Close: 18 * 60}}}
		open := Plan(Input{Manifest: &m, Category: "security", Now: at(t, "Asia/Shanghai", 2026, 11, 24, 10, 0), Online: true})
		if got := heads(open, 2); !slices.Equal(got, []string{"freeze:freeze", "contact:hotline"}) || open.Recommendations[1].Reason != reasonEmergencyPhoneOpen {
			t.Errorf("open: %s", open.Summary())
		}
		// A 24/7 line for another region does not hide the one open here.
		wm := *demo(t, walletMerchant)
		wm.Channels = slices.Clone(wm.Channels)
		wm.Channels[1].Regions = []string{"HK"} // hotline-global
		cn := Plan(Input{Manifest: &wm, Category: "security", Now: at(t, "Asia/Shanghai", 2026, 11, 24, 10, 0), Region: "CN", Online: true})
		if got := heads(cn, 2); !slices.Equal(got, []string{"freeze:freeze", "contact:hotline-cn"}) || indexOf(cn, "contact:hotline-global") >= 0 {
			t.Errorf("regional: %s", cn.Summary())
		}
		closed := Plan(Input{Manifest: &m, Category: "security", Now: now, Online: true})
		i := indexOf(closed, "contact:hotline")
		if i < 0 || closed.Recommendations[i].OpenNow || closed.Recommendations[i].Source != "rule:emergency" {
			t.Errorf("closed: %s", closed.Summary())
		}
	})
}

// TestEmergencyReported: a compromise reported (Input.Emergency) takes the
// manifest's emergency category whatever was picked, and a platform
// without one still gets the emergency path: its round-the-clock
// channels first, and the generic first steps.
func TestEmergencyReported(t *testing.T) {
	now := at(t, "Asia/Shanghai", 2026, 11, 24, 3, 0)
	t.Run("with an emergency category", func(t *testing.T) {
		r := Plan(Input{Manifest: demo(t, walletMerchant), Category: "fees", Emergency: true, Now: now, Online: true,
			Findings: []diag.Finding{fail("balance.below_minimum")}})
		if !r.Emergency || r.Category != "security" || r.Source != SourceReported {
			t.Fatalf("not the security category, as reported: %s (source %s)", r.Summary(), r.Source)
		}
		if got := heads(r, 2); !slices.Equal(got, []string{"freeze:freeze", "contact:hotline-global"}) {
			t.Errorf("lead %v", got)
		}
		// Its flow is freeze, call, never share: the first two are the
		// actions shown above the steps, one step is left, and the generic
		// three take over.
		if !slices.Equal(r.Steps, stepsEmergency) {
			t.Errorf("steps %v, want the generic three", r.Steps)
		}
		ew := Plan(Input{Manifest: demo(t, eWallet), Emergency: true, Now: now, Online: true})
		if len(ew.Steps) != 3 || ew.Steps[0] != ew.Guide[1].Text {
			t.Errorf("e-wallet steps %v, want its own, after the freeze step", ew.Steps)
		}
	})
	t.Run("without one", func(t *testing.T) {
		r := Plan(Input{Manifest: demo(t, exchange), Category: "security", Emergency: true, Now: now, Online: true})
		if !r.Emergency || r.Category != "" || r.Why != msgWhyEmergency {
			t.Fatalf("no emergency path: %s (why %v)", r.Summary(), r.Why)
		}
		if len(r.Recommendations) == 0 || r.Recommendations[0].Source != "emergency" || r.Recommendations[0].Channel.Kind != manifest.KindChat {
			t.Fatalf("lead %s, want the 24/7 chat", r.Summary())
		}
		if r.Recommendations[0].Reason != reasonEmergencyContact {
			t.Errorf("the chat's reason %v: a chat is no hotline to call", r.Recommendations[0].Reason)
		}
		if !slices.Equal(r.Steps, stepsEmergency) {
			t.Errorf("steps %v, want the generic ones", r.Steps)
		}
	})
	t.Run("not reported", func(t *testing.T) {
		r := Plan(Input{Manifest: demo(t, exchange), Category: "security", Now: now, Online: true})
		if r.Emergency || len(r.Steps) > 0 {
			t.Errorf("an unknown category made an emergency: %s", r.Summary())
		}
	})
}

// TestMoneyNotCredited: a pending deposit routes to the hotline with the
// hash and order number to prepare, even with no category, and never adds a
// purpose-specific ticket (the e-wallet's appeal form).
func TestMoneyNotCredited(t *testing.T) {
	now := at(t, "Asia/Shanghai", 2026, 11, 24, 15, 0)
	r := Plan(Input{Manifest: demo(t, eWallet), Now: now, Online: true, Findings: []diag.Finding{warn("tx.deposit_pending")}})
	want := []string{"self-fix:tx.deposit_pending", "contact:hotline", "self-fix:help-center"}
	if got := heads(r, 3); !slices.Equal(got, want) {
		t.Errorf("lead %v, want %v", got, want)
	}
	if !hasField(r.Prepare, "txHash") || !hasField(r.Prepare, "orderId") {
		t.Errorf("prepare %v", r.Prepare)
	}
	if indexOf(r, "contact:appeal") >= 0 {
		t.Error("the appeal form was added to a money case")
	}
	// Rules that forget the hotline: it is added, and with the ticket
	// leads the contacts.
	m := demo(t, walletMerchant)
	m = withRules(m, manifest.Rule{ID: "r", When: manifest.Condition{Categories: []string{"payment"}},
		Route: []string{"help-center", "ticket"}, Reason: i18n.T("原因", "reason")})
	r = Plan(Input{Manifest: m, Category: "payment", Now: now, Region: "CN", Online: true})
	want = []string{"contact:ticket", "contact:hotline-cn", "contact:hotline-global", "self-fix:help-center"}
	if got := heads(r, 4); !slices.Equal(got, want) {
		t.Errorf("lead %v, want %v", got, want)
	}
	if r.Recommendations[1].Source != "money" || r.Recommendations[1].Reason != reasonMoneyPhone {
		t.Errorf("added hotline: %+v", r.Recommendations[1])
	}
}

// TestTicketTopics: fees, settlement and onboarding go to a ticket first,
// with its response time, whatever order the manifest's rule gives.
func TestTicketTopics(t *testing.T) {
	m := withRules(demo(t, walletMerchant), manifest.Rule{ID: "r", When: manifest.Condition{Categories: []string{"fees", "onboarding"}},
		Route: []string{"help-center", "email", "ticket"}, Reason: i18n.T("原因", "reason")})
	for _, c := range []string{"fees", "onboarding"} {
		r := Plan(Input{Manifest: m, Category: c, Now: validAt, Online: true})
		first := r.Recommendations[0]
		if first.target() != "ticket" {
			t.Fatalf("%s: %s", c, r.Summary())
		}
		if first.Response.In(i18n.EN) != "Reply within 24–48 h" || first.Response.In(i18n.ZH) != "24–48 小时内回复" {
			t.Errorf("%s: response %+v", c, first.Response)
		}
	}
	// Integration is not a ticket topic: the rule's order stands.
	r := Plan(Input{Manifest: demo(t, walletMerchant), Category: "integration", Now: validAt, Online: true})
	if r.Recommendations[0].target() != "docs" {
		t.Errorf("integration: %s", r.Summary())
	}
}

// TestRegionAndLanguage: channels that do not serve the region are left
// out; those not staffed in the merchant's language go after those that are.
func TestRegionAndLanguage(t *testing.T) {
	m := demo(t, walletMerchant)
	now := at(t, "Asia/Shanghai", 2026, 11, 24, 15, 0)
	for _, c := range m.Categories {
		r := Plan(Input{Manifest: m, Category: c.ID, Now: now, Region: "US", Online: false})
		for _, id := range []string{"hotline-cn", "wechat-group", "wechat-official"} {
			if i := indexOf(r, "contact:"+id); i >= 0 {
				t.Errorf("%s: China-only %s shown to a US merchant", c.ID, id)
			}
		}
	}
	r := Plan(Input{Manifest: m, Category: "account", Now: now, Lang: i18n.EN, Region: "CN", Online: true})
	if got := heads(r, 2); !slices.Equal(got, []string{"contact:hotline-global", "contact:ticket"}) {
		t.Errorf("English speaker: %s", r.Summary())
	}
	i := indexOf(r, "contact:hotline-cn")
	if rec := r.Recommendations[i]; rec.SpeaksLang || !slices.Contains(rec.Notes, noteOtherLanguage) {
		t.Errorf("hotline-cn for an English speaker: %+v", rec)
	}
}

// TestPhone: a phone is a number to read and a tel: link the UI must keep
// from bubbling into go-app's navigation.
func TestPhone(t *testing.T) {
	r := Plan(Input{Manifest: demo(t, walletMerchant), Category: "security", Now: validAt, Online: true})
	rec := r.Recommendations[1]
	want := Phone{Number: "+1-555-0102", Digits: "+15550102", Href: "tel:+1-555-0102", StopPropagation: true}
	if rec.Phone == nil || *rec.Phone != want || rec.Link != "" {
		t.Fatalf("phone %+v link %q, want %+v", rec.Phone, rec.Link, want)
	}
	for _, rec := range r.Recommendations {
		if (rec.Phone != nil) != (rec.Channel != nil && strings.HasPrefix(rec.Channel.Value, "tel:")) {
			t.Errorf("%s: phone %v", rec.target(), rec.Phone)
		}
	}
	// A ticket's link is a template the case report fills.
	for _, rec := range r.Recommendations {
		if rec.target() == "ticket" && !rec.LinkTemplate {
			t.Error("ticket link not marked as a template")
		}
	}
}

// TestNoManifest: without a verified manifest nothing is recommended.
func TestNoManifest(t *testing.T) {
	r := Plan(Input{Category: "security", Now: validAt, Online: true, Findings: []diag.Finding{fail("signature.mismatch")}})
	if len(r.Recommendations) != 0 || r.Why != msgWhyNoManifest || r.Source != SourceNone {
		t.Errorf("%+v", r)
	}
}
