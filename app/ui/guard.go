package ui

import (
	"fmt"
	"log"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// A panic that reaches go-app's event loop ends the Go program, and the
// panel with it, until the page reloads. Render, every event handler and
// every dispatched function go through these guards instead: a bug then
// costs one action, logged, never the merchant's panel or what they typed.

// guard wraps an event handler. Not inlined: one copy of its closure,
// not one per call site.
//
//go:noinline
func (p *Panel) guard(h app.EventHandler) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		defer p.recovered("event handler")
		h(ctx, e)
	}
}

// recovered logs a recovered panic and shows a notice in the panel.
func (p *Panel) recovered(where string) {
	if r := recover(); r != nil {
		log.Printf("triage: recovered from a bug in %s: %v", where, r)
		p.fault = fmt.Sprint(where)
	}
}

// Render draws the panel; a panic while rendering shows a notice instead.
// The server draws the shell (shell.go) in its place.
func (p *Panel) Render() (ui app.UI) {
	defer func() {
		if r := recover(); r != nil {
			log.Printf("triage: recovered from a bug while rendering: %v", r)
			ui = app.Div().Class("triage-panel").Body(
				app.P().Role("alert").Class("triage-fault").Text(p.t(strFault)),
			)
		}
	}()
	if app.IsServer && p.deps.Shell != nil {
		return p.deps.Shell.render(p.cfg.Platform)
	}
	return p.render()
}
