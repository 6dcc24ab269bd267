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

	msgBalanceNoInput      = i18n.M(i18n.CheckBalanceBalanceNoInput)
	msgAmountInvalid       = i18n.M(i18n.CheckBalanceAmountInvalid)
	fixAmountInvalid       = i18n.M(i18n.CheckBalanceFixAmountInvalid)
	msgCurrencyMismatch    = i18n.M(i18n.CheckBalanceCurrencyMismatch)
	fixCurrencyMismatch    = i18n.M(i18n.CheckBalanceFixCurrencyMismatch)
	msgBelowMinimum        = i18n.M(i18n.CheckBalanceBelowMinimum)
	msgBelowMinimumPay     = i18n.M(i18n.CheckBalanceBelowMinimumPay)
	fixBelowMinimum        = i18n.M(i18n.CheckBalanceFixBelowMinimum)
	msgInsufficient        = i18n.M(i18n.CheckBalanceInsufficient)
	msgInsufficientMinimum = i18n.M(i18n.CheckBalanceInsufficientMinimum)
	fixRaiseToMinimum      = i18n.M(i18n.CheckBalanceFixRaiseToMinimum)
	fixTopUpToMinimumWd    = i18n.M(i18n.CheckBalanceFixTopUpToMinimumWd)
	fixTopUpToMinimumPay   = i18n.M(i18n.CheckBalanceFixTopUpToMinimumPay)
	fixInsufficientWdTopUp = i18n.M(i18n.CheckBalanceFixInsufficientWdTopUp)
	fixInsufficientPay     = i18n.M(i18n.CheckBalanceFixInsufficientPay)
	fixInsufficientWd      = i18n.M(i18n.CheckBalanceFixInsufficientWd)
	msgBalanceOK           = i18n.M(i18n.CheckBalanceBalanceOK)
	msgBalanceOnly         = i18n.M(i18n.CheckBalanceBalanceOnly)
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
	fee := amounts["pending.fee"] // zero when absent
	minimum, hasMinimum := amounts["pending.minimum"]
	if hasMinimum && amount.Cmp(minimum) < 0 {
		reportBelowMinimum(p, withdrawal, amount, minimum, fee, avail, hasAvail, cur)
		return nil
	}
	if !hasAvail {
		p.Report(diag.Skipped(msgBalanceNoInput))
		return nil
	}
	required := amount.Add(fee)
	if avail.Cmp(required) < 0 {
		short := required.Sub(avail)
		p.Report(newFinding(diag.CodeBalanceInsufficient, diag.StatusFail,
			msgInsufficient.Format(money(avail, cur), money(required, cur), money(amount, cur), money(fee, cur), money(short, cur)),
			insufficientFix(withdrawal, avail, fee, minimum, short, cur),
			evidence(labelAvailable, money(avail, cur)), evidence(labelAmount, money(amount, cur)), evidence(labelFee, money(fee, cur)),
			evidence(labelRequired, money(required, cur)), evidence(labelShortfall, money(short, cur))))
		return nil
	}
	p.Report(newFinding(diag.CodeBalanceOK, diag.StatusPass, msgBalanceOK.Format(money(avail, cur), money(required, cur)), i18n.Text{},
		evidence(labelAvailable, money(avail, cur)), evidence(labelRequired, money(required, cur))))
	return nil
}

// The advice follows one rule. The fee is charged on top of the amount
// (required = amount + fee) and the minimum applies to the amount alone, so
// the smallest acceptable request is max(amount, minimum) and it needs
// available >= max(amount, minimum) + fee:
//   - amount below the minimum, balance covers minimum + fee: raise the
//     amount to the minimum (the balance allows up to available - fee);
//   - amount below the minimum, balance short of minimum + fee: top up
//     minimum + fee - available, then use at least the minimum, or wait;
//   - amount at or above the minimum, balance short of amount + fee: lower a
//     withdrawal to available - fee when that still meets the minimum, or top
//     up amount + fee - available; otherwise only the top-up (or waiting).
// Each case gives one fix (shared when it reports two findings), so the
// panel shows one piece of advice.

// reportBelowMinimum reports an amount below the minimum and, when the
// balance cannot cover the minimum plus the fee, the shortfall against that
// minimum, so the shortfall shown is the top-up the advice asks for. Both
// findings carry the same fix: one piece of advice for the two facts.
func reportBelowMinimum(p *diag.Pass, withdrawal bool, amount, minimum, fee, avail Decimal, hasAvail bool, cur string) {
	msg := msgBelowMinimumPay
	if withdrawal {
		msg = msgBelowMinimum
	}
	required := minimum.Add(fee)
	fix := fixBelowMinimum.Format(money(minimum, cur))
	short := Decimal{}
	insufficient := hasAvail && avail.Cmp(required) < 0
	switch {
	case insufficient:
		short = required.Sub(avail)
		fix = fixTopUpToMinimumPay.Format(money(short, cur), money(minimum, cur))
		if withdrawal {
			fix = fixTopUpToMinimumWd.Format(money(short, cur), money(minimum, cur))
		}
	case hasAvail:
		fix = fixRaiseToMinimum.Format(money(minimum, cur), money(avail.Sub(fee), cur))
	}
	p.Report(newFinding(diag.CodeBalanceBelowMinimum, diag.StatusFail,
		msg.Format(money(amount, cur), money(minimum, cur)), fix,
		evidence(labelAmount, money(amount, cur)), evidence(labelMinimum, money(minimum, cur))))
	if insufficient {
		p.Report(newFinding(diag.CodeBalanceInsufficient, diag.StatusFail,
			msgInsufficientMinimum.Format(money(avail, cur), money(required, cur), money(minimum, cur), money(fee, cur), money(short, cur)), fix,
			evidence(labelAvailable, money(avail, cur)), evidence(labelMinimum, money(minimum, cur)), evidence(labelFee, money(fee, cur)),
			evidence(labelRequired, money(required, cur)), evidence(labelShortfall, money(short, cur))))
	}
}

// insufficientFix advises on an amount that meets the minimum (or has none)
// but exceeds what the balance covers with the fee. Lowering a withdrawal
// is offered only when the lowered amount is positive and still meets the
// minimum; minimum is zero when there is none.
func insufficientFix(withdrawal bool, avail, fee, minimum, short Decimal, cur string) i18n.Text {
	if !withdrawal {
		return fixInsufficientPay.Format(money(short, cur))
	}
	if most := avail.Sub(fee); most.Sign() > 0 && most.Cmp(minimum) >= 0 {
		return fixInsufficientWd.Format(money(most, cur), money(short, cur))
	}
	return fixInsufficientWdTopUp.Format(money(short, cur))
}

// money formats an amount with its currency, e.g. "12.50 USDT".
func money(d Decimal, currency string) string {
	if currency == "" {
		return d.String()
	}
	return d.String() + " " + currency
}
