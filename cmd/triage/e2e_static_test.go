package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// staticSite writes the widget as static files with the built binary into
// a fresh folder, readable by other users (nginx's workers, when the tests
// run as root). The command line of every static-site test is here.
func staticSite(t *testing.T) string {
	t.Helper()
	out, err := os.MkdirTemp("", "triage-static-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(out) })
	if err := os.Chmod(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if b, err := exec.Command(triageBinary(t), "static", "--out", out, "--web", "../../web").CombinedOutput(); err != nil {
		t.Fatalf("triage static: %v\n%s", err, b)
	}
	return out
}

// staticEmbed adds to a host page (from snippetPage or strictSnippetPage,
// data-lang="en") the embed attributes that name the platform of the
// static site in dir, served at siteURL. The embed of every static-site
// test is here.
func staticEmbed(t *testing.T, page, siteURL, dir string) string {
	t.Helper()
	key, err := os.ReadFile(filepath.Join(dir, "manifests", "demo.pub"))
	if err != nil {
		t.Fatal(err)
	}
	attrs := fmt.Sprintf(`data-lang="en" data-manifest=%q data-manifest-key=%q`, siteURL+"/manifests/wallet-merchant.json", strings.TrimSpace(string(key)))
	if !strings.Contains(page, `data-lang="en"`) {
		t.Fatal(`staticEmbed: the host page has no data-lang="en" embed`)
	}
	return strings.Replace(page, `data-lang="en"`, attrs, 1)
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
	if _, err := os.Stat(filepath.Join(out, "manifests", "demo-only.key")); err == nil {
		t.Error("the demo private key must not be published")
	}
	cdn := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer cdn.Close()
	ctx := newBrowser(t)
	do(t, ctx, chromedp.Navigate(hostPage(t, snippetPage(cdn.URL, "en", `triage('context', {merchantId: 'STATIC-1'}); triage('open');`))))
	waitJS(t, ctx, countEvents("ready")+` >= 1`, 30*time.Second)
	fctx := frameCtx(t, ctx, cdn.URL)
	frameText(t, fctx, "STATIC-1")
	assertWasmUnwrapped(t, fctx)
}
