// Package diag is Triage's check engine: what a check is (Check), what it
// finds (Finding), the one environment it reads (Env), and Run, which runs
// checks concurrently under deadlines and returns a deterministic Report.
//
// The model is golang.org/x/tools/go/analysis: a check is a plain value with
// a name, a doc string and a Run function; Pass is the only contract between a
// check and the driver, and it gives a check only the inputs its Needs
// declare; checks never print or touch the network themselves (they go
// through Pass.Net), so the same check runs in the browser (wasm), in
// the triage command and in go test. The report follows tailscale's netcheck:
// named timeouts with tested invariants, an injectable clock and logger, and a
// one-line Summary for support. Finding codes are typed constants with one
// table of meanings (codes.go), as net/http's status codes are.
//
// The package builds for js/wasm and must stay free of net/http, net and other
// heavy imports: it is linked into the widget.
package diag
