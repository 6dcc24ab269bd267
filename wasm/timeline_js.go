//go:build js && wasm

package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/jscall"
)

// timeline writes the panel's timings to the frame's performance timeline,
// where make bench reads them. A browser without the User Timing API (or
// one that throws, e.g. on a missing start mark) just loses the entry: a
// timing must never break the panel.
type timeline struct{}

func (timeline) Mark(name string) {
	_, _ = jscall.Call(app.Window().Get("performance"), "mark", name)
}

func (timeline) Measure(name, start string, d time.Duration) {
	opts := map[string]any{"start": start, "duration": float64(d) / float64(time.Millisecond)}
	_, _ = jscall.Call(app.Window().Get("performance"), "measure", name, opts)
}
