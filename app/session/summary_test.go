package session

import (
	"os"
	"slices"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/route"
)

func finding(code diag.Code, st diag.Status) diag.Finding {
	return diag.Finding{Code: code, Status: st}
}

// TestSummaryRanksByWhatBlocks: the most blocking problem leads (severity,
// then status, then the checks' order); passes are counted, not listed.
func TestSummaryRanksByWhatBlocks(t *testing.T) {
	results := []diag.Result{
		{Check: "clock", Findings: []diag.Finding{finding(diag.CodeClockOK, diag.StatusPass)}},
		{Check: "maintenance", Findings: []diag.Finding{finding(diag.CodePlatformMaintenanceScheduled, diag.StatusWarn)}},
		{Check: "balance", Findings: []diag.Finding{finding(diag.CodeBalanceBelowMinimum, diag.StatusFail), finding(diag.CodeBalanceInsufficient, diag.StatusFail)}},
		{Check: "account", Findings: []diag.Finding{finding(diag.CodeAccountFrozen, diag.StatusFail)}},
		{Check: "network", Findings: []diag.Finding{finding(diag.CodeNetworkOK, diag.StatusPass)}},
	}
	sum := summarize(results, nil)
	var got []diag.Code
	for _, f := range sum.Problems {
		got = append(got, f.Code)
	}
	want := []diag.Code{diag.CodeAccountFrozen, diag.CodeBalanceInsufficient, diag.CodeBalanceBelowMinimum, diag.CodePlatformMaintenanceScheduled}
	if !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	if !slices.Equal(sum.Passed, []string{"clock", "network"}) || sum.Primary != -1 || sum.Fix != nil {
		t.Errorf("passed %v primary %d fix %v", sum.Passed, sum.Primary, sum.Fix)
	}
}

// TestSummaryPrimary: the first recommendation the merchant can act on
// now; a web link while offline is skipped for a phone.
func TestSummaryPrimary(t *testing.T) {
	f := finding(diag.CodeBalanceInsufficient, diag.StatusFail)
	plan := &route.Result{Recommendations: []route.Recommendation{
		{Kind: route.KindSelfFix, Finding: &f, Reachable: true},
		{Kind: route.KindSelfFix, Source: "guide", Reachable: true}, // the saved guide: never the first action
		{Kind: route.KindContact, Channel: &manifest.Channel{ID: "hotline"}, Reachable: true},
	}}
	results := []diag.Result{{Check: "account", Findings: []diag.Finding{finding(diag.CodeAccountFrozen, diag.StatusFail)}},
		{Check: "balance", Findings: []diag.Finding{f}}}
	sum := summarize(results, plan)
	if sum.Primary != 0 || sum.Fix != &f {
		t.Errorf("primary %d fix %v, want the finding's fix", sum.Primary, sum.Fix)
	}
	if sum.Problems[0].Code != f.Code {
		t.Errorf("lead %s: the problem whose fix is the action must lead", sum.Problems[0].Code)
	}
	plan.Recommendations[0].Reachable = false
	plan.Recommendations[2].Phone = &route.Phone{Href: "tel:+15550100"}
	plan.Recommendations[2].Reachable = false
	if sum := summarize(nil, plan); sum.Primary != 2 || sum.Fix != nil {
		t.Errorf("offline: primary %d, want the phone", sum.Primary)
	}
}

// TestEmergencyForEveryPlatform: a host that opens on "security" gets the
// emergency path on a platform without that category, and so does a
// merchant who reports a compromise; picking a category afterwards leaves it.
func TestEmergencyForEveryPlatform(t *testing.T) {
	doc, err := os.ReadFile("../../web/manifests/exchange.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := manifest.Parse(doc, time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]bool{"security": true, "account-hacked": true, "Fraud": true, "kyc": false, "fees": false, "": false} {
		if got := asksEmergency(m, id); got != want {
			t.Errorf("asksEmergency(%q) = %v, want %v", id, got, want)
		}
	}
	s, _, _ := newSession(t, Deps{})
	s.plat = newPlatformState()
	s.plat.manifest = m
	close(s.plat.done)
	s.run = diagnosis{checks: []*diag.Check{checks.Network}, results: map[string]diag.Result{}}
	s.ReportCompromise()
	if st := s.State(); !st.Summary.Emergency || st.Plan == nil || len(st.Plan.Steps) != 3 {
		t.Fatalf("no emergency path after a reported compromise: %+v", st.Summary)
	}
	s.ChooseCategory("kyc")
	if s.State().Summary.Emergency {
		t.Error("still an emergency after picking another category")
	}
}

// TestSubmitNamesMissingFields: an empty required field is named, and the
// check does not run.
func TestSubmitNamesMissingFields(t *testing.T) {
	s, _, _ := newSession(t, Deps{})
	s.Submit(checks.Tx)
	f := s.Forms().Form(checks.Tx.Name)
	if f.Running || !slices.Equal(f.Missing, []string{"hash"}) {
		t.Fatalf("running %v, missing %v; want the hash named", f.Running, f.Missing)
	}
}
