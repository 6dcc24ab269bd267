package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// staticSite writes the widget as static files with the built binary into
// a fresh folder, readable by other users (nginx's workers, when the tests
// run as root): the demo, unless pins are given. The command line of every
// static-site test is here.
func staticSite(t *testing.T, pins ...string) string {
	t.Helper()
	out, err := os.MkdirTemp("", "triage-static-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(out) })
	if err := os.Chmod(out, 0o755); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"static", "--out", out, "--web", "../../web"}, pins...)
	if len(pins) == 0 {
		args = append(args, "--demo")
	}
	if b, err := exec.Command(triageBinary(t), args...).CombinedOutput(); err != nil {
		t.Fatalf("triage static: %v\n%s", err, b)
	}
	return out
}

// staticEmbed adds to a host page (from snippetPage or strictSnippetPage,
// data-lang="en") the embed attribute that names the static site's demo
// platform. The embed of every static-site test is here.
func staticEmbed(t *testing.T, page string) string {
	t.Helper()
	if !strings.Contains(page, `data-lang="en"`) {
		t.Fatal(`staticEmbed: the host page has no data-lang="en" embed`)
	}
	return strings.Replace(page, `data-lang="en"`, `data-lang="en" data-platform="demo-wallet-merchant"`, 1)
}

// TestE2EStaticSite: `triage static` output, served by a plain file server
// (as a bucket or CDN would, no special headers), embeds and opens.
func TestE2EStaticSite(t *testing.T) {
	requireE2E(t)
	out := staticSite(t)
	for _, f := range []string{"index.html", "app.js", "app-worker.js", "wasm_exec.js", "embed.js", "web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/triage.css", "manifests/wallet-merchant.json", "manifests/wallet-merchant.json.sig"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("static output lacks %s", f)
		}
	}
	published, _ := filepath.Glob(filepath.Join(out, "manifests", "*"))
	for _, f := range published {
		if !strings.HasSuffix(f, ".json") && !strings.HasSuffix(f, ".json.sig") {
			t.Errorf("static output publishes %s", f)
		}
	}
	// The loader names the pinned official sites for its fallback.
	if embed, err := os.ReadFile(filepath.Join(out, "embed.js")); err != nil || !strings.Contains(string(embed), `"demo-wallet-merchant":"https://merchant.example.com"`) {
		t.Errorf("static embed.js names no pinned site (%v)", err)
	}
	cdn := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer cdn.Close()
	p := openPanel(t, panelOpts{Widget: cdn.URL, Script: `triage('context', {merchantId: 'STATIC-1'}); triage('open');`})
	fctx := p.Frame
	p.Events.wait("ready", 1, 30*time.Second)
	frameText(t, fctx, "STATIC-1")
	// The demo manifests signed at build verify against the key it pinned.
	waitJS(t, fctx, `document.querySelector('#triage-verified .triage-demo')`, 10*time.Second)
	assertWasmUnwrapped(t, fctx)
}
