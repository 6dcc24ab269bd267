package session

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/manifest"
)

// Manifest loading bounds: a manifest is a few tens of KB; a stalled
// network must not keep the checks waiting.
const (
	manifestLimit   = 1 << 20
	manifestTimeout = 4 * time.Second
)

// Why channels are not shown. Each ends the same way: no channel, only
// the safety advice and the pinned official site.
var (
	errNoPin             = errors.New("the widget's server pins no platform")
	errUnknownPlatform   = errors.New("the embed's data-platform is not one the widget's server pins")
	errKeyNotPinned      = errors.New("the embed's data-manifest-key is not the key the widget's server pins for this platform")
	errManifestNotPinned = errors.New("the embed's data-manifest is not where the widget's server pins this platform's manifest")
	errRolledBack        = errors.New("the manifest is older than one this browser has already seen for the platform")
)

// choosePin picks what to trust for an embed: the platform it names; else
// the platform whose manifest it names; else the server's first. What the
// embed brings is only ever compared with a pin, never trusted: a page
// framing the widget cannot add a key or move a platform's manifest.
func choosePin(cfg Config, pins []manifest.Pin, widgetOrigin string) (manifest.Pin, error) {
	if len(pins) == 0 {
		return manifest.Pin{}, errNoPin
	}
	pin := pins[0]
	switch {
	case cfg.Platform != "":
		i := slices.IndexFunc(pins, func(p manifest.Pin) bool { return p.Platform == cfg.Platform })
		if i < 0 {
			return manifest.Pin{}, errUnknownPlatform
		}
		pin = pins[i]
	case cfg.ManifestURL != "":
		i := slices.IndexFunc(pins, func(p manifest.Pin) bool { return sameLocation(p.Manifest, cfg.ManifestURL, widgetOrigin) })
		if i < 0 {
			return manifest.Pin{}, errManifestNotPinned
		}
		pin = pins[i]
	}
	if cfg.ManifestURL != "" && !sameLocation(pin.Manifest, cfg.ManifestURL, widgetOrigin) {
		return pin, errManifestNotPinned
	}
	if k := strings.TrimSpace(cfg.ManifestKey); k != "" && k != strings.TrimSpace(pin.Key) {
		return pin, errKeyNotPinned
	}
	return pin, nil
}

func sameLocation(a, b, widgetOrigin string) bool {
	x, err1 := manifest.ResolveLocation(a, widgetOrigin)
	y, err2 := manifest.ResolveLocation(b, widgetOrigin)
	return err1 == nil && err2 == nil && x == y
}

// platformState is the outcome of loading the platform's manifest. It is
// written once by the loader, then done is closed; readers wait on done.
type platformState struct {
	done     chan struct{}
	pin      manifest.Pin       // what the server trusts for this embed; zero when none
	manifest *manifest.Manifest // nil unless verified
	platform *diag.Platform     // derived from manifest; nil unless verified
	keyPrint string             // fingerprint of the pinned key, for display
	cached   bool               // the manifest came from the offline copy (re-verified)
	expired  bool               // refused because it expired: the platform has not published a newer one
	err      error              // why there is no verified manifest
}

func newPlatformState() *platformState { return &platformState{done: make(chan struct{})} }

// refuse settles the state without a manifest.
func (s *platformState) refuse(err error) {
	s.err = err
	close(s.done)
}

// settled reports whether loading has finished.
func (s *platformState) settled() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

// expiresSoon reports a verified manifest that stops being trusted within
// expiryWarning of now: the merchant is told to check the official site if
// in doubt, and the platform that it should publish a new edition.
func (s *platformState) expiresSoon(now time.Time) bool {
	return s.manifest != nil && s.manifest.Expires.Sub(now) < expiryWarning
}

// expiryWarning is how long before its expiry a manifest is flagged.
const expiryWarning = 14 * 24 * time.Hour

// Store keeps the last verified manifest for offline use, and the newest
// edition seen of each platform. It holds only public documents (a
// manifest and its signature) and dates, never anything typed.
type Store interface {
	Get(key string) (string, bool)
	Set(key, value string)
}

// cacheKey names a manifest's cached copy.
func cacheKey(manifestURL string) string { return "triage:manifest:" + manifestURL }

// revisionKey names the record of the newest edition seen of a platform.
func revisionKey(platform string) string { return "triage:revision:" + platform }

// cachedManifest is what Store holds: the exact bytes that were verified,
// so they are verified again, with the pinned key, on every load.
type cachedManifest struct {
	Doc []byte `json:"doc"`
	Sig []byte `json:"sig"`
}

// seenRevision is the newest edition of a platform's manifest this browser
// has verified. Editions are ordered by their signed publication time.
type seenRevision struct {
	Published time.Time `json:"published"`
	Revision  string    `json:"revision"`
}

