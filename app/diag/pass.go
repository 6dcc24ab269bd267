package diag

import (
	"fmt"
	"sync"
	"time"
)

// Pass is what a running check sees: its environment and a way to report.
// It is the only contract between a check and the driver.
type Pass struct {
	Check *Check
	Env   *Env

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
func (p *Pass) Now() time.Time { return p.Env.now() }

// Logf logs through Env.Logf, if set, with secrets removed.
func (p *Pass) Logf(format string, args ...any) {
	if p.Env == nil || p.Env.Logf == nil {
		return
	}
	p.Env.Logf("%s", p.scrub.str(fmt.Sprintf(format, args...)))
}

// close stops accepting findings and returns those reported so far.
func (p *Pass) close() []Finding {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	return p.findings
}
