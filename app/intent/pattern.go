package intent

import "strings"

// pattern is a keyword or phrase in normalized tokens, and what a match is
// worth.
type pattern struct {
	toks   []token
	weight int
}

// Keyword weights: a longer keyword says more ("陌生设备登录" more than
// "登录"). A Chinese character counts as two letters.
const (
	weightShort  = 200 // up to 5 letters: "fee", "被盗"
	weightMedium = 300 // up to 9: "hacked", "没到账"
	weightLong   = 400 // "not received", "陌生设备登录"
)

func newPattern(s string) (pattern, bool) {
	toks := tokens(s)
	if len(toks) == 0 {
		return pattern{}, false
	}
	units := 0
	for _, t := range toks {
		n := len([]rune(t.s))
		if t.han {
			n *= 2
		}
		units += n
	}
	w := weightLong
	switch {
	case units <= 5:
		w = weightShort
	case units <= 9:
		w = weightMedium
	}
	return pattern{toks, w}, true
}

// found reports whether the pattern occurs in the text's tokens; with
// negatable, an occurrence right after a negation ("没有被盗", "not
// hacked") does not count.
func (p pattern) found(text []token, negatable bool) bool {
	for ti := range text {
		if ti+len(p.toks) > len(text) {
			break
		}
		if p.at(text, ti, negatable) {
			return true
		}
	}
	return false
}

// at tries the pattern at text token ti.
func (p pattern) at(text []token, ti int, negatable bool) bool {
	last := len(p.toks) - 1
	for k, pt := range p.toks {
		tt := text[ti+k]
		if pt.han != tt.han {
			return false
		}
		if !pt.han {
			if !wordMatch(pt, tt) {
				return false
			}
			continue
		}
		switch {
		case last == 0:
			// One Chinese run: anywhere in the text's run, each
			// occurrence tried until one is not negated.
			for off := 0; ; {
				i := strings.Index(tt.s[off:], pt.s)
				if i < 0 {
					return false
				}
				if !negatable || !negated(text, ti, tt.s[:off+i]) {
					return true
				}
				off += i + len(pt.s)
			}
		case k == 0:
			if !strings.HasSuffix(tt.s, pt.s) {
				return false
			}
		case k == last:
			if !strings.HasPrefix(tt.s, pt.s) {
				return false
			}
		case tt.s != pt.s:
			return false
		}
	}
	if !negatable {
		return true
	}
	before := ""
	if p.toks[0].han {
		before = strings.TrimSuffix(text[ti].s, p.toks[0].s)
	}
	return !negated(text, ti, before)
}

// negated reports a negation just before a match: in before (the part of
// the match's own Chinese run in front of it), or else in the tokens
// before token ti.
func negated(text []token, ti int, before string) bool {
	if before != "" {
		return chineseNegation(before)
	}
	for i := ti - 1; i >= 0 && i >= ti-2; i-- {
		t := text[i]
		if t.han {
			return i == ti-1 && chineseNegation(t.s)
		}
		switch t.s {
		case "not", "never", "no", "t", "without":
			return true
		}
	}
	return false
}

// chineseNegation looks for 没, 未, 不, 无 or 非 among the last three
// characters of s ("没有被盗", "并未被盗", "不是被盗").
func chineseNegation(s string) bool {
	rs := []rune(s)
	for i := len(rs) - 1; i >= 0 && i >= len(rs)-3; i-- {
		switch rs[i] {
		case '没', '未', '不', '无', '非':
			return true
		}
	}
	return false
}

// wordMatch compares a keyword's word with a word of the text: equal,
// equal once stemmed ("failed", "fails" and "fail"), or, for a word of five
// letters or more, its beginning ("withdraw" in "withdrawals").
func wordMatch(kw, w token) bool {
	if kw.stem == w.stem {
		return true
	}
	return len(kw.s) >= 5 && strings.HasPrefix(w.s, kw.s)
}

// stem strips the commonest English endings, crudely but the same way on
// both sides: "received", "receiving" and "receive" all give "receiv".
func stem(w string) string {
	switch {
	case len(w) >= 6 && strings.HasSuffix(w, "ing"):
		w = w[:len(w)-3]
	case len(w) >= 5 && strings.HasSuffix(w, "ed"):
		w = w[:len(w)-2]
	case len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	}
	if len(w) >= 4 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}
