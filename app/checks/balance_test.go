package checks

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
)

func TestBalance(t *testing.T) {
	type ctx = hostctx.Context
	bal := func(avail, cur string) hostctx.Balance { return hostctx.Balance{Available: avail, Currency: cur} }
	for _, tc := range []struct {
		name   string
		c      ctx
		want   []string
		status diag.Status
		text   string // expected in the first finding's English message
	}{
		{"no input", ctx{}, []string{"check.skipped"}, diag.StatusSkip, ""},
		{"e2e: 5 USDT for a 10 USDT withdrawal", ctx{Balance: bal("5", "USDT"), Pending: hostctx.Pending{Kind: "withdrawal", Amount: "10", Fee: "1", Currency: "USDT"}},
			[]string{"balance.insufficient"}, diag.StatusFail, "5 USDT available, 11 USDT needed (amount 10 USDT + fee 1 USDT), 6 USDT short"},
		{"exactly enough", ctx{Balance: bal("11.00", "USDT"), Pending: hostctx.Pending{Kind: "payment", Amount: "10", Fee: "1", Currency: "USDT"}},
			[]string{"balance.ok"}, diag.StatusPass, "11.00 USDT available, 11 USDT needed"},
		{"no float rounding: 0.3 covers 0.1 + 0.2", ctx{Balance: bal("0.3", ""), Pending: hostctx.Pending{Amount: "0.1", Fee: "0.2"}},
			[]string{"balance.ok"}, diag.StatusPass, ""},
		{"one smallest unit short", ctx{Balance: bal("10.99999999", "BTC"), Pending: hostctx.Pending{Amount: "11", Currency: "btc"}},
			[]string{"balance.insufficient"}, diag.StatusFail, "0.00000001 BTC short"},
		{"below minimum", ctx{Balance: bal("100", "USDT"), Pending: hostctx.Pending{Kind: "withdrawal", Amount: "10", Minimum: "20", Currency: "USDT"}},
			[]string{"balance.below_minimum"}, diag.StatusFail, "withdrawal of 10 USDT is below the minimum of 20 USDT"},
		{"below minimum and insufficient", ctx{Balance: bal("1", "USDT"), Pending: hostctx.Pending{Kind: "withdrawal", Amount: "10", Minimum: "20"}},
			[]string{"balance.below_minimum", "balance.insufficient"}, diag.StatusFail, ""},
		{"minimum without balance", ctx{Pending: hostctx.Pending{Amount: "1", Minimum: "5"}},
			[]string{"balance.below_minimum"}, diag.StatusFail, "amount 1 is below"},
		{"pending without balance", ctx{Pending: hostctx.Pending{Amount: "1"}}, []string{"check.skipped"}, diag.StatusSkip, ""},
		{"currency mismatch", ctx{Balance: bal("500", "USDT"), Pending: hostctx.Pending{Amount: "10", Currency: "USDC"}},
			[]string{"balance.currency_mismatch"}, diag.StatusFail, "in USDT but the payment is in USDC"},
		{"balance only", ctx{Balance: bal("12.50", "USDT")}, []string{"balance.ok"}, diag.StatusPass, "12.50 USDT available"},
		{"separator", ctx{Balance: bal("1,000", "USDT"), Pending: hostctx.Pending{Amount: "10"}},
			[]string{"balance.amount_invalid"}, diag.StatusError, "balance.available"},
		{"negative and exponent", ctx{Balance: bal("5", ""), Pending: hostctx.Pending{Amount: "-1", Fee: "1e2"}},
			[]string{"balance.amount_invalid", "balance.amount_invalid"}, diag.StatusError, "pending.amount"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := run(t, Balance, &diag.Env{Context: tc.c})
			if got := codesOf(fs); strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Fatalf("codes %v, want %v", got, tc.want)
			}
			if fs[0].Status != tc.status {
				t.Errorf("status %s, want %s", fs[0].Status, tc.status)
			}
			if !strings.Contains(fs[0].Message.In(i18n.EN), tc.text) {
				t.Errorf("message %q lacks %q", fs[0].Message.In(i18n.EN), tc.text)
			}
		})
	}
}

