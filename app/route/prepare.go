package route

import (
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// preparation is what to have ready before contacting support: the
// category's list from the manifest, in its order, then what the built-in
// rules require and the list lacks. Money not credited needs the
// transaction hash and the order number; a security emergency needs the
// last login (seed 000 "相关凭证"). Without a category only those additions
// are listed.
func preparation(cat *manifest.Category, money, emergency bool) []manifest.Prep {
	var out []manifest.Prep
	if cat != nil {
		out = append(out, cat.Prepare...)
	}
	need := func(field string, text i18n.Text) {
		for _, p := range out {
			if p.Field == field {
				return
			}
		}
		out = append(out, manifest.Prep{Field: field, Text: text})
	}
	if money {
		need("txHash", prepTxHash)
		need("orderId", prepOrderID)
	}
	if emergency {
		need("lastLogin", prepLastLogin)
	}
	return out
}
