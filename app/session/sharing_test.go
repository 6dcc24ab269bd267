package session

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/checks"
)

// The redacted report is made once per change of what it depends on, and a
// secret typed after it was made is redacted all the same.
func TestSharingCache(t *testing.T) {
	p, _, _ := newSession(t, Deps{})
	p.caseRep.start(p.now(), p.lang)
	first := p.Sharing().r
	if p.Sharing().r != first {
		t.Fatal("nothing changed, yet the report was redacted again")
	}

	p.caseRep.fields["notes"] = "the key is 0123456789abcdef0123456789abcdef"
	withNote := p.Sharing().r
	if withNote == first || !strings.Contains(withNote.text, "the key is") {
		t.Fatalf("a new note did not reach the report:\n%s", withNote.text)
	}

	p.Forms().Form(checks.Signature.Name).Values["secret"] = "0123456789abcdef0123456789abcdef"
	withSecret := p.Sharing().r
	if withSecret == withNote {
		t.Fatal("a typed secret did not invalidate the cached report")
	}
	if strings.Contains(withSecret.text, "0123456789abcdef0123456789abcdef") ||
		strings.Contains(withSecret.rep.Notes, "0123456789abcdef0123456789abcdef") {
		t.Fatalf("the typed secret is in the report:\n%s", withSecret.text)
	}

	p.lang = "zh-CN"
	if zh := p.Sharing().r; zh == withSecret || zh.text == withSecret.text {
		t.Fatal("the report text did not follow the language")
	}
}

// A value typed in a secret field stays in the redaction set after the panel
// closes (which clears the field), matched trimmed: typed again in the notes
// after reopening, it is redacted in the report, its text and its mailto.
// A new case empties the set.
func TestTypedSecretOutlivesClose(t *testing.T) {
	const secret = "Zq8#vLp2-Kw9mX4t"
	p, _, _ := newSession(t, Deps{})
	p.caseRep.start(p.now(), p.lang)
	p.Forms().Form(checks.Signature.Name).Values["secret"] = " " + secret + "\n" // copied with a double-click
	p.Sharing()
	p.Close()
	if v := p.Forms().Form(checks.Signature.Name).Values["secret"]; v != "" {
		t.Fatalf("closing kept the field: %q", v)
	}
	p.caseRep.fields["notes"] = "I signed with " + secret + " and got 401"
	sh := p.Sharing().r
	for where, s := range map[string]string{"notes": sh.rep.Notes, "text": sh.text, "mailto": sh.mailto("help@platform.example", p.lang)} {
		if strings.Contains(s, secret) || strings.Contains(s, strings.ReplaceAll(secret, "#", "%23")) {
			t.Errorf("the secret typed before the close is in the %s: %q", where, s)
		}
	}
	if !strings.Contains(sh.rep.Notes, "[REDACTED:secret]") {
		t.Errorf("notes not redacted: %q", sh.rep.Notes)
	}

	id := p.caseRep.id
	p.NewCase()
	if p.caseRep.id == "" || p.caseRep.id == id || len(p.caseRep.secrets.values) != 0 || p.caseRep.fields["notes"] != "" {
		t.Fatalf("a new case kept the old one: id %q→%q, %d secrets, notes %q", id, p.caseRep.id, len(p.caseRep.secrets.values), p.caseRep.fields["notes"])
	}
	p.caseRep.fields["notes"] = "my test value was " + secret
	if n := p.Sharing().r.rep.Notes; !strings.Contains(n, secret) {
		t.Errorf("after a new case, the old value is still treated as secret: %q", n)
	}
}

// A secret replaced by another in its field, or deleted at once, stays a
// secret; the keystrokes that typed or erased it do not become secrets of
// their own.
func TestTypedSecretReplaced(t *testing.T) {
	p, _, _ := newSession(t, Deps{})
	p.caseRep.start(p.now(), p.lang)
	f := p.Forms().Form(checks.Signature.Name)
	for _, v := range []string{"O", "Ol", "OldSecret", "OldSecret-9931", "NewSecret-4410", "NewSecret-441", "", "T", "Third-0001"} {
		f.Values["secret"] = v
		p.Sharing()
	}
	if got := p.caseRep.secrets.values; len(got) != 2 || got[0] != "OldSecret-9931" || got[1] != "NewSecret-441" {
		t.Fatalf("remembered %q, want the replaced and the deleted values", got)
	}
	p.caseRep.fields["notes"] = "tried OldSecret-9931 then NewSecret-441 then Third-0001"
	if n := p.Sharing().r.rep.Notes; n != "tried [REDACTED:secret] then [REDACTED:secret] then [REDACTED:secret]" {
		t.Errorf("notes: %q", n)
	}
}
