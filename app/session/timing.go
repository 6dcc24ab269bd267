package session

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
	MarkChecksStart = "triage:checks:start" // diagnose called; the checks that need no manifest start
	MarkChecksRun   = "triage:checks:run"   // the manifest is settled; the other checks start
	MarkChecksEnd   = "triage:checks:end"   // every check has reported
	// MeasureChecks spans the whole automatic diagnosis as the merchant
	// waits for it, manifest wait included.
	MeasureChecks = "triage:checks"
	// MeasureChecksWait spans the wait for the manifest before the checks.
	MeasureChecksWait = "triage:checks:wait"
	// MeasureChecksPrepare spans the local checks' dry run during that
	// wait (see prepare); absent when the manifest was already there.
	MeasureChecksPrepare = "triage:checks:prepare"
	// MeasureCheckPrefix + a check's name spans from the moment the check
	// could start (MarkChecksStart for the checks that need nothing of the
	// manifest, MarkChecksRun for the others) to the moment its result
	// reached the panel: wall time, whatever else ran meanwhile.
	MeasureCheckPrefix = "triage:check:"
)

// runTiming times one automatic run; a nil Timeline makes it a no-op.
type runTiming struct {
	tl         Timeline
	start, run time.Time
	prepare    time.Duration           // 0 when there was no dry run
	arrived    map[string]checkArrival // by check name
}

// checkArrival is when a check's result arrived, after the mark its phase
// started at.
type checkArrival struct {
	mark string
	d    time.Duration
}

// startTiming marks the start of a run, on the UI goroutine.
func startTiming(tl Timeline) *runTiming {
	t := &runTiming{tl: tl, start: time.Now(), arrived: map[string]checkArrival{}}
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
	if t.run.IsZero() {
		t.arrived[check] = checkArrival{MarkChecksStart, time.Since(t.start)}
		return
	}
	t.arrived[check] = checkArrival{MarkChecksRun, time.Since(t.run)}
}

// end marks the end of the run and records its spans.
func (t *runTiming) end(results []diag.Result) {
	if t.tl == nil {
		return
	}
	t.tl.Mark(MarkChecksEnd)
	t.tl.Measure(MeasureChecks, MarkChecksStart, time.Since(t.start))
	t.tl.Measure(MeasureChecksWait, MarkChecksStart, t.run.Sub(t.start))
	if t.prepare > 0 {
		t.tl.Measure(MeasureChecksPrepare, MarkChecksStart, t.prepare)
	}
	for _, r := range results {
		a := t.arrived[r.Check]
		t.tl.Measure(MeasureCheckPrefix+r.Check, a.mark, a.d)
	}
}
