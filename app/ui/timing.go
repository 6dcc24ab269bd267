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
	// MeasureChecksPrepare spans the local checks' dry run during that
	// wait (see prepare); absent when the manifest was already there.
	MeasureChecksPrepare = "triage:checks:prepare"
	// MeasureCheckPrefix + a check's name spans from MarkChecksRun to the
	// moment that check's result reached the panel: wall time, whatever
	// else ran meanwhile, so the longest span of a set is when the whole
	// set was done.
	MeasureCheckPrefix = "triage:check:"
)

// runTiming times one automatic run; a nil Timeline makes it a no-op.
type runTiming struct {
	tl         Timeline
	start, run time.Time
	prepare    time.Duration            // 0 when there was no dry run
	arrived    map[string]time.Duration // since run, by check name
}

// startTiming marks the start of a run, on the UI goroutine.
func (p *Panel) startTiming() *runTiming {
	t := &runTiming{tl: p.deps.Timeline, start: time.Now(), arrived: map[string]time.Duration{}}
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

// prepared notes how long the dry run took.
func (t *runTiming) prepared(d time.Duration) { t.prepare = d }

// result notes that a check's result arrived, on the run's goroutine.
func (t *runTiming) result(check string) {
	t.arrived[check] = time.Since(t.run)
}

// end marks the end of the run and records its spans.
func (t *runTiming) end(rep diag.Report) {
	if t.tl == nil {
		return
	}
	t.tl.Mark(MarkChecksEnd)
	t.tl.Measure(MeasureChecks, MarkChecksStart, time.Since(t.start))
	t.tl.Measure(MeasureChecksWait, MarkChecksStart, t.run.Sub(t.start))
	if t.prepare > 0 {
		t.tl.Measure(MeasureChecksPrepare, MarkChecksStart, t.prepare)
	}
	for _, r := range rep.Results {
		t.tl.Measure(MeasureCheckPrefix+r.Check, MarkChecksRun, t.arrived[r.Check])
	}
}
