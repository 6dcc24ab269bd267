package manifest

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// Pin is what a widget server trusts for one platform: the platform's id,
// where its manifest is published, the key that signs it, and the official
// site to name when the manifest cannot be verified. The three are bound: a
// key verifies only its own platform's manifest, fetched from its own
// location, so on a server that serves several platforms one platform's key
// cannot vouch for a manifest that claims to be another's.
type Pin struct {
	Platform string `json:"platform"`       // the manifest's platform.id
	Manifest string `json:"manifest"`       // its location: an http(s) URL, or a path on the widget's origin
	Key      string `json:"key"`            // "ed25519:BASE64"
	Site     string `json:"site,omitempty"` // the platform's official site, https; may be empty
}

// Validate checks a pin's form; the server refuses to start with a bad one.
func (p Pin) Validate() error {
	if !validID(p.Platform) {
		return fmt.Errorf("platform id %q: use lower-case letters, digits and hyphens", p.Platform)
	}
	if _, err := ResolveLocation(p.Manifest, "https://widget.invalid"); err != nil || strings.TrimSpace(p.Manifest) == "" {
		return fmt.Errorf("platform %s: manifest %q is not an http(s) URL or a path", p.Platform, p.Manifest)
	}
	if _, err := ParsePublicKey(p.Key); err != nil {
		return fmt.Errorf("platform %s: %v", p.Platform, err)
	}
	if p.Site != "" {
		if u, err := url.Parse(p.Site); err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil {
			return fmt.Errorf("platform %s: site %q is not an https URL", p.Platform, p.Site)
		}
	}
	return nil
}

// SiteHost is the host of the pin's official site, for display; "" when
// the pin names none.
func (p Pin) SiteHost() string {
	if u, err := url.Parse(p.Site); err == nil && u.Scheme == "https" {
		return u.Host
	}
	return ""
}

// Errors of Match, for the panel to tell apart.
var (
	ErrOtherPlatform = errors.New("the manifest belongs to another platform than the one pinned")
	ErrOtherLocation = errors.New("the manifest says it is published elsewhere than the pinned location")
)

// Match checks that a verified manifest is the pinned platform's, published
// where the pin says. widgetOrigin resolves paths.
func (p Pin) Match(m *Manifest, widgetOrigin string) error {
	if m.Platform.ID != p.Platform {
		return fmt.Errorf("%w (%q, pinned %q)", ErrOtherPlatform, m.Platform.ID, p.Platform)
	}
	want, err := ResolveLocation(p.Manifest, widgetOrigin)
	if err != nil {
		return err
	}
	got, err := ResolveLocation(m.Location, widgetOrigin)
	if err != nil || got != want {
		return fmt.Errorf("%w (%q, pinned %q)", ErrOtherLocation, m.Location, p.Manifest)
	}
	return nil
}
