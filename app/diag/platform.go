package diag

import (
	"time"

	"github.com/triage-widget/triage/app/i18n"
)

// Platform is what the verified channel manifest says about the payment
// platform that embeds the widget. The manifest package decodes it; checks
// only read it.
type Platform struct {
	Name          i18n.Text
	APIOrigin     string        // e.g. "https://api.platform.example"; probed by the network check
	TimeURL       string        // server time endpoint for the clock check; APIOrigin's Date header if empty
	SlowThreshold time.Duration // median round trip above which the network is slow; DefaultSlowThreshold if 0
	// APIHosts are further host names of the platform's API (the
	// manifest's api.hosts); the signature check tries them in the signed
	// path besides APIOrigin's host and well-known ones.
	APIHosts []string
	// Environment is which key environment APIOrigin serves: "live" or
	// "demo". Empty means unknown.
	Environment string
	// Regions maps a key's region to the API origin that serves keys of that
	// region; a key used against another region's origin is rejected.
	Regions map[string]string
	// APIScheme is the platform's API authentication scheme. "okx-v5" (the
	// default when empty): keys are UUIDs, secrets 32 hex characters, and a
	// passphrase is required. "other" turns the format checks off.
	APIScheme   string
	Maintenance []Window
	ErrorCodes  map[string]ErrorCode // the platform's error codes, e.g. "50113"
	// Explorers map a chain in lower case ("eth") to its block explorer's
	// URL template with {hash}; look a chain up in lower case too, so the
	// manifest's "ETH" and a merchant's "eth" meet.
	Explorers map[string]string
}

// Window is an announced maintenance window, [Start, End).
type Window struct {
	Start, End time.Time
	Message    i18n.Text
}

// ErrorCode explains one of the platform's error codes.
type ErrorCode struct {
	Meaning i18n.Text
	Fix     i18n.Text
	Next    string // the check that diagnoses it, e.g. "signature"
}

// Scheme returns the API scheme, defaulting to okx-v5.
func (p *Platform) Scheme() string {
	if p == nil || p.APIScheme == "" {
		return "okx-v5"
	}
	return p.APIScheme
}
