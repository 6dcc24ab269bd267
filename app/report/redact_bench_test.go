package report

import (
	"strings"
	"testing"
)

// BenchmarkRedactReport redacts a case report's worth of text (notes with a
// key, a phrase, a JSON config and Chinese sentences; about 4 KB), as the
// panel does when the report changes.
func BenchmarkRedactReport(b *testing.B) {
	text := strings.Repeat("用户于10时05分通过支付下单，支付成功但商家后台未收到回调，请帮忙查询。交易哈希：0x"+hex64+"\n", 12) +
		`{"apiKey": "0190b6a2-7c1e-4d3a-9f4e-2b8c1d0e5f6a", "apiSecret": "9F2C4D1E8B7A6C5D4E3F2A1B0C9D8E7F"}` + "\n" +
		"助记词：" + "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about" + "\n" +
		strings.Repeat("The webhook for order 2026112100012345 failed with HTTP 500 after the callback URL changed. ", 12)
	secrets := []string{" Tr0ub4dor&3 ", "9F2C4D1E8B7A6C5D"}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Redact(text, secrets...)
	}
}
