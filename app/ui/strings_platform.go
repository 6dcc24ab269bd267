package ui

import "github.com/triage-widget/triage/app/i18n"

// Texts about the platform's manifest: its state and the demo label.
var (
	strExpiredManifest = i18n.M(i18n.UIExpiredManifest)
	strExpiresSoon     = i18n.M(i18n.UIExpiresSoon)
	strHostWarning     = i18n.M(i18n.UIHostWarning)
	strDemoServer      = i18n.M(i18n.UIDemoServer)
)
