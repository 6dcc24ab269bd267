package session

import (
	"cmp"
	"slices"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/route"
)

// Summary is the panel's first screen in plain data: what is wrong, most
// blocking first, and the one thing to do.
type Summary struct {
	// Problems are the automatic run's findings that need the merchant,
	// most blocking first: by severity, then fail before warn before error,
	// then in the checks' order.
	Problems []diag.Finding
	// Passed are the automatic checks that passed, by name.
	Passed []string
	// Primary is the index in Plan.Recommendations of the one action the
	// first screen offers; -1 when there is none (no verified channels).
	Primary int
	// Fix is the primary action when it is a finding's own fix: the
	// finding it fixes; nil when the primary action is a channel.
	Fix *diag.Finding
	// Emergency: the first screen is the emergency path (freeze, the
	// hotline, three steps) and nothing else.
	Emergency bool
}

// summarize reads the automatic run's results and the plan.
func summarize(results []diag.Result, plan *route.Result) Summary {
	sum := Summary{Primary: -1}
	for _, r := range results {
		if r.Worst() == diag.StatusPass {
			sum.Passed = append(sum.Passed, r.Check)
		}
		for _, f := range r.Findings {
			if isProblem(f) {
				sum.Problems = append(sum.Problems, f)
			}
		}
	}
	slices.SortStableFunc(sum.Problems, func(a, b diag.Finding) int {
		return cmp.Or(
			cmp.Compare(b.Weight(), a.Weight()),
			cmp.Compare(statusRank(b.Status), statusRank(a.Status)),
		)
	})
	if plan == nil {
		return sum
	}
	sum.Emergency = plan.Emergency
	for i, rec := range plan.Recommendations {
		if !rec.Reachable && rec.Phone == nil {
			continue // a web link while offline is no first action
		}
		if rec.Channel == nil && rec.Finding == nil {
			continue // the saved guide: the channels section draws its steps
		}
		sum.Primary = i
		sum.Fix = rec.Finding
		break
	}
	// The plan knows which problem the merchant came for (their category,
	// the platform's last error): when its fix is the one thing to do, that
	// problem leads, so the headline and the action agree.
	if sum.Fix != nil {
		if j := slices.IndexFunc(sum.Problems, func(f diag.Finding) bool { return f.Code == sum.Fix.Code }); j > 0 {
			lead := sum.Problems[j]
			copy(sum.Problems[1:j+1], sum.Problems[:j])
			sum.Problems[0] = lead
		}
	}
	return sum
}

// isProblem reports whether a finding needs the merchant's attention.
func isProblem(f diag.Finding) bool {
	return f.Status == diag.StatusFail || f.Status == diag.StatusWarn || f.Status == diag.StatusError
}

func statusRank(s diag.Status) int {
	switch s {
	case diag.StatusFail:
		return 2
	case diag.StatusWarn:
		return 1
	}
	return 0
}
