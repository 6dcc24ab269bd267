package ui

import (
	"time"

	"github.com/triage-widget/triage/app/diag"
)

// Timeline records how long the panel's work took where a benchmark can read
// it without the panel exposing an API of its own: in the browser, the
// frame's performance timeline (performance.mark and performance.measure),
// which `make bench` reads over the DevTools protocol.
type Timeline interface {
	// Mark records a named point in time.
	Mark(name string)
	// Measure records a span named name that starts at the latest mark
	// named start and lasts d.
	Measure(name, start string, d time.Duration)
}

// Names in the timeline. A measure's duration is computed in Go, so it is
// right even when two runs overlap (the later run's marks then anchor both).
const (
	MarkChecksStart = "triage:checks:start" // diagnose called; the run waits for the manifest first
	MarkChecksRun   = "triage:checks:run"   // the manifest is settled; the checks start
	MarkChecksEnd   = "triage:checks:end"   // every check has reported
	// MeasureChecks spans the whole automatic diagnosis as the merchant
	// waits for it, manifest wait included.
	MeasureChecks = "triage:checks"
	// MeasureChecksWait spans the wait for the manifest before the checks.
	MeasureChecksWait = "triage:checks:wait"
	// MeasureCheckPrefix + a check's name spans that check (diag.Result's
	// Duration) from MarkChecksRun. In wasm the checks share one thread, so
	// a span includes the time other checks ran in between: the longest
	// span of a set is when the whole set was done.
	MeasureCheckPrefix = "triage:check:"
)

// runTiming times one automatic run; a nil Timeline makes it a no-op.
type runTiming struct {
	tl         Timeline
	start, run time.Time
}

// startTiming marks the start of a run, on the UI goroutine.
func (p *Panel) startTiming() *runTiming {
	t := &runTiming{tl: p.deps.Timeline, start: time.Now()}
	if t.tl != nil {
		t.tl.Mark(MarkChecksStart)
	}
	return t
}

// running marks the moment the checks themselves start.
func (t *runTiming) running() {
	t.run = time.Now()
	if t.tl != nil {
		t.tl.Mark(MarkChecksRun)
	}
}

// end marks the end of the run and records its spans.
func (t *runTiming) end(rep diag.Report) {
	if t.tl == nil {
		return
	}
	t.tl.Mark(MarkChecksEnd)
	t.tl.Measure(MeasureChecks, MarkChecksStart, time.Since(t.start))
	t.tl.Measure(MeasureChecksWait, MarkChecksStart, t.run.Sub(t.start))
	for _, r := range rep.Results {
		t.tl.Measure(MeasureCheckPrefix+r.Check, MarkChecksRun, r.Duration)
	}
}
