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
	// Each planted secret is a label (which may be empty) and the value that
	// must not survive.
	var zh string
	for _, vec := range vectors(f)["chinese_simplified"] {
		if strings.Count(vec[0], vec[0][:2]) != len(vec[0])/2 { // not a repeated byte
			zh = strings.Join(strings.Fields(vec[1]), "")
			break
		}
	}
	planted := [][2]string{
		{"", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"},
		{"", wifCompressed}, {"", xprv}, {"", bip38}, {"my private key ", hex64},
		{"私钥 ", "0x" + hex64}, {"助记词：", zh}, {"", "sk_live_51H8xYzAbCdEfGhIjKlMnOpQr"},
		{"OKX_SECRET_KEY=", "9F2C4D1E8B7A6C5D4E3F2A1B0C9D8E7F"},
	}
	f.Fuzz(func(t *testing.T, text, secret string, plant int) {
		out := Redact(text, secret)
		if len(secret) >= 4 && !strings.Contains(secret, "\x00") {
			if strings.Contains(maskPlaceholders(out), secret) {
				t.Fatalf("secret %q survived in %q", secret, out)
			}
		}
		p := planted[(plant%len(planted)+len(planted))%len(planted)]
		in := text + "\n" + p[0] + p[1] + "\n" + text
		out = Redact(in)
		if strings.Contains(out, p[1]) {
			t.Fatalf("planted %q survived in %q", p[1], out)
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
