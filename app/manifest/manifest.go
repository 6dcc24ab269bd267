package manifest

import (
	"time"

	"github.com/triage-widget/triage/app/i18n"
)

// Version is the schema version this package reads. A manifest with any
// other "version" is refused: a newer schema may mean something this widget
// would show wrongly.
const Version = 1

// Manifest is a platform's channel manifest. Parse and Load return only
// manifests that passed validation; the zero value is not valid.
type Manifest struct {
	// Version is the schema version; it must equal Version.
	Version int `json:"version"`
	// Revision is the publisher's own label for this edition ("2026.11.1");
	// it goes into case reports so support knows which channels were shown.
	Revision string `json:"revision"`
	// Published is when the platform signed this edition.
	Published time.Time `json:"published"`
	// Expires is when the manifest stops being trusted. An expired manifest
	// is refused even with a good signature, so a leaked old edition with
	// stale phone numbers cannot be replayed forever.
	Expires time.Time `json:"expires"`
	// Demo marks a demonstration manifest; the panel labels it DEMO.
	Demo bool `json:"demo,omitempty"`
	// Location is where the platform publishes this manifest (see
	// location.go); it must match the location the widget pins.
	Location string `json:"location"`

	Platform Platform `json:"platform"`
	// OfficialDomains are the hosts every link must be on: a link's host must
	// equal one of them or be a subdomain of one ("example.com" admits
	// "help.example.com").
	OfficialDomains []string `json:"officialDomains"`
	// Languages the manifest is written in, each one the widget speaks;
	// every text must be given in each. The widget shows a language the
	// manifest lacks in one it has (i18n.Text.In).
	Languages []string `json:"languages"`
	// API tells the network and clock checks where to probe.
	API API `json:"api"`

	Channels      []Channel      `json:"channels"`
	Categories    []Category     `json:"categories"`
	Rules         []Rule         `json:"rules"`
	Cautions      []Caution      `json:"cautions,omitempty"`
	Announcements []Announcement `json:"announcements,omitempty"`
	Maintenance   []Maintenance  `json:"maintenance,omitempty"`
	Explorers     []Explorer     `json:"explorers,omitempty"`
	ErrorCodes    []ErrorCode    `json:"errorCodes,omitempty"`
	Feedback      *Feedback      `json:"feedback,omitempty"`

	// warnings are what validation found without refusing (Warnings).
	warnings []Problem
}

// Platform names the platform that publishes the manifest.
type Platform struct {
	// ID is a short stable name ("demo-wallet-merchant").
	ID string `json:"id"`
	// Name is shown in the panel header.
	Name i18n.Text `json:"name"`
	// Home is the platform's official site. The panel's fallback when a
	// manifest fails verification must not come from here (an unverified
	// document cannot vouch for itself): it comes from the widget server's
	// pin (Pin.Site).
	Home string `json:"home"`
}

// Channel returns the channel with the given id.
func (m *Manifest) Channel(id string) (Channel, bool) {
	for _, c := range m.Channels {
		if c.ID == id {
			return c, true
		}
	}
	return Channel{}, false
}

// Category returns the category with the given id.
func (m *Manifest) Category(id string) (Category, bool) {
	for _, c := range m.Categories {
		if c.ID == id {
			return c, true
		}
	}
	return Category{}, false
}

// ChannelsOfKind returns the channels of one kind, in manifest order.
func (m *Manifest) ChannelsOfKind(k Kind) []Channel {
	var out []Channel
	for _, c := range m.Channels {
		if c.Kind == k {
			out = append(out, c)
		}
	}
	return out
}

// ErrorCode returns the catalogue entry for a platform error code.
func (m *Manifest) ErrorCode(code string) (ErrorCode, bool) {
	for _, e := range m.ErrorCodes {
		if e.Code == code {
			return e, true
		}
	}
	return ErrorCode{}, false
}

// Explorer returns the block explorer for a chain ("BTC", "ETH", "TRON"),
// compared without regard to case.
func (m *Manifest) Explorer(chain string) (Explorer, bool) {
	for _, e := range m.Explorers {
		if equalFold(e.Chain, chain) {
			return e, true
		}
	}
	return Explorer{}, false
}

// ExpiredAt reports whether the manifest is past its expiry at t.
func (m *Manifest) ExpiredAt(t time.Time) bool { return !t.Before(m.Expires) }

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
