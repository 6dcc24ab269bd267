package diag

import "github.com/triage-widget/triage/app/i18n"

// The engine's texts.
var (
	msgNeedsPlatform = i18n.M(i18n.DiagNeedsPlatform)
	msgNeedsNetwork  = i18n.M(i18n.DiagNeedsNetwork)
	msgNeedsBrowser  = i18n.M(i18n.DiagNeedsBrowser)
	msgError         = i18n.M(i18n.DiagError)
	msgTimeout       = i18n.M(i18n.DiagTimeout)
	msgPanic         = i18n.M(i18n.DiagPanic)
	msgCanceled      = i18n.M(i18n.DiagCanceled)
	fixRetry         = i18n.M(i18n.DiagFixRetry)
)
