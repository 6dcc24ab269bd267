package session

import (
	"testing"
	"time"

	"github.com/triage-widget/triage/app/route"
)

// "Not solved" goes to the first official contact the plan ranks, one that
// is reachable when the merchant is offline and some is not; never a
// self-fix or a freeze.
func TestHumanChannel(t *testing.T) {
	s, _, _ := newSession(t, Deps{})
	if i := s.HumanChannel(); i != -1 {
		t.Fatalf("without a plan: %d", i)
	}
	sg := newSigner(t)
	doc, sig := sg.edition(t, testPublished, nil)
	s.plat = loadAt(serving(doc, sig), memStore{}, sg.pin, testPublished.Add(time.Hour))
	for _, category := range []string{"security", "payment", "onboarding"} {
		s.ChooseCategory(category)
		i := s.HumanChannel()
		if i < 0 {
			t.Fatalf("%s: no human channel in %d recommendations", category, len(s.plan.Recommendations))
		}
		recs := s.plan.Recommendations
		if r := recs[i]; r.Kind != route.KindContact || r.Channel == nil || !r.Reachable {
			t.Errorf("%s: %+v", category, r)
		}
		for _, r := range recs[:i] {
			if r.Kind == route.KindContact && r.Channel != nil && r.Reachable {
				t.Errorf("%s: %s is ranked before %s", category, r.Channel.ID, recs[i].Channel.ID)
			}
		}
	}
	// Offline, a contact that needs the network is passed over for one
	// that does not (a phone), when there is one.
	s.plan.Recommendations = []route.Recommendation{
		{Kind: route.KindFreeze, Channel: s.plan.Recommendations[0].Channel, Reachable: true},
		{Kind: route.KindContact, Channel: s.plan.Recommendations[0].Channel},
		{Kind: route.KindContact, Channel: s.plan.Recommendations[0].Channel, Reachable: true},
	}
	if i := s.HumanChannel(); i != 2 {
		t.Errorf("reachable contact: %d", i)
	}
	s.plan.Recommendations = s.plan.Recommendations[:2]
	if i := s.HumanChannel(); i != 1 {
		t.Errorf("only an unreachable contact: %d", i)
	}
}
