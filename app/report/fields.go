package report

import "github.com/triage-widget/triage/app/i18n"

// Field is one field of the report as the merchant sees it: in the panel's
// form, in the text form and in the list of what to have ready.
type Field struct {
	// Name is the field's name in the report's JSON and in a manifest's
	// preparation list (manifest.PrepFields).
	Name  string
	Label i18n.Text
	// Typed fields are typed (or prefilled) in the panel's form; the others
	// the widget fills itself (the balance, from the host's context).
	Typed     bool
	Multiline bool
	// Max bounds what the form accepts, in bytes.
	Max int
}

// Bounds of the typed fields.
const (
	MaxLine = 8 << 10  // a one-line field
	MaxText = 16 << 10 // a multi-line one
)

// Fields are the report's fields, in the order the panel and the text form
// list them.
var Fields = []Field{
	{Name: "merchantId", Label: i18n.T("商家账户 ID", "Merchant ID"), Typed: true, Max: MaxLine},
	{Name: "contact", Label: i18n.T("注册手机号或邮箱", "Registered phone or email"), Typed: true, Max: MaxLine},
	{Name: "store", Label: i18n.T("店铺名称或网站域名", "Store name or website domain"), Typed: true, Max: MaxLine},
	{Name: "occurredAt", Label: i18n.T("问题发生时间", "When it happened"), Typed: true, Max: MaxLine},
	{Name: "error", Label: i18n.T("错误代码或提示", "Error code or message"), Typed: true, Max: MaxLine},
	{Name: "txHash", Label: i18n.T("交易哈希（TX ID）", "Transaction hash (TX ID)"), Typed: true, Max: MaxLine},
	{Name: "orderId", Label: i18n.T("订单号", "Order number"), Typed: true, Max: MaxLine},
	{Name: "balance", Label: i18n.T("账户余额", "Balance")},
	{Name: "lastLogin", Label: i18n.T("最近一次登录时间和 IP", "Last login time and IP"), Typed: true, Max: MaxLine},
	{Name: "steps", Label: i18n.T("操作步骤", "What you did, step by step"), Typed: true, Multiline: true, Max: MaxText},
	{Name: "notes", Label: i18n.T("补充说明", "Anything else"), Typed: true, Multiline: true, Max: MaxText},
}

// FieldNamed returns the field with the given name.
func FieldNamed(name string) (Field, bool) {
	for _, f := range Fields {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}
