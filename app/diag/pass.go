package diag

import (
	"fmt"
	"sync"
	"time"

	"github.com/triage-widget/triage/app/hostctx"
)

// Pass is what a running check sees: its environment and a way to report.
// It is the only contract between a check and the driver. A check reads the
// environment only through Pass's methods, and each of them gives only what
// the check declared in its Needs: reading an undeclared input panics (the
// driver reports the check as crashed), so a check cannot depend on an
// input the panel or the command line does not know to provide.
type Pass struct {
	Check *Check
	env   *Env

	ctxOnce sync.Once
	ctx     *hostctx.Context // the projection Context returns, made once

	mu       sync.Mutex
	closed   bool // set when the driver stopped waiting; later reports are dropped
	findings []Finding
	scrub    *scrubber
}

// Report records a finding. The driver fills in the check's name and removes
// any secret that slipped into the text. Reports after the check's deadline
// are dropped.
func (p *Pass) Report(f Finding) {
	if p.Check != nil {
		f.Check = p.Check.Name
	}
	f = p.scrub.finding(f)
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.closed {
		p.findings = append(p.findings, f)
	}
}

// Now reads the environment's clock.
func (p *Pass) Now() time.Time { return p.env.now() }

// Logf logs through Env.Logf, if set, with secrets removed.
func (p *Pass) Logf(format string, args ...any) {
	if p.env.Logf == nil {
		return
	}
	p.env.Logf("%s", p.scrub.str(fmt.Sprintf(format, args...)))
}

// undeclared stops a check that reads an input it did not declare.
func (p *Pass) undeclared(what string) {
	panic(fmt.Sprintf("check %q reads %s without declaring it in its Needs", p.Check.Name, what))
}

// Form returns the form field called name, empty when not typed. The field
// must be declared in Needs.Form.
func (p *Pass) Form(name string) string {
	v, _ := p.FormValue(name)
	return v
}

// FormValue is Form, and whether the field was given at all (an empty
// field the merchant cleared is given).
func (p *Pass) FormValue(name string) (string, bool) {
	if _, ok := p.Check.Field(name); !ok {
		p.undeclared("form field " + name)
	}
	v, ok := p.env.Form[name]
	return v, ok
}

// Context returns a copy of the host context with only the fields declared
// in Needs.Context; the others are empty.
func (p *Pass) Context() *hostctx.Context {
	p.ctxOnce.Do(func() { p.ctx = projectContext(&p.env.Context, p.Check.Needs.Context) })
	return p.ctx
}

// Platform returns the verified manifest's data, nil when there is none.
// The check must declare Platform or OptionalPlatform.
func (p *Pass) Platform() *Platform {
	if !p.Check.UsesPlatform() {
		p.undeclared("the platform")
	}
	return p.env.Platform
}

// Net returns the fetcher, nil offline. The check must declare Network or
// OptionalNetwork.
func (p *Pass) Net() Fetcher {
	if p.Check.Local() {
		p.undeclared("the network")
	}
	return p.env.Net
}

// Document returns the picked identity document, nil if none. The check
// must declare Document.
func (p *Pass) Document() *Document {
	if !p.Check.Needs.Document {
		p.undeclared("the document")
	}
	return p.env.Document
}

// Browser returns the facts observed in the browser, nil natively. The
// check must declare Browser or OptionalBrowser.
func (p *Pass) Browser() *Browser {
	if !p.Check.Needs.Browser && !p.Check.Needs.OptionalBrowser {
		p.undeclared("the browser")
	}
	return p.env.Browser
}

// MapHost returns how URL hosts are mapped (Env.MapHost), nil for the
// checks' default.
func (p *Pass) MapHost() func(string) (string, error) { return p.env.MapHost }

// close stops accepting findings and returns those reported so far.
func (p *Pass) close() []Finding {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	return p.findings
}
