package ui

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

// Why channels are not shown when the key is missing or not pinned.
var (
	errNoKey        = errors.New("no manifest key pinned: set data-manifest-key")
	errKeyNotPinned = errors.New("the embed's data-manifest-key is not one the widget's server pins")
)

// pinnedKeys drops empty entries (an unset list reads as one empty key).
func pinnedKeys(keys []string) []string {
	var out []string
	for _, k := range keys {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// chooseKey picks the key to verify with: the embed's, which must be one
// the server pins when it pins any, else the server's first.
func chooseKey(embed string, pinned []string) (string, error) {
	embed = strings.TrimSpace(embed)
	if embed == "" {
		if len(pinned) == 0 {
			return "", errNoKey
		}
		return pinned[0], nil
	}
	if len(pinned) > 0 && !slices.Contains(pinned, embed) {
		return "", errKeyNotPinned
	}
	return embed, nil
}

// refuse settles the state without a manifest.
func (s *platformState) refuse(err error) {
	s.err = err
	close(s.done)
}

// platformState is the outcome of loading the platform's manifest. It is
// written once by the loader, then done is closed; readers wait on done.
type platformState struct {
	done     chan struct{}
	manifest *manifest.Manifest // nil unless verified
	platform *diag.Platform     // derived from manifest; nil unless verified
	keyPrint string             // fingerprint of the pinned key, for display
	cached   bool               // the manifest came from the offline copy (re-verified)
	err      error              // why there is no verified manifest
}

func newPlatformState() *platformState { return &platformState{done: make(chan struct{})} }

// settled reports whether loading has finished.
func (s *platformState) settled() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

// Store keeps the last verified manifest for offline use. It holds only
// public documents (a manifest and its signature), never anything typed.
type Store interface {
	Get(key string) (string, bool)
	Set(key, value string)
}

// cacheKey names a manifest's cached copy.
func cacheKey(manifestURL string) string { return "triage:manifest:" + manifestURL }

// cachedManifest is what Store holds: the exact bytes that were verified,
// so they are verified again, with the pinned key, on every load.
type cachedManifest struct {
	Doc []byte `json:"doc"`
	Sig []byte `json:"sig"`
}

// load fetches manifestURL and its detached signature and verifies them
// with the pinned key; only then is the manifest used. When the network
// fails it falls back to the last verified copy, verified again.
func (s *platformState) load(ctx context.Context, f diag.Fetcher, store Store, manifestURL, key, widgetOrigin string, now time.Time) {
	defer close(s.done)
	if strings.TrimSpace(key) == "" {
		s.err = errNoKey
		return
	}
	pub, err := manifest.ParsePublicKey(key)
	if err != nil {
		s.err = fmt.Errorf("manifest key: %w", err)
		return
	}
	s.keyPrint = manifest.Fingerprint(pub)
	ctx, cancel := context.WithTimeout(ctx, manifestTimeout)
	defer cancel()
	doc, sig, err := fetchSigned(ctx, f, manifestURL)
	if err != nil {
		c, ok := readCache(store, manifestURL)
		if !ok {
			s.err = err
			return
		}
		doc, sig, s.cached = c.Doc, c.Sig, true
	}
	m, err := manifest.Load(doc, sig, pub, now)
	if err != nil {
		s.err = err
		return
	}
	s.manifest, s.platform = m, platformOf(m, widgetOrigin)
	if !s.cached && store != nil {
		if b, err := json.Marshal(cachedManifest{Doc: doc, Sig: sig}); err == nil {
			store.Set(cacheKey(manifestURL), string(b))
		}
	}
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
	resp, err := f.Fetch(ctx, diag.Request{URL: url, Mode: "cors", Limit: manifestLimit})
	if err != nil {
		return nil, err
	}
	if resp.Status != 200 {
		return nil, fmt.Errorf("fetch %s: status %d", url, resp.Status)
	}
	return resp.Body, nil
}

// platformOf is what the checks need of a verified manifest.
func platformOf(m *manifest.Manifest, widgetOrigin string) *diag.Platform {
	p := &diag.Platform{
		Name:       m.Platform.Name,
		ErrorCodes: map[string]diag.ErrorCode{},
		Explorers:  map[string]string{},
	}
	if ping, err := m.API.PingURL(widgetOrigin); err == nil {
		p.APIOrigin = ping
	}
	if t, err := m.API.TimeURL(widgetOrigin); err == nil {
		p.TimeURL = t
	}
	p.APIHosts = append([]string(nil), m.API.Hosts...)
	for _, w := range m.Maintenance {
		p.Maintenance = append(p.Maintenance, diag.Window{Start: w.Start, End: w.End, Message: w.Title})
	}
	for _, e := range m.ErrorCodes {
		p.ErrorCodes[e.Code] = diag.ErrorCode{Meaning: e.Meaning, Fix: e.Fix, Next: e.Check}
	}
	for _, e := range m.Explorers {
		// The manifest's templates say {tx}; the checks fill {hash}.
		p.Explorers[e.Chain] = strings.ReplaceAll(e.Tx, "{tx}", "{hash}")
	}
	return p
}
