package route

import (
	"encoding/json"
	"testing"

	"github.com/triage-widget/triage/app/diag"
)

// TestEvent: the route event lists what was recommended, and the choice
// says whether the merchant helped themselves.
func TestEvent(t *testing.T) {
	m := demo(t, walletMerchant)
	r := Plan(Input{Manifest: m, Now: at(t, "Asia/Shanghai", 2026, 11, 24, 15, 0), Online: true,
		Findings: []diag.Finding{fail("callback.url.private")}})
	got, err := json.Marshal(r.Event())
	if err != nil {
		t.Fatal(err)
	}
	want := `{"category":"payment","inferred":true,"emergency":false,"offline":false,"recommended":[` +
		`{"kind":"self-fix","finding":"callback.url.private"},` +
		`{"kind":"contact","channel":"hotline-global"},{"kind":"contact","channel":"hotline-cn"},` +
		`{"kind":"contact","channel":"ticket"},{"kind":"self-fix","channel":"help-center"},` +
		`{"kind":"contact","channel":"email"}]}`
	if string(got) != want {
		t.Errorf("event\n got %s\nwant %s", got, want)
	}
	for i, tc := range []struct {
		selfFix bool
		item    string
	}{{true, `"kind":"self-fix","finding":"callback.url.private"`}, {false, `"kind":"contact","channel":"hotline-global"`}} {
		ev, ok := r.Chose(i)
		if !ok || ev.Choice == nil || ev.Choice.Rank != i+1 || ev.Choice.SelfFix != tc.selfFix {
			t.Fatalf("choice %d: %+v", i, ev.Choice)
		}
		b, _ := json.Marshal(ev.Choice)
		if want := `{` + tc.item + `,"rank":` + string(rune('1'+i)) + `,"selfFix":` + yes(tc.selfFix) + `}`; string(b) != want {
			t.Errorf("choice JSON %s, want %s", b, want)
		}
	}
	if _, ok := r.Chose(len(r.Recommendations)); ok {
		t.Error("a choice past the end was accepted")
	}
	if _, ok := r.Chose(-1); ok {
		t.Error("a negative choice was accepted")
	}
	// Offline, the saved guide is an item of its own.
	off := Plan(Input{Manifest: m, Category: "payment", Now: validAt, Online: false})
	ev, _ := off.Chose(0)
	if !ev.Offline || !ev.Choice.Guide || !ev.Choice.SelfFix || ev.Choice.Channel != "" {
		t.Errorf("guide choice: %+v", ev.Choice)
	}
	// A freeze is not a self-fix.
	em := Plan(Input{Manifest: m, Category: "security", Now: validAt, Online: true})
	if ev, _ := em.Chose(0); ev.Choice.Kind != string(KindFreeze) || ev.Choice.SelfFix || !ev.Emergency || ev.Inferred {
		t.Errorf("freeze choice: %+v", ev)
	}
}

// TestSummary: one stable line, in ranking order.
func TestSummary(t *testing.T) {
	m := demo(t, walletMerchant)
	in := Input{Manifest: m, Now: at(t, "Asia/Shanghai", 2026, 11, 24, 3, 0), Region: "CN", Online: true,
		Findings: []diag.Finding{warn("tx.deposit_pending")}}
	want := "category=payment via=finding:tx.deposit_pending emergency=false offline=false recs=" +
		"self-fix:tx.deposit_pending,contact:hotline-global,contact:ticket,self-fix:help-center,contact:email," +
		"contact:hotline-cn(closed,next=2026-11-24T01:00Z)"
	if got := Plan(in).Summary(); got != want {
		t.Errorf("summary\n got %s\nwant %s", got, want)
	}
	in.Online = false
	in.Findings = []diag.Finding{fail("account.frozen")}
	want = "category=account via=finding:account.frozen emergency=false offline=true escalate=security recs=" +
		"self-fix:account.frozen,self-fix:guide,contact:hotline-global,contact:email," +
		"contact:hotline-cn(closed,next=2026-11-24T01:00Z),contact:ticket(unreachable),self-fix:help-center(unreachable)"
	if got := Plan(in).Summary(); got != want {
		t.Errorf("summary\n got %s\nwant %s", got, want)
	}
	if got := Plan(Input{Now: validAt}).Summary(); got != "category=none via=none emergency=false offline=true recs=" {
		t.Errorf("empty: %s", got)
	}
}
