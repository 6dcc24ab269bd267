package session

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/checks"
)

// The case id, its time, the category picked and the typed fields,
// redacted, come back in a new session on the same store (a reload of the
// dashboard); a secret typed in a tool is in no stored byte, even pasted in
// the notes.
func TestCaseSurvivesReload(t *testing.T) {
	const secret = "Zq8#vLp2-Kw9mX4t"
	store := memStore{}
	a, _, _ := newSession(t, Deps{CaseStore: store})
	a.startCase()
	a.ChooseCategory("security")
	a.Forms().Form(checks.Signature.Name).Values["secret"] = secret
	a.ReportInput("merchantId", Input{Value: "M-42"})
	a.ReportInput("notes", Input{Value: "signed with " + secret + " at 10:05"})
	if v := store[caseKey]; v == "" || strings.Contains(v, secret) || !strings.Contains(v, "[REDACTED:secret]") {
		t.Fatalf("stored case: %q", v)
	}

	b, _, _ := newSession(t, Deps{CaseStore: store})
	b.Open(nil)
	st := b.State()
	if st.Report.CaseID != a.caseRep.id || st.Category != "security" {
		t.Fatalf("after the reload: case %q category %q, want %q security", st.Report.CaseID, st.Category, a.caseRep.id)
	}
	// The id keeps the time in milliseconds.
	if d := b.caseRep.created.Sub(a.caseRep.created); d < -time.Millisecond || d > time.Millisecond {
		t.Errorf("created %v after the reload, %v before", b.caseRep.created, a.caseRep.created)
	}
	for field, want := range map[string]string{"merchantId": "M-42", "notes": "signed with [REDACTED:secret] at 10:05"} {
		if st.Report.Fields[field] != want || st.Report.Seeds[field] != want {
			t.Errorf("%s: field %q seed %q, want %q", field, st.Report.Fields[field], st.Report.Seeds[field], want)
		}
	}

	// A new case replaces the kept one.
	b.NewCase()
	if v := store[caseKey]; strings.Contains(v, a.caseRep.id) || strings.Contains(v, "M-42") || !strings.Contains(v, b.caseRep.id) {
		t.Errorf("after a new case the store holds %q", v)
	}
}

// A category the host opens the panel with wins over the kept one.
func TestCaseRestoreKeepsHostCategory(t *testing.T) {
	store := memStore{}
	a, _, _ := newSession(t, Deps{CaseStore: store})
	a.startCase()
	a.ChooseCategory("security")
	b, _, _ := newSession(t, Deps{CaseStore: store})
	b.Open(json.RawMessage(`{"category":"payment"}`))
	if st := b.State(); st.Category != "payment" || st.Report.CaseID != a.caseRep.id {
		t.Errorf("category %q case %q", st.Category, st.Report.CaseID)
	}
}

// A secret typed in a tool after the notes is taken out of the kept case
// when the tool is run.
func TestCaseStoreRedactsSecretTypedLater(t *testing.T) {
	const secret = "Secret-Typed-After-9931"
	store := memStore{}
	s, loop, _ := newSession(t, Deps{CaseStore: store})
	s.startCase()
	s.ReportInput("notes", Input{Value: "my key is " + secret})
	if !strings.Contains(store[caseKey], secret) {
		t.Fatal("not yet known as a secret, the note is kept as typed: this test proves nothing")
	}
	f := s.Forms().Form(checks.Signature.Name)
	f.Values["secret"] = secret
	s.Submit(checks.Signature)
	loop.until(t, func() bool { return !f.Running })
	if v := store[caseKey]; strings.Contains(v, secret) {
		t.Fatalf("the kept case holds the secret: %q", v)
	}
}

// A secret typed in a tool and never submitted is known to the redactor
// once the panel closes: the kept case is written again without it.
func TestCaseStoreRedactsSecretOnClose(t *testing.T) {
	const secret = "Secret-Never-Submitted-5517"
	store := memStore{}
	s, _, _ := newSession(t, Deps{CaseStore: store})
	s.startCase()
	s.ReportInput("notes", Input{Value: "my key is " + secret})
	s.Forms().Form(checks.Signature.Name).Values["secret"] = secret
	if !strings.Contains(store[caseKey], secret) {
		t.Fatal("not yet known as a secret, the note is kept as typed: this test proves nothing")
	}
	s.Close()
	if v := store[caseKey]; strings.Contains(v, secret) {
		t.Fatalf("after close the kept case holds the secret: %q", v)
	}
}

// What the store holds is input: a record that is malformed, oversized or
// has an id that is not a UUID v7 is not taken up, nor a field over its
// bound, unknown or holding a seed phrase.
func TestCaseRestoreChecksTheRecord(t *testing.T) {
	const id = "01936b2e-1f40-7000-8000-000000000001" // 0x01936b2e1f40 ms
	record := func(change func(map[string]string)) string {
		c := map[string]string{"id": id, "notes": "fine"}
		if change != nil {
			change(c)
		}
		b, _ := json.Marshal(c)
		return string(b)
	}
	for name, tc := range map[string]struct {
		stored  string
		restore bool
		notes   string
	}{
		"sound":         {record(nil), true, "fine"},
		"not json":      {"{", false, ""},
		"not an object": {`["x"]`, false, ""},
		"no id":         {record(func(c map[string]string) { delete(c, "id") }), false, ""},
		"bad id":        {record(func(c map[string]string) { c["id"] = "x" }), false, ""},
		"upper case":    {record(func(c map[string]string) { c["id"] = strings.ToUpper(id) }), false, ""},
		"not v7":        {record(func(c map[string]string) { c["id"] = "01936b2e-1f40-4000-8000-000000000001" }), false, ""},
		"no dashes":     {record(func(c map[string]string) { c["id"] = "01936b2e1f4070008000000000000001" }), false, ""},
		"id too long":   {record(func(c map[string]string) { c["id"] = id + "0" }), false, ""},
		"oversized":     {record(func(c map[string]string) { c["steps"] = strings.Repeat("x", maxKeptCase) }), false, ""},
		"long category": {record(func(c map[string]string) { c["category"] = strings.Repeat("x", maxQueryValue+1) }), false, ""},
		"too long":      {record(func(c map[string]string) { c["notes"] = strings.Repeat("x", 20<<10) }), true, ""},
		"seed phrase": {record(func(c map[string]string) {
			c["notes"] = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
		}), true, ""},
		"unknown field": {record(func(c map[string]string) { delete(c, "notes"); c["secret"] = "s" }), true, ""},
	} {
		s, _, _ := newSession(t, Deps{CaseStore: memStore{caseKey: tc.stored}})
		if got := s.restoreCase(); got != tc.restore || s.caseRep.fields["notes"] != tc.notes || len(s.caseRep.fields) > 1 {
			t.Errorf("%s: restored %v notes %q fields %v", name, got, s.caseRep.fields["notes"], s.caseRep.fields)
		}
		if tc.restore && (s.caseRep.id != id || s.caseRep.created.UnixMilli() != 0x01936b2e1f40) {
			t.Errorf("%s: case %q created %v", name, s.caseRep.id, s.caseRep.created)
		}
	}
}
