package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Known secrets typed into the forms; the tests look for them everywhere.
const (
	e2eSecret     = "5ecre7e2e0f32hexchars0123456789a"
	e2ePassphrase = "Pa55phrase-e2e-only"
)

// TestE2ESignatureSelfTest: the merchant types what their code signed and
// the signature it produced (hex instead of Base64); the panel names the
// mistake. The secret is then in no event, and is gone after close.
func TestE2ESignatureSelfTest(t *testing.T) {
	requireE2E(t)
	p := openPanel(t, panelOpts{Script: `triage('open');`})
	ctx := p.Ctx
	waitJS(t, ctx, countEvents("findings")+` >= 1`, 30*time.Second)
	fctx := p.Frame

	ts, method, path := "2026-11-21T10:00:00.000Z", "GET", "/api/v5/account/balance?ccy=USDT"
	mac := hmac.New(sha256.New, []byte(e2eSecret))
	mac.Write([]byte(ts + method + path))
	hexSig := hex.EncodeToString(mac.Sum(nil))

	openTool(t, ctx, fctx, "signature")
	typeInto(t, ctx, fctx, "signature", "secret", e2eSecret)
	typeInto(t, ctx, fctx, "signature", "passphrase", e2ePassphrase)
	typeInto(t, ctx, fctx, "signature", "timestamp", ts)
	typeInto(t, ctx, fctx, "signature", "path", path)
	typeInto(t, ctx, fctx, "signature", "signature", hexSig)
	var secretType, autocomplete string
	do(t, fctx, chromedp.Evaluate(`document.querySelector('#triage-signature-secret').type`, &secretType),
		chromedp.Evaluate(`document.querySelector('#triage-signature-secret').getAttribute('autocomplete')`, &autocomplete))
	if secretType != "password" || autocomplete != "off" {
		t.Fatalf("secret input type=%q autocomplete=%q", secretType, autocomplete)
	}
	// Enter in a field submits the form, as for any web form.
	typeInto(t, ctx, fctx, "signature", "signature", kb.Enter)
	waitJS(t, fctx, `document.querySelector('[data-code="signature.cause.hex_instead_of_base64"]')`, 10*time.Second)
	waitJS(t, ctx, countEvents("findings")+` >= 2`, 10*time.Second)
	if got := findingsOf(t, ctx); got["signature.cause.hex_instead_of_base64"] == "" {
		t.Fatalf("findings event lacks the cause: %v", got)
	}

	// Escape closes; on reopen the secret fields are empty.
	do(t, ctx, chromedp.Evaluate(`triage('close'); true`, nil))
	waitJS(t, ctx, countEvents("close")+` >= 1`, 5*time.Second)
	do(t, ctx, chromedp.Evaluate(`triage('open'); true`, nil))
	waitJS(t, fctx, `document.querySelector('#triage-signature-secret').value === '' && document.querySelector('#triage-signature-passphrase').value === ''`, 5*time.Second)
	var timestamp string
	do(t, fctx, chromedp.Evaluate(`document.querySelector('#triage-signature-timestamp').value`, &timestamp))
	if timestamp != ts {
		t.Fatalf("non-secret field lost on close: %q", timestamp)
	}

	var events string
	do(t, ctx, chromedp.Evaluate(`JSON.stringify(window.events)`, &events))
	for _, s := range []string{e2eSecret, e2ePassphrase} {
		if strings.Contains(events, s) {
			t.Fatalf("a secret reached the host page's events: %s", events)
		}
	}
}

// writePNG writes a w×h PNG: sharp alternates black and white stripes,
// otherwise a flat grey with a soft gradient (no edges: blurry).
func writePNG(t *testing.T, path string, w, h int, sharp bool) {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := uint8(120 + x*16/w)
			if sharp && (x/3+y/3)%2 == 0 {
				v = 10
			} else if sharp {
				v = 245
			}
			img.SetGray(x, y, color.Gray{Y: v})
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// TestE2EIdentityDocument: a document picked in the panel is checked in the
// browser: a blurry scan is flagged, a sharp one passes, an expired date fails.
func TestE2EIdentityDocument(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	dir := t.TempDir()
	blurry, sharp := filepath.Join(dir, "blurry.png"), filepath.Join(dir, "sharp.png")
	writePNG(t, blurry, 1200, 800, false)
	writePNG(t, sharp, 1200, 800, true)

	p := openPanel(t, panelOpts{Server: srv, Script: `triage('open');`})
	ctx, fctx := p.Ctx, p.Frame
	p.Events.wait("findings", 1, 30*time.Second)
	openTool(t, ctx, fctx, "kyc-document")

	pick := func(file string) {
		var nodes []*cdp.Node
		do(t, fctx, chromedp.Nodes(`#triage-kyc-document-document`, &nodes, chromedp.ByQuery))
		do(t, fctx, dom.SetFileInputFiles([]string{file}).WithNodeID(nodes[0].NodeID))
		name := filepath.Base(file)
		waitJS(t, fctx, fmt.Sprintf(`(document.querySelector('#triage-document-read') || {}).textContent.includes(%q)`, name+", "), 10*time.Second)
		typeInto(t, ctx, fctx, "kyc-document", "expiry", kb.Enter) // Enter submits the form
	}
	pick(blurry)
	waitJS(t, fctx, `document.querySelector('[data-code="kyc.document_blurry"]')`, 10*time.Second)

	typeInto(t, ctx, fctx, "kyc-document", "expiry", "2020-01-31")
	pick(sharp)
	waitJS(t, fctx, `document.querySelector('[data-code="kyc.document_expired"]') && !document.querySelector('[data-code="kyc.document_blurry"]')`, 10*time.Second)
}
