package intent

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/manifest"
)

// validAt is inside every demo manifest's validity.
var validAt = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

func demo(t testing.TB, name string) *manifest.Manifest {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "web", "manifests", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := manifest.Parse(data, validAt)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestMatchDemo: how merchants put their problems, in the three
// languages, whatever the panel's, against the demo manifests. best ""
// means no clear match; emergency says the text points to a compromise.
func TestMatchDemo(t *testing.T) {
	for _, tc := range []struct {
		manifest, text, best string
		emergency            bool
	}{
		// Seed 000, wallet merchants.
		{"wallet-merchant", "客户说已经付款了，可是我们后台一直没收到这笔钱", "payment", false},
		{"wallet-merchant", "用户付款成功，但商家后台迟迟没到账，订单还是待支付", "payment", false},
		{"wallet-merchant", "客戶說已經付款了，但是我們一直沒入帳", "payment", false},
		{"wallet-merchant", "The customer paid 3 hours ago but the money never arrived in our merchant account", "payment", false},
		{"wallet-merchant", "调用下单接口一直返回签名错误 50113，时间戳也对过了", "integration", false},
		{"wallet-merchant", "串接 API 一直顯示簽章錯誤", "integration", false},
		{"wallet-merchant", "Our server gets an invalid signature error on every API call", "integration", false},
		{"wallet-merchant", "商户账户突然被冻结了，现在钱也提不出来", "account", false},
		{"wallet-merchant", "My merchant account got frozen and I can't withdraw anything", "account", false},
		{"wallet-merchant", "这个月的手续费怎么比上个月高这么多？结算金额对不上", "fees", false},
		{"wallet-merchant", "Why are the fees on my last settlement so high?", "fees", false},
		{"wallet-merchant", "入驻资料交了两个星期了还在审核中", "onboarding", false},
		{"wallet-merchant", "我的账户好像被盗了，有陌生设备登录", "security", true},
		{"wallet-merchant", "我的帳戶被盜了！", "security", true},
		{"wallet-merchant", "HELP my account was hacked and someone withdrew all my USDT", "security", true},
		{"wallet-merchant", "昨晚有一笔不是我操作的提现，5000 USDT 没了", "security", true},
		// A negated compromise is not one.
		{"wallet-merchant", "账户没有被盗，只是商户账户被冻结了，无法提现", "account", false},
		{"wallet-merchant", "I was not hacked, but my account is frozen and I cannot withdraw", "account", false},

		// Seed 001, an e-wallet.
		{"e-wallet", "输错了好几次密码，现在账户被锁住登不上去了", "locked", false},
		{"e-wallet", "密碼輸錯太多次，帳戶被鎖定了", "locked", false},
		{"e-wallet", "I typed the wrong password too many times and now I'm locked out", "locked", false},
		{"e-wallet", "付款的时候一直提示余额不足，可我明明有钱", "payment-failed", false},
		{"e-wallet", "提现申请提交三天了还没到账", "withdrawal", false},
		{"e-wallet", "My withdrawal has been pending for three days", "withdrawal", false},
		{"e-wallet", "收到通知说账户受限，有些功能用不了了", "restricted", false},
		{"e-wallet", "有人盗刷了我的钱包，好几笔交易不是我做的", "security", true},

		// Seed 002, an exchange: no emergency category.
		{"exchange", "我从别的平台转了 USDT 过来，链上已经确认了，可是充值还没到账", "deposit-delay", false},
		{"exchange", "My USDT deposit has 30 confirmations on the blockchain but is still not credited", "deposit-delay", false},
		{"exchange", "实名认证传了三次身份证都被拒了，说照片模糊", "kyc", false},
		{"exchange", "身分證上傳了好幾次，實名認證一直失敗", "kyc", false},
		{"exchange", "下单一直失败，点了买入没有反应", "trade-failed", false},
		{"exchange", "在线客服排队排了一个小时都没人理", "peak-queue", false},
		{"exchange", "I want to file a complaint about the support agent", "feedback", false},
		{"exchange", "我的账号被盗了，币全被转走了", "", true},
		{"exchange", "Someone logged into my account from an unknown device", "", true},

		// Mixed scripts, full-width letters, a secret in the text.
		{"wallet-merchant", "ＡＰＩ 签名一直错误，ＨＥＬＰ！", "integration", false},
		{"wallet-merchant", "my secret is 0123456789abcdef0123456789abcdef and every call says invalid signature", "integration", false},
		{"exchange", "USDT 充值 pending 好久了, 30 confirmations 还是没到账", "deposit-delay", false},
		{"e-wallet", "withdraw 一直 failed，提现好几次都不行", "withdrawal", false},
		{"e-wallet", "帳號被駭了 please help", "security", true},

		// Nothing to go on.
		{"wallet-merchant", "", "", false},
		{"wallet-merchant", "   ，。！？  ", "", false},
		{"wallet-merchant", "asdfgh qwerty zxcvb", "", false},
		{"wallet-merchant", "啊啊啊啊啊啊", "", false},
		{"wallet-merchant", "🙂🙂🙂 ...", "", false},
		{"exchange", "你好", "", false},
		{"e-wallet", "hello there", "", false},
	} {
		m := New(demo(t, tc.manifest)).Match(tc.text)
		if m.Best != tc.best || m.Emergency != tc.emergency {
			t.Errorf("%s %q: best %q emergency %v, want %q %v (ranked %v)", tc.manifest, tc.text, m.Best, m.Emergency, tc.best, tc.emergency, m.Ranked)
		}
	}
}

// TestMatchTooClose: two problems in one text rank both and pick neither.
func TestMatchTooClose(t *testing.T) {
	m := New(demo(t, "wallet-merchant")).Match("手续费太高，而且账户被冻结了")
	if m.Best != "" || len(m.Ranked) < 2 || m.Ranked[0].Category != "account" || m.Ranked[1].Category != "fees" {
		t.Fatalf("%+v", m)
	}
}

// TestMatchWithoutManifest: with no manifest there is nothing to rank,
// but a compromise is still an emergency.
func TestMatchWithoutManifest(t *testing.T) {
	x := New(nil)
	if m := x.Match("我的账户被盗了"); !m.Emergency || m.Best != "" || len(m.Ranked) != 0 {
		t.Fatalf("%+v", m)
	}
	if m := x.Match("提现没到账"); m.Emergency {
		t.Fatalf("%+v", m)
	}
}
