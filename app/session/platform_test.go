package session

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/manifest"
)

// fakeFetcher serves fixed bodies by URL; fail makes every fetch fail.
type fakeFetcher struct {
	bodies map[string][]byte
	fail   bool
}

func (f *fakeFetcher) Fetch(_ context.Context, r diag.Request) (diag.Response, error) {
	if f.fail {
		return diag.Response{}, errors.New("TypeError: Failed to fetch")
	}
	b, ok := f.bodies[r.URL]
	if !ok {
		return diag.Response{Status: 404}, nil
	}
	return diag.Response{Status: 200, Body: b}, nil
}

type memStore map[string]string

func (m memStore) Get(k string) (string, bool) { v, ok := m[k]; return v, ok }
func (m memStore) Set(k, v string)             { m[k] = v }

const (
	testOrigin   = "https://w.example"
	testLocation = "/manifests/wallet-merchant.json"
	testURL      = testOrigin + testLocation
)

// testPublished is the publication time of the editions signed here.
var testPublished = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// signer signs editions of the demo wallet-merchant manifest with a key
// made for the test.
type signer struct {
	priv ed25519.PrivateKey
	pin  manifest.Pin
}

func newSigner(t *testing.T) signer {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	return signer{priv, manifest.Pin{Platform: "demo-wallet-merchant", Manifest: testLocation, Key: manifest.FormatPublicKey(pub), Site: "https://merchant.example.com"}}
}

