package intent

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize brings a text to the one form text and keywords are matched
// in: full-width to half-width, lower case, Traditional to Simplified,
// white space to a space and any other character that is neither a letter
// nor a digit (punctuation, symbols, emoji) to a line break, so that a
// phrase does not match across a sentence. The result starts and ends
// with a space.
func normalize(text string) string { return " " + strings.Map(fold, text) + " " }

// fold is normalize for one rune.
func fold(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0 // full-width ASCII
	case r == 0x3000:
		return ' '
	}
	switch {
	case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
		return r
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A'
	case r < utf8.RuneSelf:
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return '\n'
	case isHan(r):
		if s, ok := simplifiedOf[r]; ok {
			return s
		}
		return r
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return unicode.ToLower(r)
	case unicode.IsSpace(r):
		return ' '
	}
	return '\n'
}

// isHan reports a CJK ideograph, by block: the unicode package's Han table
// would be linked for this alone.
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0x20000 && r <= 0x2FFFF
}

// boundary reports whether r, next to an English word, ends it: in a
// normalized text, a separator or a Chinese character.
func boundary(r rune) bool { return r == ' ' || r == '\n' || isHan(r) }

// stem strips the commonest English endings, crudely but the same way on
// both sides: "received", "receiving" and "receive" all give "receiv".
func stem(w string) string {
	n := len(w)
	switch {
	case n >= 6 && w[n-3:] == "ing":
		w = w[:n-3]
	case n >= 5 && w[n-2:] == "ed":
		w = w[:n-2]
	case n >= 4 && w[n-1] == 's' && w[n-2] != 's':
		w = w[:n-1]
	}
	if n = len(w); n >= 4 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}
