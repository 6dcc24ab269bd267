package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/checks"
)

// The redacted report is made once per change of what it depends on, and a
// secret typed after it was made is redacted all the same.
func TestSharingCache(t *testing.T) {
	p, _, _ := mountPanel(t, "lang=en")
	p.startReport()
	first := p.sharing()
	if p.sharing() != first {
		t.Fatal("nothing changed, yet the report was redacted again")
	}

	p.caseRep.fields["notes"] = "the key is 0123456789abcdef0123456789abcdef"
	withNote := p.sharing()
	if withNote == first || !strings.Contains(withNote.text, "the key is") {
		t.Fatalf("a new note did not reach the report:\n%s", withNote.text)
	}

	p.form(checks.Signature.Name).values["secret"] = "0123456789abcdef0123456789abcdef"
	withSecret := p.sharing()
	if withSecret == withNote {
		t.Fatal("a typed secret did not invalidate the cached report")
	}
	if strings.Contains(withSecret.text, "0123456789abcdef0123456789abcdef") ||
		strings.Contains(withSecret.rep.Notes, "0123456789abcdef0123456789abcdef") {
		t.Fatalf("the typed secret is in the report:\n%s", withSecret.text)
	}

	p.lang = "zh-CN"
	if zh := p.sharing(); zh == withSecret || zh.text == withSecret.text {
		t.Fatal("the report text did not follow the language")
	}
}

// While the first checks run, the report section renders without redacting
// (the preview says it comes later); once they are done, the preview is the
// redacted text.
func TestReportPreviewWaitsForChecks(t *testing.T) {
	p, _, disp := mountPanel(t, "lang=en")
	render := func() { p.Update(); disp.Consume() }
	p.startReport()
	p.diag.done = false
	render()
	if html := app.HTMLString(p); !strings.Contains(html, strReportPending.EN) || p.shared != nil {
		t.Fatalf("the report was redacted before the checks were done (cached: %v)", p.shared != nil)
	}
	p.diag.done = true
	render()
	html := app.HTMLString(p)
	if p.shared == nil || strings.Contains(html, strReportPending.EN) || !strings.Contains(html, p.caseRep.id) {
		t.Fatal("the preview did not follow the checks")
	}
}
