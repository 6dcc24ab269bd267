package checks

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
)

func TestRegistry(t *testing.T) {
	all := All()
	if err := diag.Validate(all); err != nil {
		t.Fatal(err)
	}
	want := []string{"browser", "network", "clock", "maintenance", "account", "balance", "errorcode", "apikey",
		"signature", "callback-url", "webhook", "tx", "kyc-document"}
	var names []string
	for _, c := range all {
		names = append(names, c.Name)
		// The doc's first line is its summary and names the check, as
		// go/analysis docs do.
		if first := strings.SplitN(c.Doc, "\n", 2)[0]; !strings.HasPrefix(first, c.Name+" ") {
			t.Errorf("%s: doc summary %q does not start with the name", c.Name, first)
		}
		if c.Timeout > diag.DefaultBudget {
			t.Errorf("%s: timeout %s exceeds the run budget", c.Name, c.Timeout)
		}
		if got, ok := ByName(c.Name); !ok || got != c {
			t.Errorf("ByName(%q) failed", c.Name)
		}
	}
	if strings.Join(names, ",") != strings.Join(want, ",") {
		t.Errorf("registry order %v, want %v", names, want)
	}
	if _, ok := ByName("nope"); ok {
		t.Error("ByName found an unknown check")
	}
}

// TestSecretFieldsDeclared: the engine scrubs the fields a check declares
// secret, so every field named like a secret must be declared so.
func TestSecretFieldsDeclared(t *testing.T) {
	for _, c := range All() {
		for _, f := range c.Needs.Form {
			if (f.Name == "secret" || f.Name == "passphrase") != f.Secret {
				t.Errorf("%s: field %q Secret=%v", c.Name, f.Name, f.Secret)
			}
		}
	}
}
