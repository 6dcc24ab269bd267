package intent

import "testing"

// FuzzMatch: any text, however broken, gives a well-formed match: ranked
// best first, Best only as the first of them, no Best on an emergency a
// manifest has no category for.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{"", "我的帳戶被盜了", "not hacked", "ＡＰＩ\xff签名", "fee\n\nfees", "没有没有被盗", "🙂"} {
		f.Add(s)
	}
	withEmergency, without := New(demo(f, "wallet-merchant")), New(demo(f, "exchange"))
	f.Fuzz(func(t *testing.T, text string) {
		for _, x := range []*Index{withEmergency, without} {
			m := x.Match(text)
			for i := 1; i < len(m.Ranked); i++ {
				if m.Ranked[i].Score > m.Ranked[i-1].Score {
					t.Fatalf("%q: not ranked: %+v", text, m.Ranked)
				}
			}
			if m.Best != "" && m.Best != m.Ranked[0].Category {
				t.Fatalf("%q: best %q is not first in %+v", text, m.Best, m.Ranked)
			}
			if x == without && m.Emergency && m.Best != "" {
				t.Fatalf("%q: best %q on an emergency without a category for it", text, m.Best)
			}
		}
	})
}
