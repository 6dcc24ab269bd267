//go:build !(js && wasm)

package main

import "github.com/triage-widget/triage/app/ui"

// browserDeps has no browser to bind natively; the panel then runs alone.
func browserDeps() ui.Deps { return ui.Deps{} }
