package main

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// wasmFile serves app.wasm precompressed: brotli or gzip by Accept-Encoding,
// the raw file otherwise. go-app never compresses app.wasm itself.
type wasmFile struct {
	raw, br, gz []byte
	etag        string // quoted version; the encoding is appended per variant
	modTime     time.Time
}

// loadWasmFile reads app.wasm and its .br and .gz siblings from the web
// folder. The compressed copies are optional (served raw without them).
func loadWasmFile(webDir, ver string) (*wasmFile, error) {
	raw, err := readWebFile(webDir, "app.wasm")
	if err != nil {
		return nil, err
	}
	f := &wasmFile{raw: raw, etag: ver, modTime: time.Now()}
	f.br, _ = readWebFile(webDir, "app.wasm.br")
	f.gz, _ = readWebFile(webDir, "app.wasm.gz")
	return f, nil
}

func (f *wasmFile) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, enc := f.raw, ""
	switch accepted := acceptEncodings(r.Header.Get("Accept-Encoding")); {
	case f.br != nil && accepted["br"]:
		body, enc = f.br, "br"
	case f.gz != nil && accepted["gzip"]:
		body, enc = f.gz, "gzip"
	}
	h := w.Header()
	h.Set("Content-Type", "application/wasm")
	h.Set("Vary", "Accept-Encoding")
	h.Set("Cache-Control", "no-cache")
	if r.URL.Query().Get("v") == f.etag {
		// This build's versioned URL (webFiles.AppWASM): its bytes never change.
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	h.Set("ETag", fmt.Sprintf(`"%s%s"`, f.etag, suffix(enc)))
	if enc != "" {
		h.Set("Content-Encoding", enc)
	}
	http.ServeContent(w, r, "", f.modTime, bytes.NewReader(body))
}

func suffix(enc string) string {
	if enc == "" {
		return ""
	}
	return "-" + enc
}

// acceptEncodings returns the codings an Accept-Encoding header accepts,
// leaving out those it refuses with q=0.
func acceptEncodings(header string) map[string]bool {
	out := map[string]bool{}
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		q := strings.ReplaceAll(strings.ToLower(params), " ", "")
		out[name] = !(q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000")
	}
	return out
}
