// Command wasm is the widget's browser program, built with
// GOOS=js GOARCH=wasm into web/app.wasm.
//
// It must never link go-app's server side or net/http: those alone would
// make app.wasm about 2.6 times larger. The browser capabilities the panel
// needs (the host bridge, fetch probes, focus) are implemented here and
// injected into app/ui.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/ui"
)

func main() {
	ui.Route(browserDeps())
	app.RunWhenOnBrowser()
}
