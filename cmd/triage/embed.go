package main

import (
	"bytes"
	"encoding/json"
	"errors"

	"github.com/triage-widget/triage/app/manifest"
)

// siteMarker is where web/loader.js reads the pinned platforms' official
// sites; the minifier keeps it as written.
var siteMarker = []byte("{TRIAGE_SITES:0}")

// embedWithSites writes the pins' official sites into the loader, for its
// fallback when the panel cannot load: by platform id, and under "" (an
// embed naming no platform) only when one platform is pinned, so that an
// embed naming its platform by manifest alone never gets another's site.
// The page never supplies a URL; the loader takes only a string, so that
// "constructor" and the like never read as a site (ids are lower-case
// letters, digits and hyphens: none is "__proto__").
func embedWithSites(embed []byte, pins []manifest.Pin) ([]byte, error) {
	if bytes.Count(embed, siteMarker) != 1 {
		return nil, errors.New("embed.js has no place for the official sites: run 'make build'")
	}
	obj := []byte("{")
	add := func(id, site string) {
		k, _ := json.Marshal(id) // json escapes <, > and & too: safe in a page's script
		v, _ := json.Marshal(site)
		if len(obj) > 1 {
			obj = append(obj, ',')
		}
		obj = append(append(append(obj, k...), ':'), v...)
	}
	for _, p := range pins {
		if p.Site == "" {
			continue
		}
		if len(pins) == 1 {
			add("", p.Site)
		}
		add(p.Platform, p.Site)
	}
	return bytes.Replace(embed, siteMarker, append(obj, '}'), 1), nil
}
