package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/i18n"
)

// The shell is the frame's page as the server writes it: the panel's header
// (title, close), the scam warning and a "checking…" placeholder, drawn at
// once while app.wasm downloads (seconds on a slow link). It carries every
// language; web/shell.js picks the frame's (?lang=), names the platform the
// frame asked for (?platform=) and makes the close button post to the host.
// It mirrors the live panel's layout (same classes), so when the wasm mounts
// in its place (go-app replaces the body's first element) nothing moves.
//
// Only the server renders it (Panel.Render): in the wasm the branch is
// constant-false and the code is not linked.

// Shell is what the server knows for the shell: set in Deps by the server
// only.
type Shell struct {
	Demo      bool            // --demo: the title says DEMO
	Platforms []ShellPlatform // the platforms the server pins, in order; the first is the default
}

// ShellPlatform is a pinned platform. Its name, when the server knows one,
// is the server's own configuration, not a fetched document's.
type ShellPlatform struct {
	ID   string
	Name i18n.Text // empty when unknown: the shell names no platform
}

// Classes and attributes web/shell.js and web/triage.css rely on.
const (
	shellClass        = "triage-shell"
	shellPlatformAttr = "data-platform"
	shellDefaultAttr  = "data-default-platform" // the platform a frame without ?platform= gets
)

// shell draws the shell. platform is the ?platform= of the request being
// pre-rendered ("" for the default; 'triage static' has no request).
func (s *Shell) render(platform string) app.UI {
	shown := ""
	for i, pl := range s.Platforms {
		if pl.ID == platform || platform == "" && i == 0 {
			shown = pl.ID
		}
	}
	var demo app.UI
	if s.Demo {
		demo = app.Span().Class("triage-demo").Body(shellTexts(strDemo, " ", "")...)
	}
	def := ""
	if len(s.Platforms) > 0 {
		def = s.Platforms[0].ID
	}
	// As the panel's header: "Platform · Help" when the platform has a name.
	title := strTitle
	for _, pl := range s.Platforms {
		if pl.ID == shown && pl.Name.In(i18n.EN) != "" {
			title = strHelp
		}
	}
	return app.Div().Class("triage-panel "+shellClass).Attr(shellDefaultAttr, def).Body(
		app.Header().Class("triage-header").Body(
			app.H1().ID(idHeading).TabIndex(-1).Body(
				s.platformNames(shown),
				app.Span().Body(shellTexts(title, "", "")...),
				demo,
			),
			// Its name is the label in the page's language; the × is drawn
			// by web/triage.css (go-app writes aria-hidden="true" as a bare
			// attribute, which hides nothing).
			app.Button().ID(idClose).Type("button").Class("triage-close").Body(
				app.Span().Class("triage-shell-label").Body(shellTexts(strClose, "", "")...),
			),
		),
		app.Main().Class("triage-body").Body(
			app.P().Class("triage-scam").Role("note").Body(shellTexts(strScamShort, "", "")...),
			app.Div().Class("triage-shell-checking").Role("status").Body(
				app.P().Body(shellTexts(strChecking, "", "")...),
				app.Div().Class("triage-shell-bar"),
				app.Div().Class("triage-shell-bar"),
				app.Div().Class("triage-shell-bar"),
			),
		),
	)
}

// platformNames names each platform the server knows the name of; only the
// one this frame asked for is shown.
func (s *Shell) platformNames(shown string) app.UI {
	var names []app.UI
	for _, pl := range s.Platforms {
		if pl.Name.In(i18n.EN) == "" {
			continue
		}
		name := app.Span().Class("triage-shell-platform").Attr(shellPlatformAttr, pl.ID).Body(shellTexts(pl.Name, "", " · ")...)
		if pl.ID != shown {
			name = name.Hidden(true) // go-app writes hidden="false" for false, which HTML reads as hidden
		}
		names = append(names, name)
	}
	return app.Span().Body(names...)
}

// shellTexts is t in every language, each in a span marked with its lang:
// web/triage.css shows only the page's language.
func shellTexts(t i18n.Text, before, after string) []app.UI {
	out := make([]app.UI, 0, len(i18n.Langs))
	for _, l := range i18n.Langs {
		out = append(out, app.Span().Lang(string(l)).Text(before+t.In(l)+after))
	}
	return out
}
