// Package session is the help panel's orchestration, in plain Go: it loads
// and verifies the platform's manifest, schedules the checks, routes the
// merchant and prepares the case report. The UI (app/ui) feeds it the
// panel's events and renders its State; it never imports go-app, so all of
// it is tested natively.
package session

import (
	"encoding/json"
	"log"
	"time"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/route"
)

// Deps are what a session reads of the world. Every field may be zero.
type Deps struct {
	// Fetcher makes the checks' network probes and loads the manifest;
	// nil means no network (network checks skip).
	Fetcher diag.Fetcher
	// Store keeps the last verified manifest for offline use; nil: none.
	Store Store
	// CaseStore keeps the case across a reload of the dashboard within the
	// browser session (casestore.go); nil: none.
	CaseStore Store
	// Browser returns facts about the browser for the browser check.
	Browser func() *diag.Browser
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Logf logs a line for the developer; nil means log.Printf.
	Logf func(format string, args ...any)
	// Timeline records the automatic run's timings; nil records nothing.
	Timeline Timeline
	// Pins are the platforms the widget's server trusts (choosePin).
	Pins []manifest.Pin
	// Version is the widget's build version, put in the case report.
	Version string
	// Demo is the server's --demo: everything is labelled DEMO.
	Demo bool
	// MapHost maps a URL host the way the browser does (diag.Env.MapHost).
	MapHost func(host string) (string, error)
}

// Loop is how a session works off the UI goroutine and comes back to it.
// A session's methods are called on the UI goroutine only; Async runs its
// slow work elsewhere, and Apply brings each outcome back, after which the
// UI renders the new State.
type Loop interface {
	Async(fn func())
	Apply(fn func())
}

// Poster sends the panel's events to the host page (bridge.Host).
type Poster interface {
	Post(bridge.Event)
}

// Session is one panel's orchestration, from its mount to its dismount.
type Session struct {
	deps Deps
	loop Loop
	host Poster
	lang i18n.Lang

	context  hostctx.Context
	problems []hostctx.Problem

	plat        *platformState
	run         diagnosis
	forms       Forms
	formResults map[string]diag.Result
	document    *diag.Document // the identity document picked, decoded in the browser
	opened      bool           // the host opened the panel at least once

	category  string        // the problem category the merchant picked; "" = inferred
	emergency bool          // the merchant reported a compromise
	plan      *route.Result // where to go next; nil until a verified manifest and findings
	asked     bool          // the merchant acted on a recommendation or shared the report
	caseRep   caseReport    // the case report being prepared
	shared    *sharedReport // its redacted form, cached (sharing.go)
	feedback  string        // "yes" or "no" once answered
	desc      description   // what the merchant's own words point to (intent.go)
}

// New makes a session in the given language, posting its events to host
// (nil: none).
func New(d Deps, loop Loop, lang i18n.Lang, host Poster) *Session {
	return &Session{deps: d, loop: loop, lang: lang, host: host, forms: Forms{lang: lang}}
}

// Forms are the self-tests' forms.
func (s *Session) Forms() *Forms { return &s.forms }

// Lang is the panel's language.
func (s *Session) Lang() i18n.Lang { return s.lang }

// now is the session's clock.
func (s *Session) now() time.Time {
	if s.deps.Now != nil {
		return s.deps.Now()
	}
	return time.Now()
}

// Logf logs through Deps.Logf.
func (s *Session) Logf(format string, args ...any) {
	if s.deps.Logf != nil {
		s.deps.Logf(format, args...)
		return
	}
	log.Printf(format, args...)
}

func (s *Session) post(e bridge.Event) {
	if s.host != nil {
		s.host.Post(e)
	}
}

// Context takes the dashboard's context (the host's context message).
func (s *Session) Context(payload json.RawMessage) {
	s.context, s.problems = hostctx.Decode(payload)
	s.caseRep.prefill(s.context)
	if s.opened {
		s.diagnose() // the dashboard's state changed: diagnose it again
	}
}

// Open takes the host's open message: the case starts, and the checks run
// on the first open and again on each open after a finished run.
func (s *Session) Open(payload json.RawMessage) {
	var o bridge.OpenPayload
	_ = json.Unmarshal(payload, &o) // a bad payload just opens the default view
	if o.Category != "" && len(o.Category) <= maxQueryValue {
		s.category = o.Category // triage('open', {category}) from the host
	}
	s.startCase()
	s.caseRep.prefill(s.context)
	if !s.opened || s.run.done {
		s.opened = true
		s.diagnose()
	}
}

// Close forgets the secrets typed and the identity document (the host
// closed the panel, or the merchant did). The UI clears the page's fields.
func (s *Session) Close() {
	s.document = nil
	s.forms.clearSecrets(&s.caseRep.secrets)
	s.keepCase() // again, now that the secrets typed are known to the redactor
}

// Feedback records the merchant's answer to "did this help?".
func (s *Session) Feedback(helpful bool) {
	s.feedback = "no"
	if helpful {
		s.feedback = "yes"
	}
	s.post(bridge.Feedback{Helpful: helpful})
}
