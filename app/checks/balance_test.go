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
