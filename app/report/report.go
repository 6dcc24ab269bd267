// Package report is the case report a merchant hands to support, and the
// redactor that keeps secrets out of it.
//
// A Report holds what the support guides ask a merchant to prepare (merchant
// id, contact, store, when, steps, error, transaction hash, order number,
// last login, what was already tried, environment) under a UUID v7 case id.
// It renders as text in zh-CN or en, as JSON, as a mailto: link and as a
// filled ticket URL. Every rendering redacts first (see Redact), so a seed
// phrase pasted into "steps" never leaves the panel; the panel also passes
// what was typed into its secret fields through Redacted.
package report

import (
	"time"

	"github.com/google/uuid"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// Report is one case. Its fields are plain strings as the merchant gave
// them; only CaseID and CreatedAt are set by the widget.
type Report struct {
	// CaseID is a UUID v7: unique without a server, and sortable by time,
	// so support can order cases from different merchants.
	CaseID    string    `json:"caseId"`
	CreatedAt time.Time `json:"createdAt"`
	// Lang is the merchant's language, for the ticket and the agent.
	Lang i18n.Lang `json:"lang"`
	// Platform and Category identify the manifest's platform and the
	// problem category (ids), CategoryTitle its name.
	Platform string `json:"platform,omitempty"`
	// PlatformName is the platform's display name, for the title.
	PlatformName  i18n.Text `json:"platformName,omitzero"`
	Category      string    `json:"category,omitempty"`
	CategoryTitle i18n.Text `json:"categoryTitle,omitzero"`

	MerchantID string `json:"merchantId,omitempty"`
	// Contact is the registered phone number or email.
	Contact string `json:"contact,omitempty"`
	// Store is the store name or website domain.
	Store string `json:"store,omitempty"`
	// OccurredAt is when it happened, as the merchant said it or RFC 3339.
	OccurredAt string `json:"occurredAt,omitempty"`
	Steps      string `json:"steps,omitempty"`
	// Error is the error code or message shown.
	Error   string `json:"error,omitempty"`
	TxHash  string `json:"txHash,omitempty"`
	OrderID string `json:"orderId,omitempty"`
	// Balance is the account balance (e-wallet guides ask for it).
	Balance string `json:"balance,omitempty"`
	// LastLogin is asked for account and security issues.
	LastLogin LastLogin `json:"lastLogin,omitzero"`
	// Tried is "what I already tried": the checks that ran and their
	// results, plus anything the merchant adds.
	Tried []Attempt `json:"tried,omitempty"`
	// Notes is free text from the merchant.
	Notes string `json:"notes,omitempty"`
	// Attach are the files the category asks for (screenshots, ID
	// photos): the merchant sends them through the channel itself, since
	// the panel uploads nothing.
	Attach      []i18n.Text `json:"attach,omitempty"`
	Environment Environment `json:"environment"`
}

// LastLogin is the time and IP of the last login the merchant recognises.
type LastLogin struct {
	At string `json:"at,omitempty"`
	IP string `json:"ip,omitempty"`
}

// Attempt is one thing already tried: a check the widget ran (Check, Code,
// Status and Message come from its finding) or a note of the merchant's.
type Attempt struct {
	Check   string    `json:"check,omitempty"`
	Code    string    `json:"code,omitempty"`
	Status  string    `json:"status,omitempty"` // pass | warn | fail | skip
	Message i18n.Text `json:"message,omitzero"`
	Note    string    `json:"note,omitempty"`
}

// Environment describes where the widget ran.
type Environment struct {
	Browser  string `json:"browser,omitempty"`  // user agent
	TimeZone string `json:"timeZone,omitempty"` // IANA name from the browser
	Language string `json:"language,omitempty"` // navigator.language
	Online   bool   `json:"online"`
	Widget   string `json:"widget,omitempty"`   // widget version
	Manifest string `json:"manifest,omitempty"` // manifest revision
	// ManifestKey is the fingerprint of the key that verified the manifest.
	ManifestKey string `json:"manifestKey,omitempty"`
}

// New starts a report at time now with a fresh case id.
func New(now time.Time, lang i18n.Lang) (Report, error) {
	id, err := uuid.NewV7()
	if err != nil {
		return Report{}, err
	}
	return Report{CaseID: id.String(), CreatedAt: now.UTC(), Lang: lang}, nil
}

// ForManifest fills the platform, category and environment fields that come
// from a verified manifest.
func (r *Report) ForManifest(m *manifest.Manifest, category string) {
	r.Platform, r.PlatformName = m.Platform.ID, m.Platform.Name
	r.Environment.Manifest = m.Revision
	r.Category = category
	if c, ok := m.Category(category); ok {
		r.CategoryTitle = c.Title
		for _, p := range c.Prepare {
			if _, held := r.Field(p.Field); !held {
				r.Attach = append(r.Attach, p.Text)
			}
		}
	}
}

// Redacted returns a copy with every free-text field redacted; secrets are
// the values typed into the panel's secret fields (API secret, passphrase),
// which are removed wherever they appear.
func (r Report) Redacted(secrets ...string) Report {
	red := func(s *string) { *s = Redact(*s, secrets...) }
	for _, s := range []*string{&r.Platform, &r.Category, &r.MerchantID, &r.Contact, &r.Store,
		&r.OccurredAt, &r.Steps, &r.Error, &r.TxHash, &r.OrderID, &r.Balance, &r.LastLogin.At,
		&r.LastLogin.IP, &r.Notes, &r.Environment.Browser, &r.Environment.TimeZone,
		&r.Environment.Language, &r.Environment.Widget, &r.Environment.Manifest} {
		red(s)
	}
	tried := make([]Attempt, len(r.Tried))
	for i, a := range r.Tried {
		red(&a.Check)
		red(&a.Code)
		red(&a.Status)
		red(&a.Note)
		a.Message = a.Message.Map(func(s string) string { return Redact(s, secrets...) })
		tried[i] = a
	}
	r.Tried = tried
	return r
}

// Missing returns the preparation items of a category whose report field is
// still empty, so the panel can ask for them before the merchant calls.
func (r Report) Missing(c manifest.Category) []manifest.Prep {
	var out []manifest.Prep
	for _, p := range c.Prepare {
		if v, known := r.Field(p.Field); known && v == "" {
			out = append(out, p)
		}
	}
	return out
}

// Field returns the value of a manifest.PrepFields name; known is false for
// names the report does not hold (screenshot, identity, …).
func (r *Report) Field(name string) (value string, known bool) {
	switch name {
	case "merchantId":
		return r.MerchantID, true
	case "contact", "registeredEmail":
		return r.Contact, true
	case "store":
		return r.Store, true
	case "occurredAt":
		return r.OccurredAt, true
	case "steps":
		return r.Steps, true
	case "error":
		return r.Error, true
	case "txHash":
		return r.TxHash, true
	case "orderId":
		return r.OrderID, true
	case "notes":
		return r.Notes, true
	case "balance":
		return r.Balance, true
	case "lastLogin":
		if r.LastLogin.At == "" && r.LastLogin.IP == "" {
			return "", true
		}
		return r.LastLogin.At + " " + r.LastLogin.IP, true
	case "tried":
		if len(r.Tried) == 0 {
			return "", true
		}
		return "tried", true
	case "environment":
		return r.Environment.Browser, true
	}
	return "", false
}
