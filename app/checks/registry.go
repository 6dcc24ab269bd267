package checks

import (
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
)

// All returns every check in display order: the environment first (is the
// merchant online, is the platform up), then the account, then the
// integration, then what the merchant brings (transactions, documents).
// Front ends run subsets of it, keeping this order.
func All() []*diag.Check { return append([]*diag.Check(nil), registry...) }

// registry is every check in display order, ranks the order's keys. Each
// check registers itself in its own file.
var (
	registry []*diag.Check
	ranks    []int
)

// register adds c to the registry at its rank: the environment's checks
// rank 10–40, the account's 50–80, the integration's 90–110, what the
// merchant brings 120 and up. Checks call it from an init function: a
// check stays a static value, and register is not inlined into each init:
// both keep the wasm small.
//
//go:noinline
func register(rank int, c *diag.Check) {
	registry, ranks = append(registry, c), append(ranks, rank)
	for i := len(ranks) - 1; i > 0 && ranks[i-1] > ranks[i]; i-- {
		registry[i-1], registry[i] = registry[i], registry[i-1]
		ranks[i-1], ranks[i] = ranks[i], ranks[i-1]
	}
}

// ByName returns the registered check with that name.
func ByName(name string) (*diag.Check, bool) {
	for _, c := range registry {
		if c.Name == name {
			return c, true
		}
	}
	return nil, false
}

// SelfTests returns the checks the panel offers as forms, in display order:
// those that do not always run at open (diag.Check.SelfTest).
func SelfTests() []*diag.Check {
	var out []*diag.Check
	for _, c := range registry {
		if c.SelfTest() {
			out = append(out, c)
		}
	}
	return out
}

// AtOpen returns the checks the panel runs by itself at open given the
// host context, in display order (diag.Check.RunsAtOpen).
func AtOpen(ctx hostctx.Context) []*diag.Check {
	var out []*diag.Check
	for _, c := range registry {
		if c.RunsAtOpen(ctx) {
			out = append(out, c)
		}
	}
	return out
}
