package session

import (
	"encoding/json"
	"time"

	"github.com/google/uuid"

	"github.com/triage-widget/triage/app/report"
)

// caseKey names the case kept in CaseStore.
const caseKey = "triage:case"

// maxKeptCase bounds what restoreCase reads: every typed field at its
// bound, with room for JSON escaping.
const maxKeptCase = 256 << 10

// keepCase writes what of the case survives a reload of the dashboard to
// CaseStore: its id, the category the merchant picked and the typed report
// fields, one flat JSON object ("id", "category" and the fields' names).
// The fields are taken from the redacted report (Sharing), so a secret
// typed in a tool, or a key or a seed phrase pasted in the notes, is
// removed before it is stored; the secret fields are never part of it.
func (s *Session) keepCase() {
	if s.deps.CaseStore == nil || s.caseRep.id == "" {
		return
	}
	c := map[string]string{"id": s.caseRep.id, "category": s.category}
	// A case just started holds nothing to redact: the first open does not
	// wait for the redactor.
	if len(s.caseRep.fields) > 0 {
		r := s.Sharing().Report()
		for _, f := range report.Fields {
			if f.Typed {
				c[f.Name], _ = r.Field(f.Name)
			}
		}
	}
	if b, err := json.Marshal(c); err == nil {
		s.deps.CaseStore.Set(caseKey, string(b))
	}
}

// restoreCase takes up the case kept before a reload. What the store holds
// is checked as any input is: a malformed or oversized record, or one
// whose id is not a UUID v7, is dropped, and so is a field over its bound
// or holding a seed phrase. The case's time is its id's.
func (s *Session) restoreCase() bool {
	if s.deps.CaseStore == nil {
		return false
	}
	v, ok := s.deps.CaseStore.Get(caseKey)
	var c map[string]string
	if !ok || len(v) > maxKeptCase || json.Unmarshal([]byte(v), &c) != nil {
		return false
	}
	category := c["category"]
	if len(category) > maxQueryValue {
		return false
	}
	// A UUID v7 as report.New writes it (lower case), its time the case's.
	id := c["id"]
	u, err := uuid.Parse(id)
	if err != nil || u.Version() != 7 || u.String() != id {
		return false
	}
	sec, nsec := u.Time().UnixTime()
	s.caseRep.id, s.caseRep.created = id, time.Unix(sec, nsec)
	s.caseRep.init()
	// JSON has made the text valid UTF-8; the rest is checked as typing is.
	for _, f := range report.Fields {
		if v := c[f.Name]; f.Typed && v != "" && len(v) <= f.Max && !looksLikeWalletSecret(v) {
			s.caseRep.fields[f.Name], s.caseRep.seeds[f.Name] = v, v
		}
	}
	if s.category == "" {
		s.category = category
	}
	return true
}

// startCase gives the case its id on the first open: the one kept before
// a reload of the dashboard, or a new one.
func (s *Session) startCase() {
	if s.caseRep.id != "" || s.restoreCase() {
		return
	}
	s.caseRep.start(s.now(), s.lang)
	s.keepCase()
}
