package diag

import "github.com/triage-widget/triage/app/i18n"

// Evidence is one observed fact behind a finding, e.g. "available: 5 USDT".
// Its value is shown to the merchant and may be shared in a case report, so it
// never holds a secret.
type Evidence struct {
	Label i18n.Text `json:"label"`
	Value string    `json:"value"`
}

// Finding is what a check found: a stable dotted code (area.problem), a
// status, and the explanation, evidence and fix in every language.
type Finding struct {
	Check    string     `json:"check"`
	Code     Code       `json:"code"`
	Status   Status     `json:"status"`
	Severity Severity   `json:"severity,omitempty"`
	Message  i18n.Text  `json:"message"`
	Fix      i18n.Text  `json:"fix,omitzero"`
	Evidence []Evidence `json:"evidence,omitempty"`
	Next     string     `json:"next,omitempty"` // name of a check to run next
}

// Skipped is a finding for a check that does not apply, saying why.
func Skipped(why i18n.Text) Finding {
	return Finding{Code: CodeSkipped, Status: StatusSkip, Message: why}
}

// Weight is how much a finding blocks the merchant, for ranking: its own
// severity, else its code's default, else medium; critical 4 … low 1.
func (f Finding) Weight() int {
	s := f.Severity
	if !s.Valid() {
		s = f.Code.Severity()
	}
	switch s {
	case SeverityCritical:
		return 4
	case SeverityHigh:
		return 3
	case SeverityLow:
		return 1
	}
	return 2
}
