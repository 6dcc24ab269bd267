package manifest

import (
	"strings"
	"testing"
)

// The vectors were made with Python's "punycode" codec, an independent
// implementation of RFC 3492.
func TestDecodePunycode(t *testing.T) {
	for in, want := range map[string]string{
		"mnchen-3ya":               "münchen",
		"pypal-4ve":                "pаypal", // Cyrillic а
		"l-7sbq6ba":                "аррlе",  // Cyrillic а, р, р, е
		"r8jz45g":                  "例え",
		"jxalpdlp":                 "δοκιμή",
		"zckzah":                   "テスト",
		"3e0b707e":                 "한국",
		"gogle-mkg":                "goօgle", // Armenian օ
		"mgbcah9ar9a4efegftvvn":    "ليهمابتكلموشعربي",
		"MNCHEN-3YA":               "MüNCHEN", // basic code points keep their case
		"abc-":                     "abc",
		"egbpdaj6bu4bxfgehfvwxn":   "ليهمابتكلموشعربي؟",
		"ihqwcrb4cv8a8dqg056pqjye": "他们为什么不说中文",
	} {
		got, ok := decodePunycode(in)
		if !ok || got != want {
			t.Errorf("decodePunycode(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, bad := range []string{"mnchen-3y!", "mnchen-3y", "ü-3ya", "99999999999", "zzzzzzzzzzzzzz"} {
		if got, ok := decodePunycode(bad); ok {
			t.Errorf("decodePunycode(%q) = %q, accepted", bad, got)
		}
	}
}

// FuzzDecodePunycode: hostile labels reach the decoder through any link;
// none may panic it (index or overflow arithmetic), and what it accepts
// decodes the same way twice.
func FuzzDecodePunycode(f *testing.F) {
	for _, s := range []string{"mnchen-3ya", "pypal-4ve", "ihqwcrb4cv8a8dqg056pqjye", "-", "a-", "999999999999", "zz-zz-9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, ok := decodePunycode(s)
		if again, ok2 := decodePunycode(s); again != out || ok2 != ok {
			t.Fatalf("decodePunycode(%q) is not deterministic", s)
		}
		if ok && len([]rune(out)) < strings.LastIndexByte(s, '-') {
			t.Fatalf("decodePunycode(%q) = %q lost basic code points", s, out)
		}
	})
}
