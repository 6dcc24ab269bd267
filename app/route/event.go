package route

// Event is the payload of the widget's "route" event: what was recommended,
// in order, and, once the merchant acts, what they chose. It carries ids and
// codes only, nothing the merchant typed, so the host may log it.
type Event struct {
	Category string `json:"category"`
	// Inferred is true when the widget inferred the category.
	Inferred    bool        `json:"inferred"`
	Emergency   bool        `json:"emergency"`
	Offline     bool        `json:"offline"`
	Recommended []EventItem `json:"recommended"`
	// Choice is set on the event sent when the merchant acts.
	Choice *Choice `json:"choice,omitempty"`
}

// EventItem is one recommendation as the host sees it.
type EventItem struct {
	Kind    Kind   `json:"kind"`
	Channel string `json:"channel,omitempty"`
	Finding string `json:"finding,omitempty"`
	// Guide marks the saved guide (offline), which has neither.
	Guide bool `json:"guide,omitempty"`
}

// Choice is the recommendation the merchant acted on.
type Choice struct {
	EventItem
	// Rank is its 1-based position in Recommended.
	Rank int `json:"rank"`
	// SelfFix is true when the merchant chose to help themselves (a fix, a
	// help article, the docs, the guide) rather than contact support or
	// freeze the account: a deflected contact, which the platform measures.
	SelfFix bool `json:"selfFix"`
}

// Event returns the route event for the result, without a choice.
func (r Result) Event() Event {
	ev := Event{
		Category:    r.Category,
		Inferred:    r.Inferred(),
		Emergency:   r.Emergency,
		Offline:     r.Offline,
		Recommended: make([]EventItem, len(r.Recommendations)),
	}
	for i, rec := range r.Recommendations {
		ev.Recommended[i] = rec.item()
	}
	return ev
}

// Chose returns the route event for the merchant acting on the i-th
// recommendation (0-based, as listed); ok is false when there is none.
func (r Result) Chose(i int) (ev Event, ok bool) {
	if i < 0 || i >= len(r.Recommendations) {
		return Event{}, false
	}
	ev = r.Event()
	rec := r.Recommendations[i]
	ev.Choice = &Choice{EventItem: rec.item(), Rank: i + 1, SelfFix: rec.Kind == KindSelfFix}
	return ev, true
}

func (rec Recommendation) item() EventItem {
	it := EventItem{Kind: rec.Kind}
	switch {
	case rec.Channel != nil:
		it.Channel = rec.Channel.ID
	case rec.Finding != nil:
		it.Finding = string(rec.Finding.Code)
	default:
		it.Guide = true
	}
	return it
}
