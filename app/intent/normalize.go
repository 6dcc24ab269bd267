package intent

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a run of the normalized text: a Chinese run (Han characters,
// spaces between them dropped, as merchants sometimes space words) or one
// word of letters and digits.
type token struct {
	s    string
	han  bool
	stem string // a word's stem (stem), computed once
}

// fold brings one rune to its matching form: full-width ASCII to ASCII,
// lower case, Traditional to Simplified.
func fold(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == 0x3000:
		return ' '
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if isHan(r) {
		return simplified(r)
	}
	return unicode.ToLower(r)
}

// isHan reports a CJK ideograph, by block: the unicode package's Han table
// would be linked for this alone.
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0x20000 && r <= 0x2FFFF
}

// tokens splits text, normalized, into its Chinese runs and words. Any
// other character (punctuation, symbols, emoji) separates.
func tokens(text string) []token {
	var out []token
	var b strings.Builder
	han := false // the token being built is a Chinese run
	flush := func() {
		if b.Len() > 0 {
			t := token{s: b.String(), han: han}
			if !han {
				t.stem = stem(t.s)
			}
			out = append(out, t)
			b.Reset()
		}
	}
	for _, r := range text {
		r = fold(r)
		switch {
		case isHan(r):
			if !han {
				flush()
			}
			han = true
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if han {
				flush()
			}
			han = false
			b.WriteRune(r)
		case han && unicode.IsSpace(r):
			// A space inside a Chinese run does not split it.
		default:
			flush()
		}
	}
	flush()
	return out
}
