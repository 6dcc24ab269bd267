package main

import (
	"bytes"
	"net/http"
	"strconv"
)

// go-app's app.js feeds app.wasm to instantiateStreaming through a
// JavaScript stream that counts bytes for a progress label: every chunk of
// the 10 MB module passes through script, ~50 ms on the panel's thread on
// each open (a trace of a warm open: one 54 ms microtask checkpoint), and
// the rebuilt Response has no URL for the browser's compiled-code cache.
// streamWasm swaps that function for one that hands the fetch's own
// Response over; the loading label shows no percentage (ui.LoadingLabel).
const (
	goappFetchStart = "async function fetchWithProgress(url, progess) {"
	goappFetchEnd   = "\n  return res;\n}\n"
	triageFetch     = `async function fetchWithProgress(url, progess) {
  // Triage (cmd/triage/appjs.go): the fetch's own Response, unwrapped.
  return fetch(url);
}
`
)

// streamWasm returns go-app's app.js with fetchWithProgress replaced, and
// whether it was found (a go-app upgrade may change it: a test fails then).
func streamWasm(js []byte) ([]byte, bool) {
	i := bytes.Index(js, []byte(goappFetchStart))
	if i < 0 {
		return js, false
	}
	n := bytes.Index(js[i:], []byte(goappFetchEnd))
	if n < 0 {
		return js, false
	}
	out := append([]byte{}, js[:i]...)
	out = append(out, triageFetch...)
	return append(out, js[i+n+len(goappFetchEnd):]...), true
}

// withStreamedWasm serves next's app.js through streamWasm.
func withStreamedWasm(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &bufferedResponse{header: http.Header{}}
		next.ServeHTTP(rec, r)
		body, _ := streamWasm(rec.body.Bytes())
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		w.WriteHeader(rec.status)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
	})
}
