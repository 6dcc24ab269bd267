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

	"github.com/chromedp/chromedp"
)

// TestE2EStaticSite: `triage static` output, served by a plain file server
// (as a bucket or CDN would, no special headers), embeds and opens.
func TestE2EStaticSite(t *testing.T) {
	requireE2E(t)
	startServer(t) // builds the binary
	out := t.TempDir()
	if b, err := exec.Command(binPath, "static", "--demo", "--out", out, "--web", "../../web").CombinedOutput(); err != nil {
		t.Fatalf("triage static: %v\n%s", err, b)
	}
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
	cdn := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer cdn.Close()
	ctx := newBrowser(t)
	do(t, ctx, chromedp.Navigate(hostPage(t, snippetPage(cdn.URL, "en", `triage('context', {merchantId: 'STATIC-1'}); triage('open');`))))
	waitJS(t, ctx, countEvents("ready")+` >= 1`, 30*time.Second)
	fctx := frameCtx(t, ctx, cdn.URL)
	frameText(t, fctx, "STATIC-1")
	// The demo manifests signed at build verify against the key it pinned.
	waitJS(t, fctx, `document.querySelector('#triage-verified .triage-demo')`, 10*time.Second)
	assertWasmUnwrapped(t, fctx)
}
