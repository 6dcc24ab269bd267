package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// TestServedEmbedBudget: /embed.js, as the server sends it to a browser
// (gzip, the demo's three pins and their sites written in), is within its
// budget. `make build` runs it and prints the size; with fewer pins the
// file is smaller.
func TestServedEmbedBudget(t *testing.T) {
	embed, err := os.ReadFile("../../web/embed.js")
	if os.IsNotExist(err) {
		t.Skip("web/embed.js not built: run 'make build'")
	}
	if err != nil {
		t.Fatal(err)
	}
	web := testWebDir(t)
	if err := os.WriteFile(filepath.Join(web, "embed.js"), embed, 0o644); err != nil {
		t.Fatal(err)
	}
	demo, err := signDemoManifests(web)
	if err != nil {
		t.Fatal(err)
	}
	h, err := newWidgetHandler(siteOptions{webDir: web, pins: demo.pins, demo: demo}, "*")
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("GET", "/embed.js", nil)
	req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 200 || rec.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("GET /embed.js: %d, Content-Encoding %q", rec.Code, rec.Header().Get("Content-Encoding"))
	}
	size := rec.Body.Len()
	zr, err := gzip.NewReader(bytes.NewReader(rec.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	served, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	// The size is of the file with the sites in it.
	for _, p := range demo.pins {
		if p.Site == "" || !bytes.Contains(served, []byte(p.Site)) {
			t.Fatalf("the served embed.js lacks %s's site %q", p.Platform, p.Site)
		}
	}
	t.Logf("served-gzip=%d pins=%d", size, len(demo.pins))
	if size > budgetEmbedGzip {
		t.Errorf("/embed.js is %d bytes gzip as served with the demo's %d pins, over its %d B budget", size, len(demo.pins), budgetEmbedGzip)
	}
}
