package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// Demo manifests are signed when the server starts, with a key made then
// and never written down: nobody holds a demo private key, and the demo
// keeps working however long after its files were written (a manifest may
// live at most manifest.MaxLifetime).
const demoLifetime = 90 * 24 * time.Hour

// demoSite is what --demo adds: the demo platforms' pins and their
// manifests, re-dated and signed.
type demoSite struct {
	pins  []manifest.Pin
	files map[string][]byte    // "NAME.json" and "NAME.json.sig"
	names map[string]i18n.Text // platform id → its name, for the shell
}

// signDemoManifests re-dates and signs each demo profile's manifest.
func signDemoManifests(webDir string) (*demoSite, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	now := time.Now().UTC().Truncate(time.Minute)
	published, expires := now.Add(-time.Minute), now.Add(demoLifetime)
	d := &demoSite{files: map[string][]byte{}, names: map[string]i18n.Text{}}
	for _, p := range demoProfiles {
		name := p.Name + ".json"
		doc, err := os.ReadFile(filepath.Join(webDir, "manifests", name))
		if err != nil {
			return nil, fmt.Errorf("demo manifest (run from the repository, or give --web): %w", err)
		}
		doc, err = redate(doc, published, expires)
		if err != nil {
			return nil, fmt.Errorf("demo manifest %s: %w", name, err)
		}
		m, err := manifest.Parse(doc, now)
		if err != nil {
			return nil, fmt.Errorf("demo manifest %s: %w", name, err)
		}
		d.files[name], d.files[name+".sig"] = doc, manifest.Sign(priv, doc)
		d.names[m.Platform.ID] = m.Platform.Name
		d.pins = append(d.pins, manifest.Pin{Platform: m.Platform.ID, Manifest: m.Location, Key: manifest.FormatPublicKey(pub), Site: m.Platform.Home})
	}
	return d, nil
}

// redate replaces the values of the top-level "published" and "expires"
// keys in place, keeping the rest of the file byte for byte.
func redate(doc []byte, published, expires time.Time) ([]byte, error) {
	values := map[string]string{"published": published.Format(time.RFC3339), "expires": expires.Format(time.RFC3339)}
	type span struct{ start, end int }
	var spans []span // in document order
	var keys []string
	dec := json.NewDecoder(bytes.NewReader(doc))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("not a JSON object")
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		start := int(dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		if _, ok := values[key]; !ok {
			continue
		}
		end := int(dec.InputOffset())
		q := bytes.IndexByte(doc[start:end], '"')
		if len(raw) == 0 || raw[0] != '"' || q < 0 {
			return nil, fmt.Errorf("%q is not a string", key)
		}
		spans, keys = append(spans, span{start + q, end}), append(keys, key)
	}
	if len(spans) != len(values) {
		return nil, fmt.Errorf("want one top-level \"published\" and one \"expires\"")
	}
	var out []byte
	last := 0
	for i, s := range spans {
		out = append(out, doc[last:s.start]...)
		out = append(out, '"')
		out = append(out, values[keys[i]]...)
		out = append(out, '"')
		last = s.end
	}
	return append(out, doc[last:]...), nil
}

// file returns a signed demo file; a nil site has none.
func (d *demoSite) file(name string) ([]byte, bool) {
	if d == nil {
		return nil, false
	}
	b, ok := d.files[name]
	return b, ok
}
