//go:build js && wasm

package checks

// defaultMapHost is nil in the wasm: the widget injects the browser's own
// URL parser (diag.Env.MapHost), which costs no bytes.
var defaultMapHost func(string) (string, error)
