package route

import (
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/manifest"
)

// moneyInTransit reports the "money debited but not credited" situation
// (seed 000 "用户支付后商家未收到到账", seed 002 "汇款延迟"): a pending deposit
// found by the tx check (which also turns a recent order stuck in a pending
// status into tx.deposit_pending), or a category the manifest marks
// moneyInTransit. An emergency is handled as one, not as money on the way.
func moneyInTransit(cat *manifest.Category, problems []diag.Finding) bool {
	for _, f := range problems {
		if f.Code == diag.CodeTxDepositPending {
			return true
		}
	}
	return cat != nil && cat.Urgency != manifest.UrgencyEmergency && cat.MoneyInTransit
}

// moneyPreferred are the channel kinds money on the way puts first ("拨打热线
// 或提交工单"), alike, when the category states no preference of its own.
var moneyPreferred = []manifest.Kind{manifest.KindPhone, manifest.KindTicket}

// preference ranks a channel for the situation, lower first: its position
// in the category's Prefer list (by id, else by kind); for money on the way
// and no list, 0 for a phone or a ticket; len otherwise.
func preference(cat *manifest.Category, money bool, c *manifest.Channel) int {
	if cat != nil && len(cat.Prefer) > 0 {
		for i, x := range cat.Prefer {
			if x == c.ID {
				return i
			}
		}
		for i, x := range cat.Prefer {
			if manifest.Kind(x) == c.Kind {
				return i
			}
		}
		return len(cat.Prefer)
	}
	if money {
		for _, k := range moneyPreferred {
			if c.Kind == k {
				return 0
			}
		}
		return 1
	}
	return 0
}
