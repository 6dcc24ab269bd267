package intent

import (
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"":               "  ",
		"ＡＰＩ　Ｋｅｙ丢了！":     " api key丢了\n ",
		"我的帳戶被盜了":        " 我的账户被盗了 ",
		"账户 被盗，HELP":     " 账户 被盗\nhelp ",
		"Can't log-in!!": " can\nt log\nin\n\n ",
		"ÜBERWEISUNG":    " überweisung ",
		"🙂。":             " \n\n ",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeywordBoundaries(t *testing.T) {
	for _, tc := range []struct {
		kw, text string
		want     bool
	}{
		{"fee", "the fees are high", true},
		{"fee", "I want to give feedback", false},
		{"withdraw", "two withdrawals failed", true},
		{"not received", "payment NOT received yet", true},
		{"not received", "not, received", false}, // not across a sentence
		{"被盗", "我的账户被盗了", true},
		{"hack", "my account was hacked", true},
		{"hack", "hackathon", false},
		{"rate", "the rates", true},
		{"api key", "我的API Key丢了", true},
		{"key", "keyboard broken", false},
	} {
		k, _ := newKeyword(tc.kw)
		if got := k.in(normalize(tc.text), terms(normalize(tc.text)), false); got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.kw, tc.text, got, tc.want)
		}
	}
}

// TestSimplifiedTable: each Traditional character maps to a different
// Simplified one, once, and no Simplified form is itself mapped again.
func TestSimplifiedTable(t *testing.T) {
	rs := []rune(traditional)
	if len(rs)%2 != 0 {
		t.Fatalf("odd number of characters: %d", len(rs))
	}
	from := map[rune]bool{}
	for i := 0; i < len(rs); i += 2 {
		tr, s := rs[i], rs[i+1]
		if !isHan(tr) || !isHan(s) || tr == s {
			t.Errorf("pair %c%c", tr, s)
		}
		if from[tr] {
			t.Errorf("%c mapped twice", tr)
		}
		from[tr] = true
	}
	for i := 1; i < len(rs); i += 2 {
		if from[rs[i]] {
			t.Errorf("the Simplified %c is mapped too", rs[i])
		}
	}
}

func TestStem(t *testing.T) {
	for _, group := range [][]string{
		{"receive", "received", "receiving", "receives"},
		{"fail", "failed", "failing", "fails"},
		{"fee", "fees"},
		{"hack", "hacked"},
	} {
		for _, w := range group[1:] {
			if stem(w) != stem(group[0]) {
				t.Errorf("stem(%q) = %q, stem(%q) = %q", w, stem(w), group[0], stem(group[0]))
			}
		}
	}
	for _, w := range []string{"the", "this", "does", "please", "there", "have", "were"} {
		if !strings.Contains(stopWords, " "+stem(w)+" ") {
			t.Errorf("%q (%q) is not a stop word", w, stem(w))
		}
	}
}
