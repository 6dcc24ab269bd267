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
	{Name: "merchantId", Label: i18n.M(i18n.ReportFieldsFieldMerchantId), Typed: true, Max: MaxLine},
	{Name: "contact", Label: i18n.M(i18n.ReportFieldsFieldContact), Typed: true, Max: MaxLine},
	{Name: "store", Label: i18n.M(i18n.ReportFieldsFieldStore), Typed: true, Max: MaxLine},
	{Name: "occurredAt", Label: i18n.M(i18n.ReportFieldsFieldOccurredAt), Typed: true, Max: MaxLine},
	{Name: "error", Label: i18n.M(i18n.ReportFieldsFieldError), Typed: true, Max: MaxLine},
	{Name: "txHash", Label: i18n.M(i18n.ReportFieldsFieldTxHash), Typed: true, Max: MaxLine},
	{Name: "orderId", Label: i18n.M(i18n.ReportFieldsFieldOrderId), Typed: true, Max: MaxLine},
	{Name: "balance", Label: i18n.M(i18n.ReportFieldsFieldBalance)},
	{Name: "lastLogin", Label: i18n.M(i18n.ReportFieldsFieldLastLogin), Typed: true, Max: MaxLine},
	{Name: "steps", Label: i18n.M(i18n.ReportFieldsFieldSteps), Typed: true, Multiline: true, Max: MaxText},
	{Name: "notes", Label: i18n.M(i18n.ReportFieldsFieldNotes), Typed: true, Multiline: true, Max: MaxText},
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
