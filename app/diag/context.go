package diag

import (
	"sort"

	"github.com/triage-widget/triage/app/hostctx"
)

// contextField copies one host context field from src to dst and reports
// whether src gives it (it is not empty).
type contextField func(dst, src *hostctx.Context) bool

// text copies one string field picked by at.
func text(at func(*hostctx.Context) *string) contextField {
	return func(dst, src *hostctx.Context) bool {
		*at(dst) = *at(src)
		return *at(src) != ""
	}
}

// texts copies one list field picked by at.
func texts(at func(*hostctx.Context) *[]string) contextField {
	return func(dst, src *hostctx.Context) bool {
		*at(dst) = *at(src)
		return len(*at(src)) > 0
	}
}

// order copies one field of every recent order; it is given when one order
// gives it.
func order(at func(*hostctx.Order) *string) contextField {
	return func(dst, src *hostctx.Context) bool {
		if len(dst.RecentOrders) < len(src.RecentOrders) {
			dst.RecentOrders = append(dst.RecentOrders, make([]hostctx.Order, len(src.RecentOrders)-len(dst.RecentOrders))...)
		}
		given := false
		for i := range src.RecentOrders {
			*at(&dst.RecentOrders[i]) = *at(&src.RecentOrders[i])
			given = given || *at(&src.RecentOrders[i]) != ""
		}
		return given
	}
}

// contextFields are the host context's fields by path, as checks declare
// them in Needs.Context.
var contextFields = map[string]contextField{
	"merchantId":            text(func(c *hostctx.Context) *string { return &c.MerchantID }),
	"storeDomain":           text(func(c *hostctx.Context) *string { return &c.StoreDomain }),
	"contact.email":         text(func(c *hostctx.Context) *string { return &c.Contact.Email }),
	"contact.phone":         text(func(c *hostctx.Context) *string { return &c.Contact.Phone }),
	"balance.available":     text(func(c *hostctx.Context) *string { return &c.Balance.Available }),
	"balance.currency":      text(func(c *hostctx.Context) *string { return &c.Balance.Currency }),
	"pending.kind":          text(func(c *hostctx.Context) *string { return &c.Pending.Kind }),
	"pending.amount":        text(func(c *hostctx.Context) *string { return &c.Pending.Amount }),
	"pending.fee":           text(func(c *hostctx.Context) *string { return &c.Pending.Fee }),
	"pending.minimum":       text(func(c *hostctx.Context) *string { return &c.Pending.Minimum }),
	"pending.currency":      text(func(c *hostctx.Context) *string { return &c.Pending.Currency }),
	"apiKey.key":            text(func(c *hostctx.Context) *string { return &c.APIKey.Key }),
	"apiKey.permissions":    texts(func(c *hostctx.Context) *[]string { return &c.APIKey.Permissions }),
	"apiKey.ipWhitelist":    texts(func(c *hostctx.Context) *[]string { return &c.APIKey.IPWhitelist }),
	"apiKey.serverIp":       text(func(c *hostctx.Context) *string { return &c.APIKey.ServerIP }),
	"apiKey.environment":    text(func(c *hostctx.Context) *string { return &c.APIKey.Environment }),
	"apiKey.region":         text(func(c *hostctx.Context) *string { return &c.APIKey.Region }),
	"apiKey.lastUsedAt":     text(func(c *hostctx.Context) *string { return &c.APIKey.LastUsedAt }),
	"callbackUrl":           text(func(c *hostctx.Context) *string { return &c.CallbackURL }),
	"lastError.code":        text(func(c *hostctx.Context) *string { return &c.LastError.Code }),
	"lastError.message":     text(func(c *hostctx.Context) *string { return &c.LastError.Message }),
	"lastError.at":          text(func(c *hostctx.Context) *string { return &c.LastError.At }),
	"recentOrders.id":       order(func(o *hostctx.Order) *string { return &o.ID }),
	"recentOrders.txHash":   order(func(o *hostctx.Order) *string { return &o.TxHash }),
	"recentOrders.chain":    order(func(o *hostctx.Order) *string { return &o.Chain }),
	"recentOrders.status":   order(func(o *hostctx.Order) *string { return &o.Status }),
	"recentOrders.amount":   order(func(o *hostctx.Order) *string { return &o.Amount }),
	"recentOrders.currency": order(func(o *hostctx.Order) *string { return &o.Currency }),
	"recentOrders.at":       order(func(o *hostctx.Order) *string { return &o.At }),
	"account.status":        text(func(c *hostctx.Context) *string { return &c.Account.Status }),
	"account.kyc":           text(func(c *hostctx.Context) *string { return &c.Account.KYC }),
	"account.reason":        text(func(c *hostctx.Context) *string { return &c.Account.Reason }),
}

// ContextPaths lists the host context paths a check may declare, sorted.
func ContextPaths() []string {
	out := make([]string, 0, len(contextFields))
	for p := range contextFields {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// Given reports whether ctx gives the field at path (it is not empty); an
// unknown path is never given.
func Given(ctx hostctx.Context, path string) bool {
	f, ok := contextFields[path]
	if !ok {
		return false
	}
	var dst hostctx.Context
	return f(&dst, &ctx)
}

// projectContext returns a copy of src holding only the fields at paths;
// the others are empty.
func projectContext(src hostctx.Context, paths []string) hostctx.Context {
	var dst hostctx.Context
	for _, p := range paths {
		if f, ok := contextFields[p]; ok {
			f(&dst, &src)
		}
	}
	return dst
}
