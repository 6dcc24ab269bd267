package session

import (
	"context"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/diag"
)

// diagnosis is the state of one run of the automatic checks.
type diagnosis struct {
	id      int                    // increases per run; late results of older runs are dropped
	checks  []*diag.Check          // what runs, in display order
	results map[string]diag.Result // by check name, as they arrive
	done    bool
}

func (d *diagnosis) running(name string) bool {
	_, ok := d.results[name]
	return !d.done && !ok
}

// env is the environment of a run: copies of what the session holds, so
// the run's goroutine shares nothing with the UI goroutine.
func (s *Session) env(form map[string]string) *diag.Env {
	e := &diag.Env{Context: s.context, Form: form, Net: s.deps.Fetcher, Now: s.deps.Now, MapHost: s.deps.MapHost}
	if s.deps.Browser != nil {
		e.Browser = s.deps.Browser()
	}
	return e
}

// diagnose (re)runs the automatic checks; results stream into the state.
// The local checks that read nothing of the manifest run at once, here on
// the UI goroutine: they only compute (milliseconds), and their findings
// are in the very next render. The others run on their own goroutine once
// the manifest is settled (verified, refused or late).
func (s *Session) diagnose() {
	id := s.run.id + 1
	s.run = diagnosis{id: id, checks: autoChecks(s.context), results: map[string]diag.Result{}}
	env, list, plat := s.env(nil), s.run.checks, s.plat
	if plat == nil {
		plat = newPlatformState() // never started: nothing is pinned
		plat.refuse(errNoPin)
	}
	tm := startTiming(s.deps.Timeline)
	early, rest := splitEarly(list)
	first := diag.Run(context.Background(), early, env, diag.RunOptions{InlineLocal: true, OnResult: func(r diag.Result) {
		tm.result(r.Check)
		s.run.results[r.Check] = r
	}})
	s.loop.Async(func() {
		if !plat.settled() {
			tm.prepared(prepare(rest, *env))
		}
		select {
		case <-plat.done:
			env.Platform = plat.platform
		case <-time.After(platformWait):
		}
		tm.running()
		// InlineLocal: the local checks finish before the UI renders again.
		second := diag.Run(context.Background(), rest, env, diag.RunOptions{InlineLocal: true, OnResult: func(r diag.Result) {
			tm.result(r.Check)
			s.loop.Apply(func() {
				if s.run.id == id {
					s.run.results[r.Check] = r
				}
			})
		}})
		tm.end(append(first.Results, second.Results...))
		s.loop.Apply(func() {
			if s.run.id == id {
				s.run.done = true
				s.postFindings()
				s.replan()
				s.postRoute()
			}
		})
	})
}

// Submit runs one self-test with what was typed in its form.
func (s *Session) Submit(c *diag.Check) {
	f := s.forms.Form(c.Name)
	if f.Running {
		return
	}
	// A secret typed into the form is now known: take it out of the case
	// kept for a reload too, should it have been pasted in the notes.
	s.keepCase()
	f.Missing = f.Missing[:0]
	for _, fld := range c.Needs.Form {
		if !fld.Optional && strings.TrimSpace(f.Values[fld.Name]) == "" {
			f.Missing = append(f.Missing, fld.Name)
		}
	}
	if len(f.Missing) > 0 {
		delete(s.formResults, c.Name) // an old result would answer another question
		return
	}
	values := make(map[string]string, len(f.Values))
	for k, v := range f.Values {
		values[k] = v
	}
	f.Running = true
	env := s.env(values)
	plat := s.plat
	env.Document = s.document
	s.loop.Async(func() {
		if plat != nil && plat.settled() {
			env.Platform = plat.platform
		}
		rep := diag.Run(context.Background(), []*diag.Check{c}, env, diag.RunOptions{})
		s.loop.Apply(func() {
			f.Running = false
			if s.formResults == nil {
				s.formResults = map[string]diag.Result{}
			}
			if len(rep.Results) == 1 {
				s.formResults[c.Name] = rep.Results[0]
			}
			s.postFindings()
			s.replan()
		})
	})
}

// allResults is every result shown: the automatic run's, then the forms'.
func (s *Session) allResults() []diag.Result {
	var out []diag.Result
	for _, c := range s.run.checks {
		if r, ok := s.run.results[c.Name]; ok {
			out = append(out, r)
		}
	}
	for _, c := range SelfTests() {
		if r, ok := s.formResults[c.Name]; ok {
			out = append(out, r)
		}
	}
	return out
}

// postFindings tells the host every finding shown, codes only: messages
// and evidence stay in the panel.
func (s *Session) postFindings() {
	if s.host == nil {
		return
	}
	out := bridge.Findings{}
	for _, r := range s.allResults() {
		for _, f := range r.Findings {
			out = append(out, bridge.Finding{Check: f.Check, Code: string(f.Code), Status: string(f.Status)})
		}
	}
	s.post(out)
}
