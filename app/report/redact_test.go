package report

import (
	"strings"
	"testing"
)

// Real-looking but well-known test values. None of them controls any funds.
const (
	// WIF of private key 1 (compressed and uncompressed), mainnet.
	wifCompressed   = "KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn"
	wifUncompressed = "5HpHagT65TZzG1PH3CSu63k8DbpvD8s5ip4nEB3kEsreAnchuDf"
	// BIP-32 test vector 1, chain m.
	xprv = "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi"
	xpub = "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8"
	// BIP-38 test vector (no EC multiply, no compression).
	bip38 = "6PRVWUbkzzsbcVac2qwfssoUJAN1Xhrg6bNk8J7Nzm5H7kxEbn2Nh2ZoGg"
	// A 64-hex value used both as a key and as a hash in the tests.
	hex64 = "e9873d79c6d87dc0fb6a5778633389f4453213303da61f20bd67fc233aa33262"
	jwt   = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)

// TestKeepsPublicData is the false-positive suite: none of these may change.
func TestKeepsPublicData(t *testing.T) {
	for _, in := range []string{
		// Chinese sentences, including the seeds' own text.
		"用户于10时05分通过支付下单，支付成功但商家后台未收到回调，请帮忙查询。",
		"我的账户被锁定了，密码错误次数太多，怎么解锁？",
		"密码是正确的，但是仍然无法登录。",
		"请提供交易哈希、订单号和支付截图，以便我们快速定位问题。",
		"支払いが失敗しました。 注文番号は 88231 です。 助けてください。",
		"결제가 실패했습니다 주문 번호 88231 도와주세요 감사합니다",
		"Mi pago falló ayer, el número de pedido es 88231, gracias.",
		// Transaction hashes: ETH with 0x, BTC bare, and with hash words.
		"tx hash 0x" + hex64,
		"0x" + hex64,
		"txid: " + hex64,
		"I lost my private key long ago; the deposit tx hash is 0x" + hex64,
		"交易哈希：0x" + hex64,
		// Addresses.
		"BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa and bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq and 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
		"ETH 0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
		"TRON TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL",
		"xpub " + xpub,
		// Ids and numbers.
		"case 0190b6a2-7c1e-7d3a-9f4e-2b8c1d0e5f6a, order 2026112100012345, error code 50113",
		"error code: 123456",
		"HTTP status code 401",
		"Order number: 20261121-88231",
		// Ordinary English with a few BIP-39 words.
		"Hello, the payment for order 88231 failed again after I changed the callback address. Can you check the account balance and the API permission?",
		"My password is wrong and the verification code never arrived.",
		"We ship fast: cheap flight, warm coffee, happy customer, please review.",
		"The password was reset yesterday.",
	} {
		if got := Redact(in); got != in {
			t.Errorf("changed public text:\n in  %q\n out %q", in, got)
		}
	}
}

func TestRedactIsIdempotent(t *testing.T) {
	in := "password: hunter2 and key " + wifCompressed + " and 私钥 " + hex64
	once := Redact(in)
	if twice := Redact(once); twice != once {
		t.Errorf("second pass changed %q to %q", once, twice)
	}
}

func TestContains(t *testing.T) {
	if !Contains("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about") {
		t.Error("Contains missed a mnemonic")
	}
	if Contains("hello world") {
		t.Error("Contains flagged plain text")
	}
}

func TestMergeOverlaps(t *testing.T) {
	got := merge([]Match{{5, 10, KindPassword}, {0, 6, KindSecret}, {20, 25, KindCode}, {8, 12, KindCode}})
	want := []Match{{0, 12, KindSecret}, {20, 25, KindCode}}
	if len(got) != len(want) {
		t.Fatalf("merge = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("merge = %v, want %v", got, want)
		}
	}
}

// A value found to be a secret is redacted wherever it appears, even where
// no detector would look: here glued inside a longer hex run (found by
// FuzzRedact).
func TestRedactCopiesOfAFoundSecret(t *testing.T) {
	in := "0000" + hex64 + "\nmy private key " + hex64 + "\nlog: key=" + strings.ToUpper("ab") + hex64
	out := Redact(in)
	if strings.Contains(out, hex64) {
		t.Fatalf("a copy of the key survived: %q", out)
	}
	if !strings.HasPrefix(out, "0000"+Placeholder(KindPrivateKey)) {
		t.Fatalf("the text around the copy changed: %q", out)
	}
}

// A typed secret is matched trimmed and with its spaces normalised: copied
// with a double-click it carries a space, and retyped it may wrap.
func TestRedactTypedSecretNormalised(t *testing.T) {
	for _, tc := range []struct{ name, in, secret, want string }{
		{"leading and trailing space", "my secret is 9F2C4D1E8B7A6C5D, thanks", " 9F2C4D1E8B7A6C5D ", "my secret is [REDACTED:secret], thanks"},
		{"trailing tab and newline", "key=9F2C4D1E8B7A6C5D&x=1", "9F2C4D1E8B7A6C5D\t\n", "key=[REDACTED:secret]&x=1"},
		{"spaces inside", "it was open  sesame\nplease now", "open sesame please", "it was [REDACTED:secret] now"},
		{"short once trimmed", "pin 42 and 420", " 42 ", "pin [REDACTED:secret] and 420"},
		{"only spaces", "a b c", "   ", "a b c"},
	} {
		if got := Redact(tc.in, tc.secret); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
