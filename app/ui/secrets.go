package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/jscall"
)

// typedSecrets are the values typed into the panel's secret fields while
// the case report is open. Closing the panel clears the fields but not this
// set: a value typed before is still a secret if the merchant pastes it
// into the notes after reopening. Only a new case (newCase) empties it.
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
func (p *Panel) secretsTyped() []string {
	var out []string
	for _, c := range formChecks() {
		f, ok := p.forms[c.Name]
		if !ok {
			continue
		}
		for _, fld := range c.Needs.Form {
			if !fld.Secret() {
				continue
			}
			v := f.values[fld.Name]
			p.caseRep.secrets.look(c.Name+"."+fld.Name, v)
			if v != "" {
				out = append(out, v)
			}
		}
	}
	return append(out, p.caseRep.secrets.values...)
}

// newCase clears the case report, the secret fields and the typed secrets,
// and starts a new case with a new id.
func (p *Panel) newCase(ctx app.Context, e app.Event) {
	p.clearSecrets()
	p.caseRep = caseReport{}
	p.shared = nil
	p.startReport()
	p.prefillReport()
	// The fields keep what the merchant typed in the page; set them to
	// what the new case holds (empty, or what the dashboard prefilled).
	for _, f := range reportFields {
		setInputByID("triage-report-"+f.name, p.caseRep.fields[f.name])
	}
	p.caseRep.shared = "new-case" // announced by the status line; focus stays on the button
}

// setInputByID writes the value of the input with the given id.
func setInputByID(id, v string) {
	_ = jscall.Do("write input", func() {
		if el := app.Window().GetElementByID(id); el != nil && el.Truthy() {
			el.Set("value", v)
		}
	})
}
