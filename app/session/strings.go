package session

import "github.com/triage-widget/triage/app/i18n"

// The session's texts (catalogue messages, app/i18n).
var (
	strUnusualChars = i18n.M(i18n.SessionUnusualChars)
)
