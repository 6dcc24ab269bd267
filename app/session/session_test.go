package session

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
)

// testLoop runs the session's background work on goroutines; what it
// brings back waits in applies until the test, the session's UI goroutine,
// drains it.
type testLoop struct{ applies chan func() }

func (l *testLoop) Async(fn func()) { go fn() }
func (l *testLoop) Apply(fn func()) { l.applies <- fn }

// until applies what the background work brought back until cond holds.
func (l *testLoop) until(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for !cond() {
		select {
		case fn := <-l.applies:
			fn()
		case <-deadline:
			t.Fatal("condition not met in time")
		}
	}
}

// newSession makes an English session posting to a fake host.
func newSession(t *testing.T, d Deps) (*Session, *testLoop, *bridge.Fake) {
	t.Helper()
	loop := &testLoop{applies: make(chan func(), 256)}
	fake := &bridge.Fake{}
	s := New(d, loop, i18n.EN, fake)
	return s, loop, fake
}

func TestSignatureSelfTestRunsAndSecretsClear(t *testing.T) {
	s, loop, fake := newSession(t, Deps{})
	f := s.Forms().Form(checks.Signature.Name)
	f.Values["secret"] = "0123456789abcdef0123456789abcdef"
	f.Values["passphrase"] = "pass-phrase"
	f.Values["timestamp"] = "2026-11-21T10:00:00.000Z"
	f.Values["path"] = "/api/v5/account/balance"
	f.Values["signature"] = "not-a-signature"
	s.Submit(checks.Signature)
	loop.until(t, func() bool { return !f.Running })
	found := false
	for _, r := range s.State().Results {
		for _, fd := range r.Findings {
			found = found || fd.Code == "signature.mismatch"
		}
	}
	if !found {
		t.Fatalf("no signature.mismatch in %+v", s.State().Results)
	}
	last := fake.Posted()[len(fake.Posted())-1]
	if last.Event != bridge.EventFindings || !strings.Contains(last.Payload, "signature.mismatch") {
		t.Fatalf("findings event %+v", last)
	}
	s.Close()
	if f.Values["secret"] != "" || f.Values["passphrase"] != "" || f.Values["timestamp"] == "" {
		t.Fatalf("after close: %+v", f.Values)
	}
	for _, ev := range fake.Posted() {
		if strings.Contains(ev.Payload, "0123456789abcdef") || strings.Contains(ev.Payload, "pass-phrase") {
			t.Fatalf("a secret reached the host: %+v", ev)
		}
	}
}

// The one rule of what runs at open: nothing typed, no document; tx too
// when the dashboard handed a transaction hash.
func TestRunsAtOpen(t *testing.T) {
	withHash := hostctx.Context{RecentOrders: []hostctx.Order{{ID: "o1", TxHash: "0xabc"}}}
	for _, tc := range []struct {
		check *diag.Check
		ctx   hostctx.Context
		want  bool
	}{
		{checks.Tx, hostctx.Context{}, false},
		{checks.Tx, withHash, true},
		{checks.Signature, withHash, false},
		{checks.KYCDocument, withHash, false},
		{checks.Network, hostctx.Context{}, true},
	} {
		if got := slices.Contains(autoChecks(tc.ctx), tc.check); got != tc.want {
			t.Errorf("%s at open with %d orders: %v, want %v", tc.check.Name, len(tc.ctx.RecentOrders), got, tc.want)
		}
	}
	for _, c := range autoChecks(hostctx.Context{}) {
		if !c.RunsAtOpen(hostctx.Context{}) {
			t.Errorf("autoChecks lists %s, which does not run at open", c.Name)
		}
	}
}

