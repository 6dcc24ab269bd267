package session

import "github.com/triage-widget/triage/app/i18n"

// The session's texts. Every one exists in zh-CN and en (TestStringsComplete).
var (
	strUnusualChars = i18n.M(i18n.SessionUnusualChars)
)

var strings_ = map[string]i18n.Text{"unusualChars": strUnusualChars}
