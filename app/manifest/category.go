package manifest

import "github.com/triage-widget/triage/app/i18n"

// Category is a kind of problem the merchant can pick ("payment anomaly",
// "security emergency"), with what the widget checks, what the merchant
// should prepare and the steps of the support guide.
type Category struct {
	// ID is unique in the manifest; rules refer to it.
	ID      string    `json:"id"`
	Title   i18n.Text `json:"title"`
	Summary i18n.Text `json:"summary"`
	// Symptoms are the guide's examples, shown to help the merchant pick.
	Symptoms []i18n.Text `json:"symptoms,omitempty"`
	// Keywords are the words merchants describe the problem with; the
	// panel matches what the merchant types against them and the
	// category's texts. An emergency category's keywords should name a
	// compromise ("stolen"): a match selects it.
	Keywords Keywords `json:"keywords,omitzero"`
	Urgency  Urgency  `json:"urgency"`
	// Checks are the names of engine checks to run for this category
	// ("network", "clock", "signature", …), in order.
	Checks []string `json:"checks,omitempty"`
	// Findings are finding codes that point to this category when the
	// merchant has not picked one ("signature.*" matches any signature
	// finding); see MatchCode.
	Findings []string `json:"findings,omitempty"`
	// Hints are finding codes that point to this category more weakly than
	// Findings: they only break ties Findings leave open and map codes no
	// category lists. For a finding, the category whose hint matches it
	// most closely wins (an exact code before "area.*"), then the one
	// listed first. Emergency categories' hints are ignored: only the
	// merchant or Findings may lead to an emergency.
	Hints []string `json:"hints,omitempty"`
	// Prefer lists channel kinds ("ticket") or channel ids the category
	// prefers, best first: among the channels the rules route to, those it
	// names lead, in this order.
	Prefer []string `json:"prefer,omitempty"`
	// MoneyInTransit marks a category about money debited but not yet
	// credited (a payment not received, a delayed deposit): the panel asks
	// for the transaction hash and the order number, adds the hotlines and
	// puts phones and tickets first unless Prefer says otherwise. Ignored
	// on an emergency.
	MoneyInTransit bool `json:"moneyInTransit,omitempty"`
	// Prepare is what to have at hand before contacting support.
	Prepare []Prep `json:"prepare"`
	// Flow is the guide's procedure, step by step.
	Flow []Step `json:"flow,omitempty"`
}

// Urgency orders categories for routing.
type Urgency string

// Urgencies. An emergency puts freezing the account and the 24/7 hotline
// first.
const (
	UrgencyEmergency Urgency = "emergency"
	UrgencyHigh      Urgency = "high"
	UrgencyNormal    Urgency = "normal"
	UrgencyLow       Urgency = "low"
)

func (u Urgency) known() bool {
	switch u {
	case UrgencyEmergency, UrgencyHigh, UrgencyNormal, UrgencyLow:
		return true
	}
	return false
}

// Prep is one item to prepare. Field, when set, names the case report field
// the item fills (see PrepFields), so the report can be prefilled and show
// what is still missing; items without a field are things only the merchant
// can bring (a screenshot).
type Prep struct {
	Field string    `json:"field,omitempty"`
	Text  i18n.Text `json:"text"`
}

// PrepFields are the case report fields a Prep may name.
var PrepFields = []string{
	"merchantId", "contact", "store", "occurredAt", "steps", "error", "screenshot",
	"txHash", "orderId", "lastLogin", "tried", "environment", "balance",
	"registeredEmail", "identity", "notice", "transfer",
}

// Step is one step of a category's flow.
type Step struct {
	Text i18n.Text `json:"text"`
	// Check is the engine check that performs or verifies this step.
	Check string `json:"check,omitempty"`
	// Link is a help article for the step, on an official domain.
	Link string `json:"link,omitempty"`
	// Channel is the channel to use at this step ("contact support").
	Channel string `json:"channel,omitempty"`
}
