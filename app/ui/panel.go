// Package ui is the widget's go-app user interface: the help panel that
// lives in the iframe the loader creates.
package ui

import (
	"context"
	"encoding/json"
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/route"
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
	// Focus moves keyboard focus to the element with the given id.
	Focus func(id string)
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
	Store Store
	// CopyText puts text on the clipboard; it blocks until done.
	CopyText func(text string) error
	// Download saves data as a file named name.
	Download func(name, mime string, data []byte) error
	// Ready is called once the panel is up (the wasm main asks the service
	// worker to cache the widget for offline use).
	Ready func()
	// Timeline records the automatic run's timings for make bench; nil
	// records nothing.
	Timeline Timeline
	// Pins are the platforms the widget's server trusts, each bound to its
	// manifest's location and key; the first is used when the embed names
	// none. What an embed names must match a pin (choosePin).
	Pins []manifest.Pin
	// Demo is the server's --demo: the header and every channel say DEMO,
	// whatever the manifest says.
	Demo bool
	// MapHost maps a URL host the way the browser does (diag.Env.MapHost);
	// nil: the checks' default.
	MapHost func(host string) (string, error)
}

// Route registers the panel as the widget's only page. One route keeps the
// iframe out of the host page's history (go-app pushes history entries).
func Route(d Deps) {
	app.RouteFunc("/", func() app.Composer { return &Panel{deps: d} })
}

// Panel is the help panel.
type Panel struct {
	app.Compo

	deps     Deps
	cfg      Config
	lang     i18n.Lang
	host     bridge.Host
	stop     func()
	context  hostctx.Context
	problems []hostctx.Problem
	hasCtx   bool

	plat        *platformState
	diag        diagnosis
	forms       map[string]*formState
	formResults map[string]diag.Result
	document    *diag.Document // the identity document picked, decoded in the browser
	opened      bool           // the host opened the panel at least once
	fault       string         // where a recovered bug happened; shows a notice

	category string        // the problem category the merchant picked; "" = inferred
	plan     *route.Result // where to go next; nil until a verified manifest and findings
	asked    bool          // the merchant acted on a recommendation or shared the report
	caseRep  caseReport    // the case report being prepared
	shared   *sharedReport // its redacted form, cached (sharing.go)
	feedback string        // "yes" or "no" once answered
}

// IDs of elements the panel focuses.
const (
	idHeading = "triage-heading"
	idClose   = "triage-close"
)

// OnPreRender picks the language on the server, so the first paint is
// already in the merchant's language.
func (p *Panel) OnPreRender(ctx app.Context) {
	p.cfg = ParseConfig(p.location(ctx))
	p.lang = i18n.Negotiate(p.cfg.Lang)
	ctx.Page().SetLang(string(p.lang))
	ctx.Page().SetTitle(p.t(strTitle))
}

// OnMount connects the panel to the host page and announces it is ready.
func (p *Panel) OnMount(ctx app.Context) {
	p.cfg = ParseConfig(p.location(ctx))
	var browser []string
	if p.deps.Languages != nil {
		browser = p.deps.Languages()
	}
	p.lang = i18n.Negotiate(append([]string{p.cfg.Lang}, browser...)...)
	ctx.Page().SetLang(string(p.lang))
	p.startPlatform(ctx)
	if p.deps.Host == nil || p.cfg.HostOrigin == "" {
		return
	}
	p.host = p.deps.Host(p.cfg.HostOrigin)
	if p.host == nil {
		return
	}
	p.stop = p.host.Listen(func(m bridge.Message) {
		p.apply(ctx, func() { p.handle(ctx, m) })
	})
	p.host.Post(bridge.Ready{Version: p.deps.Version, Lang: string(p.lang), Events: bridge.Names()})
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
		p.context, p.problems = hostctx.Decode(m.Payload)
		p.hasCtx = true
		p.prefillReport()
		if p.opened {
			p.diagnose(ctx) // the dashboard's state changed: diagnose it again
		}
	case bridge.TypeOpen:
		var o bridge.OpenPayload
		_ = json.Unmarshal(m.Payload, &o) // a bad payload just opens the default view
		if o.Category != "" && len(o.Category) <= maxQueryValue {
			p.category = o.Category // triage('open', {category}) from the host
		}
		p.focus(ctx, idHeading)
		p.startReport()
		p.prefillReport()
		if !p.opened || p.diag.done {
			p.opened = true
			p.diagnose(ctx)
		}
	case bridge.TypeClose:
		p.clearSecrets()
	}
}

