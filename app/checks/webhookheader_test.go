package checks

import (
	"strings"
	"testing"
)

func TestParseHexSignature(t *testing.T) {
	hex64 := strings.Repeat("aB", 32)
	for _, tc := range []struct {
		in       string
		ok, pref bool
	}{
		{hex64, true, false},
		{"sha256=" + hex64, true, true},
		{"  sha256=" + hex64 + "\n", true, true},
		{"sha1=" + hex64[:40], false, false},
		{"sha256=" + hex64[:63], false, true},
		{"sha256=" + hex64[:62] + "zz", false, true},
		{"", false, false},
	} {
		sig, pref, err := parseHexSignature(tc.in)
		if (err == nil) != tc.ok || pref != tc.pref {
			t.Errorf("parseHexSignature(%q) = %q, %v, %v", tc.in, sig, pref, err)
		}
		if err == nil && sig != strings.ToLower(hex64) {
			t.Errorf("not lower-cased: %q", sig)
		}
	}
}

func TestParseStripeHeader(t *testing.T) {
	a, b := strings.Repeat("a", 64), strings.Repeat("B", 64)
	sh, err := parseStripeHeader("t=1492774577, v1=" + a + ",v1=" + b + ",v0=" + strings.Repeat("c", 64) + ",junk")
	if err != nil || sh.t != 1492774577 || len(sh.v1) != 2 || sh.v1[1] != strings.ToLower(b) {
		t.Fatalf("got %+v, %v", sh, err)
	}
	for in, want := range map[string]error{
		"":                        errHeaderEmpty,
		"v1=" + a:                 errStripeNoT,
		"t=12":                    errStripeNoV1,
		"t=x,v1=" + a:             errStripeBadT,
		"t=-5,v1=" + a:            errStripeBadT,
		"t=1,t=2,v1=" + a:         errStripeBadT,
		"t=1,v1=short":            errStripeNoV1,
		strings.Repeat("x", 5000): errHeaderTooLong,
	} {
		if _, err := parseStripeHeader(in); err != want {
			t.Errorf("parseStripeHeader(%.20q) = %v, want %v", in, err, want)
		}
	}
}

func TestParseBase64Signature(t *testing.T) {
	if _, err := parseBase64Signature("0o2j4dX0A3vT0MdIfl7aIKS6Rk0XRj/MFzbUaqKYLyM="); err != nil {
		t.Errorf("valid: %v", err)
	}
	for _, in := range []string{"", "abc", strings.Repeat("A", 42) + "==", "!!!!"} {
		if _, err := parseBase64Signature(in); err == nil {
			t.Errorf("accepted %q", in)
		}
	}
}

func FuzzParseStripeHeader(f *testing.F) {
	for _, s := range []string{"t=1492774577,v1=" + strings.Repeat("a", 64), "t=,v1=", ",,,", "t=1,v1=" + strings.Repeat("f", 64) + ",v1=x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		sh, err := parseStripeHeader(h)
		if err != nil {
			return
		}
		if sh.t <= 0 || len(sh.v1) == 0 {
			t.Fatalf("accepted %q as %+v", h, sh)
		}
		for _, v := range sh.v1 {
			if len(v) != 64 || !allHex(v) || v != strings.ToLower(v) {
				t.Fatalf("bad v1 %q from %q", v, h)
			}
		}
	})
}

func FuzzParseHexSignature(f *testing.F) {
	for _, s := range []string{"sha256=" + strings.Repeat("0", 64), strings.Repeat("F", 64), "sha256=", "sha256=sha256="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		sig, _, err := parseHexSignature(h)
		if err == nil && (len(sig) != 64 || !allHex(sig) || sig != strings.ToLower(sig)) {
			t.Fatalf("accepted %q as %q", h, sig)
		}
		if _, err := parseBase64Signature(h); err == nil && len(strings.TrimSpace(h)) != 44 {
			t.Fatalf("accepted base64 %q", h)
		}
	})
}
