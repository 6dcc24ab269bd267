package manifest

import (
	"time"

	"github.com/triage-widget/triage/app/i18n"
)

// Kind is what sort of channel a Channel is.
type Kind string

// The channel kinds. Routing treats them differently: freeze-account and
// phone lead in an emergency, help-center and docs serve "fix it yourself",
// ticket carries a response time.
const (
	KindPhone         Kind = "phone"          // a hotline; Value is tel:
	KindEmail         Kind = "email"          // Value is mailto:
	KindTicket        Kind = "ticket"         // a ticket form; Value may be a template
	KindHelpCenter    Kind = "help-center"    // FAQ and tutorials
	KindDocs          Kind = "docs"           // developer documentation
	KindChat          Kind = "chat"           // live chat
	KindCommunity     Kind = "community"      // groups, forums, live streams
	KindSocial        Kind = "social"         // official social accounts
	KindStatus        Kind = "status"         // system status and maintenance page
	KindFreezeAccount Kind = "freeze-account" // freeze the account now; https or tel:
)

// Kinds lists every channel kind.
var Kinds = []Kind{KindPhone, KindEmail, KindTicket, KindHelpCenter, KindDocs, KindChat,
	KindCommunity, KindSocial, KindStatus, KindFreezeAccount}

// Known reports whether k is one of Kinds.
func (k Kind) Known() bool {
	for _, x := range Kinds {
		if k == x {
			return true
		}
	}
	return false
}

// Channel is one official way to get help.
type Channel struct {
	// ID is unique in the manifest; rules and flows refer to it.
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Value is where the channel leads: "tel:+15550100" for phone,
	// "mailto:support@example.com" for email, an https URL on an official
	// domain otherwise. A ticket URL may hold placeholders filled from the
	// case report: {caseId}, {category}, {lang}, {merchantId}, {orderId},
	// {txHash}, {error} (see TicketPlaceholders).
	Value string    `json:"value"`
	Label i18n.Text `json:"label"`
	// Note is shown under the label ("apply in the merchant back office").
	Note  i18n.Text `json:"note,omitzero"`
	Hours Hours     `json:"hours"`
	// Regions the channel serves: ISO 3166-1 alpha-2 codes ("CN", "HK") or
	// "global".
	Regions []string `json:"regions"`
	// Languages spoken on the channel, BCP 47 ("zh-CN", "en", "ja").
	Languages []string `json:"languages"`
	// Response is how soon an answer comes (a ticket: 24–48 h).
	Response *Span `json:"response,omitempty"`
	// Peak, if set, is when the channel is busiest and queues form; the
	// panel then shows PeakAdvice (try off-peak, use the help center first).
	Peak       *Hours    `json:"peak,omitempty"`
	PeakAdvice i18n.Text `json:"peakAdvice,omitzero"`
}

// OpenAt reports whether the channel is staffed at t.
func (c Channel) OpenAt(t time.Time) bool { return c.Hours.OpenAt(t) }

// PeakAt reports whether t falls in the channel's peak hours.
func (c Channel) PeakAt(t time.Time) bool { return c.Peak != nil && c.Peak.OpenAt(t) }

// Serves reports whether the channel serves a region (ISO code; "" matches
// any channel). A "global" channel serves every region.
func (c Channel) Serves(region string) bool {
	if region == "" || len(c.Regions) == 0 {
		return true
	}
	for _, r := range c.Regions {
		if r == "global" || equalFold(r, region) {
			return true
		}
	}
	return false
}

// Speaks reports whether the channel is staffed in a language; "zh-CN"
// matches a channel that lists "zh" and the other way round.
func (c Channel) Speaks(lang string) bool {
	for _, l := range c.Languages {
		if equalFold(l, lang) || equalFold(primary(l), primary(lang)) {
			return true
		}
	}
	return false
}

func primary(tag string) string {
	for i := 0; i < len(tag); i++ {
		if tag[i] == '-' || tag[i] == '_' {
			return tag[:i]
		}
	}
	return tag
}

// Span is a range of durations, such as a response time of 24 to 48 hours.
type Span struct {
	Min Duration `json:"min"`
	Max Duration `json:"max"`
}
