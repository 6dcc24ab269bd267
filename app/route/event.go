package route

import "github.com/triage-widget/triage/app/bridge"

// Event returns the route event for the result, without a choice. It
// carries ids and codes only, nothing the merchant typed, so the host may
// log it.
func (r Result) Event() bridge.Route {
	ev := bridge.Route{
		Category:    r.Category,
		Inferred:    r.Inferred(),
		Emergency:   r.Emergency,
		Offline:     r.Offline,
		Recommended: make([]bridge.RouteItem, len(r.Recommendations)),
	}
	for i, rec := range r.Recommendations {
		ev.Recommended[i] = rec.item()
	}
	return ev
}

// Chose returns the route event for the merchant acting on the i-th
// recommendation (0-based, as listed); ok is false when there is none.
func (r Result) Chose(i int) (ev bridge.Route, ok bool) {
	if i < 0 || i >= len(r.Recommendations) {
		return bridge.Route{}, false
	}
	ev = r.Event()
	rec := r.Recommendations[i]
	ev.Choice = &bridge.RouteChoice{RouteItem: rec.item(), Rank: i + 1, SelfFix: rec.Kind == KindSelfFix}
	return ev, true
}

func (rec Recommendation) item() bridge.RouteItem {
	it := bridge.RouteItem{Kind: string(rec.Kind)}
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
