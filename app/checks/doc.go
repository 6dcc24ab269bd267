// Package checks holds Triage's self-checks, one file per check, each a
// *diag.Check value in the spirit of go/analysis's analyzers that registers
// itself (registry.go). Their finding codes are diag's constants
// (app/diag/codes.go).
//
// The checks are the ones the platform's support guides ask merchants to do
// before they call: network, clock, maintenance, account, balance, API key,
// error code, request signature, callback URL, webhook signature,
// transaction id, identity document and browser. They read only what their
// diag.Needs declare, through diag.Pass, so the same code runs in the widget (wasm), in the triage
// command and in tests. Like diag, the package builds for js/wasm and must
// not import net/http or net.
//
// Secrets the merchant types (API secret, passphrase, webhook secret) are
// used to compute and compare, and never appear in a finding, an error or a
// log line; secrets_test.go proves it for every check.
package checks
