package manifest

import (
	"strings"
	"testing"
)

func category(doc map[string]any, i int) map[string]any {
	return doc["categories"].([]any)[i].(map[string]any)
}

func TestKeywordsAccepted(t *testing.T) {
	data := mutate(t, func(d map[string]any) {
		category(d, 0)["keywords"] = map[string]any{
			"zh-CN": []any{"没到账", "回调"},
			"zh-TW": []any{"沒入帳"}, // not a language of the manifest: allowed
			"en":    []any{"not received"},
		}
	})
	m, err := Parse(data, testNow)
	if err != nil {
		t.Fatal(err)
	}
	k := m.Categories[0].Keywords
	if len(k.ZH) != 2 || k.TW[0] != "沒入帳" || k.EN[0] != "not received" {
		t.Errorf("decoded %+v", k)
	}
}

func TestKeywordsRefused(t *testing.T) {
	long := strings.Repeat("长", MaxKeywordLength+1)
	many := make([]any, MaxKeywords+1)
	for i := range many {
		many[i] = "w"
	}
	for _, tc := range []struct {
		name, path, code string
		keywords         map[string]any
	}{
		{"a manifest language missing", "categories[0].keywords.en", codeRange,
			map[string]any{"zh-CN": []any{"回调"}}},
		{"blank keyword", "categories[0].keywords.en", codeRange,
			map[string]any{"zh-CN": []any{"回调"}, "en": []any{"callback", " "}}},
		{"too long", "categories[0].keywords.zh-CN", codeRange,
			map[string]any{"zh-CN": []any{long}, "en": []any{"callback"}}},
		{"too many", "categories[0].keywords.en", codeRange,
			map[string]any{"zh-CN": []any{"回调"}, "en": many}},
		{"bidirectional control", "categories[0].keywords.zh-CN[0]", codeBidi,
			map[string]any{"zh-CN": []any{"回\u202e调"}, "en": []any{"callback"}}},
		{"unknown language", "categories[0].keywords.ja", codeUnknownField,
			map[string]any{"zh-CN": []any{"回调"}, "en": []any{"callback"}, "ja": []any{"コールバック"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expectProblem(t, mutate(t, func(d map[string]any) { category(d, 0)["keywords"] = tc.keywords }), tc.path, tc.code)
		})
	}
}

// TestSchemaRefusesKeywords: the schema bounds keywords as the validator does.
func TestSchemaRefusesKeywords(t *testing.T) {
	s := compileSchema(t)
	for name, kw := range map[string]any{
		"not a list":   map[string]any{"en": "callback"},
		"unknown tag":  map[string]any{"ja": []any{"x"}},
		"empty string": map[string]any{"en": []any{""}},
		"too long":     map[string]any{"en": []any{strings.Repeat("x", MaxKeywordLength+1)}},
	} {
		if err := validateAgainst(s, mutate(t, func(d map[string]any) { category(d, 0)["keywords"] = kw })); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
