//go:build js && wasm

package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/jscall"
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
		Store:        localStore{},
		Download:     download,

		DefaultManifest: app.Getenv("TRIAGE_MANIFEST"),
		PinnedKeys:      strings.Split(app.Getenv("TRIAGE_MANIFEST_KEYS"), ","),
	}
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

func focus(id string) {
	el, err := jscall.Call(app.Window().Get("document"), "getElementById", id)
	if err == nil && el.Truthy() {
		_, _ = jscall.Call(el, "focus")
	}
}
