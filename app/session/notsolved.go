package session

import "github.com/triage-widget/triage/app/route"

// HumanChannel is the recommendation a merchant whose problem the panel
// did not solve goes to: the first official contact the plan ranks, one
// reachable now if there is one; -1 without a plan or a contact.
func (s *Session) HumanChannel() int {
	i := -1
	if s.plan == nil {
		return i
	}
	for j, r := range s.plan.Recommendations {
		if r.Kind != route.KindContact || r.Channel == nil {
			continue
		}
		if r.Reachable {
			return j
		}
		if i < 0 {
			i = j
		}
	}
	return i
}
