package session

import "github.com/triage-widget/triage/app/report"

// formAsks names the typed report fields the plan's preparation list asks
// for (the category's, completed by the built-in rules), with the notes:
// the form shows them first and the others under "more details". Nil
// without a plan, or when the list asks for every field: the form shows
// every field alike.
//
// When the layout (the fields asked first) changes, the seeds take what
// the fields hold: a field moved is a new input, rendered with its seed.
func (s *Session) formAsks() map[string]bool {
	var asks map[string]bool
	var layout uint32 // a bit for each field of report.Fields asked
	if s.plan != nil {
		asks = map[string]bool{"notes": true} // the merchant's own words always have a place
		for _, p := range s.plan.Prepare {
			name := p.Field
			if name == "registeredEmail" {
				name = "contact" // one field holds the phone number or email
			}
			asks[name] = true
		}
		all := true
		for i, f := range report.Fields {
			if asks[f.Name] {
				layout |= 1 << i
			} else if f.Typed {
				all = false
			}
		}
		if all {
			asks, layout = nil, 0
		}
	}
	if c := &s.caseRep; c.layout != layout {
		c.layout = layout
		for k, v := range c.fields {
			c.seeds[k] = v
		}
	}
	return asks
}
