// Package i18n holds the widget's languages, the text type every
// user-facing string is written in, and the message catalogues.
//
// The widget's own messages live in the catalogues, one file per language
// (catalogue_en.go, catalogue_zh_cn.go, catalogue_zh_tw.go), keyed by an ID;
// English is the fallback. Texts a platform writes (a manifest's labels)
// come with their own languages.
package i18n

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Lang is a language the widget speaks.
type Lang string

// The supported languages. English is the fallback.
const (
	ZH Lang = "zh-CN" // Simplified Chinese
	TW Lang = "zh-TW" // Traditional Chinese, for Taiwan and Hong Kong
	EN Lang = "en"
)

// Langs lists the supported languages in display order.
var Langs = []Lang{ZH, TW, EN}

// Text is one user-facing string in the supported languages: a message of
// the catalogues (ID), or a text given in its languages (a platform's, or
// one made with Format). A language left empty falls back (In).
type Text struct {
	ID ID     `json:"-"`
	ZH string `json:"zh-CN,omitempty"`
	TW string `json:"zh-TW,omitempty"`
	EN string `json:"en,omitempty"`
}

// T builds a Text from its Simplified Chinese and English forms, for tests;
// the widget's own messages come from the catalogues (M).
func T(zh, en string) Text { return Text{ZH: zh, EN: en} }

// M is the catalogue message id. It is a constant expression in effect (the
// texts are looked up when shown), so package variables made with it cost
// no start-up code.
func M(id ID) Text { return Text{ID: id} }

// exact is the text in lang itself, without falling back.
func (t Text) exact(lang Lang) string {
	if t.ID != 0 {
		switch lang {
		case ZH:
			return at(zhCN[:], t.ID)
		case TW:
			return at(zhTW[:], t.ID)
		}
		return at(en[:], t.ID)
	}
	switch lang {
	case ZH:
		return t.ZH
	case TW:
		return t.TW
	}
	return t.EN
}

func at(cat []string, id ID) string {
	if int(id) < len(cat) {
		return cat[id]
	}
	return ""
}

// fallback is the order a language's text is looked for in: Traditional
// to Simplified Chinese, then English, then whatever the text has (a
// platform may write its manifest in one language only).
var fallback = map[Lang][]Lang{TW: {TW, ZH, EN}, ZH: {ZH, EN, TW}, EN: {EN, ZH, TW}}

// In returns the text in lang, falling back when it lacks lang.
func (t Text) In(lang Lang) string {
	order, ok := fallback[lang]
	if !ok {
		order = fallback[EN]
	}
	for _, l := range order {
		if s := t.exact(l); s != "" {
			return s
		}
	}
	return ""
}

// MarshalJSON writes the text in every language it has, as a manifest
// writes texts ({"zh-CN": …, "en": …}).
func (t Text) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for _, l := range Langs {
		s := t.exact(l)
		if s == "" {
			continue
		}
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(string(l))
		v, _ := json.Marshal(s)
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// Format fills the %-verbs of every language with the same arguments; a
// Text argument is put in in the same language, so a message can quote
// another (a field's name, a finding's message) in the merchant's language.
func (t Text) Format(args ...any) Text {
	in := func(lang Lang) string {
		pattern := t.exact(lang)
		if pattern == "" {
			return ""
		}
		a := make([]any, len(args))
		for i, x := range args {
			if tx, ok := x.(Text); ok {
				a[i] = tx.In(lang)
			} else {
				a[i] = x
			}
		}
		return fmt.Sprintf(pattern, a...)
	}
	return Text{ZH: in(ZH), TW: in(TW), EN: in(EN)}
}

// Complete reports whether the text reads in every language: English and
// Simplified Chinese are given (Traditional Chinese falls back).
func (t Text) Complete() bool { return t.Has(ZH) && t.Has(EN) }

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

// Parse maps a BCP 47 tag (data-lang, navigator.language, $LANG) to a
// supported language. ok is false when the tag names neither Chinese nor
// English. Traditional Chinese is zh-TW, zh-HK, zh-MO or any zh-Hant tag.
func Parse(tag string) (lang Lang, ok bool) {
	tag = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"))
	switch {
	case tag == "":
		return EN, false
	case tag == "zh" || strings.HasPrefix(tag, "zh-"):
		for _, t := range []string{"zh-tw", "zh-hk", "zh-mo", "zh-hant"} {
			if tag == t || strings.HasPrefix(tag, t+"-") || strings.HasPrefix(tag, t+".") {
				return TW, true
			}
		}
		return ZH, true
	case tag == "en" || strings.HasPrefix(tag, "en-"):
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

// Chinese reports whether lang is written in Chinese (full-width
// punctuation, no spaces between sentences).
func (l Lang) Chinese() bool { return l == ZH || l == TW }

// Then puts u after t in every language: directly in Chinese, after a space
// in English.
func (t Text) Then(u Text) Text {
	each := func(lang Lang) string {
		a, b := t.In(lang), u.In(lang)
		if lang.Chinese() || a == "" || b == "" {
			return a + b
		}
		return a + " " + b
	}
	return Text{ZH: each(ZH), TW: each(TW), EN: each(EN)}
}

// Map applies f to the text in every language it has.
func (t Text) Map(f func(string) string) Text {
	g := func(lang Lang) string {
		if s := t.exact(lang); s != "" {
			return f(s)
		}
		return ""
	}
	return Text{ZH: g(ZH), TW: g(TW), EN: g(EN)}
}

// List joins texts into one: "甲、乙" in Chinese, "a, b" in English.
func List(texts []Text) Text {
	var out Text
	for i, t := range texts {
		if i == 0 {
			out = Text{ZH: t.In(ZH), TW: t.In(TW), EN: t.In(EN)}
			continue
		}
		out = Text{ZH: out.ZH + "、" + t.In(ZH), TW: out.TW + "、" + t.In(TW), EN: out.EN + ", " + t.In(EN)}
	}
	return out
}

// Same is a text that reads the same in every language (a code, a name).
func Same(s string) Text { return Text{ZH: s, TW: s, EN: s} }

// Has reports whether the text is written (not blank) in lang itself,
// without falling back.
func (t Text) Has(lang Lang) bool {
	_, known := fallback[lang]
	return known && strings.TrimSpace(t.exact(lang)) != ""
}
