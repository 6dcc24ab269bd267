package report

import "github.com/triage-widget/triage/app/i18n"

// The text form's title, headings and sentences; the fields' labels are
// in Fields.
var (
	msgTitle       = i18n.M(i18n.ReportTitle)
	msgTitleFor    = i18n.M(i18n.ReportTitleFor)
	msgAttach      = i18n.M(i18n.ReportAttach)
	msgCaseID      = i18n.M(i18n.ReportCaseID)
	msgCreated     = i18n.M(i18n.ReportCreated)
	msgPlatform    = i18n.M(i18n.ReportPlatform)
	msgCategory    = i18n.M(i18n.ReportCategory)
	msgTried       = i18n.M(i18n.ReportTried)
	msgEnvironment = i18n.M(i18n.ReportEnvironment)
	msgBrowser     = i18n.M(i18n.ReportBrowser)
	msgTimeZone    = i18n.M(i18n.ReportTimeZone)
	msgLanguage    = i18n.M(i18n.ReportLanguage)
	msgOnline      = i18n.M(i18n.ReportOnline)
	msgOnlineYes   = i18n.M(i18n.ReportOnlineYes)
	msgOnlineNo    = i18n.M(i18n.ReportOnlineNo)
	msgWidget      = i18n.M(i18n.ReportWidget)
	msgManifest    = i18n.M(i18n.ReportManifest)
	msgKey         = i18n.M(i18n.ReportKey)
	msgSubject     = i18n.M(i18n.ReportSubject)
	msgNoCategory  = i18n.M(i18n.ReportNoCategory)
	msgMerchantTag = i18n.M(i18n.ReportMerchantTag)
	msgFooter      = i18n.M(i18n.ReportFooter)
	msgStatusPass  = i18n.M(i18n.ReportStatusPass)
	msgStatusWarn  = i18n.M(i18n.ReportStatusWarn)
	msgStatusFail  = i18n.M(i18n.ReportStatusFail)
	msgStatusSkip  = i18n.M(i18n.ReportStatusSkip)
	msgStatusError = i18n.M(i18n.ReportStatusError)
)
