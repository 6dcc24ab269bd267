package bip39

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"
)

// vectors reads the official test vectors copied into the report package's
// testdata (see ../testdata/SOURCES.md).
func vectors(t *testing.T) map[string][][4]string {
	t.Helper()
	data, err := os.ReadFile("../testdata/bip39_vectors.json")
	if err != nil {
		t.Fatalf("the BIP-39 test vectors are missing (%v); they belong in app/report/testdata", err)
	}
	var v map[string][][4]string
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("bip39_vectors.json: %v", err)
	}
	return v
}

func language(t *testing.T, name string) *Language {
	t.Helper()
	for _, l := range Languages() {
		if l.Name == name {
			return l
		}
	}
	t.Fatalf("no language %q", name)
	return nil
}

// TestVectors decodes every official vector, in whatever normalisation form
// the file has it, back to its entropy and checks the checksum.
func TestVectors(t *testing.T) {
	v := vectors(t)
	if len(v) != 12 {
		t.Fatalf("vectors cover %d languages, want 12", len(v))
	}
	for name, list := range v {
		l := language(t, name)
		for i, vec := range list {
			words := strings.FieldsFunc(vec[1], unicode.IsSpace)
			idx := make([]int, len(words))
			for j, w := range words {
				k, ok := l.Index(w)
				if !ok {
					t.Fatalf("%s vector %d: word %q not in list", name, i, w)
				}
				idx[j] = k
			}
			if !ValidChecksum(idx) {
				t.Errorf("%s vector %d: checksum rejected", name, i)
			}
			if got := hex.EncodeToString(entropyOf(idx)); got != vec[0] {
				t.Errorf("%s vector %d: entropy %s, want %s", name, i, got, vec[0])
			}
			// Changing one word breaks the checksum in all but 2^-cs cases;
			// flipping the lowest index bit of the last word always changes
			// the checksum bits, so it must fail.
			idx[len(idx)-1] ^= 1
			if ValidChecksum(idx) {
				t.Errorf("%s vector %d: checksum accepted a changed word", name, i)
			}
		}
	}
}

// entropyOf packs the indices into bytes, dropping the checksum bits.
func entropyOf(idx []int) []byte {
	var bits []byte
	for _, i := range idx {
		for b := 10; b >= 0; b-- {
			bits = append(bits, byte(i>>b&1))
		}
	}
	n := len(bits) * 32 / 33
	out := make([]byte, n/8)
	for i := 0; i < n; i++ {
		out[i/8] |= bits[i] << (7 - i%8)
	}
	return out
}

func TestListsAreWellFormed(t *testing.T) {
	for _, l := range Languages() {
		seen := map[string]bool{}
		for i := 0; i < 2048; i++ {
			c := Canonical(l.Word(i))
			if seen[c] {
				t.Errorf("%s: duplicate canonical word %q", l.Name, c)
			}
			seen[c] = true
			if got, ok := l.Index(l.Word(i)); !ok || got != i {
				t.Errorf("%s: Index(%q) = %d, %v; want %d", l.Name, l.Word(i), got, ok, i)
			}
		}
	}
}

// load skips case folding for the list words, so they must be lower case.
func TestListsAreLowerCase(t *testing.T) {
	for _, l := range Languages() {
		for i := 0; i < 2048; i++ {
			if w := l.Word(i); strings.ToLower(w) != w {
				t.Errorf("%s: %q is not lower case", l.Name, w)
			}
		}
	}
}

// TestCanonicalCoversLists fails when a list word keeps a letter that has a
// canonical decomposition the table lacks. Such letters are in the Latin-1
// Supplement and Latin Extended-A blocks, Cyrillic й/ё, and the kana with
// sound marks; a composed letter outside the table would stay whole and never
// match its decomposed spelling.
func TestCanonicalCoversLists(t *testing.T) {
	suspicious := func(r rune) bool {
		switch {
		case r >= 0xC0 && r <= 0x17F && r != 0xD7 && r != 0xF7 && r != 0x131 && r != 0x138:
			return true
		case r == 'ё' || r == 'й':
			return true
		case r >= 0x3041 && r <= 0x30FF:
			return false // checked through the vectors: base kana have no decomposition
		}
		return false
	}
	for _, l := range Languages() {
		for i := 0; i < 2048; i++ {
			for _, r := range Canonical(l.Word(i)) {
				if suspicious(r) {
					t.Errorf("%s: %q keeps composed %q after Canonical", l.Name, l.Word(i), r)
				}
			}
		}
	}
}

func TestCanonicalForms(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"ábaco", "a\u0301baco"},
		{"ÁBACO", "ábaco"},
		{"가격", "\u1100\u1161\u1100\u1167\u11a8"},
		{"がっこう", "か\u3099っこう"},
		{"йогурт", "и\u0306огурт"},
	} {
		if Canonical(tc.a) != Canonical(tc.b) {
			t.Errorf("Canonical(%q) != Canonical(%q)", tc.a, tc.b)
		}
	}
	es := language(t, "spanish")
	if _, ok := es.Index("abaco"); !ok {
		t.Error("a Spanish word typed without its accent should be found")
	}
}

func TestValidLength(t *testing.T) {
	for n := 0; n < 30; n++ {
		want := n == 12 || n == 15 || n == 18 || n == 21 || n == 24
		if ValidLength(n) != want {
			t.Errorf("ValidLength(%d) = %v", n, !want)
		}
	}
	if ValidChecksum(make([]int, 11)) || ValidChecksum([]int{-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}) {
		t.Error("ValidChecksum accepted a malformed input")
	}
}

// BenchmarkLoad is the wordlists' one-time cost, paid by the first
// redaction (in the browser: the case report's preview, made once the
// checks have reported, or the first text typed into the report).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		languages = nil
		load()
	}
}
