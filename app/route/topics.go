package route

import (
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/manifest"
)

// moneyInTransit reports the "money debited but not credited" situation
// (seed 000 "用户支付后商家未收到到账", seed 002 "汇款延迟"): a pending deposit
// found by the tx check (which also turns a recent order stuck in a pending
// status into tx.deposit_pending), or a category whose own checks include
// the transaction check, which is how a manifest marks a category about
// money on the way ("payment", "deposit-delay"). The manifest has no field
// that says so outright.
func moneyInTransit(cat *manifest.Category, problems []diag.Finding) bool {
	for _, f := range problems {
		if f.Code == diag.CodeTxDepositPending {
			return true
		}
	}
	if cat == nil || cat.Urgency == manifest.UrgencyEmergency {
		return false
	}
	for _, c := range cat.Checks {
		if c == "tx" {
			return true
		}
	}
	return false
}

// ticketTopics are the categories seed 000 sends to a ticket ("针对非紧急的
// 复杂问题（如资质审核、费率协商），可通过商家后台提交工单，客服会在24-48小时内回复"):
// fees, settlement and onboarding review. They are matched by category id
// because the manifest has no field for a category's preferred channel kind.
var ticketTopics = []string{"fees", "settlement", "onboarding"}

// ticketTopic reports a category that goes to a ticket first.
func ticketTopic(cat *manifest.Category) bool {
	if cat == nil {
		return false
	}
	for _, id := range ticketTopics {
		if cat.ID == id {
			return true
		}
	}
	return false
}

// promoted reports whether a channel kind leads the contacts in the
// situation: phones and tickets for money not credited ("拨打热线或提交工单"),
// tickets for the ticket topics.
func promoted(k manifest.Kind, money, tickets bool) bool {
	switch k {
	case manifest.KindPhone:
		return money
	case manifest.KindTicket:
		return money || tickets
	}
	return false
}
