package session

import "github.com/triage-widget/triage/app/i18n"

// The session's texts. Every one exists in zh-CN and en (TestStringsComplete).
var (
	strUnusualChars = i18n.T("此栏含有不可见或控制字符（%s），它们会改变文字的显示或签名结果；请确认这是您的本意。", "This field holds invisible or control characters (%s) that change how the text reads or what a signature covers; make sure they are meant to be there.")
)

var strings_ = map[string]i18n.Text{"unusualChars": strUnusualChars}
