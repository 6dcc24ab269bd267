// Package i18n holds the widget's languages and the bilingual text type that
// every user-facing string is written in.
//
// A string is a Text value with both languages side by side at the place it is
// used, so a missing translation is visible in review and caught by each
// package's catalogue test (see Missing).
package i18n

import (
	"fmt"
	"strings"
)

// Lang is a language the widget speaks.
type Lang string

// The supported languages. English is the fallback.
const (
	ZH Lang = "zh-CN"
	EN Lang = "en"
)

// Langs lists the supported languages in display order.
var Langs = []Lang{ZH, EN}

// Text is one user-facing string in every supported language.
type Text struct {
	ZH string `json:"zh-CN"`
	EN string `json:"en"`
}

// T builds a Text from its Chinese and English forms.
func T(zh, en string) Text { return Text{ZH: zh, EN: en} }

// In returns the text in lang, falling back to English.
func (t Text) In(lang Lang) string {
	if lang == ZH && t.ZH != "" {
		return t.ZH
	}
	return t.EN
}

// Format fills the %-verbs of both languages with the same arguments; a
// Text argument is put in in the same language, so a message can quote
// another (a field's name, a finding's message) in the merchant's language.
func (t Text) Format(args ...any) Text {
	zh := make([]any, len(args))
	en := make([]any, len(args))
	for i, a := range args {
		if x, ok := a.(Text); ok {
			zh[i], en[i] = x.ZH, x.EN
		} else {
			zh[i], en[i] = a, a
		}
	}
	return Text{ZH: fmt.Sprintf(t.ZH, zh...), EN: fmt.Sprintf(t.EN, en...)}
}

// Complete reports whether every language has a non-blank string.
func (t Text) Complete() bool {
	return strings.TrimSpace(t.ZH) != "" && strings.TrimSpace(t.EN) != ""
}

// Missing returns the keys of a catalogue whose text lacks a language, sorted
// by the caller's iteration; tests use it to keep catalogues complete.
func Missing(catalogue map[string]Text) []string {
	var keys []string
	for k, t := range catalogue {
		if !t.Complete() {
			keys = append(keys, k)
		}
	}
	return keys
}

// Parse maps a BCP 47 tag (data-lang, navigator.language) to a supported
// language. ok is false when the tag names neither Chinese nor English.
func Parse(tag string) (lang Lang, ok bool) {
	tag = strings.ToLower(strings.TrimSpace(tag))
	switch {
	case tag == "":
		return EN, false
	case tag == "zh" || strings.HasPrefix(tag, "zh-") || strings.HasPrefix(tag, "zh_"):
		return ZH, true
	case tag == "en" || strings.HasPrefix(tag, "en-") || strings.HasPrefix(tag, "en_"):
		return EN, true
	}
	return EN, false
}

// Negotiate picks the first supported language among the preferences, in
// order (data-lang first, then the browser's list), falling back to English.
func Negotiate(prefs ...string) Lang {
	for _, p := range prefs {
		if l, ok := Parse(p); ok {
			return l
		}
	}
	return EN
}
