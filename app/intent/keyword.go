package intent

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// keyword is a keyword or phrase in normalized form, its last English
// word stemmed, and what a match is worth.
type keyword struct {
	s string
	// wordStart: it starts with an English word, which must start a word
	// of the text. wordEnd: its last word is English and short, so the
	// text's word may only add an ending to it ("fee" in "fees", not in
	// "feedback"); a longer one may begin a longer word ("withdraw" in
	// "withdrawals").
	wordStart, wordEnd bool
	weight             int
	// bigram is its first two characters when they are Chinese: a text
	// without that term (terms) cannot hold it, which spares a search.
	bigram string
}

// Keyword weights: a longer keyword says more ("陌生设备登录" more than
// "登录"). A Chinese character counts as two letters.
const (
	weightShort  = 200 // up to 5 letters: "fee", "被盗"
	weightMedium = 300 // up to 9: "hacked", "没到账"
	weightLong   = 400 // "not received", "陌生设备登录"
)

func newKeyword(s string) (keyword, bool) {
	s = strings.TrimSpace(normalize(s))
	words := strings.Fields(s)
	if len(words) == 0 {
		return keyword{}, false
	}
	k := keyword{s: s, weight: weightLong}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	k.wordStart = !isHan(first)
	if !isHan(last) {
		w := words[len(words)-1]
		st := stem(w)
		k.s = s[:len(s)-len(w)] + st
		k.wordEnd = len(st) < 5
	}
	if r, n := utf8.DecodeRuneInString(s[len(string(first)):]); isHan(first) && isHan(r) {
		k.bigram = s[:len(string(first))+n]
	}
	units := 0
	for _, r := range s {
		units++
		if isHan(r) {
			units++
		}
	}
	switch {
	case units <= 5:
		k.weight = weightShort
	case units <= 9:
		k.weight = weightMedium
	}
	return k, true
}

// in reports whether the keyword occurs in a normalized text, whose terms
// are given; with negatable, an occurrence right after a negation ("没有
// 被盗", "not hacked") does not count.
func (k keyword) in(text string, terms []string, negatable bool) bool {
	if _, ok := slices.BinarySearch(terms, k.bigram); k.bigram != "" && !ok {
		return false
	}
	for from := 0; ; from++ {
		i := strings.Index(text[from:], k.s)
		if i < 0 {
			return false
		}
		from += i
		before, after := text[:from], text[from+len(k.s):]
		r, _ := utf8.DecodeLastRuneInString(before)
		if (!k.wordStart || boundary(r)) && (!k.wordEnd || ending(after)) && !(negatable && negated(before)) {
			return true
		}
	}
}

// ending reports whether a short word's match is followed by one of the
// endings stem strips, or by nothing, and then the word's end.
func ending(after string) bool {
	for _, e := range []string{"", "e", "s", "es", "d", "ed", "ing"} {
		if strings.HasPrefix(after, e) {
			if r, _ := utf8.DecodeRuneInString(after[len(e):]); boundary(r) {
				return true
			}
		}
	}
	return false
}

// negated reports a negation just before a match, within its sentence:
// 没, 未, 不, 无 or 非 among the three Chinese characters before it
// ("没有被盗", "并未被盗"), or "not", "never", "no", "without" or "n't"
// among the two words before it.
func negated(before string) bool {
	before = before[strings.LastIndexByte(before, '\n')+1:]
	rs := []rune(strings.TrimSpace(before))
	for i := len(rs) - 1; i >= 0 && i >= len(rs)-3 && isHan(rs[i]); i-- {
		switch rs[i] {
		case '没', '未', '不', '无', '非':
			return true
		}
	}
	words := strings.Fields(before)
	for i := len(words) - 1; i >= 0 && i >= len(words)-2; i-- {
		switch words[i] {
		case "not", "never", "no", "without", "t": // "t" of "wasn't"
			return true
		}
	}
	return false
}
