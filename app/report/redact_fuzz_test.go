package report

import (
	"strings"
	"testing"
)

// FuzzRedact checks that the redactor never panics, and that a secret the
// caller names, or a planted mnemonic or key, never survives whatever text
// surrounds it.
func FuzzRedact(f *testing.F) {
	f.Add("password: hunter2", "hunter2", 0)
	f.Add("私钥 "+hex64, "", 1)
	f.Add("验证码123456 eyJhbGciOiJIUzI1NiJ9.e30.", "abcd", 2)
	f.Add("的 的 的 的 的 的 的 的 的 的 的 的", "", 3)
	f.Add("\xff\xfe[REDACTED:x", "[RED", 4)
	planted := []string{
		"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
		wifCompressed, xprv, bip38, "my private key " + hex64,
	}
	f.Fuzz(func(t *testing.T, text, secret string, plant int) {
		out := Redact(text, secret)
		if len(secret) >= 4 && !strings.Contains(secret, "\x00") {
			if strings.Contains(maskPlaceholders(out), secret) {
				t.Fatalf("secret %q survived in %q", secret, out)
			}
		}
		p := planted[(plant%len(planted)+len(planted))%len(planted)]
		in := text + "\n" + p + "\n" + text
		out = Redact(in)
		if strings.Contains(out, p) || strings.Contains(out, strings.TrimPrefix(p, "my private key ")) {
			t.Fatalf("planted %q survived in %q", p, out)
		}
	})
}

// maskPlaceholders replaces each placeholder by a NUL, so a secret that
// happens to spell part of "[REDACTED:…]" is not reported as surviving.
func maskPlaceholders(s string) string {
	for _, k := range Kinds {
		s = strings.ReplaceAll(s, Placeholder(k), "\x00")
	}
	return s
}
