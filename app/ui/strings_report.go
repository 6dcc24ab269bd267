package ui

import "github.com/triage-widget/triage/app/i18n"

// Strings of the case report's secret handling.
var (
	strNewCase     = i18n.T("清空报告，新建案例", "Clear the report and start a new case")
	strNewCaseHint = i18n.T("您在密钥、密码等输入框中填写过的内容，会在本报告中一直被隐去，直到您新建案例。",
		"What you typed in the key and password fields stays hidden in this report until you start a new case.")
	strNewCaseDone = i18n.T("已清空报告，新的案例已开始。", "The report is cleared; a new case has started.")
)

func init() {
	for k, v := range map[string]i18n.Text{
		"newCase": strNewCase, "newCaseHint": strNewCaseHint, "newCaseDone": strNewCaseDone,
	} {
		strings_[k] = v
	}
}

// reportStatus is the status line of the report section after an action.
func reportStatus(how string) i18n.Text {
	if how == "new-case" {
		return strNewCaseDone
	}
	return sharedText(how)
}
