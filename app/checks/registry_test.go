package checks

import (
	"slices"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
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
	// The checks listed here keep this order; a check added later may go
	// anywhere among them.
	if got := strings.Join(known(names, want), ","); got != strings.Join(want, ",") {
		t.Errorf("registry order %v, want %v", got, want)
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
			if (f.Name == "secret" || f.Name == "passphrase") != f.Secret() {
				t.Errorf("%s: field %q Secret=%v", c.Name, f.Name, f.Secret())
			}
		}
	}
}

// known keeps the names that are in list, in their order.
func known(names, list []string) []string {
	var out []string
	for _, n := range names {
		if slices.Contains(list, n) {
			out = append(out, n)
		}
	}
	return out
}

// TestSchedule: the forms and the checks run at open follow from the
// checks' declarations, as the panel had them in its own tables. Checks
// added later are judged by TestRegistry's Validate.
func TestSchedule(t *testing.T) {
	all := []string{"browser", "network", "clock", "maintenance", "account", "balance", "errorcode", "apikey",
		"signature", "callback-url", "webhook", "tx", "kyc-document"}
	names := func(cs []*diag.Check) string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Name)
		}
		return strings.Join(known(out, all), ",")
	}
	if got, want := names(SelfTests()), "signature,webhook,tx,kyc-document"; got != want {
		t.Errorf("SelfTests = %s, want %s", got, want)
	}
	always := "browser,network,clock,maintenance,account,balance,errorcode,apikey,callback-url"
	if got := names(AtOpen(hostctx.Context{})); got != always {
		t.Errorf("AtOpen(no context) = %s, want %s", got, always)
	}
	noHash := hostctx.Context{RecentOrders: []hostctx.Order{{ID: "D-1", Chain: "eth", Status: "pending"}}}
	if got := names(AtOpen(noHash)); got != always {
		t.Errorf("AtOpen(an order without a hash) = %s, want %s", got, always)
	}
	withHash := hostctx.Context{RecentOrders: []hostctx.Order{{ID: "D-1"}, {ID: "D-2", TxHash: "0xabc"}}}
	if got, want := names(AtOpen(withHash)), "browser,network,clock,maintenance,account,balance,errorcode,apikey,callback-url,tx"; got != want {
		t.Errorf("AtOpen(an order with a hash) = %s, want %s", got, want)
	}
}

// TestFieldKinds: the panel draws fields from their kinds and options.
func TestFieldKinds(t *testing.T) {
	for _, tc := range []struct {
		check, field string
		kind         diag.FieldKind
		first        string // the first option, the select's default
	}{
		{"signature", "method", diag.KindChoice, "GET"},
		{"signature", "body", diag.KindMultiline, ""},
		{"signature", "secret", diag.KindSecret, ""},
		{"webhook", "scheme", diag.KindChoice, "hmac-sha256-hex"},
		{"webhook", "body", diag.KindMultiline, ""},
		{"tx", "chain", diag.KindChoice, "eth"},
		{"tx", "hash", diag.KindText, ""},
		{"kyc-document", "document", diag.KindFile, ""},
	} {
		c, _ := ByName(tc.check)
		f, ok := c.Field(tc.field)
		if !ok || f.Kind != tc.kind || (tc.first != "" && (len(f.Options) == 0 || f.Options[0] != tc.first)) {
			t.Errorf("%s.%s = %+v, want kind %d first option %q", tc.check, tc.field, f, tc.kind, tc.first)
		}
	}
}
