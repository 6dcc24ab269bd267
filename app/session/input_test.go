package session

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/checks"
)

// A paste over a field's bound keeps what was there and says how large it
// was; a seed phrase is dropped with the scam warning; unusual characters
// are kept and named. The same for the self-tests' fields and the report's.
func TestInputsRefuseAndWarn(t *testing.T) {
	const phrase = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
	s, _, _ := newSession(t, Deps{})
	s.caseRep.start(s.now(), s.lang)

	if _, rewrite := s.ReportInput("notes", Input{Value: "first"}); rewrite {
		t.Fatal("plain text rewritten")
	}
	if w, rewrite := s.ReportInput("notes", Input{Size: 99999, TooLong: true}); !rewrite || w != "first" || s.State().Report.Refused["notes"] != 99999 {
		t.Fatalf("too long: rewrite %v to %q, refused %d", rewrite, w, s.State().Report.Refused["notes"])
	}
	if w, rewrite := s.ReportInput("notes", Input{Value: phrase}); !rewrite || w != "" || !s.State().Report.Warned["notes"] || s.State().Report.Fields["notes"] != "" {
		t.Fatalf("seed phrase: rewrite %v to %q, state %+v", rewrite, w, s.State().Report)
	}
	s.ReportInput("notes", Input{Value: "pay\u202eexe.txt"})
	if r := s.State().Report; r.Warned["notes"] || !strings.Contains(r.Notice["notes"], "U+202E") {
		t.Fatalf("unusual characters: %+v", r)
	}

	if w, rewrite := s.Forms().Input(checks.Webhook.Name, "body", Input{Value: phrase}); !rewrite || w != "" || s.Forms().Form(checks.Webhook.Name).Refused["body"] != -1 {
		t.Fatalf("seed phrase in a self-test: rewrite %v to %q", rewrite, w)
	}
	// A secret field takes what it is meant to take.
	if _, rewrite := s.Forms().Input(checks.Signature.Name, "secret", Input{Value: phrase}); rewrite || s.Forms().Form(checks.Signature.Name).Values["secret"] != phrase {
		t.Fatal("a secret field refused its secret")
	}
}

// The tools' open state survives in the session; the select fields start
// at their first option.
func TestToolState(t *testing.T) {
	s, _, _ := newSession(t, Deps{})
	s.Forms().Toggle(checks.Webhook.Name, true)
	s.Forms().Toggle(checks.Webhook.Name, false)
	var tool Tool
	for _, tl := range s.State().Tools {
		if tl.Check == checks.Webhook {
			tool = tl
		}
	}
	if tool.Form == nil || tool.Form.Open || !tool.Form.Opened {
		t.Fatalf("webhook tool %+v", tool.Form)
	}
	if got := s.Forms().Form(checks.Tx.Name).Values["chain"]; got != FieldOf(checks.Tx.Name, "chain").Options[0] {
		t.Fatalf("chain starts at %q", got)
	}
}