// Offline is decided from the network check's findings: either code that
// says the platform is out of reach makes routing put phone first. Only a
// browser that is itself offline is "offline"; a platform out of reach
// while the browser is online is "unreachable".
func TestRouteOfflineFromFindings(t *testing.T) {
	browserOnline := true
	s, _, _ := newSession(t, Deps{Browser: func() *diag.Browser { return &diag.Browser{Online: browserOnline} }})
	s.plat = newPlatformState()
	s.plat.refuse(errNoPin)
	for _, tc := range []struct {
		code                      diag.Code
		browserOnline             bool
		wantOnline, wantUnreached bool
	}{
		{diag.CodeNetworkOffline, true, false, false},
		{diag.CodeNetworkUnreachable, true, false, true},
		{diag.CodeNetworkUnreachable, false, false, false},
		{"", false, false, false},
		{diag.CodeNetworkSlow, true, true, false},
		{"", true, true, false},
	} {
		browserOnline = tc.browserOnline
		s.run = diagnosis{checks: []*diag.Check{checks.Network}, results: map[string]diag.Result{}}
		if tc.code != "" {
			s.run.results[checks.Network.Name] = diag.Result{Check: checks.Network.Name, Findings: []diag.Finding{{Check: checks.Network.Name, Code: tc.code, Status: diag.StatusFail}}}
		}
		in := s.routeInput()
		if in.Online != tc.wantOnline || in.PlatformUnreachable != tc.wantUnreached {
			t.Errorf("%q, browser online %v: online %v unreachable %v, want %v %v", tc.code, tc.browserOnline,
				in.Online, in.PlatformUnreachable, tc.wantOnline, tc.wantUnreached)
		}
	}
}

// The context fills the empty report fields; the open message starts the
// case, takes the category and runs the checks once per finished run.
func TestOpenStartsCaseAndDiagnosis(t *testing.T) {
	s, loop, fake := newSession(t, Deps{})
	s.Start(Config{}, "https://w.example") // no pins: no manifest
	s.Context(json.RawMessage(`{"merchantId":"M1001","contact":{"email":"a@shop.example"}}`))
	if st := s.State(); st.Report.CaseID != "" || st.Opened || st.Report.Fields["merchantId"] != "M1001" {
		t.Fatalf("before open: %+v", st.Report)
	}
	s.Open(json.RawMessage(`{"category":"payments"}`))
	st := s.State()
	if st.Report.CaseID == "" || !st.Opened || st.Category != "payments" || len(st.Checks) == 0 {
		t.Fatalf("after open: case %q opened %v category %q checks %d", st.Report.CaseID, st.Opened, st.Category, len(st.Checks))
	}
	loop.until(t, func() bool { return s.State().Done })
	if st := s.State(); !st.Platform.Settled || st.Platform.Manifest != nil || st.Plan != nil || len(st.Running) != 0 {
		t.Fatalf("done without a manifest: %+v, plan %v, running %d", st.Platform, st.Plan, len(st.Running))
	}
	if ev := fake.Posted(); ev[len(ev)-1].Event != bridge.EventFindings {
		t.Fatalf("last event %+v, want findings", ev[len(ev)-1])
	}
}

// The report names the browser's time zone, and none it does not know:
// Go's zone in the browser is "Local", which tells support nothing.
func TestReportTimeZone(t *testing.T) {
	for zone, want := range map[string]string{"Asia/Taipei": "Asia/Taipei", "Local": "", "": "", "Etc/GMT+8": "Etc/GMT+8", "<script>": "", strings.Repeat("A", 65): ""} {
		s, _, _ := newSession(t, Deps{Browser: func() *diag.Browser { return &diag.Browser{TimeZone: zone} }})
		if got := s.reportInput().Environment.TimeZone; got != want {
			t.Errorf("browser zone %q: report says %q, want %q", zone, got, want)
		}
	}
	s, _, _ := newSession(t, Deps{})
	if r := s.reportInput(); strings.Contains(r.Text(i18n.ZH), "Local") {
		t.Fatalf("the report text says Local:\n%s", r.Text(i18n.ZH))
	}
}
