package main

import (
	"bytes"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/triage-widget/triage/app/manifest"
)

func TestEmbedWithSites(t *testing.T) {
	embed := []byte(`!function(){var s={TRIAGE_SITES:0}[x];}`)
	acme := manifest.Pin{Platform: "acme-pay", Site: "https://www.acme.example"}
	bolt := manifest.Pin{Platform: "bolt-pay", Site: "https://bolt.example/help?a=1&b=</script>"}
	bare := manifest.Pin{Platform: "bare-pay"}
	for name, c := range map[string]struct {
		pins []manifest.Pin
		want string
	}{
		"one pin: also the default":        {[]manifest.Pin{acme}, `{"":"https://www.acme.example","acme-pay":"https://www.acme.example"}`},
		"several: no default":              {[]manifest.Pin{acme, bolt}, `{"acme-pay":"https://www.acme.example","bolt-pay":"https://bolt.example/help?a=1\u0026b=\u003c/script\u003e"}`},
		"a pin without a site is left out": {[]manifest.Pin{bare, acme}, `{"acme-pay":"https://www.acme.example"}`},
		"one pin without a site":           {[]manifest.Pin{bare}, `{}`},
	} {
		got, err := embedWithSites(embed, c.pins)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want := `!function(){var s=` + c.want + `[x];}`; string(got) != want {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want)
		}
	}
	for _, bad := range []string{`no marker`, `{TRIAGE_SITES:0}{TRIAGE_SITES:0}`} {
		if _, err := embedWithSites([]byte(bad), []manifest.Pin{acme}); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestBuiltEmbedHasSiteMarker: the minifier keeps the marker the server
// writes the sites over, once.
func TestBuiltEmbedHasSiteMarker(t *testing.T) {
	b, err := os.ReadFile("../../web/embed.js")
	if os.IsNotExist(err) {
		t.Skip("web/embed.js not built: run 'make build'")
	}
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(b, siteMarker); n != 1 {
		t.Fatalf("web/embed.js has the site marker %d times, want 1", n)
	}
}

// TestServedEmbedHasSites: /embed.js carries the pinned sites, from the
// server's configuration only.
func TestServedEmbedHasSites(t *testing.T) {
	pin := manifest.Pin{Platform: "acme-pay", Site: "https://www.acme.example"}
	h, err := newWidgetHandler(siteOptions{webDir: testWebDir(t), pins: []manifest.Pin{pin}}, "*")
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/embed.js?platform=evil&site=https://evil.example", nil))
	want := `var sites = {"":"https://www.acme.example","acme-pay":"https://www.acme.example"};`
	if rec.Code != 200 || rec.Body.String() != want {
		t.Fatalf("GET /embed.js: %d %q, want %q", rec.Code, rec.Body.String(), want)
	}
}
