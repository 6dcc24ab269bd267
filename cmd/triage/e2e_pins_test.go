package main

// Framing attacks on the channels, as a hostile site would try them: real
// Chromium, the real server, the hostile page on another site. Only the
// pinned platform's current manifest may show a channel.

import (
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/triage-widget/triage/app/manifest"
)

// platformFiles is a platform's publishing: a key pair (the public half in
// a file, as an operator pins it) and the manifests it signs, written into
// a web folder the widget server hosts at /manifests/.
type platformFiles struct {
	id, name string // platform id; NAME of /manifests/NAME.json
	dir      string // the web folder's manifests/
	priv     ed25519.PrivateKey
	keyFile  string
	site     string
}

// testWeb is a web folder for `triage serve --web`: the built one, with a
// manifests/ of the test's own.
func testWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir("../../web")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == "manifests" {
			continue
		}
		abs, _ := filepath.Abs(filepath.Join("../../web", e.Name()))
		if err := os.Symlink(abs, filepath.Join(dir, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "manifests"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func newPlatformFiles(t *testing.T, web, id, name string) *platformFiles {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(t.TempDir(), id+".pub")
	if err := os.WriteFile(keyFile, []byte(manifest.FormatPublicKey(pub)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return &platformFiles{id: id, name: name, dir: filepath.Join(web, "manifests"), priv: priv, keyFile: keyFile, site: "https://" + id + ".example.com"}
}

// flag is the platform's --platform pin.
func (p *platformFiles) flag() string {
	return fmt.Sprintf("id=%s,manifest=/manifests/%s.json,key=%s,site=%s", p.id, p.name, p.keyFile, p.site)
}

// publish signs an edition of the demo wallet-merchant manifest as this
// platform's (change may alter it further) and writes it.
func (p *platformFiles) publish(t *testing.T, published, expires time.Time, phone string, change func(map[string]any)) {
	t.Helper()
	b, err := os.ReadFile("../../web/manifests/wallet-merchant.json")
	if err != nil {
		t.Fatal(err)
	}
	b = []byte(strings.ReplaceAll(string(b), "+1-555-0101", phone))
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	m["demo"] = false
	m["platform"].(map[string]any)["id"] = p.id
	m["location"] = "/manifests/" + p.name + ".json"
	m["published"], m["expires"] = published.UTC().Format(time.RFC3339), expires.UTC().Format(time.RFC3339)
	m["revision"] = published.UTC().Format("2006.01.02.150405")
	if change != nil {
		change(m)
	}
	doc, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(p.dir, p.name+".json")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+".sig", manifest.Sign(p.priv, doc), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestE2EHostileFramingShowsNoChannel: a server pins two platforms; a
// hostile site frames the widget and tries to bring its own manifest and
// key, to name a platform the server does not pin, to pass one platform's
// manifest off as another's, or to name a tampered edition. Each time the
// panel shows no channel, and names only the official site the server
// pins, never one the page chose.
func TestE2EHostileFramingShowsNoChannel(t *testing.T) {
	requireE2E(t)
	web := testWeb(t)
	acme := newPlatformFiles(t, web, "acme-pay", "acme")
	bolt := newPlatformFiles(t, web, "bolt-pay", "bolt")
	now := time.Now()
	acme.publish(t, now.Add(-time.Hour), now.Add(30*24*time.Hour), "+1-555-0111", nil)
	// bolt's key signs a manifest that says it is acme's, at bolt's address.
	bolt.publish(t, now.Add(-time.Hour), now.Add(30*24*time.Hour), "+1-555-0166", func(m map[string]any) {
		m["platform"].(map[string]any)["id"] = acme.id
	})
	// The attacker's own manifest and key, on the widget origin's folder
	// (the strongest place it could get one).
	evil := newPlatformFiles(t, web, "evil-pay", "evil")
	evil.publish(t, now.Add(-time.Hour), now.Add(30*24*time.Hour), "+1-555-0199", func(m map[string]any) {
		m["platform"].(map[string]any)["id"] = acme.id
		m["location"] = "/manifests/evil.json"
	})
	evilKey, _ := os.ReadFile(evil.keyFile)
	srv := startServer(t, "--web", web, "--platform", acme.flag(), "--platform", bolt.flag(), "--frame-ancestors", "*")

	// The pinned platform itself shows its channels: the setup is right.
	p := openPanel(t, panelOpts{Server: srv, Page: embedPage(srv.URL, `data-platform="acme-pay"`, `triage('open', {category: 'security'});`)})
	fctx := p.Frame
	waitJS(t, fctx, `document.querySelector('a[href="tel:+1-555-0111"]')`, 30*time.Second)
	var demoTags int
	do(t, fctx, chromedp.Evaluate(`document.querySelectorAll('.triage-demo').length`, &demoTags))
	if demoTags != 0 {
		t.Errorf("a non-demo server labelled %d things DEMO", demoTags)
	}

	for _, tc := range []struct{ name, attrs, site string }{
		{"its own manifest and key", fmt.Sprintf(`data-manifest="%s/manifests/evil.json" data-manifest-key=%q`, srv.URL, strings.TrimSpace(string(evilKey))), ""},
		{"its own key for the pinned platform", fmt.Sprintf(`data-platform="acme-pay" data-manifest-key=%q`, strings.TrimSpace(string(evilKey))), "acme-pay.example.com"},
		{"its own manifest for the pinned platform", fmt.Sprintf(`data-platform="acme-pay" data-manifest="%s/manifests/evil.json"`, srv.URL), "acme-pay.example.com"},
		{"a platform nobody pinned", `data-platform="evil-pay"`, ""},
		{"an official site of its choosing", `data-platform="acme-pay" data-manifest="https://support-evil.example.net/acme.json"`, "acme-pay.example.com"},
		{"another tenant's manifest claiming to be acme", `data-platform="bolt-pay"`, "bolt-pay.example.com"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := openUnverified(t, srv, embedPage(srv.URL, tc.attrs, `triage('open', {category: 'security'});`))
			if strings.Contains(text, "555-01") || strings.Contains(text, "evil") || strings.Contains(text, "example.net") {
				t.Errorf("the page's choice shows:\n%s", text)
			}
			if tc.site != "" && !strings.Contains(text, tc.site) {
				t.Errorf("the pinned official site %s is not named:\n%s", tc.site, text)
			}
			if tc.site == "" && strings.Contains(text, ".example.com") {
				t.Errorf("an official site named for an unpinned platform:\n%s", text)
			}
		})
	}
}

// TestE2EManifestRollbackRefused: once the panel has seen an edition, an
// older one (validly signed, not expired, from the right address) is
// refused; the newer verified copy is used, and the retired number never
// comes back.
func TestE2EManifestRollbackRefused(t *testing.T) {
	requireE2E(t)
	web := testWeb(t)
	acme := newPlatformFiles(t, web, "acme-pay", "acme")
	now := time.Now()
	acme.publish(t, now.Add(-time.Hour), now.Add(30*24*time.Hour), "+1-555-0122", nil)
	srv := startServer(t, "--web", web, "--platform", acme.flag(), "--frame-ancestors", "*")
	p := openPanel(t, panelOpts{Server: srv, Page: embedPage(srv.URL, "", `triage('open', {category: 'security'});`)})
	fctx := p.Frame
	waitJS(t, fctx, `document.querySelector('a[href="tel:+1-555-0122"]')`, 30*time.Second)

	acme.publish(t, now.Add(-48*time.Hour), now.Add(30*24*time.Hour), "+1-555-0111", nil) // the retired edition
	fctx = p.reload(t)
	waitJS(t, fctx, `document.querySelector('a[href="tel:+1-555-0122"]')`, 30*time.Second)
	var text string
	do(t, fctx, chromedp.Evaluate(`document.body.innerText`, &text))
	if strings.Contains(text, "555-0111") {
		t.Fatalf("the older edition's number is back:\n%s", text)
	}
}

// TestE2EManifestExpiryStates: an expired manifest shows no channel and
// says why; one close to expiry shows its channels with a notice, and a
// note when one of its hosts is a look-alike.
func TestE2EManifestExpiryStates(t *testing.T) {
	requireE2E(t)
	web := testWeb(t)
	acme := newPlatformFiles(t, web, "acme-pay", "acme")
	now := time.Now()
	acme.publish(t, now.Add(-100*24*time.Hour), now.Add(-time.Hour), "+1-555-0133", nil)
	srv := startServer(t, "--web", web, "--platform", acme.flag(), "--frame-ancestors", "*")
	text := openUnverified(t, srv, embedPage(srv.URL, "", `triage('open', {category: 'security'});`))
	if !strings.Contains(text, "expired") || !strings.Contains(text, "acme-pay.example.com") {
		t.Fatalf("expired manifest: the panel does not say so, or names no official site:\n%s", text)
	}

	// Close to expiry, and one link on a look-alike host (Cyrillic "а").
	acme.publish(t, now.Add(-170*24*time.Hour), now.Add(3*24*time.Hour), "+1-555-0133", func(m map[string]any) {
		for _, c := range m["channels"].([]any) {
			if c := c.(map[string]any); c["value"] == "https://status.example.com" {
				c["value"] = "https://xn--sttus-5ve.example.com"
			}
		}
	})
	fctx := openPanel(t, panelOpts{Server: srv, Page: embedPage(srv.URL, "", `triage('open', {category: 'security'});`)}).Frame
	waitJS(t, fctx, `document.querySelector('a[href="tel:+1-555-0133"]') && document.querySelector('#triage-expiry') && document.querySelector('#triage-host-warning')`, 30*time.Second)
}

// TestE2EDemoLabelsEverything: under --demo the header, every channel and
// the report's email and ticket actions say DEMO.
func TestE2EDemoLabelsEverything(t *testing.T) {
	requireE2E(t)
	p := openPanel(t, panelOpts{Script: `triage('open', {category: 'payment'});`})
	fctx := p.Frame
	waitJS(t, fctx, `document.querySelectorAll('#triage-recommendations > li').length >= 2 && document.querySelector('#triage-mailto, #triage-ticket')`, 30*time.Second)
	var unlabelled []string
	do(t, fctx, chromedp.Evaluate(`[...document.querySelectorAll('h1, #triage-recommendations > li, #triage-mailto, #triage-ticket')]
	  .filter(e => !e.querySelector('.triage-demo')).map(e => e.id || e.dataset.channel || e.tagName)`, &unlabelled))
	if len(unlabelled) != 0 {
		t.Fatalf("not labelled DEMO: %v", unlabelled)
	}
}

// TestE2EServeRefusesFramingByDefault: outside the demo, a server started
// without --frame-ancestors says so and lets no page frame the widget.
func TestE2EServeRefusesFramingByDefault(t *testing.T) {
	requireE2E(t)
	web := testWeb(t)
	acme := newPlatformFiles(t, web, "acme-pay", "acme")
	acme.publish(t, time.Now().Add(-time.Hour), time.Now().Add(30*24*time.Hour), "+1-555-0101", nil)
	srv := startServer(t, "--web", web, "--platform", acme.flag())
	said := poll(5*time.Second, func() bool {
		return slices.ContainsFunc(srv.requests(), func(l string) bool { return strings.Contains(l, "no --frame-ancestors given") })
	})
	if !said {
		t.Errorf("no message about the frame-ancestors default: %v", srv.requests())
	}
	pw := openPanel(t, panelOpts{Server: srv, Page: embedPage(srv.URL, "", `triage('open');`), Closed: true}).Page
	if !poll(20*time.Second, func() bool { return len(refusals(pw, srv.URL)) > 0 }) {
		t.Fatalf("the browser did not refuse the frame by frame-ancestors; host console: %v", pw.lines())
	}
	if srv.requested("/app.js") {
		t.Error("the refused page ran its scripts")
	}
}
