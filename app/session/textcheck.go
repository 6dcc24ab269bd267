package session

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/triage-widget/triage/app/i18n"
)

// unusualChars names the characters in s that change how text reads or
// what it is without showing: bidirectional controls (a right-to-left
// override can make "txt.exe" read "exe.txt"), C0 control characters other
// than tab and newlines, and text that was not valid (lone UTF-16
// surrogates arrive as U+FFFD). The panel keeps the text and says so, so
// a signature computed over it is not a mystery.
func unusualChars(s string) []string {
	seen := map[rune]bool{}
	var out []string
	for _, r := range s {
		if seen[r] || !unusual(r) {
			continue
		}
		seen[r] = true
		out = append(out, fmt.Sprintf("U+%04X", r))
		if len(out) == 8 {
			out = append(out, "…")
			break
		}
	}
	return out
}

func unusual(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == utf8.RuneError:
		return true
	}
	return false
}

// unusualNotice is the message for a field holding unusual characters, or "".
func unusualNotice(lang i18n.Lang, v string) string {
	if list := unusualChars(v); len(list) > 0 {
		return strUnusualChars.Format(strings.Join(list, ", ")).In(lang)
	}
	return ""
}