// apply runs fn on the UI goroutine, then re-renders the panel. It is safe
// from any goroutine. (ctx.Dispatch alone re-renders only the component
// owning ctx's source, and an event's source element may be gone by then.)
func (p *Panel) apply(ctx app.Context, fn func()) {
	ctx.Dispatch(func(app.Context) {
		defer p.recovered("update")
		fn()
	})
	p.Update()
}

func (p *Panel) focus(ctx app.Context, id string) {
	if p.deps.Focus != nil {
		ctx.Defer(func(app.Context) { p.deps.Focus(id) })
	}
}

// Every section of the panel is always rendered, empty when it has nothing
// to say: go-app updates children by position, so a section that came and
// went would shift the ones after it, and those would be rebuilt, losing
// what the browser keeps in the DOM (an open <details>, a picked file).

func (p *Panel) renderFault() app.UI {
	text := ""
	if p.fault != "" {
		text = p.t(strFault)
	}
	return app.Div().Role("alert").Class("triage-fault").Text(text)
}

// startPlatform loads and verifies the platform's manifest in the
// background; the checks and channels wait for it.
func (p *Panel) startPlatform(ctx app.Context) {
	p.plat = newPlatformState()
	origin := ""
	if u := p.location(ctx); u != nil {
		origin = u.Scheme + "://" + u.Host
	}
	now := p.now()
	plat, f, store := p.plat, p.deps.Fetcher, p.deps.Store
	pin, pinErr := choosePin(p.cfg, p.deps.Pins, origin)
	plat.pin = pin
	ctx.Async(func() {
		if pinErr != nil {
			plat.refuse(pinErr)
		} else {
			plat.load(context.Background(), f, store, pin, origin, now)
		}
		ctx.Dispatch(func(app.Context) {
			defer p.recovered("update")
			// A diagnosis waiting for this manifest shows it with its first
			// results; a render now would hold its checks up on the one thread.
			if p.opened && !p.diag.done {
				return
			}
			p.replan()
			p.Update()
		})
	})
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

func (p *Panel) t(t i18n.Text) string { return t.In(p.lang) }

// now is the panel's clock (Deps.Now in tests).
func (p *Panel) now() time.Time {
	if p.deps.Now != nil {
		return p.deps.Now()
	}
	return time.Now()
}

// render draws the panel (Render, in guard.go, recovers its panics).
func (p *Panel) render() app.UI {
	// The dialog role and its label live on the loader's wrapper in the host
	// page; inside the frame the panel is the document's content.
	return app.Div().
		Class("triage-panel").
		Lang(string(p.lang)).
		OnKeyDown(p.guard(p.onKeyDown)).
		Body(
			p.renderHeader(),
			app.Main().Class("triage-body").Body(
				p.renderFault(),
				p.renderScamWarning(),
				p.renderPlatform(),
				p.renderContext(),
				p.renderChecks(),
				p.renderForms(),
				p.renderChannels(),
				p.renderCaseReport(),
				p.renderFeedback(),
			),
		)
}

// renderHeader names the platform once its manifest is verified: a name
// from an unverified document would lend it credibility it has not earned.
func (p *Panel) renderHeader() app.UI {
	title := p.t(strTitle)
	if p.plat != nil && p.plat.settled() && p.plat.manifest != nil {
		title = p.t(p.plat.manifest.Platform.Name) + " · " + title
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

func (p *Panel) renderScamWarning() app.UI {
	return app.P().Class("triage-scam").Role("note").Text(p.t(strScamWarning))
}

func (p *Panel) renderContext() app.UI {
	if !p.hasCtx {
		return app.Section().Class("triage-context")
	}
	c := p.context
	return app.Section().Class("triage-context").Aria("label", p.t(strContextHeading)).Body(
		app.If(c.MerchantID != "", app.P().Body(
			app.Span().Class("triage-label").Text(p.t(strMerchant)+": "),
			app.Span().ID("triage-merchant").Text(c.MerchantID),
		)),
		app.If(c.StoreDomain != "", app.P().Body(
			app.Span().Class("triage-label").Text(p.t(strStore)+": "),
			app.Span().Text(c.StoreDomain),
		)),
		app.If(len(p.problems) > 0, app.Div().Class("triage-problems").Role("alert").Body(
			app.P().Text(p.t(strContextIssues)),
			app.Ul().Body(app.Range(p.problems).Slice(func(i int) app.UI {
				pr := p.problems[i]
				return app.Li().Text(pr.Path + ": " + p.t(pr.Message))
			})),
		)),
	)
}
