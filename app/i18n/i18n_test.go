package i18n

import "testing"

func TestNegotiate(t *testing.T) {
	for _, tc := range []struct {
		prefs []string
		want  Lang
	}{
		{nil, EN},
		{[]string{"zh-CN"}, ZH},
		{[]string{"zh-Hant-TW"}, ZH},
		{[]string{"ZH"}, ZH},
		{[]string{"fr", "zh"}, ZH},
		{[]string{"", "en-GB", "zh"}, EN},
		{[]string{"de", "fr"}, EN},
	} {
		if got := Negotiate(tc.prefs...); got != tc.want {
			t.Errorf("Negotiate(%q) = %q, want %q", tc.prefs, got, tc.want)
		}
	}
}

func TestTextInAndFormat(t *testing.T) {
	x := T("余额 %s", "balance %s").Format("5")
	if x.In(ZH) != "余额 5" || x.In(EN) != "balance 5" || x.In("fr") != "balance 5" {
		t.Fatalf("got %+v", x)
	}
	if q := T("字段 %s", "field %s").Format(T("余额", "balance")); q.ZH != "字段 余额" || q.EN != "field balance" {
		t.Fatalf("a Text argument must be put in in the same language: %+v", q)
	}
	if (Text{EN: "only"}).In(ZH) != "only" {
		t.Fatal("missing zh should fall back to English")
	}
}

func TestMissing(t *testing.T) {
	got := Missing(map[string]Text{"ok": T("好", "ok"), "bad": {EN: "x"}, "blank": T(" ", "y")})
	if len(got) != 2 {
		t.Fatalf("Missing = %v, want bad and blank", got)
	}
}
