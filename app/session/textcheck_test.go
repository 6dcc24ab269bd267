package session

import (
	"reflect"
	"testing"
)

func TestUnusualChars(t *testing.T) {
	for in, want := range map[string][]string{
		"plain text, 中文, tabs\tand\nlines": nil,
		"pay\u202eexe.txt":                 {"U+202E"},
		"a\x00b\x07c\x00":                  {"U+0000", "U+0007"},
		"lone \ufffd surrogate":            {"U+FFFD"},
		"\u2066x\u2069\u200f":              {"U+2066", "U+2069", "U+200F"},
	} {
		if got := unusualChars(in); !reflect.DeepEqual(got, want) {
			t.Errorf("unusualChars(%q) = %q, want %q", in, got, want)
		}
	}
}
