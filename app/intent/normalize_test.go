package intent

import (
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []token
	}{
		{"", nil},
		{"ＡＰＩ　Ｋｅｙ丢了！", []token{{s: "api", han: false}, {s: "key", han: false}, {s: "丢了", han: true}}},
		{"我的帳戶被盜了", []token{{s: "我的账户被盗了", han: true}}},
		{"账户 被盗，  HELP", []token{{s: "账户被盗", han: true}, {s: "help", han: false}}},
		{"签名错误50113", []token{{s: "签名错误", han: true}, {s: "50113", han: false}}},
		{"Can't log-in!!", []token{{s: "can", han: false}, {s: "t", han: false}, {s: "log", han: false}, {s: "in", han: false}}},
		{"ÜBERWEISUNG", []token{{s: "überweisung", han: false}}},
		{"🙂，。…", nil},
	} {
		got := tokens(tc.in)
		for i := range got {
			got[i].stem = ""
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("tokens(%q) = %v, want %v", tc.in, got, tc.want)
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
	word := func(s string) token { return token{s: s, stem: stem(s)} }
	if wordMatch(word("fee"), word("feedback")) {
		t.Error("a short keyword matched as a prefix")
	}
	if !wordMatch(word("withdraw"), word("withdrawals")) {
		t.Error("a long keyword did not match as a prefix")
	}
}
