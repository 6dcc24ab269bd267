//go:build js && wasm

package main

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/jscall"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/ui"
)

func browserDeps() ui.Deps {
	return ui.Deps{
		Host:         func(origin string) bridge.Host { return newHost(origin) },
		Languages:    languages,
		Focus:        focus,
		Version:      app.Getenv("GOAPP_VERSION"),
		Fetcher:      fetcher{},
		Browser:      browserFacts,
		Ready:        precache,
		Timeline:     timeline{},
		ReadDocument: readDocument,
		CopyText:     copyText,
		Store:        webStore("localStorage"),
		CaseStore:    webStore("sessionStorage"),
		Download:     download,
		MapHost:      mapHost,

		Pins: pins(),
		Demo: app.Getenv("TRIAGE_DEMO") == "1",
	}
}

// pins reads the platforms the server pins, written into the page by the
// server. Unreadable pins are no pins: the panel then shows no channel.
func pins() []manifest.Pin {
	var out []manifest.Pin
	if json.Unmarshal([]byte(app.Getenv("TRIAGE_PINS")), &out) != nil {
		return nil
	}
	return out
}

// languages returns navigator.languages, or nothing when it cannot be read.
func languages() []string {
	var out []string
	_ = jscall.Do("navigator.languages", func() {
		l := app.Window().Get("navigator").Get("languages")
		for i := 0; i < l.Length() && i < 16; i++ {
			out = append(out, l.Index(i).String())
		}
	})
	return out
}

// focus moves keyboard focus to the element with the given id. Unless
// move is set, it does not when the merchant is already somewhere in the
// panel: a late "open" message (the host calling triage('open') again)
// must not pull focus from under them.
func focus(id string, move bool) {
	doc := app.Window().Get("document")
	var busy bool
	_ = jscall.Do("activeElement", func() {
		a := doc.Get("activeElement")
		busy = a.Truthy() && !a.Equal(doc.Get("body"))
	})
	if busy && !move {
		return
	}
	el, err := jscall.Call(doc, "getElementById", id)
	if err == nil && el.Truthy() {
		_, _ = jscall.Call(el, "focus")
	}
}
