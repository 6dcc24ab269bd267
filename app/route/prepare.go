package route

import (
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/report"
)

// preparation is what to have ready before contacting support: the
// category's list from the manifest, in its order, then what the built-in
// rules require and the list lacks, under the report's labels. Money not
// credited needs the transaction hash and the order number; a security
// emergency needs the last login (seed 000: "涉及资金问题的，准备好交易哈希、
// 订单号…；涉及账户异常的，提供最近一次登录时间、IP地址"). Without a category
// only those additions are listed.
func preparation(cat *manifest.Category, money, emergency bool) []manifest.Prep {
	var out []manifest.Prep
	if cat != nil {
		out = append(out, cat.Prepare...)
	}
	need := func(field string) {
		for _, p := range out {
			if p.Field == field {
				return
			}
		}
		f, _ := report.FieldNamed(field)
		out = append(out, manifest.Prep{Field: field, Text: f.Label})
	}
	if money {
		need("txHash")
		need("orderId")
	}
	if emergency {
		need("lastLogin")
	}
	return out
}
