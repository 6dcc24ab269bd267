package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/checks"
)

// waitFor consumes the dispatcher until cond holds (form checks run on
// their own goroutine and dispatch back).
func waitFor(t *testing.T, disp app.ClientDispatcher, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		disp.Consume()
		if cond() {
			return
		}
	}
	t.Fatal("condition not met in time")
}

func TestSignatureFormRunsAndSecretsClear(t *testing.T) {
	p, fake, disp := mountPanel(t, "lang=en")
	f := p.form(checks.Signature.Name)
	f.values["secret"] = "0123456789abcdef0123456789abcdef"
	f.values["passphrase"] = "pass-phrase"
	f.values["timestamp"] = "2026-11-21T10:00:00.000Z"
	f.values["path"] = "/api/v5/account/balance"
	f.values["signature"] = "not-a-signature"
	p.submit(checks.Signature)(disp.Context(), app.Event{})
	waitFor(t, disp, func() bool { _, ok := p.formResults[checks.Signature.Name]; return ok })
	waitFor(t, disp, func() bool { return strings.Contains(app.HTMLString(p), `data-code="signature.mismatch"`) })
	last := fake.Posted()[len(fake.Posted())-1]
	if last.Event != bridge.EventFindings || !strings.Contains(last.Payload, "signature.mismatch") {
		t.Fatalf("findings event %+v", last)
	}
	fake.Deliver(bridge.Message{Type: bridge.TypeClose})
	disp.Consume()
	if f.values["secret"] != "" || f.values["passphrase"] != "" || f.values["timestamp"] == "" {
		t.Fatalf("after close: %+v", f.values)
	}
	for _, ev := range fake.Posted() {
		if strings.Contains(ev.Payload, "0123456789abcdef") || strings.Contains(ev.Payload, "pass-phrase") {
			t.Fatalf("a secret reached the host: %+v", ev)
		}
	}
}

// A closed tool's form is not rendered until the tool is first opened, and
// stays rendered after it is closed again (its fields keep what was typed).
func TestToolFormRenderedFromFirstOpen(t *testing.T) {
	p, _, disp := mountPanel(t, "lang=en")
	render := func() string { p.Update(); disp.Consume(); return app.HTMLString(p) }
	field := `id="triage-signature-secret"`
	if strings.Contains(render(), field) {
		t.Fatal("a closed tool's form is rendered")
	}
	f := p.form(checks.Signature.Name)
	f.open, f.opened = true, true
	if !strings.Contains(render(), field) {
		t.Fatal("an open tool has no form")
	}
	f.open = false
	if !strings.Contains(render(), field) {
		t.Fatal("closing the tool dropped its form and what was typed in it")
	}
}
