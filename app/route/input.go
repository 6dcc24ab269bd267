package route

import (
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// Input is everything Plan looks at. Plan reads no clock, storage or
// network of its own, so the same Input always gives the same Result.
type Input struct {
	// Manifest is the verified channel manifest. Without one Plan returns a
	// Result with no recommendations: the panel then shows only the safety
	// advice and the official domain from its own settings.
	Manifest *manifest.Manifest
	// Category is the category the merchant picked; "" lets Plan infer one
	// from the findings and LastError. An id the manifest does not have is
	// ignored (and said so in Result.Inference.Why).
	Category string
	// Findings are the results of the checks that ran, in any order.
	Findings []diag.Finding
	// LastError is the platform error code the host reported
	// (context lastError.code), "" if none.
	LastError string
	// Now is the time to judge opening hours, peaks and maintenance at.
	Now time.Time
	// Zone is the merchant's time zone, in which opening times are shown;
	// nil means Now's location (in the browser, the zone Go derives from the
	// JS Date offset).
	Zone *time.Location
	// Lang is the merchant's language; channels staffed in it rank higher.
	Lang i18n.Lang
	// Region is the merchant's ISO 3166 country code ("CN"); "" means
	// unknown, and every channel is considered to serve it.
	Region string
	// Online is whether the platform's web channels can be reached: the
	// browser is online (navigator.onLine) and the network check did not
	// find the platform out of reach. The zero value means offline, so a
	// caller must say it is online.
	Online bool
	// Emergency says the merchant or the host reported a compromise (the
	// host opened an emergency category this manifest lacks, or the
	// merchant's own words): the manifest's emergency category is used, or,
	// when it has none, the emergency path is built from its channels.
	Emergency bool
	// PlatformUnreachable says why Online is false: the browser is online
	// but the platform cannot be reached. The routing is the same, and its
	// texts hold in both cases; only the panel's notice differs.
	PlatformUnreachable bool
}

// zone returns the merchant's time zone.
func (in Input) zone() *time.Location {
	if in.Zone != nil {
		return in.Zone
	}
	return in.Now.Location()
}
