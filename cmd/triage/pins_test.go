package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/manifest"
)

// TestServeAndStaticFailClosed: a widget that would not know which
// manifests are official does not start; each refusal is one line and
// exit 2. (serve stops before it listens, so these run natively.)
func TestServeAndStaticFailClosed(t *testing.T) {
	_, pub := testKeys(t)
	bad := filepath.Join(t.TempDir(), "bad.pub")
	os.WriteFile(bad, []byte("ed25519:not-a-key\n"), 0o644)
	unreadable := filepath.Join(t.TempDir(), "unreadable.pub")
	os.WriteFile(unreadable, []byte("x"), 0o000)
	good := "id=acme,manifest=/manifests/acme.json,key=" + pub
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no pin", nil, "no platform pinned"},
		{"missing key file", []string{"--platform", "id=acme,manifest=/m.json,key=/nonexistent/acme.pub"}, "no such file"},
		{"invalid key file", []string{"--platform", "id=acme,manifest=/m.json,key=" + bad}, "key file"},
		{"invalid inline key", []string{"--platform", "id=acme,manifest=/m.json,key=ed25519:AAAA"}, "public key"},
		{"no key", []string{"--platform", "id=acme,manifest=/m.json"}, "key= is missing"},
		{"bad id", []string{"--platform", "id=Acme Pay,manifest=/m.json,key=" + pub}, "platform id"},
		{"unknown field", []string{"--platform", good + ",color=red"}, "unknown field"},
		{"http site", []string{"--platform", good + ",site=http://acme.example"}, "https"},
		{"pinned twice", []string{"--platform", good, "--platform", good}, "pinned twice"},
		{"one bad among good", []string{"--platform", good, "--platform", "id=bolt,manifest=/b.json,key=" + bad}, "key file"},
		{"old flags", []string{"--manifest-key", pub}, "replaced by --platform"},
	} {
		for _, cmd := range []string{"serve", "static"} {
			args := append([]string{cmd, "--addr", "127.0.0.1:0"}, tc.args...)
			if cmd == "static" {
				args = append([]string{cmd, "--out", t.TempDir()}, tc.args...)
			}
			code, _, errOut := runCLI(t, "", args...)
			if code != exitUsage || !strings.Contains(errOut, tc.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
				t.Errorf("%s %s: exit %d, %q; want exit %d and one line with %q", cmd, tc.name, code, errOut, exitUsage, tc.want)
			}
		}
	}
	if os.Getuid() != 0 { // root reads any file
		code, _, errOut := runCLI(t, "", "serve", "--platform", "id=acme,manifest=/m.json,key="+unreadable)
		if code != exitUsage || !strings.Contains(errOut, "permission denied") {
			t.Errorf("unreadable key file: exit %d, %q", code, errOut)
		}
	}
}

func TestParsePin(t *testing.T) {
	_, pub := testKeys(t)
	key, _ := os.ReadFile(pub)
	p, err := parsePin("id=acme, manifest=https://help.acme.example/m%2Cx.json ,key=" + pub + ",site=https://acme.example")
	if err != nil {
		t.Fatal(err)
	}
	want := manifest.Pin{Platform: "acme", Manifest: "https://help.acme.example/m%2Cx.json", Key: strings.TrimSpace(string(key)), Site: "https://acme.example"}
	if p != want {
		t.Fatalf("got %+v\nwant %+v", p, want)
	}
	if _, err := parsePin("id=acme,id=bolt,manifest=/m.json,key=" + pub); err == nil {
		t.Error("a field given twice was accepted")
	}
}

// TestDemoSignedAtStart: --demo signs the demo manifests with a fresh key,
// dated now and well inside the longest lifetime, so the demo keeps
// working however old its files are; two starts share no key.
func TestDemoSignedAtStart(t *testing.T) {
	a, err := signDemoManifests("../../web")
	if err != nil {
		t.Fatal(err)
	}
	b, err := signDemoManifests("../../web")
	if err != nil {
		t.Fatal(err)
	}
	if a.pins[0].Key == b.pins[0].Key {
		t.Error("two starts made the same demo key")
	}
	later := time.Now().Add(demoLifetime - time.Hour)
	for i, p := range demoProfiles {
		pin := a.pins[i]
		pub, err := manifest.ParsePublicKey(pin.Key)
		if err != nil {
			t.Fatal(err)
		}
		doc, sig := a.files[p.Name+".json"], a.files[p.Name+".json.sig"]
		m, err := manifest.Load(doc, sig, pub, later)
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		if err := pin.Match(m, "http://127.0.0.1:8080"); err != nil {
			t.Errorf("%s: %v", p.Name, err)
		}
		if age := time.Since(m.Published); age < 0 || age > time.Hour {
			t.Errorf("%s: published %v ago", p.Name, age)
		}
	}
}

func TestRedateKeepsTheRest(t *testing.T) {
	doc := []byte(`{"version": 1,
  "nested": {"published": "keep"},
  "published": "2020-01-01T00:00:00Z", "expires" :  "2030-01-01T00:00:00Z", "tail": ["published"]}`)
	p := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	got, err := redate(doc, p, p.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"version": 1,
  "nested": {"published": "keep"},
  "published": "2026-12-01T00:00:00Z", "expires" :  "2026-12-01T01:00:00Z", "tail": ["published"]}`
	if string(got) != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	for _, bad := range []string{`[]`, `{"published": 1, "expires": "x"}`, `{"published": "x"}`} {
		if _, err := redate([]byte(bad), p, p); err == nil {
			t.Errorf("redate(%s) accepted", bad)
		}
	}
}

// TestPublishedFilesOnly: the widget serves what it names and nothing else
// of its folders (no dotfiles, no keys, no sources).
func TestPublishedFilesOnly(t *testing.T) {
	for name, want := range map[string]bool{
		"triage.css": true, "guard.js": true, "icons/icon.svg": true,
		"icons/.secret.png": false, "icons/a/b.png": false, "loader.js": false, "demo/index.html": false,
	} {
		if got := webFileAllowed(name); got != want {
			t.Errorf("webFileAllowed(%q) = %v", name, got)
		}
	}
	for name, want := range map[string]bool{
		"acme.json": true, "acme.json.sig": true, "acme.pub": true,
		".hidden.json": false, "acme.key": false, "README.md": false, "../x.json": false,
	} {
		if got := isPublicManifestFile(name); got != want {
			t.Errorf("isPublicManifestFile(%q) = %v", name, got)
		}
	}
}
