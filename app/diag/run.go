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
			if c == nil || c.local() != local {
				continue
			}
			pending++
			if f, ok := unmet(c, env); ok {
				f.Check = c.Name
				ch <- done{i, Result{Check: c.Name, Findings: []Finding{f}}}
				continue
			}
			go func() { ch <- done{i, runOne(ctx, c, env, scrub)} }()
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

// local reports whether c runs without the network.
func (c *Check) local() bool { return !c.Needs.Network && !c.Needs.OptionalNetwork }

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

// panicError carries a recovered panic out of a check's goroutine.
type panicError struct{ v any }

func (e panicError) Error() string { return fmt.Sprintf("panic: %v", e.v) }

// runOne runs one check and waits for it at most until its deadline plus
// Grace. A check that ignores its context is abandoned: its goroutine may
// live on, but its late findings are dropped.
func runOne(parent context.Context, c *Check, env *Env, scrub *scrubber) Result {
	start := time.Now()
	limit := c.Timeout
	if dl, ok := parent.Deadline(); ok && time.Until(dl) < limit {
		limit = time.Until(dl)
	}
	ctx, cancel := context.WithTimeout(parent, c.Timeout)
	defer cancel()
	p := &Pass{Check: c, Env: env, scrub: scrub}

	ran := make(chan error, 1)
	go func() {
		defer func() {
			if v := recover(); v != nil {
				ran <- panicError{v}
			}
		}()
		ran <- c.Run(ctx, p)
	}()

	var err error
	overran := false
	select {
	case err = <-ran:
	case <-ctx.Done():
		grace := time.NewTimer(Grace)
		select {
		case err = <-ran:
		case <-grace.C:
			overran = true
		}
		grace.Stop()
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
