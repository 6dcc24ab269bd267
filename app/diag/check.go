package diag

import (
	"context"
	"time"

	"github.com/triage-widget/triage/app/hostctx"
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
// it. The other fields describe optional inputs for the UI. A check reads its
// inputs only through Pass's methods, which refuse what it did not declare.
type Needs struct {
	Context  []string // host context fields read, e.g. "balance.available" (see ContextPaths)
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
	OptionalBrowser  bool // uses Env.Browser when present, works without it
	// Auto is when the panel runs the check by itself at open; the zero
	// value is always.
	Auto AutoRun
}

// AutoRun says when the panel runs a check by itself, at open. The zero
// value runs it always. A check that is not always run at open is a
// self-test: the panel offers its form and the merchant submits it.
type AutoRun struct {
	// Never: the check runs only when the merchant submits its form.
	Never bool
	// When is a host context path (one of Needs.Context): the check runs
	// at open only when the context gives that field, e.g. tx when an
	// order has a transaction hash ("recentOrders.txHash").
	When string
}

// FieldKind is how the panel asks for a form field, and how the command
// line takes it.
type FieldKind int

// The field kinds.
const (
	KindText      FieldKind = iota // one line of text
	KindSecret                     // a password-type input; never stored, logged or reported
	KindMultiline                  // a text area (a request body); a file on the command line
	KindFile                       // a file picked in the browser (the identity document)
	KindChoice                     // one of Options
)

// Field is one input of the panel's form for a check.
type Field struct {
	Name     string    // key in Env.Form and the input's name attribute
	Label    i18n.Text // what the input is called
	Kind     FieldKind
	Options  []string // the choices of a KindChoice field, the first one the default
	Open     bool     // a choice that takes other values too: the command line does not restrict it
	Optional bool     // the check runs without it
}

// Secret reports whether the field holds a secret.
func (f Field) Secret() bool { return f.Kind == KindSecret }

// Field returns the declared form field called name.
func (c *Check) Field(name string) (Field, bool) {
	for _, f := range c.Needs.Form {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

// SelfTest reports whether c is a self-test: the panel offers its form,
// because it does not always run at open.
func (c *Check) SelfTest() bool { return c.Needs.Auto.Never || c.Needs.Auto.When != "" }

// RunsAtOpen reports whether the panel runs c by itself at open, given the
// host context.
func (c *Check) RunsAtOpen(ctx hostctx.Context) bool {
	switch {
	case c.Needs.Auto.Never:
		return false
	case c.Needs.Auto.When != "":
		return Given(ctx, c.Needs.Auto.When)
	}
	return true
}

// secretFields returns the names of the Secret fields a check reads.
func (c *Check) secretFields() []string {
	var names []string
	for _, f := range c.Needs.Form {
		if f.Secret() {
			names = append(names, f.Name)
		}
	}
	return names
}

// UsesPlatform reports whether c reads the verified manifest's data.
func (c *Check) UsesPlatform() bool { return c.Needs.Platform || c.Needs.OptionalPlatform }
