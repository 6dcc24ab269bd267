package manifest

import (
	"fmt"
	"reflect"
	"strconv"
	"unicode/utf8"

	"github.com/triage-widget/triage/app/strictjson"
)

// isBidiControl reports the characters that reorder text for display:
// embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and
// the marks U+200E, U+200F and U+061C. In a manifest they could make a
// phone number, an address or a link read as something it is not.
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 ||
		r == 0x200E || r == 0x200F || r == 0x061C
}

// bidi refuses a bidi control anywhere in the manifest's strings: every
// text, link and name, whether written as is or percent-encoded in a link.
func (v *validator) bidi() { v.bidiIn("", reflect.ValueOf(v.m).Elem()) }

func (v *validator) bidiIn(path string, x reflect.Value) {
	switch x.Kind() {
	case reflect.String:
		if r, pos, found := firstBidi(x.String()); found {
			v.add(path, codeBidi, msgBidi.Format(fmt.Sprintf("U+%04X", r), pos))
		}
	case reflect.Pointer:
		if !x.IsNil() {
			v.bidiIn(path, x.Elem())
		}
	case reflect.Slice:
		for i := 0; i < x.Len(); i++ {
			v.bidiIn(path+"["+strconv.Itoa(i)+"]", x.Index(i))
		}
	case reflect.Struct:
		t := x.Type()
		for i := 0; i < t.NumField(); i++ {
			if name := strictjson.NameOf(t, i); name != "" {
				v.bidiIn(join(path, name), x.Field(i))
			}
		}
	}
}

// firstBidi finds the first bidi control in s, raw or as a run of
// percent-escapes, and its 1-based position in characters as written.
func firstBidi(s string) (r rune, pos int, found bool) {
	for i := 0; i < len(s); pos++ {
		if s[i] == '%' {
			if e := unescapeRune(s[i:]); isBidiControl(e) {
				return e, pos + 1, true
			}
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if isBidiControl(c) {
			return c, pos + 1, true
		}
		i += size
	}
	return 0, 0, false
}

// unescapeRune decodes the character that the percent-escapes at the start
// of s spell ("%E2%80%AE"), or utf8.RuneError.
func unescapeRune(s string) rune {
	var b [utf8.UTFMax]byte
	n := 0
	for ; n < len(b) && len(s) >= 3*n+3 && s[3*n] == '%'; n++ {
		hi, lo := unhex(s[3*n+1]), unhex(s[3*n+2])
		if hi < 0 || lo < 0 {
			break
		}
		b[n] = byte(hi<<4 | lo)
	}
	r, _ := utf8.DecodeRune(b[:n])
	return r
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
