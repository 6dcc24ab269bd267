package manifest

import (
	"crypto/ed25519"
	"errors"
	"testing"
)

func testPin(t *testing.T) Pin {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	return Pin{Platform: "test", Manifest: "https://help.example.com/manifests/test.json", Key: FormatPublicKey(pub), Site: "https://www.example.com"}
}

func TestPinValidate(t *testing.T) {
	good := testPin(t)
	if err := good.Validate(); err != nil {
		t.Fatalf("valid pin refused: %v", err)
	}
	for name, change := range map[string]func(*Pin){
		"no id":          func(p *Pin) { p.Platform = "" },
		"bad id":         func(p *Pin) { p.Platform = "Acme Pay" },
		"no manifest":    func(p *Pin) { p.Manifest = "" },
		"ftp manifest":   func(p *Pin) { p.Manifest = "ftp://help.example.com/m.json" },
		"no key":         func(p *Pin) { p.Key = "" },
		"short key":      func(p *Pin) { p.Key = "ed25519:AAAA" },
		"http site":      func(p *Pin) { p.Site = "http://www.example.com" },
		"site with user": func(p *Pin) { p.Site = "https://evil@www.example.com" },
	} {
		p := good
		change(&p)
		if p.Validate() == nil {
			t.Errorf("%s: accepted %+v", name, p)
		}
	}
	if h := good.SiteHost(); h != "www.example.com" {
		t.Errorf("SiteHost = %q", h)
	}
}

func TestResolveLocation(t *testing.T) {
	for _, tc := range []struct{ ref, origin, want string }{
		{"/manifests/a.json", "http://127.0.0.1:8080", "http://127.0.0.1:8080/manifests/a.json"},
		{"HTTPS://Help.Example.com:443/m.json#x", "http://127.0.0.1:8080", "https://help.example.com/m.json"},
		{"https://help.example.com/m.json", "https://w.example", "https://help.example.com/m.json"},
	} {
		got, err := ResolveLocation(tc.ref, tc.origin)
		if err != nil || got != tc.want {
			t.Errorf("ResolveLocation(%q, %q) = %q, %v; want %q", tc.ref, tc.origin, got, err, tc.want)
		}
	}
	for _, ref := range []string{"javascript:alert(1)", "//", "https://user@help.example.com/m.json"} {
		if got, err := ResolveLocation(ref, "https://w.example"); err == nil {
			t.Errorf("ResolveLocation(%q) = %q, want an error", ref, got)
		}
	}
}

// TestPinMatch: a manifest verified with a platform's key is still refused
// when it claims another platform or another location; on a server that
// pins several platforms, one platform's key cannot speak for another.
func TestPinMatch(t *testing.T) {
	m, err := Parse(minimal(t), testNow)
	if err != nil {
		t.Fatal(err)
	}
	pin := testPin(t)
	if err := pin.Match(m, "https://w.example"); err != nil {
		t.Fatalf("own manifest refused: %v", err)
	}
	other := pin
	other.Platform = "other"
	if err := other.Match(m, "https://w.example"); !errors.Is(err, ErrOtherPlatform) {
		t.Errorf("another platform's pin: %v", err)
	}
	moved := pin
	moved.Manifest = "https://help.example.com/staging/test.json"
	if err := moved.Match(m, "https://w.example"); !errors.Is(err, ErrOtherLocation) {
		t.Errorf("another location: %v", err)
	}
	// A path location means the widget's origin.
	self := *m
	self.Location = "/manifests/test.json"
	pathPin := pin
	pathPin.Manifest = "http://127.0.0.1:8080/manifests/test.json"
	if err := pathPin.Match(&self, "http://127.0.0.1:8080"); err != nil {
		t.Errorf("path location on the widget origin: %v", err)
	}
	if err := pathPin.Match(&self, "http://127.0.0.1:9090"); !errors.Is(err, ErrOtherLocation) {
		t.Errorf("path location on another origin: %v", err)
	}
}

func TestLocationRequiredAndClean(t *testing.T) {
	expectProblem(t, mutate(t, func(d map[string]any) { delete(d, "location") }), "location", codeRequired)
	expectProblem(t, mutate(t, func(d map[string]any) { d["location"] = "https://evil.example.net/m.json" }), "location", codeURLOffDomain)
	expectProblem(t, mutate(t, func(d map[string]any) { d["location"] = "https://help.example.com/m.json?v=1" }), "location", codeURLMalformed)
	expectProblem(t, mutate(t, func(d map[string]any) { d["location"] = "/manifests/../x.json" }), "location", codeURLMalformed)
	if _, err := Parse(mutate(t, func(d map[string]any) { d["location"] = "/manifests/test.json" }), testNow); err != nil {
		t.Errorf("a path location refused: %v", err)
	}
}
