package session

import (
	"strings"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/route"
)

// cutOff reports a finding that says the platform cannot be reached from
// here. navigator.onLine says nothing when only the platform is out of
// reach; the network check does. Either way its web channels are not to
// be counted on: phone and the saved steps come first.
func cutOff(f diag.Finding) bool {
	return f.Code == diag.CodeNetworkOffline || f.Code == diag.CodeNetworkUnreachable
}

// routeInput is what routing reads of the session now. The merchant is
// offline when the browser or the network check says so; when the browser
// is online and only the platform is out of reach, the texts say that
// instead of "you are offline".
func (s *Session) routeInput() route.Input {
	var findings []diag.Finding
	online, browserOffline := true, false
	for _, r := range s.allResults() {
		findings = append(findings, r.Findings...)
		for _, f := range r.Findings {
			if cutOff(f) {
				online = false
			}
			browserOffline = browserOffline || f.Code == diag.CodeNetworkOffline
		}
	}
	if s.deps.Browser != nil && !s.deps.Browser().Online {
		online, browserOffline = false, true
	}
	return route.Input{
		PlatformUnreachable: !online && !browserOffline,
		Emergency:           s.emergency || asksEmergency(s.plat.manifest, s.category) || s.desc.match.Emergency && s.category == "",
		Manifest:            s.plat.manifest,
		Category:            s.routeCategory(),
		Findings:            findings,
		LastError:           s.context.LastError.Code,
		Now:                 s.now(),
		Lang:                s.lang,
		Online:              online,
	}
}

// replan routes the merchant from the current findings, category and
// connectivity, whenever one of them changes.
func (s *Session) replan() {
	if s.plat == nil || !s.plat.settled() || s.plat.manifest == nil {
		s.plan = nil
		return
	}
	s.rematch()
	plan := route.Plan(s.routeInput())
	s.plan = &plan
}

// postRoute tells the host what was recommended (no choice yet).
func (s *Session) postRoute() {
	if s.plan != nil {
		s.post(s.plan.Event())
	}
}

// Chose tells the host which recommendation the merchant acted on, so the
// platform can measure self-fixes against contacts.
func (s *Session) Chose(i int) {
	if s.plan == nil {
		return
	}
	if ev, ok := s.plan.Chose(i); ok {
		s.post(ev)
		s.asked = true
	}
}

// ChooseCategory switches the problem category: the one the merchant
// picked, or the plan's Escalate (a security emergency).
func (s *Session) ChooseCategory(id string) {
	s.category, s.emergency = id, false
	s.replan()
	s.postRoute()
	s.keepCase()
}

// ReportCompromise is the merchant saying their account may be in someone
// else's hands: the panel turns to the emergency path.
func (s *Session) ReportCompromise() {
	s.emergency = true
	s.replan()
	s.postRoute()
}

// emergencyIDs are category ids a host may open with to mean a security
// emergency, whatever its platform's manifest calls that category.
var emergencyIDs = []string{"security", "emergency", "fraud", "compromise", "hacked", "stolen", "theft"}

// asksEmergency reports whether the host opened the panel on a category
// the manifest lacks that names a security emergency: every platform gets
// the emergency path, with or without an emergency category.
func asksEmergency(m *manifest.Manifest, id string) bool {
	if m == nil || id == "" {
		return false
	}
	if _, ok := m.Category(id); ok {
		return false // the manifest says what its category is
	}
	id = strings.ToLower(id)
	for _, e := range emergencyIDs {
		if strings.Contains(id, e) {
			return true
		}
	}
	return false
}
