package manifest

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/triage-widget/triage/app/i18n"
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
	// Hosts are further host names the platform's API answers at, each on
	// an official domain (e.g. "api.platform.example"). Optional. The
	// signature check tries them when a client signs the full URL instead
	// of the path.
	Hosts []string `json:"hosts,omitempty"`
	// Scheme is the API's authentication scheme: "okx-v5" (the default
	// when empty: UUID keys, 32-hex secrets, a passphrase, OKX's error
	// codes) or "other", which turns the key format checks and the built-in
	// error catalogue off.
	Scheme string `json:"scheme,omitempty"`
	// Environment is which key environment Origin serves, "live" or "demo";
	// a key described as the other one is reported. Empty means unknown.
	Environment string `json:"environment,omitempty"`
	// Regions name the API origin that serves keys of each region; a key of
	// a region used against another origin is reported. Optional.
	Regions []APIRegion `json:"regions,omitempty"`
}

// APIRegion is the API origin that serves one region's keys.
type APIRegion struct {
	// Region is the platform's name for it, as the host context describes
	// a key ("CN", "global").
	Region string `json:"region"`
	// Origin is an https origin on an official domain, with no path.
	Origin string `json:"origin"`
}

// The API schemes and environments a manifest may state.
var (
	APISchemes      = []string{"okx-v5", "other"}
	APIEnvironments = []string{"live", "demo"}
)

// maxAPIHosts bounds api.hosts: the signature check tries each.
const maxAPIHosts = 16

var (
	msgAPIHost  = i18n.M(i18n.ManifestAPIHost)
	msgAPIHosts = i18n.M(i18n.ManifestAPIHosts)
)

// apiRegions checks api.regions: each region named once, each origin an
// https origin on an official domain.
func (v *validator) apiRegions(regions []APIRegion) {
	seen := map[string]bool{}
	for i, r := range regions {
		p := fmt.Sprintf("api.regions[%d]", i)
		if v.required(p+".region", r.Region) {
			if seen[r.Region] {
				v.add(p+".region", codeDuplicateID, msgDuplicateID.Format(r.Region))
			}
			seen[r.Region] = true
		}
		v.origin(p+".origin", r.Origin)
	}
}

// apiHosts checks api.hosts: at most maxAPIHosts lower-case host names,
// each on an official domain.
func (v *validator) apiHosts(hosts []string) {
	if len(hosts) > maxAPIHosts {
		v.add("api.hosts", codeRange, msgAPIHosts.Format(maxAPIHosts))
	}
	for i, h := range hosts {
		path := fmt.Sprintf("api.hosts[%d]", i)
		switch {
		case !validHostname(h) || strings.ToLower(h) != h || isIPLiteral(h):
			v.add(path, codeDomain, msgAPIHost.Format(h))
		case !onDomains(h, v.m.OfficialDomains):
			v.add(path, codeURLOffDomain, msgURLOffDomain.Format(h, strings.Join(v.m.OfficialDomains, ", ")))
		}
	}
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
