package bip39

import (
	"strings"
	"unicode"
)

// Canonical returns the form in which words are compared: lower case, with
// every precomposed letter that occurs in a wordlist split into its base
// letter and combining mark (Unicode canonical decomposition), and Hangul
// syllables split into their jamo.
//
// The widget cannot import golang.org/x/text (wasm size), and full NFKD is not
// needed: only the letters the twelve lists use must compare equal, whether
// the text arrives composed (typed) or decomposed (copied from a wallet that
// stores NFKD, as BIP-39 prescribes for the seed).
func Canonical(word string) string { return canonical(word, true) }

// canonical is Canonical; without fold it leaves letter case alone, for the
// list words, which are lower case already (TestListsAreLowerCase).
func canonical(word string, fold bool) string {
	if isCanonical(word, fold) {
		return word // most list words, and most typed ones: no copy
	}
	var b strings.Builder
	b.Grow(len(word) + 8)
	for _, r := range word {
		if fold {
			r = lower(r)
		}
		if d, ok := decomposition(r); ok {
			b.WriteString(d)
			continue
		}
		if r >= hangulBase && r < hangulBase+hangulCount {
			writeJamo(&b, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isCanonical reports whether Canonical would return word unchanged.
func isCanonical(word string, fold bool) bool {
	for _, r := range word {
		switch {
		case r < 0x80:
			if fold && 'A' <= r && r <= 'Z' {
				return false
			}
		case fold && lower(r) != r, r >= hangulBase && r < hangulBase+hangulCount:
			return false
		default:
			if _, ok := decomposition(r); ok {
				return false
			}
		}
	}
	return true
}

// lower is unicode.ToLower without its table search for the scripts of the
// lists that have no letter case (kana, CJK ideographs, Hangul).
func lower(r rune) rune {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r >= 0x3040 && r <= 0x30ff, r >= 0x4e00 && r <= 0x9fff, r >= hangulBase && r < hangulBase+hangulCount:
		return r
	}
	return unicode.ToLower(r)
}

// decomposition looks r up in decompositions, skipping the map for the
// letters outside the table's three ranges.
func decomposition(r rune) (string, bool) {
	if r < 0xc0 || r > 0x1ff && r != 'й' && (r < 'が' || r > 'ぽ') {
		return "", false
	}
	d, ok := decompositions[r]
	return d, ok
}

// hasMarks reports whether s holds a Latin combining mark (U+0300–U+036F,
// UTF-8 lead byte 0xCC or 0xCD).
func hasMarks(s string) bool {
	return strings.IndexByte(s, 0xCC) >= 0 || strings.IndexByte(s, 0xCD) >= 0
}

// stripMarks drops Latin combining marks, turning "a\u0301baco" into "abaco".
// The Japanese sound marks (U+3099, U+309A) are kept: they change the word.
func stripMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x300 && r <= 0x36f {
			return -1
		}
		return r
	}, s)
}

// Hangul syllable decomposition (The Unicode Standard, section 3.12).
const (
	hangulBase  = 0xAC00
	hangulCount = 11172
	jamoL       = 0x1100
	jamoV       = 0x1161
	jamoT       = 0x11A7
	countV      = 21
	countT      = 28
)

func writeJamo(b *strings.Builder, r rune) {
	s := int(r - hangulBase)
	b.WriteRune(rune(jamoL + s/(countV*countT)))
	b.WriteRune(rune(jamoV + (s%(countV*countT))/countT))
	if t := s % countT; t != 0 {
		b.WriteRune(rune(jamoT + t))
	}
}

// decompositions maps each precomposed letter that appears in one of the
// twelve wordlists (NFC) to its canonical decomposition. The set was derived
// from the lists with Python's unicodedata; TestCanonicalCoversLists checks
// that no list word keeps a precomposed letter outside this table, so a new
// list with new letters fails the tests instead of silently never matching.
var decompositions = map[rune]string{
	'á': "a\u0301", 'ç': "c\u0327", 'è': "e\u0300", 'é': "e\u0301", 'í': "i\u0301",
	'ñ': "n\u0303", 'ó': "o\u0301", 'ö': "o\u0308", 'ú': "u\u0301", 'ü': "u\u0308",
	'ğ': "g\u0306", 'ş': "s\u0327", 'й': "и\u0306",
	'が': "か\u3099", 'ぎ': "き\u3099", 'ぐ': "く\u3099", 'げ': "け\u3099", 'ご': "こ\u3099",
	'ざ': "さ\u3099", 'じ': "し\u3099", 'ず': "す\u3099", 'ぜ': "せ\u3099", 'ぞ': "そ\u3099",
	'だ': "た\u3099", 'づ': "つ\u3099", 'で': "て\u3099", 'ど': "と\u3099",
	'ば': "は\u3099", 'ぱ': "は\u309a", 'び': "ひ\u3099", 'ぴ': "ひ\u309a",
	'ぶ': "ふ\u3099", 'ぷ': "ふ\u309a", 'べ': "へ\u3099", 'ぺ': "へ\u309a",
	'ぼ': "ほ\u3099", 'ぽ': "ほ\u309a",
}
