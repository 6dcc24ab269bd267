package ui

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
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

func demoManifest(t *testing.T) (doc, sig []byte, key string) {
	t.Helper()
	read := func(name string) []byte {
		b, err := os.ReadFile("../../web/manifests/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return read("wallet-merchant.json"), read("wallet-merchant.json.sig"), strings.TrimSpace(string(read("demo.pub")))
}

func loadWith(f diag.Fetcher, store Store, key string) *platformState {
	s := newPlatformState()
	s.load(context.Background(), f, store, "https://w.example/m.json", key, "https://w.example", time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC))
	return s
}

func TestPlatformVerifiesCachesAndFallsBack(t *testing.T) {
	doc, sig, key := demoManifest(t)
	f := &fakeFetcher{bodies: map[string][]byte{"https://w.example/m.json": doc, "https://w.example/m.json.sig": sig}}
	store := memStore{}
	if s := loadWith(f, store, key); s.manifest == nil || s.cached || s.platform.APIOrigin != "https://w.example/api/ping" {
		t.Fatalf("online load: manifest=%v cached=%v err=%v", s.manifest != nil, s.cached, s.err)
	}
	if len(store) != 1 {
		t.Fatalf("verified manifest not cached: %v", store)
	}
	f.fail = true
	if s := loadWith(f, store, key); s.manifest == nil || !s.cached {
		t.Fatalf("offline load from the cache failed: %v", s.err)
	}
	// A cached copy is verified again: tampering with storage is refused.
	for k, v := range store {
		store[k] = strings.Replace(v, "e", "f", 1)
	}
	if s := loadWith(f, store, key); s.manifest != nil {
		t.Fatal("a tampered cached manifest was used")
	}
}

func TestPlatformRefusesWithoutKeyOrWithWrongKey(t *testing.T) {
	doc, sig, _ := demoManifest(t)
	f := &fakeFetcher{bodies: map[string][]byte{"https://w.example/m.json": doc, "https://w.example/m.json.sig": sig}}
	if s := loadWith(f, nil, ""); s.manifest != nil || !errors.Is(s.err, errNoKey) {
		t.Fatalf("no key: %v", s.err)
	}
	if s := loadWith(f, nil, "ed25519:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="); s.manifest != nil {
		t.Fatal("a manifest verified with the wrong key")
	}
}

func TestChooseKeyOnlyPinnedKeys(t *testing.T) {
	pinned := []string{"ed25519:A", "ed25519:B"}
	for _, tc := range []struct {
		embed  string
		pinned []string
		want   string
		err    error
	}{
		{"", pinned, "ed25519:A", nil},
		{"ed25519:B", pinned, "ed25519:B", nil},
		{"ed25519:EVIL", pinned, "", errKeyNotPinned},
		{"ed25519:C", nil, "ed25519:C", nil},
		{"", nil, "", errNoKey},
	} {
		got, err := chooseKey(tc.embed, tc.pinned)
		if got != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("chooseKey(%q, %q) = %q, %v; want %q, %v", tc.embed, tc.pinned, got, err, tc.want, tc.err)
		}
	}
	if got := pinnedKeys(strings.Split("", ",")); len(got) != 0 {
		t.Fatalf("an unset list must pin nothing: %q", got)
	}
}
