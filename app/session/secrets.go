package session

import (
	"strings"
	"unicode/utf8"
)

// typedSecrets are the values typed into the panel's secret fields while
// the case report is open. Closing the panel clears the fields but not this
// set: a value typed before is still a secret if the merchant pastes it
// into the notes after reopening. Only a new case (NewCase) empties it.
// The values live in this program's memory only, like the fields they came
// from, and are never stored or sent.
type typedSecrets struct {
	values []string          // trimmed, white space collapsed, no repeats
	seen   map[string]string // what each secret field held when last looked at
}

// remember adds v, normalised as the redactor matches it.
func (s *typedSecrets) remember(v string) {
	v = strings.Join(strings.Fields(v), " ")
	if v == "" {
		return
	}
	for _, x := range s.values {
		if x == v {
			return
		}
	}
	s.values = append(s.values, v)
}

// look records what the field key holds now. A value replaced or deleted
// at once (not typed or erased a key at a time) is remembered: it was a
// whole secret, and the merchant may have pasted it elsewhere.
func (s *typedSecrets) look(key, now string) {
	if s.seen == nil {
		s.seen = map[string]string{}
	}
	before := s.seen[key]
	switch {
	case before == "" || before == now:
	case now == "":
		if utf8.RuneCountInString(before) > 1 {
			s.remember(before)
		}
	case !strings.HasPrefix(now, before) && !strings.HasPrefix(before, now):
		s.remember(before)
	}
	s.seen[key] = now
}

// secretsTyped are the values the report redacts wherever they appear:
// what the secret fields hold now, and what they held since the case began.
// It also records what the fields hold (look), so a value replaced since the
// last call is kept.
func (fs *Forms) secretsTyped(secrets *typedSecrets) []string {
	var out []string
	for _, c := range SelfTests() {
		f, ok := fs.forms[c.Name]
		if !ok {
			continue
		}
		for _, fld := range c.Needs.Form {
			if !fld.Secret() {
				continue
			}
			v := f.Values[fld.Name]
			secrets.look(c.Name+"."+fld.Name, v)
			if v != "" {
				out = append(out, v)
			}
		}
	}
	return append(out, secrets.values...)
}

// NewCase clears the case report, the secret fields and the typed secrets,
// and starts a new case with a new id. The UI then sets the page's report
// fields to what the new case holds (ReportView.Fields).
func (s *Session) NewCase() {
	s.Close()
	s.caseRep = caseReport{}
	s.shared = nil
	s.caseRep.start(s.now(), s.lang)
	s.caseRep.prefill(s.context)
	s.caseRep.shared = "new-case"              // announced by the status line
	s.desc, s.emergency = description{}, false // a new problem, in new words
	s.replan()
	s.keepCase()
}
