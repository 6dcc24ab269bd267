package manifest_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/manifest"
)

// demoPlatform is what the widget hands the checks for a demo manifest.
func demoPlatform(t *testing.T, name string) *diag.Platform {
	t.Helper()
	doc, err := os.ReadFile("../../web/manifests/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	m, err := manifest.Parse(doc, now)
	if err != nil {
		t.Fatal(err)
	}
	return m.DiagPlatform("https://widget.example.com")
}

func runCheck(c *diag.Check, env *diag.Env) []diag.Finding {
	env.Now = func() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) }
	rep := diag.Run(context.Background(), []*diag.Check{c}, env, diag.RunOptions{})
	return rep.Findings()
}

// TestDemoExplorerLink: the tx check links the demo manifest's explorer.
// The manifests named the chain "ETH" and the template {tx}, the check
// looked up "eth" and filled {hash}, so the link never appeared.
func TestDemoExplorerLink(t *testing.T) {
	hash := "0x" + strings.Repeat("ab", 32)
	fs := runCheck(checks.Tx, &diag.Env{Platform: demoPlatform(t, "wallet-merchant"), Form: map[string]string{"chain": "ETH", "hash": hash}})
	want := "https://explorer.example.com/eth/tx/" + hash
	for _, f := range fs {
		for _, e := range f.Evidence {
			if e.Value == want {
				return
			}
		}
	}
	t.Errorf("no explorer link %s in %+v", want, fs)
}

// TestDemoEnvironmentChecked: the manifest's environment reaches the API
// key check, which reports a demo key on the live platform.
func TestDemoEnvironmentChecked(t *testing.T) {
	env := &diag.Env{Platform: demoPlatform(t, "wallet-merchant"), Context: hostctx.Context{APIKey: hostctx.APIKey{Environment: "demo"}}}
	for _, f := range runCheck(checks.APIKey, env) {
		if f.Code == "apikey.environment_mismatch" {
			return
		}
	}
	t.Error("a demo key on the live demo platform was not reported")
}
