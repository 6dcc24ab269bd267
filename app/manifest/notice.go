package manifest

import (
	"time"

	"github.com/triage-widget/triage/app/i18n"
)

// Announcement is a platform notice shown in the panel (seed 000: "follow
// the official announcements").
type Announcement struct {
	ID       string    `json:"id"`
	Severity Severity  `json:"severity"`
	Title    i18n.Text `json:"title"`
	Body     i18n.Text `json:"body"`
	// From and Until bound when it is shown; either may be left out.
	From  time.Time `json:"from,omitzero"`
	Until time.Time `json:"until,omitzero"`
	Link  string    `json:"link,omitempty"`
}

// Severity of an announcement.
type Severity string

// Severities.
const (
	SeverityInfo     Severity = "info"
	SeverityWarning  Severity = "warning"
	SeverityCritical Severity = "critical"
)

// ActiveAt reports whether the announcement is shown at t.
func (a Announcement) ActiveAt(t time.Time) bool {
	return (a.From.IsZero() || !t.Before(a.From)) && (a.Until.IsZero() || t.Before(a.Until))
}

// Maintenance is a planned maintenance window. The maintenance check reports
// it, and routing explains that the affected checks and channels may fail
// during it.
type Maintenance struct {
	ID    string    `json:"id"`
	Title i18n.Text `json:"title"`
	Body  i18n.Text `json:"body"`
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	// Checks and Channels affected (engine check names, channel ids).
	Checks   []string `json:"checks,omitempty"`
	Channels []string `json:"channels,omitempty"`
	Link     string   `json:"link,omitempty"`
}

// ActiveAt reports whether t is inside the window.
func (w Maintenance) ActiveAt(t time.Time) bool { return !t.Before(w.Start) && t.Before(w.End) }

// AnnouncementsAt returns the announcements shown at t.
func (m *Manifest) AnnouncementsAt(t time.Time) []Announcement {
	var out []Announcement
	for _, a := range m.Announcements {
		if a.ActiveAt(t) {
			out = append(out, a)
		}
	}
	return out
}

// MaintenanceAt returns the windows in progress at t.
func (m *Manifest) MaintenanceAt(t time.Time) []Maintenance {
	var out []Maintenance
	for _, w := range m.Maintenance {
		if w.ActiveAt(t) {
			out = append(out, w)
		}
	}
	return out
}

// NextMaintenance returns the earliest window that has not ended at t.
func (m *Manifest) NextMaintenance(t time.Time) (Maintenance, bool) {
	var best Maintenance
	ok := false
	for _, w := range m.Maintenance {
		if t.Before(w.End) && (!ok || w.Start.Before(best.Start)) {
			best, ok = w, true
		}
	}
	return best, ok
}

// Caution is advice from the support guides shown beside the channels: the
// scam warning, "try the self-checks first", "be patient at peak times".
type Caution struct {
	ID    string      `json:"id"`
	Topic CautionKind `json:"topic"`
	Title i18n.Text   `json:"title"`
	Text  i18n.Text   `json:"text"`
}

// CautionKind groups cautions; the panel always shows "scam".
type CautionKind string

// Caution topics.
const (
	CautionScam     CautionKind = "scam"     // official staff never ask for passwords, keys, codes, transfers
	CautionSelfHelp CautionKind = "selfhelp" // try the simple checks first
	CautionConduct  CautionKind = "conduct"  // describe the problem clearly and calmly
	CautionNotices  CautionKind = "notices"  // follow official announcements
	CautionPrepare  CautionKind = "prepare"  // have the information ready
	CautionWaiting  CautionKind = "waiting"  // peak times, queues, stay on the line
	CautionRecord   CautionKind = "record"   // note what support advised
	CautionSecurity CautionKind = "security" // strong passwords, 2FA, phishing
)

var cautionKinds = []CautionKind{CautionScam, CautionSelfHelp, CautionConduct, CautionNotices,
	CautionPrepare, CautionWaiting, CautionRecord, CautionSecurity}

// Feedback is the platform's satisfaction survey (seed 002): asked after a
// fix or a contact, its answer sent to the host as the feedback event.
type Feedback struct {
	Prompt i18n.Text `json:"prompt"`
	// Channel optionally takes written feedback (a channel id).
	Channel string `json:"channel,omitempty"`
}
