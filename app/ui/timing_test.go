package ui

import (
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
)

// recordedTimeline keeps what the panel recorded; marks and measures come
// from the run's goroutine.
type recordedTimeline struct {
	mu       sync.Mutex
	marks    []string
	measures map[string]time.Duration
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
}

func (r *recordedTimeline) measure(name string) (time.Duration, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	d, ok := r.measures[name]
	return d, ok
}

// An opened panel times its automatic diagnosis: every check's span ends
// when its result arrived, within the whole run's span.
func TestDiagnosisTimeline(t *testing.T) {
	tl := &recordedTimeline{measures: map[string]time.Duration{}}
	fake := &bridge.Fake{}
	p := &Panel{deps: Deps{
		Host:     func(string) bridge.Host { return fake },
		Timeline: tl,
		Location: mustURL(t, "https://widget.example/?host=https%3A%2F%2Fshop.example&lang=en"),
	}}
	disp := app.NewClientTester(p)
	defer disp.Close()
	fake.Deliver(bridge.Message{Type: bridge.TypeOpen, Payload: json.RawMessage(`{}`)})
	waitFor(t, disp, func() bool { _, ok := tl.measure(MeasureChecks); return ok })

	total, _ := tl.measure(MeasureChecks)
	for _, c := range p.diag.checks {
		d, ok := tl.measure(MeasureCheckPrefix + c.Name)
		if !ok {
			t.Errorf("no span for %s", c.Name)
		}
		if d <= 0 || d > total {
			t.Errorf("%s span %s, want within (0, %s]", c.Name, d, total)
		}
	}
	want := []string{MarkChecksStart, MarkChecksRun, MarkChecksEnd}
	if len(tl.marks) != len(want) {
		t.Fatalf("marks %v, want %v", tl.marks, want)
	}
	for i := range want {
		if tl.marks[i] != want[i] {
			t.Fatalf("marks %v, want %v", tl.marks, want)
		}
	}
}
