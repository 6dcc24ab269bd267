package ui

import (
	"context"
	"errors"
	"fmt"
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

// errNoKey is why channels are not shown when no key was pinned.
var errNoKey = errors.New("no manifest key pinned: set data-manifest-key")

// platformState is the outcome of loading the platform's manifest. It is
// written once by the loader, then done is closed; readers wait on done.
type platformState struct {
	done     chan struct{}
	manifest *manifest.Manifest // nil unless verified
	platform *diag.Platform     // derived from manifest; nil unless verified
	keyPrint string             // fingerprint of the pinned key, for display
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

// load fetches manifestURL and its detached signature and verifies them
// with the pinned key; only then is the manifest used.
func (s *platformState) load(ctx context.Context, f diag.Fetcher, manifestURL, key, widgetOrigin string, now time.Time) {
	defer close(s.done)
	if f == nil {
		s.err = errors.New("no network access to load the manifest")
		return
	}
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
	doc, err := fetchAll(ctx, f, manifestURL)
	if err != nil {
		s.err = err
		return
	}
	sig, err := fetchAll(ctx, f, manifestURL+".sig")
	if err != nil {
		s.err = err
		return
	}
	m, err := manifest.Load(doc, sig, pub, now)
	if err != nil {
		s.err = err
		return
	}
	s.manifest, s.platform = m, platformOf(m, widgetOrigin)
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
