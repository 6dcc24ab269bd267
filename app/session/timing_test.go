package session

import (
	"encoding/json"
	"slices"
	"sync"
	"testing"
	"time"
)

// recordedTimeline keeps what the panel recorded; marks and measures come
// from the run's goroutine.
type recordedTimeline struct {
	mu       sync.Mutex
	marks    []string
	measures map[string]time.Duration
	anchors  map[string]string // a measure's start mark
}

func (r *recordedTimeline) Mark(name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.marks = append(r.marks, name)
}

func (r *recordedTimeline) Measure(name, start string, d time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.measures[name] = d
	r.anchors[name] = start
}

func (r *recordedTimeline) anchor(name string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.anchors[name]
}

func (r *recordedTimeline) measure(name string) (time.Duration, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	d, ok := r.measures[name]
	return d, ok
}

// timedSession is a session that records its timeline.
func timedSession(t *testing.T) (*Session, *testLoop, *recordedTimeline) {
	t.Helper()
	tl := &recordedTimeline{measures: map[string]time.Duration{}, anchors: map[string]string{}}
	s, loop, _ := newSession(t, Deps{Timeline: tl})
	return s, loop, tl
}

// An opened panel times its automatic diagnosis: every check's span ends
// when its result arrived, within the whole run's span.
func TestDiagnosisTimeline(t *testing.T) {
	s, loop, tl := timedSession(t)
	s.Start(Config{}, "https://w.example")
	s.Open(nil)
	loop.until(t, func() bool { _, ok := tl.measure(MeasureChecks); return ok })

	total, _ := tl.measure(MeasureChecks)
	for _, c := range s.run.checks {
		d, ok := tl.measure(MeasureCheckPrefix + c.Name)
		if !ok {
			t.Errorf("no span for %s", c.Name)
		}
		if d <= 0 || d > total {
			t.Errorf("%s span %s, want within (0, %s]", c.Name, d, total)
		}
	}
	if want := []string{MarkChecksStart, MarkChecksRun, MarkChecksEnd}; !slices.Equal(tl.marks, want) {
		t.Fatalf("marks %v, want %v", tl.marks, want)
	}
}

// The checks that need nothing of the manifest report before it has
// arrived (their spans start at MarkChecksStart); the others after (their
// spans start at MarkChecksRun, once it is settled).
func TestEarlyChecksDoNotWaitForTheManifest(t *testing.T) {
	s, loop, tl := timedSession(t)
	s.plat = newPlatformState()                                                 // a manifest still on its way…
	go func() { time.Sleep(200 * time.Millisecond); s.plat.refuse(errNoPin) }() // …settled later
	s.Context(json.RawMessage(`{"balance":{"available":"0","currency":"USDT"}}`))
	s.Open(nil)
	loop.until(t, func() bool { _, ok := tl.measure(MeasureChecks); return ok })

	early := 0
	for _, c := range s.run.checks {
		want := MarkChecksRun
		if c.Local() && !c.UsesPlatform() {
			want, early = MarkChecksStart, early+1
		}
		if got := tl.anchor(MeasureCheckPrefix + c.Name); got != want {
			t.Errorf("%s: span starts at %q, want %q", c.Name, got, want)
		}
	}
	if early == 0 || early == len(s.run.checks) {
		t.Fatalf("%d of %d checks ran early: the split is not exercised", early, len(s.run.checks))
	}
}
