package checks

import (
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// newFinding builds a finding for code. Problems (warn, fail) get the
// code table's default severity (diag.Codes).
func newFinding(code diag.Code, status diag.Status, msg, fix i18n.Text, ev ...diag.Evidence) diag.Finding {
	f := diag.Finding{Code: code, Status: status, Message: msg, Fix: fix, Evidence: ev}
	if status == diag.StatusWarn || status == diag.StatusFail {
		f.Severity = code.Severity()
	}
	return f
}

// evidence is shorthand for one diag.Evidence.
func evidence(label i18n.Text, value string) diag.Evidence {
	return diag.Evidence{Label: label, Value: value}
}

// clip shortens a value shown as evidence (an error text, a string to sign)
// so a large input cannot flood the panel.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// Labels shared by several checks.
var (
	labelURL    = i18n.M(i18n.CheckFindingURL)
	labelError  = i18n.M(i18n.CheckFindingError) // a raw error: the panel shows it only to support
	labelReason = i18n.M(i18n.CheckFindingReason)
	labelRTT    = i18n.M(i18n.CheckFindingRTT)
)
