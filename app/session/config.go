package session

import (
	"net/url"

	"github.com/triage-widget/triage/app/bridge"
)

// Config is what the loader tells the widget in the iframe's URL.
type Config struct {
	HostOrigin  string // ?host=: the embedding page's origin; "" when missing or malformed
	Lang        string // ?lang=: data-lang of the script tag; "" lets the browser decide
	Platform    string // ?platform=: data-platform, a pinned platform id; "" for the server's default
	ManifestURL string // ?manifest=: data-manifest; must be the pinned platform's location
	ManifestKey string // ?manifestKey=: data-manifest-key; must be the pinned platform's key
}

// Query parameter bounds; longer values are dropped.
const maxQueryValue = 2048

// ParseConfig reads the iframe URL's query.
func ParseConfig(u *url.URL) Config {
	if u == nil {
		return Config{}
	}
	q := u.Query()
	get := func(k string) string {
		if v := q.Get(k); len(v) <= maxQueryValue {
			return v
		}
		return ""
	}
	host, _ := bridge.ParseOrigin(get("host"))
	return Config{
		HostOrigin:  host,
		Lang:        get("lang"),
		Platform:    get("platform"),
		ManifestURL: get("manifest"),
		ManifestKey: get("manifestKey"),
	}
}
