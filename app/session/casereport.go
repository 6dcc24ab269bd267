package session

import (
	"strings"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/report"
)

// ReportFields are the case report's fields the merchant types, in
// display order (report.Fields owns them: names, labels, bounds).
func ReportFields() []report.Field {
	var out []report.Field
	for _, f := range report.Fields {
		if f.Typed {
			out = append(out, f)
		}
	}
	return out
}

// caseReport is the case report being prepared in the panel.
type caseReport struct {
	id      string
	created time.Time
	fields  map[string]string // what the fields hold now
	// seeds are what the fields are rendered with: the values the dashboard
	// prefilled. Typing never changes them (the UI's fields are uncontrolled).
	seeds   map[string]string
	warned  map[string]bool   // a field whose last input looked like a wallet secret
	refused map[string]int    // a field whose last paste was too large: its size
	notice  map[string]string // a field holding unusual characters
	shared  string            // what was done last: "copied", "downloaded", …
	secrets typedSecrets      // what the secret fields held during this case (secrets.go)
	layout  uint32            // the fields the form asks first (reportlayout.go)
}

// startReport gives the case its id on the first open.
func (c *caseReport) start(now time.Time, lang i18n.Lang) {
	if c.id != "" {
		return
	}
	r, err := report.New(now, lang)
	if err != nil {
		return
	}
	c.id, c.created = r.CaseID, r.CreatedAt
	c.init()
}

func (c *caseReport) init() {
	if c.fields == nil {
		c.fields, c.seeds, c.warned = map[string]string{}, map[string]string{}, map[string]bool{}
		c.refused, c.notice = map[string]int{}, map[string]string{}
	}
}

// prefillReport copies what the dashboard knows into empty report fields.
func (r *caseReport) prefill(c hostctx.Context) {
	r.init()
	contact := c.Contact.Email
	if contact == "" {
		contact = c.Contact.Phone
	}
	errText := strings.TrimSpace(c.LastError.Code + " " + c.LastError.Message)
	var txHash, orderID string
	for _, o := range c.RecentOrders {
		if o.TxHash != "" || o.ID != "" {
			txHash, orderID = o.TxHash, o.ID
			break
		}
	}
	for field, v := range map[string]string{
		"merchantId": c.MerchantID, "contact": contact, "store": c.StoreDomain,
		"occurredAt": c.LastError.At, "error": errText, "txHash": txHash, "orderId": orderID,
	} {
		if strings.TrimSpace(r.fields[field]) == "" && v != "" {
			r.fields[field], r.seeds[field] = v, v
		}
	}
}

// reportInput is the case report before redaction, with what was tried
// filled from the checks that ran.
func (s *Session) reportInput() report.Report {
	f := s.caseRep.fields
	login := strings.Fields(f["lastLogin"])
	r := report.Report{
		// time.Local in the browser is the merchant's offset (Go reads it
		// from Date): the created time reads as they would say it.
		CaseID: s.caseRep.id, CreatedAt: s.caseRep.created.In(time.Local), Lang: s.lang,
		MerchantID: f["merchantId"], Contact: f["contact"], Store: f["store"],
		OccurredAt: f["occurredAt"], Steps: f["steps"], Error: f["error"],
		TxHash: f["txHash"], OrderID: f["orderId"], Notes: f["notes"],
		Balance: strings.TrimSpace(s.context.Balance.Available + " " + s.context.Balance.Currency),
	}
	if len(login) > 0 {
		r.LastLogin.At = login[0]
		r.LastLogin.IP = strings.Join(login[1:], " ")
	}
	if s.plat != nil && s.plat.manifest != nil {
		cat := s.category
		if s.plan != nil {
			cat = s.plan.Category
		}
		r.ForManifest(s.plat.manifest, cat)
		r.Environment.ManifestKey = s.plat.keyPrint
	}
	for _, res := range s.allResults() {
		for _, fd := range res.Findings {
			if fd.Status != diag.StatusSkip {
				r.Tried = append(r.Tried, report.Attempt{Check: fd.Check, Code: string(fd.Code), Status: string(fd.Status), Message: fd.Message})
			}
		}
	}
	r.Environment.Widget = s.deps.Version
	zone := time.Local.String() // natively the system's zone
	if s.deps.Browser != nil {
		b := s.deps.Browser()
		r.Environment.Browser, r.Environment.Online = b.UserAgent, b.Online
		zone = b.TimeZone // in the browser Go's zone is UTC, named "Local": Intl knows the merchant's
	}
	r.Environment.TimeZone = zoneName(zone)
	return r
}

// ReportInput stores a report field. Text that looks like a seed phrase or
// a private key is refused on the spot, with the scam warning: official
// staff never ask for it, and it must not travel in a report. When rewrite
// is set, the page's field must be set to write.
func (s *Session) ReportInput(field string, in Input) (write string, rewrite bool) {
	s.caseRep.init()
	if in.TooLong {
		s.caseRep.refused[field] = in.Size
		return s.caseRep.fields[field], true // unchanged: nothing to keep
	}
	delete(s.caseRep.refused, field)
	if looksLikeWalletSecret(in.Value) {
		// Cleared, not restored: what came before was most of the phrase.
		s.caseRep.warned[field] = true
		s.caseRep.fields[field] = ""
		s.keepCase()
		return "", true
	}
	delete(s.caseRep.warned, field)
	s.caseRep.fields[field] = toValidUTF8(in.Value)
	s.caseRep.notice[field] = unusualNotice(s.lang, s.caseRep.fields[field])
	s.keepCase()
	return "", false
}

// zoneName is a time zone name fit for the report: an IANA name
// ("Asia/Shanghai"), else nothing: a page can report anything, and
// "Local" tells support nothing.
func zoneName(z string) string {
	if z == "Local" || len(z) > 64 || strings.Trim(z, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/_+-") != "" {
		return ""
	}
	return z
}
