package main

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// demoPage is what the demo dashboard's template is filled with.
type demoPage struct {
	WidgetURL   string // the widget's origin, as browsers see it
	Manifest    string // data-manifest
	ManifestKey string // data-manifest-key ("" when no demo key is built)
}

// newDemoHandler serves the demo merchant dashboard: a page of another
// origin that embeds the widget exactly as the README tells platforms to.
func newDemoHandler(webDir, widgetURL string) (http.Handler, error) {
	dir := filepath.Join(webDir, "demo")
	tmpl, err := template.ParseFiles(filepath.Join(dir, "index.html"))
	if err != nil {
		return nil, fmt.Errorf("demo dashboard: %w", err)
	}
	page := demoPage{WidgetURL: widgetURL, Manifest: widgetURL + "/manifests/wallet-merchant.json"}
	if pub, err := os.ReadFile(filepath.Join(webDir, "manifests", "demo.pub")); err == nil {
		page.ManifestKey = strings.TrimSpace(string(pub))
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, page); err != nil {
		return nil, fmt.Errorf("demo dashboard: %w", err)
	}
	html := buf.Bytes()
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(html)
	})
	mux.HandleFunc("/demo.css", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(dir, "demo.css"))
	})
	return mux, nil
}