// edition returns the demo manifest published at the given time (valid for
// 30 days), changed by change, and its signature.
func (s signer) edition(t *testing.T, published time.Time, change func(map[string]any)) (doc, sig []byte) {
	t.Helper()
	b, err := os.ReadFile("../../web/manifests/wallet-merchant.json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	m["published"] = published.Format(time.RFC3339)
	m["expires"] = published.Add(30 * 24 * time.Hour).Format(time.RFC3339)
	m["revision"] = published.Format("2006.01.02")
	if change != nil {
		change(m)
	}
	doc, err = json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return doc, manifest.Sign(s.priv, doc)
}

func serving(doc, sig []byte) *fakeFetcher {
	return &fakeFetcher{bodies: map[string][]byte{testURL: doc, testURL + ".sig": sig}}
}

func loadAt(f diag.Fetcher, store Store, pin manifest.Pin, now time.Time) *platformState {
	s := newPlatformState()
	s.load(context.Background(), f, store, pin, testOrigin, now)
	return s
}

func TestPlatformVerifiesCachesAndFallsBack(t *testing.T) {
	sg := newSigner(t)
	doc, sig := sg.edition(t, testPublished, nil)
	f := serving(doc, sig)
	store := memStore{}
	now := testPublished.Add(time.Hour)
	if s := loadAt(f, store, sg.pin, now); s.manifest == nil || s.cached || s.platform.APIOrigin != "https://w.example/api/ping" {
		t.Fatalf("online load: manifest=%v cached=%v err=%v", s.manifest != nil, s.cached, s.err)
	}
	if _, ok := store[cacheKey(testURL)]; !ok {
		t.Fatalf("verified manifest not cached: %v", store)
	}
	f.fail = true
	if s := loadAt(f, store, sg.pin, now); s.manifest == nil || !s.cached {
		t.Fatalf("offline load from the cache failed: %v", s.err)
	}
	// A cached copy is verified again: tampering with storage is refused.
	store[cacheKey(testURL)] = strings.Replace(store[cacheKey(testURL)], "e", "f", 1)
	if s := loadAt(f, store, sg.pin, now); s.manifest != nil {
		t.Fatal("a tampered cached manifest was used")
	}
}

func TestPlatformRefusesAnotherKey(t *testing.T) {
	sg, other := newSigner(t), newSigner(t)
	doc, sig := other.edition(t, testPublished, nil)
	if s := loadAt(serving(doc, sig), nil, sg.pin, testPublished.Add(time.Hour)); s.manifest != nil || !errors.Is(s.err, manifest.ErrSignature) {
		t.Fatalf("a manifest signed with another key: %v", s.err)
	}
}

// TestPlatformRefusesAnotherPlatformOrLocation: the pinned key signed it,
// but it speaks for another platform, or says it lives elsewhere.
func TestPlatformRefusesAnotherPlatformOrLocation(t *testing.T) {
	sg := newSigner(t)
	now := testPublished.Add(time.Hour)
	doc, sig := sg.edition(t, testPublished, func(m map[string]any) { m["platform"].(map[string]any)["id"] = "demo-exchange" })
	if s := loadAt(serving(doc, sig), nil, sg.pin, now); s.manifest != nil || !errors.Is(s.err, manifest.ErrOtherPlatform) {
		t.Errorf("another platform's manifest: %v", s.err)
	}
	doc, sig = sg.edition(t, testPublished, func(m map[string]any) { m["location"] = "/manifests/staging.json" })
	if s := loadAt(serving(doc, sig), nil, sg.pin, now); s.manifest != nil || !errors.Is(s.err, manifest.ErrOtherLocation) {
		t.Errorf("a manifest published elsewhere: %v", s.err)
	}
}

// TestPlatformRefusesRollback: once an edition has been seen, an older one
// (still signed, not expired) is refused, and the newer cached copy is
// used instead.
func TestPlatformRefusesRollback(t *testing.T) {
	sg := newSigner(t)
	store := memStore{}
	newDoc, newSig := sg.edition(t, testPublished.Add(48*time.Hour), nil)
	oldDoc, oldSig := sg.edition(t, testPublished, nil)
	now := testPublished.Add(72 * time.Hour)
	if s := loadAt(serving(newDoc, newSig), store, sg.pin, now); s.manifest == nil {
		t.Fatalf("new edition refused: %v", s.err)
	}
	s := loadAt(serving(oldDoc, oldSig), store, sg.pin, now)
	if s.manifest == nil || !s.cached || !s.manifest.Published.Equal(testPublished.Add(48*time.Hour)) {
		t.Fatalf("rollback: want the newer cached edition, got manifest=%v cached=%v err=%v", s.manifest != nil, s.cached, s.err)
	}
	delete(store, cacheKey(testURL))
	if s := loadAt(serving(oldDoc, oldSig), store, sg.pin, now); s.manifest != nil || !errors.Is(s.err, errRolledBack) {
		t.Fatalf("rollback without a cached copy: %v", s.err)
	}
	// Another platform's record does not hold this one back.
	if s := loadAt(serving(oldDoc, oldSig), memStore{revisionKey("demo-exchange"): store[revisionKey(sg.pin.Platform)]}, sg.pin, now); s.manifest == nil {
		t.Fatalf("another platform's record applied: %v", s.err)
	}
}

func TestPlatformExpiry(t *testing.T) {
	sg := newSigner(t)
	doc, sig := sg.edition(t, testPublished, nil)
	soon := loadAt(serving(doc, sig), nil, sg.pin, testPublished.Add(20*24*time.Hour))
	if soon.manifest == nil || !soon.expiresSoon(testPublished.Add(20*24*time.Hour)) {
		t.Fatalf("10 days before expiry: manifest=%v err=%v", soon.manifest != nil, soon.err)
	}
	if soon.expiresSoon(testPublished) {
		t.Error("30 days before expiry flagged as soon")
	}
	gone := loadAt(serving(doc, sig), nil, sg.pin, testPublished.Add(31*24*time.Hour))
	if gone.manifest != nil || !gone.expired {
		t.Fatalf("expired: manifest=%v expired=%v err=%v", gone.manifest != nil, gone.expired, gone.err)
	}
	// Offline, with only an expired copy: it says expired, not unreachable.
	store := memStore{}
	loadAt(serving(doc, sig), store, sg.pin, testPublished.Add(time.Hour))
	offline := loadAt(&fakeFetcher{fail: true}, store, sg.pin, testPublished.Add(31*24*time.Hour))
	if offline.manifest != nil || !offline.expired {
		t.Fatalf("offline, expired copy: manifest=%v expired=%v err=%v", offline.manifest != nil, offline.expired, offline.err)
	}
}

func TestChoosePin(t *testing.T) {
	a := manifest.Pin{Platform: "acme", Manifest: "https://help.acme.example/m.json", Key: "ed25519:A"}
	b := manifest.Pin{Platform: "bolt", Manifest: "/manifests/bolt.json", Key: "ed25519:B"}
	pins := []manifest.Pin{a, b}
	for _, tc := range []struct {
		name string
		cfg  Config
		pins []manifest.Pin
		want string
		err  error
	}{
		{"default", Config{}, pins, "acme", nil},
		{"named", Config{Platform: "bolt"}, pins, "bolt", nil},
		{"by manifest", Config{ManifestURL: testOrigin + "/manifests/bolt.json"}, pins, "bolt", nil},
		{"named with its key", Config{Platform: "bolt", ManifestKey: "ed25519:B"}, pins, "bolt", nil},
		{"unknown platform", Config{Platform: "evil"}, pins, "", errUnknownPlatform},
		{"unpinned key", Config{ManifestKey: "ed25519:EVIL"}, pins, "acme", errKeyNotPinned},
		{"another platform's key", Config{Platform: "acme", ManifestKey: "ed25519:B"}, pins, "acme", errKeyNotPinned},
		{"unpinned manifest", Config{ManifestURL: "https://evil.example/m.json"}, pins, "", errManifestNotPinned},
		{"platform moved", Config{Platform: "acme", ManifestURL: "https://evil.example/m.json"}, pins, "acme", errManifestNotPinned},
		{"no pins", Config{ManifestKey: "ed25519:A"}, nil, "", errNoPin},
	} {
		got, err := choosePin(tc.cfg, tc.pins, testOrigin)
		if got.Platform != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("%s: choosePin = %q, %v; want %q, %v", tc.name, got.Platform, err, tc.want, tc.err)
		}
	}
}

// TestPlatformOfCarriesAPIHosts: what the manifest says of its API reaches
// the checks.
func TestPlatformOfCarriesAPIHosts(t *testing.T) {
	sg := newSigner(t)
	doc, sig := sg.edition(t, testPublished, func(m map[string]any) {
		m["api"].(map[string]any)["hosts"] = []string{"api.example.com"}
	})
	s := loadAt(serving(doc, sig), nil, sg.pin, testPublished.Add(time.Hour))
	if s.platform == nil || len(s.platform.APIHosts) != 1 || s.platform.APIHosts[0] != "api.example.com" {
		t.Fatalf("platform %+v, err %v", s.platform, s.err)
	}
}
