package checks

import (
	"context"
	"strings"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// Balance compares the available balance with the pending payment or
// withdrawal (seed 001, "支付失败 → 检查账户余额" and "提现 → 确认提现条件").
var Balance = &diag.Check{
	Name:  "balance",
	Title: i18n.T("余额", "Balance"),
	Doc: `balance checks that the available balance covers the pending payment or withdrawal.

It reads balance.available and pending.{kind,amount,fee,minimum,currency}
from the host context and compares the decimal strings exactly (never as
floats): available must be at least amount + fee, a withdrawal must be at
least the minimum, and both must be in the same currency.`,
	Needs: diag.Needs{Context: []string{"balance.available", "balance.currency",
		"pending.kind", "pending.amount", "pending.fee", "pending.minimum", "pending.currency"}},
	Timeout: diag.LocalTimeout,
	Run:     runBalance,
}

func init() { register(60, Balance) }

var (
	labelAvailable = i18n.T("可用余额", "available")
	labelAmount    = i18n.T("金额", "amount")
	labelFee       = i18n.T("手续费", "fee")
	labelRequired  = i18n.T("所需金额", "required")
	labelShortfall = i18n.T("差额", "shortfall")
	labelMinimum   = i18n.T("最低金额", "minimum")
	labelField     = i18n.T("字段", "field")

	msgBalanceNoInput   = i18n.T("页面未提供余额或待付款金额。", "The page did not provide a balance or a pending amount.")
	msgAmountInvalid    = i18n.T("%s 的值不是有效金额。", "The value of %s is not a valid amount.")
	fixAmountInvalid    = i18n.T("金额须为不带千位分隔符的非负十进制数字，例如 12.50。请联系平台技术支持，此数据由平台页面提供。", "Amounts must be non-negative decimals without separators, e.g. 12.50. This value comes from the platform's page; report it to the platform.")
	msgCurrencyMismatch = i18n.T("余额币种（%s）与付款币种（%s）不一致。", "The balance is in %s but the payment is in %s.")
	fixCurrencyMismatch = i18n.T("先把资金兑换或划转为 %[2]s，或选择以 %[1]s 付款/提现。", "Convert or transfer funds into %[2]s first, or pay or withdraw in %[1]s.")
	msgBelowMinimum     = i18n.T("提现金额 %s 低于最低提现金额 %s。", "The withdrawal of %s is below the minimum of %s.")
	msgBelowMinimumPay  = i18n.T("金额 %s 低于最低金额 %s。", "The amount %s is below the minimum of %s.")
	fixBelowMinimum     = i18n.T("把金额提高到至少 %s，或等余额累积后再提现。", "Raise the amount to at least %s, or wait until more funds have accumulated.")
	msgInsufficient     = i18n.T("余额不足：可用 %s，需要 %s（金额 %s + 手续费 %s），差 %s。", "Insufficient balance: %s available, %s needed (amount %s + fee %s), %s short.")
	fixInsufficientPay  = i18n.T("充值至少 %s，或改用其他付款方式，然后重新付款。", "Top up at least %s or use another payment method, then pay again.")
	fixInsufficientWd   = i18n.T("把提现金额降到 %s 或以下（余额减去手续费），或先充值 %s。", "Lower the withdrawal to %s or less (balance minus fee), or top up %s first.")
	msgBalanceOK        = i18n.T("余额足以支付：可用 %s，需要 %s。", "The balance covers it: %s available, %s needed.")
	msgBalanceOnly      = i18n.T("可用余额 %s，没有待处理的付款或提现。", "%s available; no pending payment or withdrawal to compare with.")
)

func runBalance(ctx context.Context, p *diag.Pass) error {
	hc := p.Context()
	b, pend := hc.Balance, hc.Pending
	if b.Available == "" && pend.Amount == "" {
		p.Report(diag.Skipped(msgBalanceNoInput))
		return nil
	}
	// Parse every amount present; report each bad one, because each is a
	// separate bug in the host's integration.
	amounts := map[string]Decimal{}
	bad := false
	for _, a := range []struct{ path, val string }{
		{"balance.available", b.Available}, {"pending.amount", pend.Amount},
		{"pending.fee", pend.Fee}, {"pending.minimum", pend.Minimum},
	} {
		if a.val == "" {
			continue
		}
		d, err := ParseDecimal(a.val)
		if err != nil || d.Sign() < 0 {
			p.Report(newFinding(diag.CodeBalanceAmountInvalid, diag.StatusError, msgAmountInvalid.Format(a.path), fixAmountInvalid,
				evidence(labelField, a.path), evidence(labelAmount, clip(a.val, 40))))
			bad = true
			continue
		}
		amounts[a.path] = d
	}
	if bad {
		return nil
	}
	avail, hasAvail := amounts["balance.available"]
	amount, hasAmount := amounts["pending.amount"]
	if !hasAmount {
		p.Report(newFinding(diag.CodeBalanceOK, diag.StatusPass, msgBalanceOnly.Format(money(avail, b.Currency)), i18n.Text{}))
		return nil
	}
	withdrawal := pend.Kind == "withdrawal"
	problem := false

	if b.Currency != "" && pend.Currency != "" && !strings.EqualFold(b.Currency, pend.Currency) {
		// Amounts in different currencies cannot be compared.
		p.Report(newFinding(diag.CodeBalanceCurrencyMismatch, diag.StatusFail,
			msgCurrencyMismatch.Format(b.Currency, pend.Currency), fixCurrencyMismatch.Format(b.Currency, pend.Currency),
			evidence(labelAvailable, money(avail, b.Currency)), evidence(labelAmount, money(amount, pend.Currency))))
		return nil
	}
	cur := b.Currency
	if cur == "" {
		cur = pend.Currency
	}
	if minimum, ok := amounts["pending.minimum"]; ok && amount.Cmp(minimum) < 0 {
		msg := msgBelowMinimumPay
		if withdrawal {
			msg = msgBelowMinimum
		}
		p.Report(newFinding(diag.CodeBalanceBelowMinimum, diag.StatusFail,
			msg.Format(money(amount, cur), money(minimum, cur)), fixBelowMinimum.Format(money(minimum, cur)),
			evidence(labelAmount, money(amount, cur)), evidence(labelMinimum, money(minimum, cur))))
		problem = true
	}
	if !hasAvail {
		if !problem {
			p.Report(diag.Skipped(msgBalanceNoInput))
		}
		return nil
	}
	fee := amounts["pending.fee"] // zero when absent
	required := amount.Add(fee)
	if avail.Cmp(required) < 0 {
		short := required.Sub(avail)
		fix := fixInsufficientPay.Format(money(short, cur))
		if withdrawal {
			fix = fixInsufficientWd.Format(money(nonNegative(avail.Sub(fee)), cur), money(short, cur))
		}
		p.Report(newFinding(diag.CodeBalanceInsufficient, diag.StatusFail,
			msgInsufficient.Format(money(avail, cur), money(required, cur), money(amount, cur), money(fee, cur), money(short, cur)), fix,
			evidence(labelAvailable, money(avail, cur)), evidence(labelAmount, money(amount, cur)), evidence(labelFee, money(fee, cur)),
			evidence(labelRequired, money(required, cur)), evidence(labelShortfall, money(short, cur))))
		problem = true
	}
	if !problem {
		p.Report(newFinding(diag.CodeBalanceOK, diag.StatusPass, msgBalanceOK.Format(money(avail, cur), money(required, cur)), i18n.Text{},
			evidence(labelAvailable, money(avail, cur)), evidence(labelRequired, money(required, cur))))
	}
	return nil
}

// money formats an amount with its currency, e.g. "12.50 USDT".
func money(d Decimal, currency string) string {
	if currency == "" {
		return d.String()
	}
	return d.String() + " " + currency
}

func nonNegative(d Decimal) Decimal {
	if d.Sign() < 0 {
		return Decimal{}
	}
	return d
}
