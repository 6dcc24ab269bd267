package session

import (
	"crypto/sha256"
	"encoding/json"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/report"
)

// sharedReport is the redacted case report and what the panel renders from
// it, kept until what it was made from changes: redaction scans every field
// against twelve wordlists, and the panel renders far more often than the
// report changes.
type sharedReport struct {
	key     [sha256.Size]byte // of the unredacted report, the secrets and the language
	rep     report.Report     // redacted
	text    string            // rep.Text in the panel's language
	mailtos map[string]string // by address
	tickets map[string]ticketLink
}

type ticketLink struct {
	url string
	err error
}

// Sharing is the redacted case report, made again only when the report,
// the typed secrets or the language changed. The key is a digest, so the
// cache holds no copy of a secret.
func (s *Session) Sharing() Shared {
	in, secrets := s.reportInput(), s.forms.secretsTyped(&s.caseRep.secrets)
	h := sha256.New()
	b, _ := json.Marshal(in) // plain data: cannot fail
	h.Write(b)
	for _, s := range secrets {
		h.Write([]byte{0})
		h.Write([]byte(s))
	}
	h.Write([]byte{0})
	h.Write([]byte(s.lang))
	var key [sha256.Size]byte
	h.Sum(key[:0])
	if c := s.shared; c != nil && c.key == key {
		return Shared{c, s.lang}
	}
	rep := in.Redacted(secrets...)
	s.shared = &sharedReport{key: key, rep: rep, text: rep.Text(s.lang),
		mailtos: map[string]string{}, tickets: map[string]ticketLink{}}
	return Shared{s.shared, s.lang}
}

func (r *sharedReport) mailto(address string, lang i18n.Lang) string {
	m, ok := r.mailtos[address]
	if !ok {
		m = r.rep.Mailto(address, lang)
		r.mailtos[address] = m
	}
	return m
}

func (r *sharedReport) ticketURL(tmpl string) (string, error) {
	t, ok := r.tickets[tmpl]
	if !ok {
		t.url, t.err = r.rep.TicketURL(tmpl)
		r.tickets[tmpl] = t
	}
	return t.url, t.err
}
