package manifest

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/triage-widget/triage/app/i18n"
)

// Keywords are the words merchants use for a category's problem, per
// language, like a text but with a list in each. The widget matches what
// a merchant types against every language's list, whatever the panel's
// language (a merchant may write 帳戶 on a zh-CN panel), so a list may be
// given in a language the manifest is not written in.
type Keywords struct {
	ZH []string `json:"zh-CN,omitempty"`
	TW []string `json:"zh-TW,omitempty"`
	EN []string `json:"en,omitempty"`
}

// The bounds of a category's keywords: they are matched on every
// keystroke, so their number and length are capped.
const (
	MaxKeywords      = 40 // per language
	MaxKeywordLength = 24 // characters
)

// In returns the list for one language, without falling back.
func (k Keywords) In(lang i18n.Lang) []string {
	switch lang {
	case i18n.ZH:
		return k.ZH
	case i18n.TW:
		return k.TW
	}
	return k.EN
}

// Empty reports whether no language has a keyword.
func (k Keywords) Empty() bool { return len(k.ZH)+len(k.TW)+len(k.EN) == 0 }

// keywords requires, once any keyword is given, a list in each of the
// manifest's languages, and bounds every list.
func (v *validator) keywords(p string, k Keywords) {
	if k.Empty() {
		return
	}
	for _, l := range i18n.Langs {
		list := k.In(l)
		bad := len(list) > MaxKeywords || len(list) == 0 && slices.Contains(v.m.Languages, string(l))
		for _, w := range list {
			bad = bad || strings.TrimSpace(w) == "" || utf8.RuneCountInString(w) > MaxKeywordLength
		}
		if bad {
			v.add(p+"."+string(l), codeRange, msgKeywords.Format(MaxKeywords, MaxKeywordLength))
		}
	}
}
