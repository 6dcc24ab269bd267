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
	Title: i18n.M(i18n.CheckBalanceTitle),
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
	labelAvailable = i18n.M(i18n.CheckBalanceAvailable)
	labelAmount    = i18n.M(i18n.CheckBalanceAmount)
	labelFee       = i18n.M(i18n.CheckBalanceFee)
	labelRequired  = i18n.M(i18n.CheckBalanceRequired)
	labelShortfall = i18n.M(i18n.CheckBalanceShortfall)
	labelMinimum   = i18n.M(i18n.CheckBalanceMinimum)
	labelField     = i18n.M(i18n.CheckBalanceField)

	msgBalanceNoInput   = i18n.M(i18n.CheckBalanceBalanceNoInput)
	msgAmountInvalid    = i18n.M(i18n.CheckBalanceAmountInvalid)
	fixAmountInvalid    = i18n.M(i18n.CheckBalanceFixAmountInvalid)
	msgCurrencyMismatch = i18n.M(i18n.CheckBalanceCurrencyMismatch)
	fixCurrencyMismatch = i18n.M(i18n.CheckBalanceFixCurrencyMismatch)
	msgBelowMinimum     = i18n.M(i18n.CheckBalanceBelowMinimum)
	msgBelowMinimumPay  = i18n.M(i18n.CheckBalanceBelowMinimumPay)
	fixBelowMinimum     = i18n.M(i18n.CheckBalanceFixBelowMinimum)
	msgInsufficient     = i18n.M(i18n.CheckBalanceInsufficient)
	fixInsufficientPay  = i18n.M(i18n.CheckBalanceFixInsufficientPay)
	fixInsufficientWd   = i18n.M(i18n.CheckBalanceFixInsufficientWd)
	msgBalanceOK        = i18n.M(i18n.CheckBalanceBalanceOK)
	msgBalanceOnly      = i18n.M(i18n.CheckBalanceBalanceOnly)
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
