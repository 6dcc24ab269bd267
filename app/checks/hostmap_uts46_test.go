//go:build !(js && wasm)

package checks

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
)

// TestMapHostUTS46 compares the native mapper with what the WHATWG URL
// parser (new URL(u).hostname) gives for the same hosts.
func TestMapHostUTS46(t *testing.T) {
	for host, want := range map[string]string{
		"１２７.０.０.１":       "127.0.0.1", // fullwidth digits and full stops
		"①②⑦.⓪.⓪.①":       "127.0.0.1", // circled digits
		"127.0.0。1":       "127.0.0.1", // ideographic full stop
		"127｡0｡0｡1":       "127.0.0.1", // halfwidth ideographic full stop
		"127．0．0．1":       "127.0.0.1", // fullwidth full stop
		"𝟏𝟐𝟕.0.0.1":       "127.0.0.1", // mathematical bold digits
		"loc\u00adalhost": "localhost", // soft hyphen removed
		"ｌｏｃａｌｈｏｓｔ":       "localhost",
		"LOCALHOST.":      "localhost.",
		"0x7f.1":          "127.0.0.1",
		"０ｘ７ｆ.１":          "127.0.0.1",
		"２１３０７０６４３３":      "127.0.0.1",
		"017700000001":    "127.0.0.1",
		"0177.0.0.1":      "127.0.0.1",
		"127.1.":          "127.0.0.1",
		"１０.０.０.１":        "10.0.0.1",
		"例子.测试":           "xn--fsqu00a.xn--0zwm56d",
		"Straße.de":       "xn--strae-oqa.de",
		"my_host.example": "my_host.example", // browsers allow underscores
		"ab--c.example":   "ab--c.example",
		"shop.example":    "shop.example",
		"ｓｈｏｐ．ｅｘａｍｐｌｅ":    "shop.example",
	} {
		if got, err := MapHostUTS46(host); err != nil || got != want {
			t.Errorf("MapHostUTS46(%q) = %q, %v; want %q", host, got, err, want)
		}
	}
	// Hosts the URL parser refuses.
	for _, host := range []string{"", "a\u200db.example", "xn--zz.example", "a%b.example", "1.2.3.4.5", "a.1", "256.0.0.1", "①②⑦.0.0⒈"} {
		if got, err := MapHostUTS46(host); err == nil {
			t.Errorf("MapHostUTS46(%q) = %q, want an error", host, got)
		}
	}
}

// TestCallbackURLMapsHosts: hosts that browsers map to a private address
// are private, not public (the URL parser maps them before connecting).
func TestCallbackURLMapsHosts(t *testing.T) {
	for _, s := range []string{
		"https://１２７.０.０.１/notify", "https://①②⑦.⓪.⓪.①/notify", "https://127.0.0。1/notify", "https://127｡0｡0｡1/",
		"https://127．0．0．1/", "https://𝟏𝟐𝟕.0.0.1/", "https://loc\u00adalhost/", "https://ｌｏｃａｌｈｏｓｔ/", "https://api.ｌｏｃａｌｈｏｓｔ/",
		"https://０ｘ７ｆ.１/", "https://２１３０７０６４３３/", "https://１６９.２５４.１６９.２５４/latest/meta-data/",
		"https://１９２.１６８.１.１:8443/x", "https://０.０.０.０/", "https://ｐｒｉｎｔｅｒ.ｌｏｃａｌ/", "https://１０.０.０.１.nip.io/",
	} {
		c := classifyCallbackURL(s, MapHostUTS46)
		if !hasCode(c.problems, "callback.url.private") {
			t.Errorf("%q: %+v, want private", s, c.problems)
		}
	}
	for _, s := range []string{"https://a\u200db.example/", "https://１.２.３.４.５/"} {
		if c := classifyCallbackURL(s, MapHostUTS46); !hasCode(c.problems, "callback.url.invalid") || c.url != nil {
			t.Errorf("%q: %+v, want invalid (browsers refuse the host)", s, c.problems)
		}
	}
	for _, s := range []string{"https://ｓｈｏｐ．ｅｘａｍｐｌｅ/notify", "https://例子.测试/", "https://Straße.de/"} {
		if c := classifyCallbackURL(s, MapHostUTS46); len(c.problems) != 0 {
			t.Errorf("%q: %+v, want no problem", s, c.problems)
		}
	}
	_, reason, detail := classifyMappedHost("１２７.０.０.１", false, MapHostUTS46)
	if reason != "loopback" || detail != "１２７.０.０.１ → 127.0.0.1" {
		t.Errorf("reason %q, detail %q", reason, detail)
	}
}

// TestCallbackURLUsesInjectedMapper: the check maps hosts with the
// environment's mapper when one is given (the widget injects the
// browser's), and natively with MapHostUTS46 by default.
func TestCallbackURLUsesInjectedMapper(t *testing.T) {
	fs := run(t, CallbackURL, &diag.Env{Form: map[string]string{"url": "https://１２７.０.０.１/notify"}})
	if got := codesOf(fs); len(got) != 1 || got[0] != "callback.url.private" {
		t.Fatalf("default mapper: codes %v, want callback.url.private", got)
	}
	var asked []string
	env := &diag.Env{
		Form: map[string]string{"url": "https://shop.example/notify"},
		MapHost: func(h string) (string, error) {
			asked = append(asked, h)
			return "10.0.0.7", nil
		},
	}
	fs = run(t, CallbackURL, env)
	if got := codesOf(fs); len(got) != 1 || got[0] != "callback.url.private" || !strings.Contains(evidenceText(fs[0]), "shop.example → 10.0.0.7") {
		t.Fatalf("injected mapper: codes %v, evidence %s", got, evidenceText(fs[0]))
	}
	if len(asked) != 1 || asked[0] != "shop.example" {
		t.Errorf("mapper asked %q, want [shop.example]", asked)
	}
}
