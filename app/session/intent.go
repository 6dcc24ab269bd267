package session

import (
	"strings"

	"github.com/triage-widget/triage/app/intent"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/report"
)

// Intent is what the merchant's own description of the problem points to
// (Describe). The description itself is not part of it: it may hold a
// secret.
type Intent struct {
	// Described says the merchant has typed something.
	Described bool
	// Suggested is the category the description clearly points to; ""
	// when none does. Routing follows it until the merchant picks one.
	Suggested string
	// Ranked are the categories the description has some evidence for,
	// best first, to order the choices by.
	Ranked []intent.Score
	// Emergency says the description points to a compromise ("被盗",
	// "hacked"). Suggested is then the manifest's emergency category, or
	// "" when it has none and the panel takes its own emergency path.
	Emergency bool
}

// DescribeLimit bounds a description: a paragraph, not a document.
const DescribeLimit = 2000

// description is the session's side of Describe.
type description struct {
	index *intent.Index
	of    *manifest.Manifest // the manifest index was built from
	// pending is the description, redacted, while no verified manifest
	// can match it; it is matched, and dropped, once one is.
	pending string
	match   intent.Match
	typed   bool
}

// Describe matches what the merchant typed in "describe it in your own
// words" against the manifest's categories, on every keystroke. Only the
// match is kept; when no manifest is there yet, a redacted copy waits for
// it. A suggestion that changes re-routes.
func (s *Session) Describe(text string) {
	if len(text) > DescribeLimit {
		text = strings.ToValidUTF8(text[:DescribeLimit], "") // not half a character
	}
	text = strings.TrimSpace(text)
	before := s.suggestion()
	s.desc.typed = text != ""
	s.desc.pending = ""
	s.desc.match = s.intentIndex(s.verifiedManifest()).Match(text)
	if text != "" && (s.plat == nil || !s.plat.settled()) {
		s.desc.pending = report.Redact(text, s.forms.secretsTyped(&s.caseRep.secrets)...)
	}
	if s.suggestion() != before {
		s.replan()
		s.postRoute()
	}
}

// rematch matches a description typed before the manifest arrived, once
// it has.
func (s *Session) rematch() {
	if m := s.verifiedManifest(); m != nil && s.desc.pending != "" {
		s.desc.match = s.intentIndex(m).Match(s.desc.pending)
		s.desc.pending = ""
	}
}

// intentIndex is the match index of m, built once per manifest; without
// one, only the compromise words match.
func (s *Session) intentIndex(m *manifest.Manifest) *intent.Index {
	if s.desc.index == nil || s.desc.of != m {
		s.desc.index, s.desc.of = intent.New(m), m
	}
	return s.desc.index
}

func (s *Session) verifiedManifest() *manifest.Manifest {
	if s.plat == nil || !s.plat.settled() {
		return nil
	}
	return s.plat.manifest
}

// suggestion is what the description says routing should follow.
func (s *Session) suggestion() string { return s.desc.match.Best }

// routeCategory is the category routing follows: the merchant's pick
// (or the host's), or else what their description points to. A pick the
// manifest lacks (the host asked for "security" on a platform without
// one) gives way to the description.
func (s *Session) routeCategory() string {
	switch {
	case s.category == "":
		return s.suggestion()
	case s.suggestion() == "":
		return s.category
	}
	if m := s.verifiedManifest(); m != nil {
		if _, ok := m.Category(s.category); !ok {
			return s.suggestion()
		}
	}
	return s.category
}

// intentState is the description's match as the UI draws it.
func (s *Session) intentState() Intent {
	m := s.desc.match
	return Intent{Described: s.desc.typed, Suggested: m.Best, Ranked: m.Ranked, Emergency: m.Emergency}
}
