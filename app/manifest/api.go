package manifest

import (
	"fmt"
	"net/url"
	"strings"
)

// Self is the API origin meaning "the widget's own origin". A signed file
// cannot know where a local demo or a self-hosted widget runs, so it names
// the origin that served the widget instead of a fixed one; the widget server
// answers /api/ping and /api/time there.
const Self = "self"

// API tells the network and clock checks where to probe.
type API struct {
	// Origin is "self" or an https origin on an official domain
	// ("https://api.example.com"), with no path.
	Origin string `json:"origin"`
	// Ping is answered quickly when the platform is reachable; Time returns
	// the server's clock (JSON {"iso": "...", "unixMs": ...} by convention of
	// the widget server). Each is a path starting with "/", resolved against
	// Origin, or an absolute https URL on an official domain.
	Ping string `json:"ping"`
	Time string `json:"time"`
}

// PingURL resolves Ping. widgetOrigin is the origin the widget was served
// from (scheme://host[:port]); it is used when Origin is "self".
func (a API) PingURL(widgetOrigin string) (string, error) { return a.resolve(a.Ping, widgetOrigin) }

// TimeURL resolves Time like PingURL.
func (a API) TimeURL(widgetOrigin string) (string, error) { return a.resolve(a.Time, widgetOrigin) }

func (a API) resolve(ref, widgetOrigin string) (string, error) {
	if !isPath(ref) {
		return ref, nil // absolute; validation checked it
	}
	origin := a.Origin
	if origin == Self {
		u, err := url.Parse(widgetOrigin)
		if err != nil || u.Scheme == "" || u.Host == "" {
			return "", fmt.Errorf("widget origin %q is not an origin", widgetOrigin)
		}
		origin = u.Scheme + "://" + u.Host
	}
	return strings.TrimSuffix(origin, "/") + ref, nil
}

// isPath reports an origin-relative path: "/x", but not "//host/x".
func isPath(ref string) bool {
	return strings.HasPrefix(ref, "/") && !strings.HasPrefix(ref, "//")
}
