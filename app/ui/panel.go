// Package ui is the widget's go-app user interface: the help panel that
// lives in the iframe the loader creates. The panel composes one component
// per section, each rendering from the session's state (app/session); it
// bridges the host's messages and the page's events to the session.
package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/session"
)

// Route registers the panel as the widget's only page. One route keeps the
// iframe out of the host page's history (go-app pushes history entries).
func Route(d Deps) {
	app.RouteFunc("/", func() app.Composer { return &Panel{deps: d} })
}

// Panel is the help panel: it composes the sections and bridges the host
// and the page to the session.
type Panel struct {
	app.Compo

	deps   Deps
	cfg    session.Config
	sess   *session.Session
	host   bridge.Host
	stop   func()
	fault  string        // where a recovered bug happened; shows a notice
	state  session.State // what this render draws, read by the sections
	answer string        // the self-test whose answer takes focus when it arrives
	ctx    app.Context   // the panel's own, from its mount
}

// IDs of elements the panel focuses.
const (
	idHeading = "triage-heading"
	idClose   = "triage-close"
)

// OnPreRender picks the language on the server, so the first paint is
// already in the merchant's language.
func (p *Panel) OnPreRender(ctx app.Context) {
	p.cfg = session.ParseConfig(p.location(ctx))
	p.sess = session.New(p.deps.session(), panelLoop{p, ctx}, i18n.Negotiate(p.cfg.Lang), nil)
	ctx.Page().SetLang(string(p.sess.Lang()))
	ctx.Page().SetTitle(p.t(strTitle))
}

// OnMount connects the panel to the host page and announces it is ready.
func (p *Panel) OnMount(ctx app.Context) {
	p.ctx = ctx
	p.cfg = session.ParseConfig(p.location(ctx))
	var browser []string
	if p.deps.Languages != nil {
		browser = p.deps.Languages()
	}
	lang := i18n.Negotiate(append([]string{p.cfg.Lang}, browser...)...)
	if p.deps.Host != nil && p.cfg.HostOrigin != "" {
		p.host = p.deps.Host(p.cfg.HostOrigin)
	}
	p.sess = session.New(p.deps.session(), panelLoop{p, ctx}, lang, p.host)
	ctx.Page().SetLang(string(lang))
	origin := ""
	if u := p.location(ctx); u != nil {
		origin = u.Scheme + "://" + u.Host
	}
	p.sess.Start(p.cfg, origin)
	if p.host == nil {
		return
	}
	p.stop = p.host.Listen(func(m bridge.Message) {
		p.apply(ctx, func() { p.handle(ctx, m) })
	})
	p.host.Post(bridge.Ready{Version: p.deps.Version, Lang: string(lang), Events: bridge.Names()})
	if p.deps.Ready != nil {
		p.deps.Ready()
	}
}

func (p *Panel) location(ctx app.Context) *url.URL {
	if p.deps.Location != nil {
		return p.deps.Location
	}
	return ctx.Page().URL()
}

// OnDismount stops listening to the host.
func (p *Panel) OnDismount() {
	if p.stop != nil {
		p.stop()
	}
}

func (p *Panel) handle(ctx app.Context, m bridge.Message) {
	switch m.Type {
	case bridge.TypeContext:
		p.sess.Context(m.Payload)
	case bridge.TypeOpen:
		p.focus(ctx, idHeading)
		p.sess.Open(m.Payload)
	case bridge.TypeClose:
		p.clearSecrets()
	}
}

// clearSecrets forgets the secrets typed, in the session and in the page.
func (p *Panel) clearSecrets() {
	p.sess.Close()
	clearInput("triage-" + documentCheck + "-document")
	for _, c := range session.SelfTests() {
		for _, fld := range c.Needs.Form {
			if fld.Secret() {
				clearInput("triage-" + c.Name + "-" + fld.Name)
			}
		}
	}
}

// apply runs fn on the UI goroutine, then re-renders the panel. It is safe
// from any goroutine. (ctx.Dispatch alone re-renders only the component
// owning ctx's source, and an event's source element may be gone by then.)
func (p *Panel) apply(ctx app.Context, fn func()) {
	ctx.Dispatch(func(app.Context) {
		defer p.recovered("update")
		fn()
		p.focusAnswer(ctx)
	})
	p.Update()
}

// panelLoop runs the session's background work with go-app's goroutines.
type panelLoop struct {
	p   *Panel
	ctx app.Context
}

func (l panelLoop) Async(fn func()) { l.ctx.Async(fn) }
func (l panelLoop) Apply(fn func()) { l.p.apply(l.ctx, fn) }

