package checks

import "github.com/triage-widget/triage/app/diag"

// All returns every check in display order: the environment first (is the
// merchant online, is the platform up), then the account, then the
// integration, then what the merchant brings (transactions, documents).
// Front ends run subsets of it, keeping this order.
func All() []*diag.Check {
	return []*diag.Check{
		Browser, Network, Clock, Maintenance,
		Account, Balance, ErrorCode, APIKey, Signature,
		CallbackURL, Webhook, Tx, KYCDocument,
	}
}

// ByName returns the registered check with that name.
func ByName(name string) (*diag.Check, bool) {
	for _, c := range All() {
		if c.Name == name {
			return c, true
		}
	}
	return nil, false
}
