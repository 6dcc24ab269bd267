package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/triage-widget/triage/app/manifest"
)

// siteFlags are the flags serve and static share: what the widget trusts.
type siteFlags struct {
	webDir    string
	platforms repeated // --platform, one per platform
	demo      bool
	// The flags before platform pins; given now, they stop the server with
	// a pointer to --platform rather than an "unknown flag".
	oldManifest, oldKey string
}

// repeated collects a flag given several times.
type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, " ") }
func (r *repeated) Set(v string) error { *r = append(*r, v); return nil }

func (f *siteFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.webDir, "web", "web", "the built web folder")
	fs.Var(&f.platforms, "platform", "pin a platform: id=ID,manifest=URL|/PATH,key=ed25519:KEY|FILE[,site=https://…] (repeat for each; the first is the default)")
	fs.BoolVar(&f.demo, "demo", false, "demo mode: pin the demo platforms, sign their manifests with a fresh key at start, and label everything DEMO")
	fs.StringVar(&f.oldManifest, "manifest", "", "replaced by --platform")
	fs.StringVar(&f.oldKey, "manifest-key", "", "replaced by --platform")
}

// errNoPin is why a widget without pins does not start: it would have no
// way to tell an official manifest from one a framing page brings.
var errNoPin = errors.New("no platform pinned: give --platform id=ID,manifest=URL,key=ed25519:KEY|FILE (or --demo to try the demo)")

// options resolves the flags into what the site serves; any unreadable or
// invalid pin is an error, never skipped.
func (f *siteFlags) options() (siteOptions, error) {
	o := siteOptions{webDir: f.webDir}
	if f.oldManifest != "" || f.oldKey != "" {
		return o, errors.New("--manifest and --manifest-key were replaced by --platform id=ID,manifest=URL,key=KEY (one per platform, see the README)")
	}
	if f.demo {
		d, err := signDemoManifests(f.webDir)
		if err != nil {
			return o, err
		}
		o.demo = d
		o.pins = append(o.pins, d.pins...)
	}
	for _, v := range f.platforms {
		p, err := parsePin(v)
		if err != nil {
			return o, fmt.Errorf("--platform %s: %v", v, err)
		}
		for _, q := range o.pins {
			if q.Platform == p.Platform {
				return o, fmt.Errorf("--platform %s: platform %q is pinned twice", v, p.Platform)
			}
		}
		o.pins = append(o.pins, p)
	}
	if len(o.pins) == 0 {
		return o, errNoPin
	}
	return o, nil
}

// parsePin reads "id=ID,manifest=URL,key=KEY|FILE[,site=URL]". A comma
// inside a URL is written %2C.
func parsePin(v string) (manifest.Pin, error) {
	var p manifest.Pin
	seen := map[string]bool{}
	for _, part := range strings.Split(v, ",") {
		name, value, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok || value == "" {
			return p, fmt.Errorf("%q is not name=value", part)
		}
		if seen[name] {
			return p, fmt.Errorf("%s is given twice", name)
		}
		seen[name] = true
		switch name {
		case "id":
			p.Platform = value
		case "manifest":
			p.Manifest = value
		case "key":
			key, err := readKey(value)
			if err != nil {
				return p, err
			}
			p.Key = key
		case "site":
			p.Site = value
		default:
			return p, fmt.Errorf("unknown field %q (want id, manifest, key, site)", name)
		}
	}
	for _, name := range []string{"id", "manifest", "key"} {
		if !seen[name] {
			return p, fmt.Errorf("%s= is missing", name)
		}
	}
	return p, p.Validate()
}

// readKey takes "ed25519:BASE64" as it is, or reads a file holding it.
func readKey(v string) (string, error) {
	if strings.HasPrefix(v, "ed25519:") {
		return v, nil
	}
	b, err := os.ReadFile(v)
	if err != nil {
		return "", fmt.Errorf("key file: %v", err)
	}
	k := strings.TrimSpace(string(b))
	if _, err := manifest.ParsePublicKey(k); err != nil {
		return "", fmt.Errorf("key file %s: %v", v, err)
	}
	return k, nil
}
