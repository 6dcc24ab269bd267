package manifest

import (
	"fmt"
	"testing"
)

func TestBidiControlsRefused(t *testing.T) {
	for _, r := range []rune{0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C} {
		doc := mutate(t, func(d map[string]any) {
			d["cautions"] = []any{map[string]any{"id": "scam", "topic": "scam",
				"title": map[string]any{"zh-CN": "谨防诈骗", "en": "Scams"},
				"text":  map[string]any{"zh-CN": "请拨打 +1-555-0100", "en": "Call +1-555-" + string(r) + "0100"}}}
		})
		t.Run(fmt.Sprintf("U+%04X", r), func(t *testing.T) {
			expectProblem(t, doc, "cautions[0].text.en", codeBidi)
		})
	}
}

func TestFirstBidi(t *testing.T) {
	for _, tc := range []struct {
		s     string
		r     rune
		pos   int
		found bool
	}{
		{"plain", 0, 0, false},
		{"100% 安全", 0, 0, false},
		{"%zz%", 0, 0, false},
		{"مرحبا שלום", 0, 0, false}, // right-to-left letters are fine, only the controls are not
		{"a\u202Eb", 0x202E, 2, true},
		{"汉字\u2066", 0x2066, 3, true},
		{"/x%E2%80%AEy", 0x202E, 3, true},
		{"/x%e2%80%8f", 0x200F, 3, true},
		{"%D8%9C", 0x061C, 1, true},
		{"%E2%80%A9", 0, 0, false}, // U+2029, a paragraph separator, is not a bidi control
	} {
		r, pos, found := firstBidi(tc.s)
		if r != tc.r || pos != tc.pos || found != tc.found {
			t.Errorf("firstBidi(%q) = %U, %d, %v; want %U, %d, %v", tc.s, r, pos, found, tc.r, tc.pos, tc.found)
		}
	}
}
