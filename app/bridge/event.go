package bridge

import "encoding/json"

// Events the widget sends to the host page. The loader hands each to the
// callbacks registered with triage('on', name, cb); it learns the names from
// the ready event, so a new event is declared here only (and in README.md).
const (
	EventReady    = "ready"
	EventFindings = "findings"
	EventRoute    = "route"
	EventReport   = "report"
	EventFeedback = "feedback"
	EventClose    = "close"
)

// Event is the payload of one event; its type names the event. The host
// may log every payload: none carries what the merchant typed.
type Event interface {
	Event() string
}

// events lists every event's payload type; Names and the ready event are
// read from it.
var events = []Event{Ready{}, Findings{}, Route{}, Report{}, Feedback{}, Close{}}

// Names returns the name of every event the widget sends, in declaration order.
func Names() []string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = e.Event()
	}
	return out
}

// Ready says the panel is interactive. Events lists the names the loader
// may deliver (Names); the loader adds {warm: true} on a re-open.
type Ready struct {
	Version string   `json:"version"`
	Lang    string   `json:"lang"`
	Events  []string `json:"events"`
}

// Findings is every finding shown, codes only: messages and evidence stay
// in the panel.
type Findings []Finding

// Finding is one entry of the findings event.
type Finding struct {
	Check  string `json:"check"`
	Code   string `json:"code"`
	Status string `json:"status"`
}

// Route is what was recommended, in order, and, once the merchant acts,
// what they chose. It carries ids and codes only.
type Route struct {
	Category string `json:"category"`
	// Inferred is true when the widget inferred the category.
	Inferred    bool        `json:"inferred"`
	Emergency   bool        `json:"emergency"`
	Offline     bool        `json:"offline"`
	Recommended []RouteItem `json:"recommended"`
	// Choice is set on the event sent when the merchant acts.
	Choice *RouteChoice `json:"choice,omitempty"`
}

// RouteItem is one recommendation as the host sees it.
type RouteItem struct {
	Kind    string `json:"kind"`
	Channel string `json:"channel,omitempty"`
	Finding string `json:"finding,omitempty"`
	// Guide marks the saved guide (offline), which has neither.
	Guide bool `json:"guide,omitempty"`
}

// RouteChoice is the recommendation the merchant acted on.
type RouteChoice struct {
	RouteItem
	// Rank is its 1-based position in Recommended.
	Rank int `json:"rank"`
	// SelfFix is true when the merchant chose to help themselves (a fix, a
	// help article, the docs, the guide) rather than contact support or
	// freeze the account: a deflected contact, which the platform measures.
	SelfFix bool `json:"selfFix"`
}

// Report is the shared case report, already redacted, as JSON.
type Report json.RawMessage

// MarshalJSON sends the report's JSON as it is.
func (r Report) MarshalJSON() ([]byte, error) {
	if len(r) == 0 {
		return []byte("null"), nil
	}
	return r, nil
}

// Feedback is the merchant's answer to "did this solve it?".
type Feedback struct {
	Helpful bool `json:"helpful"`
}

// Close says the merchant closed the panel.
type Close struct{}

// Event implements Event.
func (Ready) Event() string    { return EventReady }
func (Findings) Event() string { return EventFindings }
func (Route) Event() string    { return EventRoute }
func (Report) Event() string   { return EventReport }
func (Feedback) Event() string { return EventFeedback }
func (Close) Event() string    { return EventClose }
