package diag

import (
	"context"
	"time"

	"github.com/triage-widget/triage/app/i18n"
)

// Check is one self-check, a value like go/analysis's Analyzer. Checks are
// registered in a slice (see app/checks.All) and run by Run.
type Check struct {
	// Name identifies the check in the CLI, events and the UI: lower-case
	// kebab case, e.g. "callback-url".
	Name string
	// Title is the check's name as the merchant reads it.
	Title i18n.Text
	// Doc documents the check; its first line is a one-line summary.
	Doc string
	// Needs declares the inputs the check reads, so the runner can skip it
	// and the UI can ask for what is missing.
	Needs Needs
	// Timeout is the check's own deadline. It must not exceed DefaultBudget.
	Timeout time.Duration
	// Run performs the check, reporting findings through p.Report. It returns
	// an error only when it could not run; a problem it found is a Finding.
	Run func(ctx context.Context, p *Pass) error
}

// Needs declares what a check reads. Platform, Network and Browser are hard
// requirements: without them Run reports the check as skipped without calling
// it. The other fields describe optional inputs for the UI.
type Needs struct {
	Context  []string // host context fields read, e.g. "balance.available"
	Form     []Field  // panel fields read, in display order
	Document bool     // reads Env.Document (an identity document)
	Platform bool     // requires Env.Platform (the verified manifest)
	// OptionalPlatform: uses Env.Platform when there is one (its error
	// codes, API origin, explorers), works without it. A check with
	// neither may run before the manifest has arrived.
	OptionalPlatform bool
	Network          bool // requires Env.Net; skipped offline
	OptionalNetwork  bool // uses Env.Net when present, works without it
	Browser          bool // requires Env.Browser; skipped natively
}

// Field is one input of the panel's form for a check.
type Field struct {
	Name     string    // key in Env.Form and the input's name attribute
	Label    i18n.Text // what the input is called
	Secret   bool      // a password-type input; never stored, logged or reported
	Optional bool      // the check runs without it
}

// secretFields returns the names of the Secret fields a check reads.
func (c *Check) secretFields() []string {
	var names []string
	for _, f := range c.Needs.Form {
		if f.Secret {
			names = append(names, f.Name)
		}
	}
	return names
}

// UsesPlatform reports whether c reads the verified manifest's data.
func (c *Check) UsesPlatform() bool { return c.Needs.Platform || c.Needs.OptionalPlatform }
