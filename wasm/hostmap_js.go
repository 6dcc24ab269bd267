//go:build js && wasm

package main

import (
	"errors"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/jscall"
)

var errHostRefused = errors.New("the browser refuses this host")

// mapHost maps a URL host with the browser's own URL parser, which applies
// IDNA/UTS-46 and reads numeric IPv4 forms ("１２７.０.０.１" and "0x7f.1"
// are 127.0.0.1): the callback check judges the host the browser, and the
// platform, would connect to, without linking IDNA tables into the wasm.
func mapHost(host string) (string, error) {
	var out string
	err := jscall.Do("new URL", func() {
		out = app.Window().Get("URL").New("https://" + host + "/").Get("hostname").String()
	})
	if err != nil || out == "" {
		return "", errHostRefused
	}
	return out, nil
}
