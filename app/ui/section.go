package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/i18n"
)

// Section is what every section of the panel embeds: the panel, whose
// state it draws. Sections are plain views the panel composes on each
// render, not go-app components: each component type costs about 1 KB of
// app.wasm (brotli) in copied methods, and the panel re-renders them all
// on every change anyway (what one section changes, others show).
type Section struct {
	p *Panel
}

func (s Section) t(t i18n.Text) string { return s.p.t(t) }

// label is a label with the colon its language writes: full-width in
// Chinese.
func (s Section) label(t i18n.Text) string {
	if s.p.state.Lang.Chinese() {
		return s.t(t) + "："
	}
	return s.t(t) + ": "
}

// do wraps a section's event handler: it is guarded (guard.go), and the
// whole panel re-renders after it, since what one section changes others
// show (a category picked changes the channels and the report). Not
// inlined: a copy of both closures at each of its call sites cost ~20 KB
// of app.wasm.
//
//go:noinline
func (s Section) do(h app.EventHandler) app.EventHandler {
	return s.p.guard(func(ctx app.Context, e app.Event) {
		h(ctx, e)
		s.p.Update()
	})
}

// guarded renders a section; a panic while rendering shows the fault
// notice in its place, and the rest of the panel stays.
func (s Section) guarded(render func() app.UI) (ui app.UI) {
	defer func() {
		if r := recover(); r != nil {
			s.p.sess.Logf("triage: recovered from a bug while rendering a section: %v", r)
			ui = app.P().Role("alert").Class("triage-fault").Text(s.t(strFault))
		}
	}()
	return render()
}
