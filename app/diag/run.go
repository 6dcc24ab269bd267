package diag

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// RunOptions tunes Run.
type RunOptions struct {
	// Budget bounds the whole run; DefaultBudget when zero.
	Budget time.Duration
	// OnResult, when set, receives each check's result as soon as it
	// finishes. It is called from the goroutine that called Run (go-app
	// components must only be touched from their own goroutine), in
	// completion order.
	OnResult func(Result)
	// InlineLocal runs the checks that need no network one after another
	// on the caller's goroutine instead of one goroutine each; default
	// false. In js/wasm every goroutine shares one thread and nothing is
	// preempted, so goroutines there only let other work (the UI's
	// renders) in between the local checks, and a timeout cannot stop a
	// check that does not yield anyway. Deadlines still reach the checks
	// through their context; panics are still recovered.
	InlineLocal bool
}

// Result is one check's outcome.
type Result struct {
	Check    string        `json:"check"`
	Findings []Finding     `json:"findings"`
	Err      string        `json:"error,omitempty"` // why the check could not run; never a secret
	Duration time.Duration `json:"duration"`
}

// Run runs the checks concurrently, each under its own Timeout and all under
// the budget (the local ones first, then those that use the network), and returns their results in the order of checks, whatever the
// order they finished in. A check whose Needs are not met is skipped without
// being called. A check that returns an error, overruns its deadline or
// panics yields a finding with status error, after any findings it reported
// in time. Nil entries are ignored.
func Run(ctx context.Context, checks []*Check, env *Env, opts RunOptions) Report {
	if env == nil {
		env = &Env{}
	}
	budget := opts.Budget
	if budget <= 0 {
		budget = DefaultBudget
	}
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	scrub := newScrubber(secretValues(checks, env))

	type done struct {
		i int
		r Result
	}
	// Buffered so that no check goroutine ever blocks on a slow consumer.
	ch := make(chan done, len(checks))
	results := make([]*Result, len(checks))
	launch := func(local bool) {
		pending := 0
		for i, c := range checks {
			if c == nil || c.Local() != local {
				continue
			}
			pending++
			if f, ok := unmet(c, env); ok {
				f.Check = c.Name
				ch <- done{i, Result{Check: c.Name, Findings: []Finding{f}}}
				continue
			}
			if local && opts.InlineLocal {
				ch <- done{i, runOne(ctx, c, env, scrub, true)}
				continue
			}
			go func() { ch <- done{i, runOne(ctx, c, env, scrub, false)} }()
		}
		for ; pending > 0; pending-- {
			d := <-ch
			results[d.i] = &d.r
			if opts.OnResult != nil {
				opts.OnResult(d.r)
			}
		}
	}
	// Local checks first: they take microseconds, and in the browser, where
	// every goroutine shares one thread, they would otherwise wait behind
	// the network probes' JavaScript calls.
	launch(true)
	launch(false)
	var rep Report
	for _, r := range results {
		if r != nil {
			rep.Results = append(rep.Results, *r)
		}
	}
	return rep
}

// Local reports whether c runs without the network: it only computes.
func (c *Check) Local() bool { return !c.Needs.Network && !c.Needs.OptionalNetwork }

// unmet returns a skip finding when a hard requirement of c is missing.
func unmet(c *Check, env *Env) (Finding, bool) {
	switch {
	case c.Needs.Platform && env.Platform == nil:
		return Skipped(msgNeedsPlatform), true
	case c.Needs.Network && env.Net == nil:
		return Skipped(msgNeedsNetwork), true
	case c.Needs.Browser && env.Browser == nil:
		return Skipped(msgNeedsBrowser), true
	}
	return Finding{}, false
}

// call runs c, turning a panic into a panicError.
func call(ctx context.Context, c *Check, p *Pass) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = panicError{v}
		}
	}()
	return c.Run(ctx, p)
}

// callWithin runs c on its own goroutine and waits for it until ctx is done
// plus Grace; overran reports that it was abandoned.
func callWithin(ctx context.Context, c *Check, p *Pass) (overran bool, err error) {
	ran := make(chan error, 1)
	go func() { ran <- call(ctx, c, p) }()
	select {
	case err = <-ran:
		return false, err
	case <-ctx.Done():
	}
	grace := time.NewTimer(Grace)
	defer grace.Stop()
	select {
	case err = <-ran:
		return false, err
	case <-grace.C:
		return true, nil
	}
}

// panicError carries a recovered panic out of a check's goroutine.
type panicError struct{ v any }

func (e panicError) Error() string { return fmt.Sprintf("panic: %v", e.v) }

// runOne runs one check and waits for it at most until its deadline plus
// Grace. A check that ignores its context is abandoned: its goroutine may
// live on, but its late findings are dropped. Inline, the check runs on the
// caller's goroutine and is waited for however long it takes.
func runOne(parent context.Context, c *Check, env *Env, scrub *scrubber, inline bool) Result {
	start := time.Now()
	limit := c.Timeout
	if dl, ok := parent.Deadline(); ok && time.Until(dl) < limit {
		limit = time.Until(dl)
	}
	ctx, cancel := context.WithTimeout(parent, c.Timeout)
	defer cancel()
	p := &Pass{Check: c, env: env, scrub: scrub}

	var err error
	overran := false
	if inline {
		err = call(ctx, c, p)
	} else {
		overran, err = callWithin(ctx, c, p)
	}
	res := Result{Check: c.Name, Findings: p.close()}
	res.Duration = time.Since(start)

	var pe panicError
	switch {
	case overran || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
		// The caller canceling the run (the panel closed) is not a timeout.
		if ctx.Err() == context.Canceled || ctx.Err() == nil && errors.Is(err, context.Canceled) {
			res.Err = "canceled"
			res.Findings = append(res.Findings, Finding{Check: c.Name, Code: CodeCanceled, Status: StatusError, Message: msgCanceled})
			break
		}
		res.Err = fmt.Sprintf("timed out after %s", limit.Round(time.Millisecond))
		res.Findings = append(res.Findings, Finding{Check: c.Name, Code: CodeTimeout, Status: StatusError,
			Message: msgTimeout.Format(limit.Round(100 * time.Millisecond).String()), Fix: fixRetry})
	case errors.As(err, &pe):
		res.Err = scrub.str(pe.Error())
		res.Findings = append(res.Findings, Finding{Check: c.Name, Code: CodePanic, Status: StatusError, Message: msgPanic, Fix: fixRetry})
	case err != nil:
		res.Err = scrub.str(err.Error())
		res.Findings = append(res.Findings, Finding{Check: c.Name, Code: CodeError, Status: StatusError,
			Message: scrub.text(msgError.Format(res.Err)), Fix: fixRetry})
	}
	return res
}
