package i18n

import "testing"

func TestNegotiate(t *testing.T) {
	for _, tc := range []struct {
		prefs []string
		want  Lang
	}{
		{nil, EN},
		{[]string{"zh-CN"}, ZH},
		{[]string{"zh-Hant-TW"}, TW},
		{[]string{"zh-TW"}, TW},
		{[]string{"zh_HK.UTF-8"}, TW},
		{[]string{"zh-Hans-HK"}, ZH},
		{[]string{"zh-SG"}, ZH},
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

// A language a text lacks falls back: zh-TW to zh-CN, then English; a text
// written in one language only (a platform's) reads in it everywhere.
func TestFallback(t *testing.T) {
	x := Text{ZH: "余额", EN: "balance"}
	if x.In(TW) != "余额" || x.In(EN) != "balance" {
		t.Fatalf("%+v", x)
	}
	if only := (Text{EN: "only"}); only.In(ZH) != "only" || only.In(TW) != "only" {
		t.Fatal("English only must read everywhere")
	}
	if zh := (Text{ZH: "仅"}); zh.In(EN) != "仅" {
		t.Fatal("Chinese only must read in English too")
	}
}

func TestThenMapList(t *testing.T) {
	a, b := Text{ZH: "甲。", TW: "甲。", EN: "A."}, Text{ZH: "乙。", EN: "B."}
	if got := a.Then(b); got.ZH != "甲。乙。" || got.TW != "甲。乙。" || got.EN != "A. B." {
		t.Fatalf("Then = %+v", got)
	}
	if got := a.Map(func(s string) string { return "[" + s + "]" }); got.TW != "[甲。]" || got.EN != "[A.]" {
		t.Fatalf("Map = %+v", got)
	}
	if got := List([]Text{a, b}); got.ZH != "甲。、乙。" || got.EN != "A., B." {
		t.Fatalf("List = %+v", got)
	}
}
