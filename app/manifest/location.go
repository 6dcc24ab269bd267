package manifest

import (
	"fmt"
	"net/url"
	"strings"
)

// The manifest's "location" is where its platform publishes it, inside the
// signed bytes: an https URL on an official domain, or a path on the
// widget's own origin ("/manifests/NAME.json") for a manifest the widget
// server hosts. A widget accepts a manifest only from the location it pins
// for the platform (Pin), so a signed edition copied to another address
// (a staging copy, another tenant's folder) is not accepted there.

func (v *validator) location() {
	loc := v.m.Location
	if !v.required("location", loc) {
		return
	}
	if isPath(loc) {
		if u, err := url.Parse(loc); err != nil || u.RawQuery != "" || u.Fragment != "" || strings.Contains(loc, "..") {
			v.add("location", codeURLMalformed, msgURLMalformed.Format(loc))
		}
		return
	}
	if v.link("location", loc, true) {
		if u, _ := url.Parse(loc); u.RawQuery != "" || u.Fragment != "" {
			v.add("location", codeURLMalformed, msgURLMalformed.Format(loc))
		}
	}
}

// ResolveLocation turns a manifest location (an absolute URL or a path on
// the widget's origin) into the absolute URL it names, in a canonical form
// so two spellings of one address compare equal.
func ResolveLocation(ref, widgetOrigin string) (string, error) {
	base, err := url.Parse(widgetOrigin)
	if err != nil || base.Scheme == "" || base.Host == "" {
		return "", fmt.Errorf("widget origin %q is not an origin", widgetOrigin)
	}
	ref = strings.TrimSpace(ref)
	if !isPath(ref) && !strings.Contains(ref, "://") {
		return "", fmt.Errorf("manifest location %q is neither a URL nor a path", ref)
	}
	u, err := base.Parse(ref)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") || u.User != nil {
		return "", fmt.Errorf("manifest location %q is not an http(s) URL", ref)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (u.Scheme == "https" && p == "443") || (u.Scheme == "http" && p == "80") {
		u.Host = u.Hostname()
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String(), nil
}
