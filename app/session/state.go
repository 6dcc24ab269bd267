package session

import (
	"strings"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/route"
)

// State is what the UI renders: plain data read from the session. Its maps
// and pointers are the session's own; the UI reads them and never writes.
type State struct {
	Lang     i18n.Lang
	Demo     bool // the server runs with --demo, or the manifest says so
	Opened   bool // the host opened the panel at least once
	Context  hostctx.Context
	Problems []hostctx.Problem
	Platform Platform
	Checks   []*diag.Check  // the automatic run's, in display order
	Running  []*diag.Check  // those still running
	Results  []diag.Result  // every result shown: the automatic run's, then the self-tests'
	Done     bool           // the automatic run finished
	Tools    []Tool         // the self-tests, in display order
	Document *diag.Document // the identity document picked
	Plan     *route.Result  // nil until a verified manifest and findings
	Summary  Summary        // the first screen: what is wrong, the one thing to do
	Category string         // the category the merchant picked; "" = inferred
	Report   ReportView
	Asked    bool   // the merchant acted on a recommendation or shared the report
	Feedback string // "yes" or "no" once answered
	Intent   Intent // what the merchant's description points to (Describe)
}

// Platform is the outcome of loading the platform's manifest.
type Platform struct {
	Settled     bool
	Manifest    *manifest.Manifest // nil unless verified
	Pin         manifest.Pin       // what the server trusts for this embed
	KeyPrint    string             // fingerprint of the pinned key
	Expired     bool               // refused because it expired
	ExpiresSoon bool               // verified, and expires within two weeks
}

// Tool is a self-test, what was typed in its form, and its last result.
type Tool struct {
	Check  *diag.Check
	Form   *FormState
	Result *diag.Result // nil until the form is submitted and checked
}

// ReportView is the case report being prepared.
type ReportView struct {
	CaseID  string // "" until the panel is first opened
	Seeds   map[string]string
	Warned  map[string]bool
	Refused map[string]int
	Notice  map[string]string
	Fields  map[string]string
	Shared  string // what was done last: "copied", "downloaded", "new-case", …

	// Asks are the fields the category asks for, shown first; nil: all
	// alike (reportlayout.go).
	Asks map[string]bool
}

// Has reports whether the report holds something for a manifest's
// preparation field.
func (r ReportView) Has(field string) bool {
	switch field {
	case "tried", "environment":
		return true // the widget fills these itself
	}
	return strings.TrimSpace(r.Fields[field]) != ""
}

// State is the session as the UI renders it now.
func (s *Session) State() State {
	st := State{
		Lang: s.lang, Opened: s.opened, Context: s.context, Problems: s.problems,
		Checks: s.run.checks, Results: s.allResults(), Done: s.run.done, Document: s.document,
		Plan: s.plan, Category: s.category, Asked: s.asked, Feedback: s.feedback,
		Report: ReportView{
			CaseID: s.caseRep.id, Seeds: s.caseRep.seeds, Warned: s.caseRep.warned, Refused: s.caseRep.refused,
			Notice: s.caseRep.notice, Fields: s.caseRep.fields, Shared: s.caseRep.shared, Asks: s.formAsks(),
		},
	}
	for _, c := range s.run.checks {
		if s.run.running(c.Name) {
			st.Running = append(st.Running, c)
		}
	}
	for _, c := range SelfTests() {
		t := Tool{Check: c, Form: s.forms.Form(c.Name)}
		if r, ok := s.formResults[c.Name]; ok {
			t.Result = &r
		}
		st.Tools = append(st.Tools, t)
	}
	var auto []diag.Result
	for _, c := range s.run.checks {
		if r, ok := s.run.results[c.Name]; ok {
			auto = append(auto, r)
		}
	}
	st.Summary = summarize(auto, s.plan)
	if p := s.plat; p != nil {
		st.Platform = Platform{Settled: p.settled()}
		if st.Platform.Settled {
			st.Platform.Pin, st.Platform.Manifest, st.Platform.KeyPrint, st.Platform.Expired = p.pin, p.manifest, p.keyPrint, p.expired
			st.Platform.ExpiresSoon = p.expiresSoon(s.now())
		}
	}
	st.Intent = s.intentState()
	st.Demo = s.deps.Demo || st.Platform.Manifest != nil && st.Platform.Manifest.Demo
	return st
}

// FirstChannel is the verified manifest's first channel of a kind; nil
// when there is none.
func (p Platform) FirstChannel(k manifest.Kind) *manifest.Channel {
	if p.Manifest == nil {
		return nil
	}
	for _, c := range p.Manifest.Channels {
		if c.Kind == k {
			return &c
		}
	}
	return nil
}
