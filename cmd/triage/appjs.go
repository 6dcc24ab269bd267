package main

import "bytes"

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

// streamWasm returns go-app's app.js with fetchWithProgress replaced. If a
// go-app upgrade changes that function, app.js is served as it is and the
// end-to-end tests that check the frame's fetchWithProgress fail.
func streamWasm(js []byte) []byte {
	i := bytes.Index(js, []byte(goappFetchStart))
	if i < 0 {
		return js
	}
	n := bytes.Index(js[i:], []byte(goappFetchEnd))
	if n < 0 {
		return js
	}
	out := append([]byte{}, js[:i]...)
	out = append(out, triageFetch...)
	return append(out, js[i+n+len(goappFetchEnd):]...)
}
