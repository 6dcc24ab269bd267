package ui

import "github.com/triage-widget/triage/app/i18n"

// Strings of the case report's secret handling.
var (
	strNewCase     = i18n.M(i18n.UINewCase)
	strNewCaseHint = i18n.M(i18n.UINewCaseHint)
	strNewCaseDone = i18n.M(i18n.UINewCaseDone)

	strReportMore = i18n.M(i18n.UIReportMore)
	strNotSolved  = i18n.M(i18n.UINotSolved)
)

// reportStatus is the status line of the report section after an action.
func reportStatus(how string) i18n.Text {
	if how == "new-case" {
		return strNewCaseDone
	}
	return sharedText(how)
}