// load fetches the pinned manifest and its detached signature, verifies
// them with the pinned key, checks they are the pinned platform's, from the
// pinned location, and no older than an edition already seen; only then
// is the manifest used. When the network fails, or brings an older
// edition, the last verified copy is tried the same way.
func (s *platformState) load(ctx context.Context, f diag.Fetcher, store Store, pin manifest.Pin, widgetOrigin string, now time.Time) {
	defer close(s.done)
	s.pin = pin
	pub, err := manifest.ParsePublicKey(pin.Key)
	if err != nil {
		s.err = fmt.Errorf("manifest key: %w", err)
		return
	}
	s.keyPrint = manifest.Fingerprint(pub)
	manifestURL, err := manifest.ResolveLocation(pin.Manifest, widgetOrigin)
	if err != nil {
		s.err = err
		return
	}
	seen := readRevision(store, pin.Platform)
	accept := func(doc, sig []byte) (*manifest.Manifest, error) {
		m, err := manifest.Load(doc, sig, pub, now)
		if err != nil {
			return nil, err
		}
		if err := pin.Match(m, widgetOrigin); err != nil {
			return nil, err
		}
		if m.Published.Before(seen.Published) {
			return nil, errRolledBack
		}
		return m, nil
	}
	ctx, cancel := context.WithTimeout(ctx, manifestTimeout)
	defer cancel()
	doc, sig, fetchErr := fetchSigned(ctx, f, manifestURL)
	var m *manifest.Manifest
	err = fetchErr
	if err == nil {
		m, err = accept(doc, sig)
	}
	if err != nil {
		c, ok := readCache(store, manifestURL)
		if !ok {
			s.fail(err)
			return
		}
		cm, cerr := accept(c.Doc, c.Sig)
		if cerr != nil {
			// Offline, the copy's fault is the one to tell (it expired);
			// online, the platform's current document's.
			if fetchErr != nil {
				err = cerr
			}
			s.fail(err)
			return
		}
		m, doc, sig, s.cached = cm, c.Doc, c.Sig, true
	}
	s.manifest, s.platform = m, m.DiagPlatform(widgetOrigin)
	if store == nil || s.cached {
		return
	}
	if b, err := json.Marshal(cachedManifest{Doc: doc, Sig: sig}); err == nil {
		store.Set(cacheKey(manifestURL), string(b))
	}
	if m.Published.After(seen.Published) {
		if b, err := json.Marshal(seenRevision{Published: m.Published, Revision: m.Revision}); err == nil {
			store.Set(revisionKey(pin.Platform), string(b))
		}
	}
}

// fail records why no manifest is used.
func (s *platformState) fail(err error) {
	s.err = err
	s.expired = errors.Is(err, manifest.ErrExpired)
}

func readRevision(store Store, platform string) seenRevision {
	var r seenRevision
	if store == nil {
		return r
	}
	raw, ok := store.Get(revisionKey(platform))
	if !ok || len(raw) > 1024 || json.Unmarshal([]byte(raw), &r) != nil {
		return seenRevision{}
	}
	return r
}

func fetchSigned(ctx context.Context, f diag.Fetcher, manifestURL string) (doc, sig []byte, err error) {
	if f == nil {
		return nil, nil, errors.New("no network access to load the manifest")
	}
	// Both at once: the panel waits for the manifest before its checks.
	type fetched struct {
		body []byte
		err  error
	}
	sigc := make(chan fetched, 1)
	go func() {
		b, err := fetchAll(ctx, f, manifestURL+".sig")
		sigc <- fetched{b, err}
	}()
	doc, err = fetchAll(ctx, f, manifestURL)
	s := <-sigc
	if err != nil {
		return nil, nil, err
	}
	if s.err != nil {
		return nil, nil, s.err
	}
	return doc, s.body, nil
}

func readCache(store Store, manifestURL string) (cachedManifest, bool) {
	var c cachedManifest
	if store == nil {
		return c, false
	}
	raw, ok := store.Get(cacheKey(manifestURL))
	if !ok || len(raw) > 2*manifestLimit || json.Unmarshal([]byte(raw), &c) != nil {
		return c, false
	}
	return c, true
}

func fetchAll(ctx context.Context, f diag.Fetcher, url string) ([]byte, error) {
	resp, err := f.Fetch(ctx, diag.Request{URL: url, Mode: "cors", Limit: manifestLimit, Revalidate: true})
	if err != nil {
		return nil, err
	}
	if resp.Status != 200 {
		return nil, fmt.Errorf("fetch %s: status %d", url, resp.Status)
	}
	return resp.Body, nil
}
