package ui

import (
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/session"
)

// Deps are the browser capabilities the panel needs, injected by the wasm
// main (and by tests). Every field may be nil: the server pre-renders the
// panel with none of them.
type Deps struct {
	// Host talks to the embedding page; nil when pre-rendering or when the
	// page was opened outside an iframe.
	Host func(hostOrigin string) bridge.Host
	// Languages returns navigator.languages, most preferred first.
	Languages func() []string
	// Focus moves keyboard focus to the element with the given id. Unless
	// move is set (the merchant's own action asked for it), it leaves focus
	// where the merchant already is in the panel.
	Focus func(id string, move bool)
	// Version is the widget's build version, reported in the ready event.
	Version string
	// Location overrides the page URL the configuration is read from
	// (tests); nil means the real page URL.
	Location *url.URL
	// Fetcher makes the checks' network probes and loads the manifest;
	// nil means no network (network checks skip).
	Fetcher diag.Fetcher
	// Browser returns facts about the browser for the browser check.
	Browser func() *diag.Browser
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// ReadDocument reads the file picked in a file input, in the browser
	// (never uploaded). It blocks; the panel calls it off the UI goroutine.
	ReadDocument func(input app.Value) (*diag.Document, error)
	// Store keeps the last verified manifest for offline use; nil: none.
	Store session.Store
	// CaseStore keeps the case across a reload of the dashboard
	// (session.Deps.CaseStore); nil: none.
	CaseStore session.Store
	// CopyText puts text on the clipboard; it blocks until done.
	CopyText func(text string) error
	// Download saves data as a file named name.
	Download func(name, mime string, data []byte) error
	// Ready is called once the panel is up (the wasm main asks the service
	// worker to cache the widget for offline use).
	Ready func()
	// Timeline records the automatic run's timings for make bench; nil
	// records nothing.
	Timeline session.Timeline
	// Pins are the platforms the widget's server trusts, each bound to its
	// manifest's location and key; the first is used when the embed names
	// none. What an embed names must match a pin (session.choosePin).
	Pins []manifest.Pin
	// Demo is the server's --demo: the header and every channel say DEMO,
	// whatever the manifest says.
	Demo bool
	// MapHost maps a URL host the way the browser does (diag.Env.MapHost);
	// nil: the checks' default.
	MapHost func(host string) (string, error)
	// Shell, set by the server only, makes the pre-rendered page the shell
	// (shell.go) rather than the panel.
	Shell *Shell
}

func (d Deps) session() session.Deps {
	return session.Deps{
		Fetcher: d.Fetcher, Store: d.Store, CaseStore: d.CaseStore, Browser: d.Browser, Now: d.Now, Timeline: d.Timeline,
		Pins: d.Pins, Version: d.Version, Demo: d.Demo, MapHost: d.MapHost,
	}
}
