package session

import (
	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/report"
)

// Shared is the case report as it may leave the panel: redacted, with its
// text in the panel's language.
type Shared struct {
	r    *sharedReport
	lang i18n.Lang
}

// Report is the redacted report.
func (s Shared) Report() report.Report { return s.r.rep }

// Text is the redacted report's text.
func (s Shared) Text() string { return s.r.text }

// Mailto is a mailto: link to address carrying the redacted report.
func (s Shared) Mailto(address string) string { return s.r.mailto(address, s.lang) }

// TicketURL fills a ticket link template from the redacted report.
func (s Shared) TicketURL(tmpl string) (string, error) { return s.r.ticketURL(tmpl) }

// Shared records what the merchant did with the report ("copied",
// "downloaded", "emailed", "ticket") and hands the redacted report to the
// host page (the report event).
func (s *Session) Shared(how string, r report.Report) {
	s.caseRep.shared = how
	s.asked = true
	if s.host == nil {
		return
	}
	b, err := r.JSON()
	if err != nil {
		return
	}
	s.post(bridge.Report(b))
}

// CopyReport copies the redacted report's text with copyText, which blocks,
// off the UI goroutine.
func (s *Session) CopyReport(copyText func(text string) error) {
	sh := s.Sharing()
	r, text := sh.r.rep, sh.r.text
	s.loop.Async(func() {
		err := copyText(text)
		s.loop.Apply(func() {
			if err != nil {
				s.caseRep.shared = "copy-failed"
				return
			}
			s.Shared("copied", r)
		})
	})
}

// DownloadReport saves the redacted report as JSON with download.
func (s *Session) DownloadReport(download func(name, mime string, data []byte) error) {
	r := s.Sharing().r.rep
	b, err := r.JSON()
	if err != nil {
		return
	}
	if download("triage-case-"+r.CaseID+".json", "application/json", b) == nil {
		s.Shared("downloaded", r)
	}
}