// TestBalanceAdvice covers every combination of an amount below the minimum
// and a balance short of amount (or minimum) + fee: each case gives exactly
// one fix (the same on both findings when there are two), and the fix never
// suggests an amount below the minimum.
func TestBalanceAdvice(t *testing.T) {
	wd := func(avail, amount, fee, minimum string) hostctx.Context {
		return hostctx.Context{Balance: hostctx.Balance{Available: avail, Currency: "USDT"},
			Pending: hostctx.Pending{Kind: "withdrawal", Amount: amount, Fee: fee, Minimum: minimum, Currency: "USDT"}}
	}
	pay := func(avail, amount, fee, minimum string) hostctx.Context {
		c := wd(avail, amount, fee, minimum)
		c.Pending.Kind = "payment"
		return c
	}
	for _, tc := range []struct {
		name  string
		c     hostctx.Context
		codes string
		msgs  []string // each finding's English message contains its entry
		fix   string   // the one fix, in English
		zhFix string
	}{
		{"demo: below minimum, balance short of minimum + fee", wd("5.00", "10.00", "1.00", "20.00"),
			"balance.below_minimum,balance.insufficient",
			[]string{"withdrawal of 10.00 USDT is below the minimum of 20.00 USDT", "5.00 USDT available, 21.00 USDT needed (minimum 20.00 USDT + fee 1.00 USDT), 16.00 USDT short"},
			"Top up at least 16.00 USDT, then withdraw at least 20.00 USDT; or wait", "请先充值至少 16.00 USDT，再提现至少 20.00 USDT"},
		{"below minimum, balance covers the amount but not the minimum", wd("15", "10", "1", "20"),
			"balance.below_minimum,balance.insufficient", []string{"below the minimum of 20 USDT", "6 USDT short"},
			"Top up at least 6 USDT, then withdraw at least 20 USDT", "再提现至少 20 USDT"},
		{"below minimum, balance covers minimum + fee", wd("100", "10", "1", "20"),
			"balance.below_minimum", []string{"below the minimum of 20 USDT"},
			"Raise the amount to at least 20 USDT; after the fee, your balance covers up to 99 USDT.", "最多可支持 99 USDT"},
		{"below minimum, balance exactly minimum + fee", wd("21", "10", "1", "20"),
			"balance.below_minimum", []string{"below the minimum"}, "at least 20 USDT; after the fee, your balance covers up to 20 USDT", "20 USDT"},
		{"below minimum, no balance given", hostctx.Context{Pending: hostctx.Pending{Kind: "withdrawal", Amount: "10", Minimum: "20", Currency: "USDT"}},
			"balance.below_minimum", []string{"below the minimum"}, "Raise the amount to at least 20 USDT", "至少 20 USDT"},
		{"meets minimum, lowering still meets it", wd("30", "40", "1", "20"),
			"balance.insufficient", []string{"30 USDT available, 41 USDT needed"},
			"Lower the withdrawal to 29 USDT or less (balance minus fee), or top up 11 USDT first.", "降到 29 USDT"},
		{"meets minimum, lowering would break it", wd("15", "20", "1", "20"),
			"balance.insufficient", []string{"15 USDT available, 21 USDT needed"},
			"Top up at least 6 USDT, then withdraw again; or wait", "请先充值至少 6 USDT，再重新提现"},
		{"no minimum, balance below the fee", wd("0.5", "10", "1", ""),
			"balance.insufficient", []string{"10.5 USDT short"}, "Top up at least 10.5 USDT, then withdraw again", "10.5 USDT"},
		{"no minimum, balance equals the fee", wd("1", "10", "1", ""),
			"balance.insufficient", []string{"10 USDT short"}, "Top up at least 10 USDT, then withdraw again", "10 USDT"},
		{"meets minimum exactly, balance enough", wd("21", "20", "1", "20"), "balance.ok", []string{"21 USDT available, 21 USDT needed"}, "", ""},
		{"payment below minimum and short", pay("5", "10", "1", "20"),
			"balance.below_minimum,balance.insufficient", []string{"amount 10 USDT is below the minimum of 20 USDT", "16 USDT short"},
			"Top up at least 16 USDT, then pay at least 20 USDT; or use another payment method.", "再以至少 20 USDT 的金额付款"},
		{"payment short", pay("5", "10", "1", ""),
			"balance.insufficient", []string{"6 USDT short"}, "Top up at least 6 USDT or use another payment method", "充值至少 6 USDT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := run(t, Balance, &diag.Env{Context: tc.c})
			if got := strings.Join(codesOf(fs), ","); got != tc.codes {
				t.Fatalf("codes %s, want %s", got, tc.codes)
			}
			var fixes []i18n.Text
			for i, f := range fs {
				if !strings.Contains(f.Message.In(i18n.EN), tc.msgs[i]) {
					t.Errorf("finding %d message %q lacks %q", i, f.Message.In(i18n.EN), tc.msgs[i])
				}
				if f.Fix.Complete() && (len(fixes) == 0 || fixes[0] != f.Fix) {
					fixes = append(fixes, f.Fix)
				}
			}
			if tc.fix == "" {
				if len(fixes) != 0 {
					t.Errorf("fixes %+v, want none", fixes)
				}
				return
			}
			if len(fixes) != 1 {
				t.Fatalf("%d fixes %+v, want one piece of advice", len(fixes), fixes)
			}
			if got := fixes[0].In(i18n.EN); !strings.Contains(got, tc.fix) {
				t.Errorf("fix %q lacks %q", got, tc.fix)
			}
			if got := fixes[0].In(i18n.ZH); !strings.Contains(got, tc.zhFix) {
				t.Errorf("zh fix %q lacks %q", got, tc.zhFix)
			}
		})
	}
}

func TestBalanceWithdrawalFix(t *testing.T) {
	fs := run(t, Balance, &diag.Env{Context: hostctx.Context{Balance: hostctx.Balance{Available: "5", Currency: "USDT"},
		Pending: hostctx.Pending{Kind: "withdrawal", Amount: "10", Fee: "1"}}})
	if !strings.Contains(fs[0].Fix.In(i18n.EN), "Lower the withdrawal to 4 USDT") || !strings.Contains(fs[0].Fix.In(i18n.ZH), "4 USDT") {
		t.Errorf("fix %+v", fs[0].Fix)
	}
	if ev := evidenceText(fs[0]); !strings.Contains(ev, "shortfall=6 USDT") {
		t.Errorf("evidence %s", ev)
	}
}
