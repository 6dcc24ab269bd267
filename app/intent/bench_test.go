package intent

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// BenchmarkMatch: a 200-character description, matched on every
// keystroke, against the largest demo manifest. The target is well under
// a millisecond.
func BenchmarkMatch(b *testing.B) {
	x := New(demo(b, "wallet-merchant"))
	for name, unit := range map[string]string{
		"zh-CN": "客户说已经付款成功了，但是商家后台一直没有收到这笔款项，订单状态还是待支付，回调也没有收到。",
		"zh-TW": "客戶說已經付款成功了，但是商家後台一直沒有收到這筆款項，訂單狀態還是待支付，回呼也沒有收到。",
		"en":    "The customer says the payment went through, but our back office never received it and the callback did not arrive. ",
	} {
		text := strings.Repeat(unit, 200/utf8.RuneCountInString(unit)+1)
		text = string([]rune(text)[:200])
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				x.Match(text)
			}
		})
	}
}

func BenchmarkNew(b *testing.B) {
	m := demo(b, "wallet-merchant")
	for b.Loop() {
		New(m)
	}
}
