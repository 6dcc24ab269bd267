package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/checks"
)

// A closed tool's form is not rendered until the tool is first opened, and
// stays rendered after it is closed again (its fields keep what was typed).
func TestToolFormRenderedFromFirstOpen(t *testing.T) {
	p, _, disp := mountPanel(t, "lang=en")
	render := func() string { p.Update(); disp.Consume(); return app.HTMLString(p) }
	field := `id="triage-signature-secret"`
	if strings.Contains(render(), field) {
		t.Fatal("a closed tool's form is rendered")
	}
	p.sess.Forms().Toggle(checks.Signature.Name, true)
	if !strings.Contains(render(), field) {
		t.Fatal("an open tool has no form")
	}
	p.sess.Forms().Toggle(checks.Signature.Name, false)
	if !strings.Contains(render(), field) {
		t.Fatal("closing the tool dropped its form and what was typed in it")
	}
}