// focus moves focus to id unless the merchant is already in the panel;
// moveFocus moves it anyway, after their own action.
func (p *Panel) focus(ctx app.Context, id string)     { p.focusOn(ctx, id, false) }
func (p *Panel) moveFocus(ctx app.Context, id string) { p.focusOn(ctx, id, true) }

// focusOn focuses after the next render. It defers on the panel's own
// context: go-app drops a deferred call whose source is gone, and the
// button that asked (the emergency path's) may be gone after the render.
func (p *Panel) focusOn(ctx app.Context, id string, move bool) {
	if p.deps.Focus == nil {
		return
	}
	if p.ctx != nil {
		ctx = p.ctx
	}
	ctx.Defer(func(app.Context) { p.deps.Focus(id, move) })
}

// focusAnswer moves focus to the submitted self-test's answer once it is
// there (the check runs in the background; each render after it asks).
func (p *Panel) focusAnswer(ctx app.Context) {
	if p.answer == "" {
		return
	}
	f := p.sess.Forms().Form(p.answer)
	if f.Running {
		return
	}
	p.moveFocus(ctx, answerID(p.answer))
	p.answer = ""
}

func (p *Panel) close(ctx app.Context, e app.Event) {
	p.clearSecrets()
	if p.host != nil {
		p.host.Post(bridge.Close{})
	}
}

func (p *Panel) onKeyDown(ctx app.Context, e app.Event) {
	key, err := eventKey(e)
	switch {
	case err != nil:
	case key == "Escape":
		p.close(ctx, e)
	case key == "Tab":
		trapFocus(e)
	}
}

func (p *Panel) t(t i18n.Text) string {
	if p.sess == nil {
		return t.In("")
	}
	return t.In(p.sess.Lang())
}

// render draws the panel (Render, in guard.go, recovers its panics).
//
// Every section of the panel is always rendered, empty when it has nothing
// to say: go-app updates children by position, so a section that came and
// went would shift the ones after it, and those would be rebuilt, losing
// what the browser keeps in the DOM (an open <details>, a picked file).
// Each section is a component; its Rev changes on every render, so each
// re-renders from the new state as the panel's body did before.
func (p *Panel) render() app.UI {
	if p.sess == nil {
		// go-app renders a component once before OnMount: a session
		// without a language or a host until then.
		p.sess = session.New(p.deps.session(), nil, "", nil)
	}
	p.state = p.sess.State()
	v := Section{p: p}
	// The dialog role and its label live on the loader's wrapper in the host
	// page; inside the frame the panel is the document's content.
	return app.Div().
		Class("triage-panel").
		Lang(string(p.state.Lang)).
		OnKeyDown(p.guard(p.onKeyDown)).
		Body(
			p.renderHeader(),
			app.Main().Class("triage-body").Body(
				p.renderFault(),
				p.renderScamWarning(!p.state.Summary.Emergency),
				(&summaryView{v}).Render(),
				p.renderScamWarning(p.state.Summary.Emergency),
				(&problemView{v}).Render(),
				(&channelsView{v}).Render(),
				(&toolsView{v}).Render(),
				(&reportView{v}).Render(),
				(&feedbackView{v}).Render(),
				(&supportView{v}).Render(),
			),
		)
}

// renderScamWarning is the scam warning, in one of two places: first in
// the body, or in an emergency right after the emergency path (nothing
// comes above that). Both places are always rendered, one empty, so the
// sections after them keep their position (see render).
func (p *Panel) renderScamWarning(here bool) app.UI {
	if !here {
		return app.P().Class("triage-scam-slot")
	}
	return app.P().Class("triage-scam").Role("note").Text(p.t(strScamShort))
}

func (p *Panel) renderFault() app.UI {
	text := ""
	if p.fault != "" {
		text = p.t(strFault)
	}
	return app.Div().Role("alert").Class("triage-fault").Text(text)
}

// renderHeader names the platform once its manifest is verified: a name
// from an unverified document would lend it credibility it has not earned.
func (p *Panel) renderHeader() app.UI {
	title := p.t(strTitle)
	if m := p.state.Platform.Manifest; m != nil {
		title = p.t(m.Platform.Name) + " · " + p.t(strHelp) // short enough for a phone
	}
	return app.Header().Class("triage-header").Body(
		app.H1().ID(idHeading).TabIndex(-1).Body(app.Text(title), p.demoTag()),
		app.Button().
			ID(idClose).
			Type("button").
			Class("triage-close").
			Aria("label", p.t(strClose)).
			Title(p.t(strClose)).
			OnClick(p.guard(p.close)).
			Text("×"),
	)
}

// demoTag is the DEMO label put on every channel and action of a demo.
func (p *Panel) demoTag() app.UI {
	if !p.state.Demo {
		return nil
	}
	return app.Span().Class("triage-demo").Text(" " + p.t(strDemo))
}
