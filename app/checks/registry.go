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

var registry = []*diag.Check{
	Browser, Network, Clock, Maintenance,
	Account, Balance, ErrorCode, APIKey, Signature,
	CallbackURL, Webhook, Tx, KYCDocument,
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
