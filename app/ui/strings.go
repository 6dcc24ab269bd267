package ui

import "github.com/triage-widget/triage/app/i18n"

// The panel's strings. Each is a catalogue message (app/i18n), in every language.
var (
	strTitle         = i18n.M(i18n.UITitle)
	strClose         = i18n.M(i18n.UIClose)
	strChecksIdle    = i18n.M(i18n.UIChecksIdle)
	strRunning       = i18n.M(i18n.UIRunning)
	strChannelsLater = i18n.M(i18n.UIChannelsLater)
	strContextIssues = i18n.M(i18n.UIContextIssues)
	strLoading       = i18n.M(i18n.UILoading)
)

// LoadingLabel is go-app's loading label, in Chinese and English: the page
// is served before the language is known.
func LoadingLabel() string { return strLoading.In(i18n.ZH) + " / " + strLoading.In(i18n.EN) }

// Strings of the diagnosis and the forms.
var (
	strStatusFail      = i18n.M(i18n.UIStatusFail)
	strStatusWarn      = i18n.M(i18n.UIStatusWarn)
	strStatusError     = i18n.M(i18n.UIStatusError)
	strStatusPass      = i18n.M(i18n.UIStatusPass)
	strStatusSkip      = i18n.M(i18n.UIStatusSkip)
	strFix             = i18n.M(i18n.UIFix)
	strToolsHeading    = i18n.M(i18n.UIToolsHeading)
	strToolsIntro      = i18n.M(i18n.UIToolsIntro)
	strRunCheck        = i18n.M(i18n.UIRunCheck)
	strChecking        = i18n.M(i18n.UIChecking)
	strRefused         = i18n.M(i18n.UIRefused)
	strOptional        = i18n.M(i18n.UIOptional)
	strSecretHint      = i18n.M(i18n.UISecretHint)
	strVerified        = i18n.M(i18n.UIVerified)
	strKeyFingerprint  = i18n.M(i18n.UIKeyFingerprint)
	strDemo            = i18n.M(i18n.UIDemo)
	strUnverified      = i18n.M(i18n.UIUnverified)
	strFault           = i18n.M(i18n.UIFault)
	strDocumentRead    = i18n.M(i18n.UIDocumentRead)
	strLoadingManifest = i18n.M(i18n.UILoadingManifest)
)

// Strings of routing, the case report and feedback.
var (
	strEscalate       = i18n.M(i18n.UIEscalate)
	strOffline        = i18n.M(i18n.UIOffline)
	strUnreachable    = i18n.M(i18n.UIUnreachable)
	strKindSelfFix    = i18n.M(i18n.UIKindSelfFix)
	strKindFreeze     = i18n.M(i18n.UIKindFreeze)
	strKindContact    = i18n.M(i18n.UIKindContact)
	strGuide          = i18n.M(i18n.UIGuide)
	strOfficial       = i18n.M(i18n.UIOfficial)
	strVerifiedTitle  = i18n.M(i18n.UIVerifiedTitle)
	strCall           = i18n.M(i18n.UICall)
	strCopyNumber     = i18n.M(i18n.UICopyNumber)
	strFreezeNow      = i18n.M(i18n.UIFreezeNow)
	strWriteEmail     = i18n.M(i18n.UIWriteEmail)
	strOpenTicket     = i18n.M(i18n.UIOpenTicket)
	strOpenLink       = i18n.M(i18n.UIOpenLink)
	strPrepare        = i18n.M(i18n.UIPrepare)
	strOfficialSite   = i18n.M(i18n.UIOfficialSite)
	strReportHeading  = i18n.M(i18n.UIReportHeading)
	strReportIntro    = i18n.M(i18n.UIReportIntro)
	strCaseID         = i18n.M(i18n.UICaseID)
	strReportPreview  = i18n.M(i18n.UIReportPreview)
	strReportPending  = i18n.M(i18n.UIReportPending)
	strCopyReport     = i18n.M(i18n.UICopyReport)
	strDownloadReport = i18n.M(i18n.UIDownloadReport)
	strEmailReport    = i18n.M(i18n.UIEmailReport)
	strScamPaste      = i18n.M(i18n.UIScamPaste)
	strSolved         = i18n.M(i18n.UISolved)
	strYes            = i18n.M(i18n.UIYes)
	strNo             = i18n.M(i18n.UINo)
	strThanks         = i18n.M(i18n.UIThanks)
	strShared         = i18n.M(i18n.UIShared)
	strDownloaded     = i18n.M(i18n.UIDownloaded)
	strEmailed        = i18n.M(i18n.UIEmailed)
	strTicketed       = i18n.M(i18n.UITicketed)
	strCopyFailed     = i18n.M(i18n.UICopyFailed)
)

func sharedText(how string) i18n.Text {
	switch how {
	case "downloaded":
		return strDownloaded
	case "emailed":
		return strEmailed
	case "ticket":
		return strTicketed
	case "copy-failed":
		return strCopyFailed
	}
	return strShared
}

// Strings of the first screen.
var (
	strScamShort         = i18n.M(i18n.UIScamShort)
	strSummaryChecking   = i18n.M(i18n.UISummaryChecking)
	strSummaryNone       = i18n.M(i18n.UISummaryNone)
	strSummaryUnverified = i18n.M(i18n.UISummaryUnverified)
	strSummaryMore       = i18n.M(i18n.UISummaryMore)
	strNext              = i18n.M(i18n.UINext)
	strReportReady       = i18n.M(i18n.UIReportReady)
	strReportShow        = i18n.M(i18n.UIReportShow)
	strCompromised       = i18n.M(i18n.UICompromised)
	strEmergencyHeading  = i18n.M(i18n.UIEmergencyHeading)
	strEmergencyThen     = i18n.M(i18n.UIEmergencyThen)
	strProblemHeading    = i18n.M(i18n.UIProblemHeading)
	strOtherOptions      = i18n.M(i18n.UIOtherOptions)
	strPassedCount       = i18n.M(i18n.UIPassedCount)
	strSupportDetails    = i18n.M(i18n.UISupportDetails)
	strAnswerHeading     = i18n.M(i18n.UIAnswerHeading)
	strMissingFields     = i18n.M(i18n.UIMissingFields)
	strListSep           = i18n.M(i18n.UIListSep)
	strSeeHow            = i18n.M(i18n.UISeeHow)
	strHelp              = i18n.M(i18n.UIHelp)
	strDescribe          = i18n.M(i18n.UIDescribe)
	strMatched           = i18n.M(i18n.UIMatched)
	strMatchEmergency    = i18n.M(i18n.UIMatchEmergency)
	strNoMatch           = i18n.M(i18n.UINoMatch)
)
