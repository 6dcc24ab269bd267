package i18n

// ID names a message of the catalogues. The constants are the keys; each
// catalogue file gives the message in its language, and a message a
// language lacks falls back to English (Text.In).
type ID int

// The widget's messages, grouped by the package that shows them.
const (
	_ ID = iota // no message

	// app/checks/account.go
	CheckAccountTitle
	CheckAccountOfficialOnly
	CheckAccountAccountNoInput
	CheckAccountLocked
	CheckAccountFixLocked
	CheckAccountRestricted
	CheckAccountFixRestricted
	CheckAccountFrozen
	CheckAccountFixFrozen
	CheckAccountKYCRejected
	CheckAccountFixKYCRejected
	CheckAccountKYCPending
	CheckAccountFixKYCPending
	CheckAccountKYCMissing
	CheckAccountFixKYCMissing
	CheckAccountAccountOK

	// app/checks/apikey.go
	CheckApikeyTitle
	CheckApikeyFieldKey
	CheckApikeyFieldSecret
	CheckApikeyFieldPassphrase
	CheckApikeyFieldNeed
	CheckApikeyFieldTarget
	CheckApikeyKey
	CheckApikeyLength
	CheckApikeyWhere
	CheckApikeyPermissions
	CheckApikeyNeed
	CheckApikeyServerIP
	CheckApikeyWhitelist
	CheckApikeyEntry
	CheckApikeyKeyEnv
	CheckApikeyTargetEnv
	CheckApikeyRegion
	CheckApikeyLastUsed
	CheckApikeyNonHex
	CheckApikeyKeyNoInput
	CheckApikeyKeyMissing
	CheckApikeyFixKeyMissing
	CheckApikeyWhitespace
	CheckApikeyFixWhitespace
	CheckApikeyKeyMalformed
	CheckApikeyFixKeyMalformed
	CheckApikeySecretMalformed
	CheckApikeyFixSecretMalformed
	CheckApikeyPassMissing
	CheckApikeyFixPassMissing
	CheckApikeyPermMissing
	CheckApikeyFixPermMissing
	CheckApikeyIPInvalid
	CheckApikeyFixIPInvalid
	CheckApikeyNotWhitelisted
	CheckApikeyFixNotWhitelisted
	CheckApikeyEnvMismatch
	CheckApikeyFixEnvMismatch
	CheckApikeyRegionMismatch
	CheckApikeyFixRegionMismatch
	CheckApikeyExpiring
	CheckApikeyFixExpiring
	CheckApikeyUnbound
	CheckApikeyFixUnbound
	CheckApikeyKeyOK
	CheckApikeyWhatKey
	CheckApikeyWhatSecret
	CheckApikeyWhatPassphrase
	CheckApikeyLeading
	CheckApikeyTrailing
	CheckApikeyInside
	CheckApikeyDemo
	CheckApikeyLive

	// app/checks/balance.go
	CheckBalanceTitle
	CheckBalanceAvailable
	CheckBalanceAmount
	CheckBalanceFee
	CheckBalanceRequired
	CheckBalanceShortfall
	CheckBalanceMinimum
	CheckBalanceField
	CheckBalanceBalanceNoInput
	CheckBalanceAmountInvalid
	CheckBalanceFixAmountInvalid
	CheckBalanceCurrencyMismatch
	CheckBalanceFixCurrencyMismatch
	CheckBalanceBelowMinimum
	CheckBalanceBelowMinimumPay
	CheckBalanceFixBelowMinimum
	CheckBalanceInsufficient
	CheckBalanceFixInsufficientPay
	CheckBalanceFixInsufficientWd
	CheckBalanceBalanceOK
	CheckBalanceBalanceOnly
	CheckBalanceInsufficientMinimum
	CheckBalanceFixRaiseToMinimum
	CheckBalanceFixTopUpToMinimumWd
	CheckBalanceFixTopUpToMinimumPay
	CheckBalanceFixInsufficientWdTopUp

	// app/checks/browser.go
	CheckBrowserTitle
	CheckBrowserScripts
	CheckBrowserStorage
	CheckBrowserCookies
	CheckBrowserFixCookies
	CheckBrowserStorage2
	CheckBrowserFixStorage
	CheckBrowserScripts2
	CheckBrowserFixScripts
	CheckBrowserBrowserOK

	// app/checks/callback.go
	CheckCallbackTitle
	CheckCallbackFieldUrl
	CheckCallbackEmpty
	CheckCallbackTooLong
	CheckCallbackCharacters
	CheckCallbackSyntax
	CheckCallbackPercentHost
	CheckCallbackNoScheme
	CheckCallbackScheme
	CheckCallbackNoHost
	CheckCallbackPort
	CheckCallbackIpv6
	CheckCallbackIpv4
	CheckCallbackObfuscated
	CheckCallbackHostname
	CheckCallbackCredentials
	CheckCallbackHttp
	CheckCallbackLoopback
	CheckCallbackPrivate
	CheckCallbackLinkLocal
	CheckCallbackCgnat
	CheckCallbackUniqueLocal
	CheckCallbackMulticast
	CheckCallbackUnspecified
	CheckCallbackReserved
	CheckCallbackDocumentation
	CheckCallbackBenchmarking
	CheckCallbackMetadata
	CheckCallbackLocalName
	CheckCallbackSingleLabel
	CheckCallbackEmbeddedIp
	CheckCallbackResolves
	CheckCallbackRedirect
	CheckCallbackStatus
	CheckCallbackLocation
	CheckCallbackCBNoInput
	CheckCallbackCBInvalid
	CheckCallbackFixCBInvalid
	CheckCallbackCBInsecure
	CheckCallbackFixCBInsecure
	CheckCallbackCBPrivate
	CheckCallbackFixCBPrivate
	CheckCallbackCBCredentials
	CheckCallbackFixCBCredentials
	CheckCallbackCBUnreachable
	CheckCallbackFixCBUnreachable
	CheckCallbackCBTimeout
	CheckCallbackFixCBTimeout
	CheckCallbackCBRedirect
	CheckCallbackFixCBRedirect
	CheckCallbackCBServerError
	CheckCallbackFixCBServerError
	CheckCallbackCBReachable
	CheckCallbackCBValid

	// app/checks/clock.go
	CheckClockTitle
	CheckClockLocal
	CheckClockServer
	CheckClockSkew
	CheckClockSource
	CheckClockClockNoSource
	CheckClockSkewAhead
	CheckClockSkewBehind
	CheckClockFixSkew
	CheckClockClockOK

	// app/checks/errorcode.go
	CheckErrorcodeTitle
	CheckErrorcodeFieldCode
	CheckErrorcodeCode
	CheckErrorcodeErrorMsg
	CheckErrorcodeAt
	CheckErrorcodeNoError
	CheckErrorcodeErrorKnown
	CheckErrorcodeErrorUnknown
	CheckErrorcodeFixErrorUnknown
	CheckErrorcodeFixErrorKnownNone

	// app/checks/finding.go
	CheckFindingURL
	CheckFindingError
	CheckFindingReason
	CheckFindingRTT

	// app/checks/kyc.go
	CheckKycTitle
	CheckKycFieldDocument
	CheckKycFieldExpiry
	CheckKycType
	CheckKycSize
	CheckKycPixels
	CheckKycSharpness
	CheckKycExpiry
	CheckKycDocNoInput
	CheckKycDocType
	CheckKycFixDocType
	CheckKycDocTooLarge
	CheckKycFixDocTooLarge
	CheckKycDocResolution
	CheckKycFixDocResolution
	CheckKycDocBlurry
	CheckKycFixDocBlurry
	CheckKycDocExpired
	CheckKycFixDocExpired
	CheckKycDocExpiring
	CheckKycFixDocExpiring
	CheckKycDocExpiryFormat
	CheckKycFixDocExpiryFormat
	CheckKycDocOK

	// app/checks/maintenance.go
	CheckMaintenanceTitle
	CheckMaintenanceStart
	CheckMaintenanceEnd
	CheckMaintenanceMaintenance
	CheckMaintenanceFixMaintenance
	CheckMaintenanceMaintenanceDue
	CheckMaintenanceFixMaintenanceDue
	CheckMaintenanceNoMaintenance

	// app/checks/network.go
	CheckNetworkTitle
	CheckNetworkMedian
	CheckNetworkSamples
	CheckNetworkThreshold
	CheckNetworkPhases
	CheckNetworkNetNoTarget
	CheckNetworkOffline
	CheckNetworkOfflineProbe
	CheckNetworkFixOffline
	CheckNetworkUnreachable
	CheckNetworkFixUnreachable
	CheckNetworkSlow
	CheckNetworkFixSlow
	CheckNetworkNetOK

	// app/checks/okxerrors.go
	CheckOkxerrors50100Meaning
	CheckOkxerrors50100Fix
	CheckOkxerrors50101Meaning
	CheckOkxerrors50101Fix
	CheckOkxerrors50102Meaning
	CheckOkxerrors50102Fix
	CheckOkxerrors50103Meaning
	CheckOkxerrors50103Fix
	CheckOkxerrors50104Meaning
	CheckOkxerrors50104Fix
	CheckOkxerrors50105Meaning
	CheckOkxerrors50105Fix
	CheckOkxerrors50106Meaning
	CheckOkxerrors50106Fix
	CheckOkxerrors50107Meaning
	CheckOkxerrors50107Fix
	CheckOkxerrors50108Meaning
	CheckOkxerrors50108Fix
	CheckOkxerrors50109Meaning
	CheckOkxerrors50109Fix
	CheckOkxerrors50110Meaning
	CheckOkxerrors50110Fix
	CheckOkxerrors50111Meaning
	CheckOkxerrors50111Fix
	CheckOkxerrors50112Meaning
	CheckOkxerrors50112Fix
	CheckOkxerrors50113Meaning
	CheckOkxerrors50113Fix
	CheckOkxerrors50114Meaning
	CheckOkxerrors50114Fix
	CheckOkxerrors50115Meaning
	CheckOkxerrors50115Fix
	CheckOkxerrors50116Meaning
	CheckOkxerrors50116Fix
	CheckOkxerrors50118Meaning
	CheckOkxerrors50118Fix
	CheckOkxerrors50119Meaning
	CheckOkxerrors50119Fix
	CheckOkxerrors50120Meaning
	CheckOkxerrors50120Fix
	CheckOkxerrors50121Meaning
	CheckOkxerrors50121Fix

	// app/checks/signature.go
	CheckSignatureTitle
	CheckSignatureFieldSecret
	CheckSignatureScheme
	CheckSignatureFieldPassphrase
	CheckSignatureFieldTimestamp
	CheckSignatureFieldMethod
	CheckSignatureFieldPath
	CheckSignatureFieldBody
	CheckSignatureFieldSignature
	CheckSignatureStringToSign
	CheckSignatureTheySigned
	CheckSignatureVariant
	CheckSignatureExpected
	CheckSignatureTimestamp
	CheckSignatureSigMissing
	CheckSignatureSigOK
	CheckSignatureTSInvalid
	CheckSignatureFixTSInvalid
	CheckSignatureSigMismatch
	CheckSignatureFixSigMismatch
	CheckSignatureFixCauseGeneric
	CheckSignatureCauseHexInsteadOfBase64Message
	CheckSignatureCauseHexInsteadOfBase64Fix
	CheckSignatureCauseBase64OfHexMessage
	CheckSignatureCauseBase64OfHexFix
	CheckSignatureCauseQueryOmittedMessage
	CheckSignatureCauseQueryOmittedFix
	CheckSignatureCauseMethodCaseMessage
	CheckSignatureCauseMethodCaseFix
	CheckSignatureCauseTimestampFormatMessage
	CheckSignatureCauseTimestampFormatFix
	CheckSignatureCauseBodyOnGetMessage
	CheckSignatureCauseBodyOnGetFix
	CheckSignatureCauseSecretWhitespaceMessage
	CheckSignatureCauseSecretWhitespaceFix
	CheckSignatureCausePassphraseAsSecretMessage
	CheckSignatureCausePassphraseAsSecretFix
	CheckSignatureCauseBodyReserializedMessage
	CheckSignatureCauseBodyReserializedFix
	CheckSignatureCausePathIncludesHostMessage
	CheckSignatureCausePathIncludesHostFix

	// app/checks/tx.go
	CheckTxTitle
	CheckTxFieldChain
	CheckTxFieldHash
	CheckTxChain
	CheckTxHash
	CheckTxExplorer
	CheckTxOrder
	CheckTxFormat
	CheckTxTxNoInput
	CheckTxTxUnknown
	CheckTxFixTxUnknown
	CheckTxTxBad
	CheckTxFixTxBad
	CheckTxTxPending
	CheckTxFixTxDelay
	CheckTxTxOK
	CheckTxTxCredited
	CheckTxNeed0x
	CheckTxDrop0x
	CheckTxAddress
	CheckTxLength
	CheckTxCharacters
	CheckTxSolAccount

	// app/checks/webhook.go
	CheckWebhookTitle
	CheckWebhookFieldScheme
	CheckWebhookFieldSecret
	CheckWebhookFieldSignature
	CheckWebhookFieldBody
	CheckWebhookFieldTimestamp
	CheckWebhookScheme
	CheckWebhookBody
	CheckWebhookSignedAt
	CheckWebhookAge
	CheckWebhookMatchedAs
	CheckWebhookHeaderProb
	CheckWebhookEncodedAs
	CheckWebhookWHMissing
	CheckWebhookWHScheme
	CheckWebhookWHOK
	CheckWebhookWHMismatch
	CheckWebhookFixWHMismatch
	CheckWebhookWHReserial
	CheckWebhookFixWHReserial
	CheckWebhookWHWhitespace
	CheckWebhookFixWHWhitespace
	CheckWebhookWHStale
	CheckWebhookWHSkew
	CheckWebhookFixWHSkew
	CheckWebhookFixWHStale
	CheckWebhookWHWrongScheme
	CheckWebhookFixWHWrongScheme
	CheckWebhookWHHeader
	CheckWebhookFixWHHeader

	// app/diag/codes.go
	CodeSkipped
	CodeError
	CodeTimeout
	CodePanic
	CodeCanceled
	CodeNetworkOffline
	CodeNetworkUnreachable
	CodeNetworkSlow
	CodeNetworkOK
	CodeClockSkew
	CodeClockOK
	CodePlatformMaintenance
	CodePlatformMaintenanceScheduled
	CodePlatformOK
	CodeBalanceAmountInvalid
	CodeBalanceCurrencyMismatch
	CodeBalanceBelowMinimum
	CodeBalanceInsufficient
	CodeBalanceOK
	CodeAccountLocked
	CodeAccountRestricted
	CodeAccountFrozen
	CodeAccountKYCRejected
	CodeAccountKYCPending
	CodeAccountKYCMissing
	CodeAccountOK
	CodeAPIKeyMissing
	CodeAPIKeyWhitespace
	CodeAPIKeyMalformed
	CodeAPIKeySecretMalformed
	CodeAPIKeyPassphraseMissing
	CodeAPIKeyPermissionMissing
	CodeAPIKeyIPInvalid
	CodeAPIKeyIPNotWhitelisted
	CodeAPIKeyEnvironmentMismatch
	CodeAPIKeyExpiring
	CodeAPIKeyIPUnbound
	CodeAPIKeyOK
	CodeErrorCodeKnown
	CodeErrorCodeUnknown
	CodeSignatureOK
	CodeSignatureMismatch
	CodeSignatureTimestampInvalid
	CodeSignatureCauseHexInsteadOfBase64
	CodeSignatureCauseBase64OfHex
	CodeSignatureCauseQueryOmitted
	CodeSignatureCauseMethodCase
	CodeSignatureCauseTimestampFormat
	CodeSignatureCauseBodyOnGet
	CodeSignatureCauseSecretWhitespace
	CodeSignatureCausePassphraseAsSecret
	CodeSignatureCauseBodyReserialized
	CodeSignatureCausePathIncludesHost
	CodeWebhookSignatureOK
	CodeWebhookSignatureMismatch
	CodeWebhookSignatureBodyReserialized
	CodeWebhookSignatureSecretWhitespace
	CodeWebhookSignatureStale
	CodeWebhookSignatureClockSkew
	CodeWebhookSignatureWrongScheme
	CodeWebhookSignatureHeaderMalformed
	CodeCallbackURLInvalid
	CodeCallbackURLInsecure
	CodeCallbackURLPrivate
	CodeCallbackURLCredentials
	CodeCallbackURLOK
	CodeCallbackUnreachable
	CodeCallbackTimeout
	CodeCallbackRedirect
	CodeCallbackServerError
	CodeCallbackReachable
	CodeTxChainUnknown
	CodeTxHashMalformed
	CodeTxDepositPending
	CodeTxOK
	CodeKYCDocumentType
	CodeKYCDocumentTooLarge
	CodeKYCDocumentResolution
	CodeKYCDocumentBlurry
	CodeKYCDocumentExpired
	CodeKYCDocumentExpiring
	CodeKYCDocumentExpiryInvalid
	CodeKYCDocumentOK
	CodeBrowserCookiesBlocked
	CodeBrowserStorageBlocked
	CodeBrowserScriptBlocked
	CodeBrowserOK

	// app/diag/messages.go
	DiagNeedsPlatform
	DiagNeedsNetwork
	DiagNeedsBrowser
	DiagError
	DiagTimeout
	DiagPanic
	DiagCanceled
	DiagFixRetry

	// app/hostctx/messages.go
	ContextTooLarge

	// app/manifest/api.go
	ManifestAPIHost
	ManifestAPIHosts

	// app/manifest/messages.go
	ManifestTooLarge
	ManifestBadValue
	ManifestVersion
	ManifestExpired
	ManifestExpiryOrder
	ManifestRequired
	ManifestLanguage
	ManifestLanguages
	ManifestID
	ManifestDuplicateID
	ManifestReference
	ManifestURLMalformed
	ManifestURLInsecure
	ManifestURLUserPort
	ManifestURLIP
	ManifestURLOffDomain
	ManifestMailto
	ManifestMailtoField
	ManifestBidi
	ManifestLifetime
	ManifestHostPunycode
	ManifestHostMixed
	ManifestTel
	ManifestKind
	ManifestKindValue
	ManifestTemplate
	ManifestHoursBoth
	ManifestHoursEmpty
	ManifestHoursDupDay
	ManifestHoursSame
	ManifestHoursOpen24
	ManifestZone
	ManifestDomain
	ManifestEnum
	ManifestRegion
	ManifestLangTag
	ManifestName
	ManifestSpan
	ManifestWindow
	ManifestNegative
	ManifestSignature
	ManifestSigEncoding

	// app/manifest/script.go
	ManifestScriptLatin
	ManifestScriptGreek
	ManifestScriptCyrillic
	ManifestScriptHebrew
	ManifestScriptArabic
	ManifestScriptThai
	ManifestScriptHangul
	ManifestScriptHiragana
	ManifestScriptKatakana
	ManifestScriptHan
	ManifestScriptOther

	// app/report/fields.go
	ReportFieldsFieldMerchantId
	ReportFieldsFieldContact
	ReportFieldsFieldStore
	ReportFieldsFieldOccurredAt
	ReportFieldsFieldError
	ReportFieldsFieldTxHash
	ReportFieldsFieldOrderId
	ReportFieldsFieldBalance
	ReportFieldsFieldLastLogin
	ReportFieldsFieldSteps
	ReportFieldsFieldNotes

	// app/report/messages.go
	ReportTitle
	ReportCaseID
	ReportCreated
	ReportPlatform
	ReportCategory
	ReportTried
	ReportEnvironment
	ReportBrowser
	ReportTimeZone
	ReportLanguage
	ReportOnline
	ReportOnlineYes
	ReportOnlineNo
	ReportWidget
	ReportManifest
	ReportKey
	ReportSubject
	ReportNoCategory
	ReportMerchantTag
	ReportFooter
	ReportStatusPass
	ReportStatusWarn
	ReportStatusFail
	ReportStatusSkip
	ReportStatusError

	// app/route/messages.go
	RouteWhyPicked
	RouteWhyPickedUnknown
	RouteWhyErrorCode
	RouteWhyFinding
	RouteWhyNone
	RouteWhyNoManifest
	RouteWhyEmergency
	RouteWhyReported
	RouteStepEmergencyPassword
	RouteStepEmergencyShare
	RouteStepEmergencyRecords
	RouteReasonFreeze
	RouteReasonEmergencyHotline
	RouteReasonEmergencyPhoneOpen
	RouteReasonEmergencyContact
	RouteReasonSelfFix
	RouteReasonFrozen
	RouteReasonGuide
	RouteReasonMoneyPhone
	RouteReasonOfflinePhone
	RouteReasonOfflineEmail
	RouteNoteNeedsInternet
	RouteNoteLinkNeedsInternet
	RouteNoteOtherLanguage
	RouteAvAlways
	RouteAvOpen
	RouteAvOpenUntil
	RouteAvClosedNext
	RouteAvClosedNextThere
	RouteAvClosedNever
	RouteAvMaintenance
	RouteTimeToday
	RouteTimeTomorrow
	RouteTimeDate
	RouteTimeWeekday
	RouteRespWithin
	RouteRespRange
	RouteUnitHours
	RouteUnitMinutes
	RouteUnitSeconds
	RoutePeakDefault
	RouteSun
	RouteMon
	RouteTue
	RouteWed
	RouteThu
	RouteFri
	RouteSat

	// app/session/strings.go
	SessionUnusualChars

	// app/strictjson/messages.go
	JSONSyntax
	JSONType
	JSONTypeDropped
	JSONUnknownField
	JSONDuplicateKey
	JSONValue
	JSONTrailing
	JSONTooLong
	JSONNotAllowed
	JSONTruncated

	// app/ui/strings.go
	UITitle
	UIClose
	UIChecksIdle
	UIRunning
	UIChannelsLater
	UIContextIssues
	UIScamShort
	UISummaryChecking
	UISummaryNone
	UISummaryUnverified
	UISummaryMore
	UINext
	UIReportReady
	UIReportShow
	UICompromised
	UIEmergencyHeading
	UIEmergencyThen
	UIProblemHeading
	UIOtherOptions
	UIPassedCount
	UISupportDetails
	UIAnswerHeading
	UIMissingFields
	UIListSep
	UISeeHow
	UIHelp
	UIDescribe
	UIMatched
	UIMatchEmergency
	UINoMatch
	UILoading
	UIStatusFail
	UIStatusWarn
	UIStatusError
	UIStatusPass
	UIStatusSkip
	UIFix
	UIToolsHeading
	UIToolsIntro
	UIRunCheck
	UIChecking
	UIRefused
	UIOptional
	UISecretHint
	UIVerified
	UIKeyFingerprint
	UIDemo
	UIUnverified
	UIFault
	UIDocumentRead
	UILoadingManifest
	UIEscalate
	UIOffline
	UIUnreachable
	UIKindSelfFix
	UIKindFreeze
	UIKindContact
	UIGuide
	UIOfficial
	UIVerifiedTitle
	UICall
	UICopyNumber
	UIFreezeNow
	UIWriteEmail
	UIOpenTicket
	UIOpenLink
	UIPrepare
	UIOfficialSite
	UIReportHeading
	UIReportIntro
	UICaseID
	UIReportPreview
	UIReportPending
	UICopyReport
	UIDownloadReport
	UIEmailReport
	UIScamPaste
	UISolved
	UIYes
	UINo
	UIThanks
	UIShared
	UIDownloaded
	UIEmailed
	UITicketed
	UICopyFailed

	// app/ui/strings_platform.go
	UIExpiredManifest
	UIExpiresSoon
	UIHostWarning
	UIDemoServer

	// app/ui/strings_report.go
	UINewCase
	UINewCaseHint
	UINewCaseDone

	// cmd/triage/check_output.go
	CLIFix
	CLINext

	// cmd/triage/manifest.go
	CLIWarning

	// cmd/triage/site.go
	CLISiteTitle

	// app/report/messages.go, app/ui/strings_report.go (continuity)
	ReportTitleFor
	ReportAttach
	UIReportMore
	UINotSolved
	// app/manifest/keywords.go
	ManifestKeywords
)

// en is the English catalogue, the fallback of the others.
var en = [...]string{

	// app/checks/account.go
	CheckAccountTitle:          "Account status",
	CheckAccountOfficialOnly:   "Contact the platform only through the official channels listed here; official support never asks for your password, private keys or verification codes, nor for a transfer to a \"safe account\".",
	CheckAccountAccountNoInput: "The page did not provide the account status.",
	CheckAccountLocked:         "The account is locked, usually after repeated wrong passwords or a security risk.",
	CheckAccountFixLocked:      "1. Read the lock notice in your registered email for the reason; 2. verify your identity the way the platform offers (registered email or phone, security questions); 3. if self-service does not unlock it, contact support with your identity details ready; 4. once unlocked, change your password and turn on two-factor authentication (2FA).",
	CheckAccountRestricted:     "The account is restricted; some operations (payments, withdrawals) are unavailable.",
	CheckAccountFixRestricted:  "1. Read the notice email or message center for the reason; 2. provide the identity information it asks for; 3. if required, submit a request to lift the restriction explaining the account's situation; 4. wait for the review and follow up if needed.",
	CheckAccountFrozen:         "The account is frozen; all fund operations are suspended.",
	CheckAccountFixFrozen:      "1. Read the notice for the reason; 2. if you did not ask for the freeze and suspect theft, contact the platform at once through an official channel; 3. complete identity verification as instructed; 4. once restored, change your password, turn on 2FA and review recent logins and transactions.",
	CheckAccountKYCRejected:    "Identity verification was rejected.",
	CheckAccountFixKYCRejected: "Before resubmitting: make sure the photo is sharp, complete with all four corners visible, and the document is of an accepted type and not expired. Use the document check first; if it keeps failing, ask support for the exact reason.",
	CheckAccountKYCPending:     "Identity verification is under review; some features may be unavailable until it completes.",
	CheckAccountFixKYCPending:  "Wait for the review; if it takes unusually long, ask about its progress through a ticket.",
	CheckAccountKYCMissing:     "The account has not completed identity verification; withdrawals and other features may be limited.",
	CheckAccountFixKYCMissing:  "Complete identity verification in the account settings; use the document check first to make sure the document is sharp and valid.",
	CheckAccountAccountOK:      "The account is in good standing.",

	// app/checks/apikey.go
	CheckApikeyTitle:              "API key configuration",
	CheckApikeyFieldKey:           "API key",
	CheckApikeyFieldSecret:        "Secret key",
	CheckApikeyFieldPassphrase:    "Passphrase",
	CheckApikeyFieldNeed:          "Operation (read/trade/withdraw)",
	CheckApikeyFieldTarget:        "Environment your code calls",
	CheckApikeyKey:                "API key",
	CheckApikeyLength:             "length",
	CheckApikeyWhere:              "where",
	CheckApikeyPermissions:        "permissions",
	CheckApikeyNeed:               "needed permission",
	CheckApikeyServerIP:           "server IP",
	CheckApikeyWhitelist:          "IP whitelist",
	CheckApikeyEntry:              "entry",
	CheckApikeyKeyEnv:             "key environment",
	CheckApikeyTargetEnv:          "target environment",
	CheckApikeyRegion:             "key region",
	CheckApikeyLastUsed:           "last used",
	CheckApikeyNonHex:             "non-hex characters",
	CheckApikeyKeyNoInput:         "There is no API key information to check.",
	CheckApikeyKeyMissing:         "No API key was given.",
	CheckApikeyFixKeyMissing:      "Create a key under API management and send it in the OK-ACCESS-KEY header.",
	CheckApikeyWhitespace:         "The %s contains whitespace (%s), a common copy-and-paste slip.",
	CheckApikeyFixWhitespace:      "Remove the spaces and line breaks and save the configuration again; when reading it from a file, strip the trailing newline.",
	CheckApikeyKeyMalformed:       "The API key is malformed: it should be a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, 36 characters).",
	CheckApikeyFixKeyMalformed:    "Copy the whole API key again from API management; make sure the secret or passphrase was not pasted in its place.",
	CheckApikeySecretMalformed:    "The secret key is malformed: it should be 32 hexadecimal characters.",
	CheckApikeyFixSecretMalformed: "The secret key is shown only once, when the key is created. If it was lost or truncated, delete the key and create a new one.",
	CheckApikeyPassMissing:        "No passphrase was given; the platform requires it on every request (OK-ACCESS-PASSPHRASE header).",
	CheckApikeyFixPassMissing:     "Send the passphrase you chose when creating the key; if it is forgotten, create a new key.",
	CheckApikeyPermMissing:        "The key lacks the %q permission; those requests will be rejected.",
	CheckApikeyFixPermMissing:     "Edit the key under API management to add %q, or create a key with it. Do not enable withdrawals unless you need them.",
	CheckApikeyIPInvalid:          "%q is not a valid IP address or CIDR range.",
	CheckApikeyFixIPInvalid:       "The whitelist takes IPv4 or IPv6 addresses or CIDR ranges (e.g. 203.0.113.0/24).",
	CheckApikeyNotWhitelisted:     "The server IP %s is not in the key's IP whitelist; requests will be rejected (e.g. OKX error 50110).",
	CheckApikeyFixNotWhitelisted:  "Add the server's outbound IP to the whitelist. Cloud servers, NAT and proxies often leave from a different IP than the machine's own.",
	CheckApikeyEnvMismatch:        "This is a %s key used against the %s environment (e.g. OKX error 50101).",
	CheckApikeyFixEnvMismatch:     "Demo keys only work for demo trading (OKX: header x-simulated-trading: 1) and live keys only on live. Create the key in the environment you call.",
	CheckApikeyRegionMismatch:     "The key belongs to region %q and must call %s, not %s.",
	CheckApikeyFixRegionMismatch:  "Point the API base URL at that region's domain, or create the key on the site of the region you use.",
	CheckApikeyExpiring:           "The key has trade/withdraw permission, no IP binding and has not been used for %d days; such keys are deleted after 14 days unused.",
	CheckApikeyFixExpiring:        "Bind the key to your server IPs (bound keys are not deleted for idleness), or check whether it is gone and create a new one.",
	CheckApikeyUnbound:            "The key has trade/withdraw permission but is not bound to any IP.",
	CheckApikeyFixUnbound:         "Bind it to your server IPs: a leaked key then cannot be used elsewhere, and unbound keys of this kind are deleted after 14 days unused.",
	CheckApikeyKeyOK:              "No problem found in the API key configuration.",
	CheckApikeyWhatKey:            "API key",
	CheckApikeyWhatSecret:         "secret key",
	CheckApikeyWhatPassphrase:     "passphrase",
	CheckApikeyLeading:            "at the start",
	CheckApikeyTrailing:           "at the end",
	CheckApikeyInside:             "inside",
	CheckApikeyDemo:               "demo",
	CheckApikeyLive:               "live",

	// app/checks/balance.go
	CheckBalanceTitle:                  "Balance",
	CheckBalanceAvailable:              "available",
	CheckBalanceAmount:                 "amount",
	CheckBalanceFee:                    "fee",
	CheckBalanceRequired:               "required",
	CheckBalanceShortfall:              "shortfall",
	CheckBalanceMinimum:                "minimum",
	CheckBalanceField:                  "field",
	CheckBalanceBalanceNoInput:         "The page did not provide a balance or a pending amount.",
	CheckBalanceAmountInvalid:          "The value of %s is not a valid amount.",
	CheckBalanceFixAmountInvalid:       "Amounts must be non-negative decimals without separators, e.g. 12.50. This value comes from the platform's page; report it to the platform.",
	CheckBalanceCurrencyMismatch:       "The balance is in %s but the payment is in %s.",
	CheckBalanceFixCurrencyMismatch:    "Convert or transfer funds into %[2]s first, or pay or withdraw in %[1]s.",
	CheckBalanceBelowMinimum:           "The withdrawal of %s is below the minimum of %s.",
	CheckBalanceBelowMinimumPay:        "The amount %s is below the minimum of %s.",
	CheckBalanceFixBelowMinimum:        "Raise the amount to at least %s, or wait until more funds have accumulated.",
	CheckBalanceInsufficient:           "Insufficient balance: %s available, %s needed (amount %s + fee %s), %s short.",
	CheckBalanceFixInsufficientPay:     "Top up at least %s or use another payment method, then pay again.",
	CheckBalanceFixInsufficientWd:      "Lower the withdrawal to %s or less (balance minus fee), or top up %s first.",
	CheckBalanceBalanceOK:              "The balance covers it: %s available, %s needed.",
	CheckBalanceBalanceOnly:            "%s available; no pending payment or withdrawal to compare with.",
	CheckBalanceInsufficientMinimum:    "Insufficient balance for the minimum: %s available, %s needed (minimum %s + fee %s), %s short.",
	CheckBalanceFixRaiseToMinimum:      "Raise the amount to at least %s; after the fee, your balance covers up to %s.",
	CheckBalanceFixTopUpToMinimumWd:    "Top up at least %s, then withdraw at least %s; or wait until more funds have accumulated.",
	CheckBalanceFixTopUpToMinimumPay:   "Top up at least %s, then pay at least %s; or use another payment method.",
	CheckBalanceFixInsufficientWdTopUp: "Top up at least %s, then withdraw again; or wait until more funds have accumulated.",

	// app/checks/browser.go
	CheckBrowserTitle:      "Browser",
	CheckBrowserScripts:    "blocked scripts",
	CheckBrowserStorage:    "unavailable storage",
	CheckBrowserCookies:    "Cookies are disabled: sign-in and payment pages cannot work.",
	CheckBrowserFixCookies: "Allow cookies for this site in the browser settings (or turn off \"block all cookies\"), then reload.",
	CheckBrowserStorage2:   "Browser storage is unavailable (common in private mode or strict privacy settings); the page may lose the payment state.",
	CheckBrowserFixStorage: "Use a normal window, or allow this site to store data in the privacy settings.",
	CheckBrowserScripts2:   "Scripts the payment page needs were blocked (%d); the page may not load or the pay button may not respond.",
	CheckBrowserFixScripts: "Turn off ad-blocking or privacy extensions for this site (or allowlist it) and reload; on a company network ask the administrator to allow it.",
	CheckBrowserBrowserOK:  "No problem found in the browser settings.",

	// app/checks/callback.go
	CheckCallbackTitle:            "Callback URL",
	CheckCallbackFieldUrl:         "Callback URL",
	CheckCallbackEmpty:            "the URL is empty",
	CheckCallbackTooLong:          "the URL is too long",
	CheckCallbackCharacters:       "it contains spaces, control characters or backslashes",
	CheckCallbackSyntax:           "it is not a well-formed URL",
	CheckCallbackPercentHost:      "the host is percent-encoded",
	CheckCallbackNoScheme:         "https:// is missing",
	CheckCallbackScheme:           "the scheme is neither http nor https",
	CheckCallbackNoHost:           "the host is missing",
	CheckCallbackPort:             "the port is invalid",
	CheckCallbackIpv6:             "the IPv6 address is invalid",
	CheckCallbackIpv4:             "the numeric address is invalid",
	CheckCallbackObfuscated:       "it writes an IP address in an unusual numeric form",
	CheckCallbackHostname:         "the host name has invalid characters",
	CheckCallbackCredentials:      "the URL carries a user name and password",
	CheckCallbackHttp:             "it uses unencrypted http",
	CheckCallbackLoopback:         "it points at the machine itself (loopback)",
	CheckCallbackPrivate:          "it is a private network address",
	CheckCallbackLinkLocal:        "it is a link-local address",
	CheckCallbackCgnat:            "it is a carrier-grade NAT address (100.64.0.0/10)",
	CheckCallbackUniqueLocal:      "it is an IPv6 unique-local address (fc00::/7)",
	CheckCallbackMulticast:        "it is a multicast address",
	CheckCallbackUnspecified:      "it is the unspecified address (0.0.0.0 or ::)",
	CheckCallbackReserved:         "it is a reserved address",
	CheckCallbackDocumentation:    "it is a documentation-only example address",
	CheckCallbackBenchmarking:     "it is a benchmarking address",
	CheckCallbackMetadata:         "it is a cloud metadata address",
	CheckCallbackLocalName:        "it is a name that only resolves on a local network",
	CheckCallbackSingleLabel:      "it is a single-label host name, valid only inside a network",
	CheckCallbackEmbeddedIp:       "it is a wildcard-DNS name that resolves to a private address",
	CheckCallbackResolves:         "the name resolves to a private address",
	CheckCallbackRedirect:         "it redirects to a private address",
	CheckCallbackStatus:           "HTTP status",
	CheckCallbackLocation:         "redirects to",
	CheckCallbackCBNoInput:        "There is no callback URL to check.",
	CheckCallbackCBInvalid:        "The callback URL is invalid: %s.",
	CheckCallbackFixCBInvalid:     "Enter a complete public URL, such as https://shop.example/pay/notify.",
	CheckCallbackCBInsecure:       "The callback URL uses http: notifications travel in clear text, and many platforms refuse it.",
	CheckCallbackFixCBInsecure:    "Give the server a TLS certificate (e.g. Let's Encrypt) and use https://.",
	CheckCallbackCBPrivate:        "The platform cannot reach this callback URL from the internet: %s.",
	CheckCallbackFixCBPrivate:     "Use a public domain name resolving to the server's public IP; local and private addresses only work for local testing.",
	CheckCallbackCBCredentials:    "The callback URL carries a user name and password, which end up in logs; many platforms refuse it.",
	CheckCallbackFixCBCredentials: "Remove user:password@ from the URL, authenticate notifications with the webhook signature instead, and change the exposed password.",
	CheckCallbackCBUnreachable:    "The callback URL cannot be reached.",
	CheckCallbackFixCBUnreachable: "Check that the name resolves, the server is running, the firewall and security groups allow port 443, and the certificate is valid.",
	CheckCallbackCBTimeout:        "The callback URL did not answer within %s; the platform's notifications will time out.",
	CheckCallbackFixCBTimeout:     "Make the endpoint acknowledge at once and do slow work in a background queue; check the server's load and network.",
	CheckCallbackCBRedirect:       "The callback URL answers with a redirect; platforms usually do not follow it, and POST notifications may be lost.",
	CheckCallbackFixCBRedirect:    "Enter the final URL directly (mind http→https, www and trailing slashes).",
	CheckCallbackCBServerError:    "The callback URL answers with a server error (HTTP %d).",
	CheckCallbackFixCBServerError: "Check the server's error log; when the endpoint fails, the platform treats the notification as failed and retries.",
	CheckCallbackCBReachable:      "The callback URL is reachable.",
	CheckCallbackCBValid:          "The callback URL is well-formed (whether it can be reached was not tested).",

	// app/checks/clock.go
	CheckClockTitle:         "Clock",
	CheckClockLocal:         "local time",
	CheckClockServer:        "server time",
	CheckClockSkew:          "skew",
	CheckClockSource:        "source",
	CheckClockClockNoSource: "The platform's configuration names no time source.",
	CheckClockSkewAhead:     "This computer's clock is %s ahead of the server.",
	CheckClockSkewBehind:    "This computer's clock is %s behind the server.",
	CheckClockFixSkew:       "Turn on automatic time (NTP sync) in the system settings; on servers run chrony or ntpd. Signed requests with a timestamp more than 30 s off are rejected (e.g. OKX error 50102).",
	CheckClockClockOK:       "The clock is accurate (off by %s).",

	// app/checks/errorcode.go
	CheckErrorcodeTitle:             "Error code",
	CheckErrorcodeFieldCode:         "Error code",
	CheckErrorcodeCode:              "code",
	CheckErrorcodeErrorMsg:          "platform message",
	CheckErrorcodeAt:                "at",
	CheckErrorcodeNoError:           "There is no recent error code.",
	CheckErrorcodeErrorKnown:        "Error %s: %s",
	CheckErrorcodeErrorUnknown:      "Error code %s is not in the platform's catalogue.",
	CheckErrorcodeFixErrorUnknown:   "Look the code up in the developer documentation; when contacting support include the code, the message and the time it happened.",
	CheckErrorcodeFixErrorKnownNone: "Act on the explanation above; if it persists, contact support with the code and the time it happened.",

	// app/checks/finding.go
	CheckFindingURL:    "URL",
	CheckFindingError:  "error",
	CheckFindingReason: "reason",
	CheckFindingRTT:    "round trip",

	// app/checks/kyc.go
	CheckKycTitle:              "Identity document",
	CheckKycFieldDocument:      "Document photo or PDF",
	CheckKycFieldExpiry:        "Valid until (YYYY-MM-DD)",
	CheckKycType:               "type",
	CheckKycSize:               "size",
	CheckKycPixels:             "dimensions",
	CheckKycSharpness:          "sharpness",
	CheckKycExpiry:             "valid until",
	CheckKycDocNoInput:         "No document was picked and no expiry date was entered.",
	CheckKycDocType:            "Unsupported file type (%s); only JPEG, PNG or PDF are accepted.",
	CheckKycFixDocType:         "Take the photo as JPEG or export a PDF; for HEIC photos choose \"Most Compatible\" in the camera settings.",
	CheckKycDocTooLarge:        "The file is too large (%s); the limit is %s.",
	CheckKycFixDocTooLarge:     "Lower the photo's resolution or compress it, keeping the text readable.",
	CheckKycDocResolution:      "The image resolution is too low (%d×%d); at least %d×%d is needed.",
	CheckKycFixDocResolution:   "Retake the photo with the camera app, the document filling the frame; do not use screenshots or photos forwarded through chat apps (they are compressed).",
	CheckKycDocBlurry:          "The photo is blurred; the text may not be readable.",
	CheckKycFixDocBlurry:       "Shoot in good light with the phone steady and focused on the document, without glare, all four corners in the frame.",
	CheckKycDocExpired:         "The document expired on %s; verification will be rejected.",
	CheckKycFixDocExpired:      "Use a document that is still valid; renew an expired one with the issuing authority first.",
	CheckKycDocExpiring:        "The document expires on %s.",
	CheckKycFixDocExpiring:     "You can submit it, but renew it soon: verification may be needed again once it expires.",
	CheckKycDocExpiryFormat:    "The expiry date %q is not recognised.",
	CheckKycFixDocExpiryFormat: "Enter it as YYYY-MM-DD, e.g. 2030-05-31.",
	CheckKycDocOK:              "The document passed the checks.",

	// app/checks/maintenance.go
	CheckMaintenanceTitle:             "Platform maintenance",
	CheckMaintenanceStart:             "start",
	CheckMaintenanceEnd:               "end",
	CheckMaintenanceMaintenance:       "The platform is under maintenance until %s (UTC).",
	CheckMaintenanceFixMaintenance:    "Payments and API calls may fail during maintenance; this is not a problem with your setup and nothing needs changing. Retry after it ends.",
	CheckMaintenanceMaintenanceDue:    "The platform has announced maintenance from %s to %s (UTC).",
	CheckMaintenanceFixMaintenanceDue: "Schedule withdrawals, settlements and deployments outside the window.",
	CheckMaintenanceNoMaintenance:     "No maintenance is under way or announced.",

	// app/checks/network.go
	CheckNetworkTitle:          "Network",
	CheckNetworkMedian:         "median round trip",
	CheckNetworkSamples:        "round trips",
	CheckNetworkThreshold:      "threshold",
	CheckNetworkPhases:         "phases",
	CheckNetworkNetNoTarget:    "The platform's configuration gives no API address to test.",
	CheckNetworkOffline:        "This device is offline: no server can be reached.",
	CheckNetworkOfflineProbe:   "Every test connection failed; this device does not seem to be connected to the internet.",
	CheckNetworkFixOffline:     "Check Wi-Fi or the cable, turn off airplane mode, restart the router if needed; then retry the payment.",
	CheckNetworkUnreachable:    "The platform API (%s) cannot be reached.",
	CheckNetworkFixUnreachable: "Check whether a firewall, proxy, VPN or company network blocks this domain; try another network (e.g. a phone hotspot). If that fails too, check the platform's announcements for an outage.",
	CheckNetworkSlow:           "The network is slow: median round trip to the platform API is %s, above %s.",
	CheckNetworkFixSlow:        "Requests may time out or their signatures expire. Use a more stable network, stop bandwidth-heavy downloads, or host your server closer to the platform.",
	CheckNetworkNetOK:          "The platform API is reachable; median round trip %s.",

	// app/checks/okxerrors.go
	CheckOkxerrors50100Meaning: "API frozen, please contact customer service.",
	CheckOkxerrors50100Fix:     "The platform froze this key and it cannot be unfrozen by yourself: contact support through an official channel and explain what the key is used for.",
	CheckOkxerrors50101Meaning: "APIKey does not match current environment.",
	CheckOkxerrors50101Fix:     "Demo keys only work for demo trading (header x-simulated-trading: 1) and live keys only on live; also check the domain belongs to the key's region.",
	CheckOkxerrors50102Meaning: "Timestamp request expired.",
	CheckOkxerrors50102Fix:     "OK-ACCESS-TIMESTAMP is more than 30 s off the server time: sync the server clock (NTP) and generate the timestamp right before sending.",
	CheckOkxerrors50103Meaning: "Request header \"OK-ACCESS-KEY\" cannot be empty.",
	CheckOkxerrors50103Fix:     "Send the API key in the OK-ACCESS-KEY header.",
	CheckOkxerrors50104Meaning: "Request header \"OK-ACCESS-PASSPHRASE\" cannot be empty.",
	CheckOkxerrors50104Fix:     "Send the passphrase chosen when the key was created in the OK-ACCESS-PASSPHRASE header.",
	CheckOkxerrors50105Meaning: "Request header \"OK-ACCESS-PASSPHRASE\" incorrect.",
	CheckOkxerrors50105Fix:     "The passphrase differs from the one set when the key was created (mind case and surrounding spaces); if forgotten, create a new key.",
	CheckOkxerrors50106Meaning: "Request header \"OK-ACCESS-SIGN\" cannot be empty.",
	CheckOkxerrors50106Fix:     "Compute the signature of every private request and send it in OK-ACCESS-SIGN.",
	CheckOkxerrors50107Meaning: "Request header \"OK-ACCESS-TIMESTAMP\" cannot be empty.",
	CheckOkxerrors50107Fix:     "Send the timestamp used in the signature in OK-ACCESS-TIMESTAMP (ISO 8601 UTC with milliseconds, e.g. 2020-12-08T09:08:57.715Z).",
	CheckOkxerrors50108Meaning: "Exchange ID does not exist.",
	CheckOkxerrors50108Fix:     "Check the broker integration parameters against those the platform assigned.",
	CheckOkxerrors50109Meaning: "Exchange domain does not exist.",
	CheckOkxerrors50109Fix:     "Check that the broker domain matches the one registered with the platform.",
	CheckOkxerrors50110Meaning: "Your IP is not included in your API key's IP whitelist.",
	CheckOkxerrors50110Fix:     "Add the server's outbound IP to the key's whitelist (cloud, NAT and proxies may leave from another IP).",
	CheckOkxerrors50111Meaning: "Invalid OK-ACCESS-KEY.",
	CheckOkxerrors50111Fix:     "Check the API key is complete, has no stray spaces and has not been deleted.",
	CheckOkxerrors50112Meaning: "Invalid OK-ACCESS-TIMESTAMP.",
	CheckOkxerrors50112Fix:     "The timestamp must be ISO 8601 UTC with milliseconds, e.g. 2020-12-08T09:08:57.715Z, not Unix seconds or milliseconds.",
	CheckOkxerrors50113Meaning: "Invalid signature.",
	CheckOkxerrors50113Fix:     "Use the signature self-test to find what differs: Base64(HMAC-SHA256(secret, timestamp + UPPER-CASE method + path with query + body)).",
	CheckOkxerrors50114Meaning: "Invalid authorization.",
	CheckOkxerrors50114Fix:     "Check that the key, passphrase and signature belong to the same key, and that it has not been deleted or frozen.",
	CheckOkxerrors50115Meaning: "Invalid request method.",
	CheckOkxerrors50115Fix:     "Use the HTTP method the endpoint documents (GET or POST) and sign that same method in upper case.",
	CheckOkxerrors50116Meaning: "Fast API is allowed to create only one API key.",
	CheckOkxerrors50116Fix:     "Use the existing Fast API key, or delete it before creating another.",
	CheckOkxerrors50118Meaning: "To link the app using your API key, your broker needs to share their IP to be whitelisted.",
	CheckOkxerrors50118Fix:     "Ask the broker for its server IPs and add them to the key's whitelist.",
	CheckOkxerrors50119Meaning: "API key doesn't exist.",
	CheckOkxerrors50119Fix:     "The key may have been deleted (unbound trade/withdraw keys are deleted after 14 days unused): check API management and create a new one.",
	CheckOkxerrors50120Meaning: "This API key doesn't have permission to use this function.",
	CheckOkxerrors50120Fix:     "Give the key the permission it needs (read/trade/withdraw), or use a key that has it.",
	CheckOkxerrors50121Meaning: "You can't access our services through the IP address.",
	CheckOkxerrors50121Fix:     "The IP's region or network is not served: use a server or network in a served region, and contact support if needed.",

	// app/checks/signature.go
	CheckSignatureTitle:                          "Request signature self-test",
	CheckSignatureFieldSecret:                    "Secret key",
	CheckSignatureScheme:                         "This self-test checks OKX v5 request signatures, and this platform signs its requests another way. For callback signatures, use the webhook signature check.",
	CheckSignatureFieldPassphrase:                "Passphrase",
	CheckSignatureFieldTimestamp:                 "Timestamp (OK-ACCESS-TIMESTAMP)",
	CheckSignatureFieldMethod:                    "Method",
	CheckSignatureFieldPath:                      "Request path (with query)",
	CheckSignatureFieldBody:                      "Body",
	CheckSignatureFieldSignature:                 "Signature your code produced (OK-ACCESS-SIGN)",
	CheckSignatureStringToSign:                   "string to sign",
	CheckSignatureTheySigned:                     "string your code signed",
	CheckSignatureVariant:                        "difference",
	CheckSignatureExpected:                       "expected signature (first 8)",
	CheckSignatureTimestamp:                      "timestamp",
	CheckSignatureSigMissing:                     "The signature self-test needs: %s.",
	CheckSignatureSigOK:                          "The signature is correct.",
	CheckSignatureTSInvalid:                      "The timestamp %q is not ISO 8601 UTC with milliseconds; the platform rejects it (e.g. OKX error 50112).",
	CheckSignatureFixTSInvalid:                   "Use a timestamp like 2020-12-08T09:08:57.715Z, and the very same value in the header and in the string to sign.",
	CheckSignatureSigMismatch:                    "The signature does not match, and none of the common mistakes reproduces it.",
	CheckSignatureFixSigMismatch:                 "Make sure the secret belongs to this API key, and compare the string to sign below, character by character, with what your code signs (timestamp, upper-case method, path with query, body exactly as sent).",
	CheckSignatureFixCauseGeneric:                "Fix it, sign again and rerun the self-test.",
	CheckSignatureCauseHexInsteadOfBase64Message: "The signature is hex-encoded; the platform expects Base64.",
	CheckSignatureCauseHexInsteadOfBase64Fix:     "Base64-encode the raw HMAC bytes (e.g. Python: base64.b64encode(mac.digest())).",
	CheckSignatureCauseBase64OfHexMessage:        "The signature is Base64 of the hex string instead of the raw HMAC bytes.",
	CheckSignatureCauseBase64OfHexFix:            "Base64-encode the raw digest: PHP hash_hmac('sha256', $msg, $secret, true); Node digest('base64'); Python digest(), not hexdigest().",
	CheckSignatureCauseQueryOmittedMessage:       "The query string was left out of the string to sign: a GET's path must include ? and its parameters.",
	CheckSignatureCauseQueryOmittedFix:           "Sign the path and query exactly as sent, parameters in the same order.",
	CheckSignatureCauseMethodCaseMessage:         "The method in the string to sign is not upper case.",
	CheckSignatureCauseMethodCaseFix:             "Sign the method in upper case: GET, POST.",
	CheckSignatureCauseTimestampFormatMessage:    "The string to sign uses another timestamp format than the header.",
	CheckSignatureCauseTimestampFormatFix:        "Sign the same ISO 8601 UTC millisecond timestamp you send in OK-ACCESS-TIMESTAMP (e.g. 2020-12-08T09:08:57.715Z), not Unix seconds or milliseconds.",
	CheckSignatureCauseBodyOnGetMessage:          "A body (such as {}) was signed on a GET request.",
	CheckSignatureCauseBodyOnGetFix:              "A GET has no body: sign nothing after the path.",
	CheckSignatureCauseSecretWhitespaceMessage:   "The secret used to sign carries extra whitespace (such as a trailing newline).",
	CheckSignatureCauseSecretWhitespaceFix:       "Strip spaces and line breaks around the secret after reading it from the configuration.",
	CheckSignatureCausePassphraseAsSecretMessage: "The passphrase was used to sign instead of the secret key.",
	CheckSignatureCausePassphraseAsSecretFix:     "Compute the HMAC with the secret key; the passphrase only goes in the OK-ACCESS-PASSPHRASE header.",
	CheckSignatureCauseBodyReserializedMessage:   "The body that was signed differs from the bytes sent (the JSON was serialised again: spacing, key order or escaping differ).",
	CheckSignatureCauseBodyReserializedFix:       "Serialise the body to a string once, then sign and send that same string.",
	CheckSignatureCausePathIncludesHostMessage:   "The signed path includes the scheme and host.",
	CheckSignatureCausePathIncludesHostFix:       "Sign only the path and query starting with /, e.g. /api/v5/account/balance?ccy=BTC.",

	// app/checks/tx.go
	CheckTxTitle:        "Transaction",
	CheckTxFieldChain:   "Chain",
	CheckTxFieldHash:    "Transaction hash (TX ID)",
	CheckTxChain:        "chain",
	CheckTxHash:         "transaction hash",
	CheckTxExplorer:     "block explorer",
	CheckTxOrder:        "order",
	CheckTxFormat:       "expected",
	CheckTxTxNoInput:    "There is no transaction hash to check.",
	CheckTxTxUnknown:    "Unknown chain %q: the hash format cannot be checked.",
	CheckTxFixTxUnknown: "Use a common chain name (eth, btc, tron, sol, bsc, polygon…); check the network on the platform's deposit page.",
	CheckTxTxBad:        "This is not a valid %s transaction hash: %s.",
	CheckTxFixTxBad:     "Copy the whole transaction hash (TX ID) from the wallet's or exchange's withdrawal record, not an address or an order number.",
	CheckTxTxPending:    "The on-chain transfer of order %s has not been credited yet.",
	CheckTxFixTxDelay:   "1. Confirmations take time, depending on how busy the network is; 2. check the receiving address, the network (chain) and the amount; 3. look the transaction up on the block explorer to see whether it is confirmed; 4. if it is confirmed but still not credited, contact support with the transaction hash and the order number.",
	CheckTxTxOK:         "The %s transaction hash is well-formed.",
	CheckTxTxCredited:   "The transaction of order %s has been credited.",
	CheckTxNeed0x:       "the 0x prefix is missing",
	CheckTxDrop0x:       "hashes on this chain have no 0x prefix",
	CheckTxAddress:      "it looks like an address, not a transaction hash",
	CheckTxLength:       "the length is wrong",
	CheckTxCharacters:   "it contains invalid characters",
	CheckTxSolAccount:   "it is an account address, not a transaction signature",

	// app/checks/webhook.go
	CheckWebhookTitle:            "Webhook signature",
	CheckWebhookFieldScheme:      "Scheme",
	CheckWebhookFieldSecret:      "Webhook secret",
	CheckWebhookFieldSignature:   "Signature header value",
	CheckWebhookFieldBody:        "Raw body",
	CheckWebhookFieldTimestamp:   "Timestamp header (okx-v5)",
	CheckWebhookScheme:           "scheme",
	CheckWebhookBody:             "body",
	CheckWebhookSignedAt:         "signed at",
	CheckWebhookAge:              "age",
	CheckWebhookMatchedAs:        "matches scheme",
	CheckWebhookHeaderProb:       "problem",
	CheckWebhookEncodedAs:        "body verified",
	CheckWebhookWHMissing:        "The webhook check needs: %s.",
	CheckWebhookWHScheme:         "Unsupported scheme %q (supported: %s).",
	CheckWebhookWHOK:             "The webhook signature is valid.",
	CheckWebhookWHMismatch:       "The webhook signature does not match, and none of the common mistakes reproduces it.",
	CheckWebhookFixWHMismatch:    "Check that the secret belongs to this endpoint (test and live secrets differ) and that you verify the raw bytes received.",
	CheckWebhookWHReserial:       "The signature matches a re-serialisation of the JSON body: your framework parsed and re-encoded it, so you verify other bytes than those received.",
	CheckWebhookFixWHReserial:    "Verify the raw request body (Express: express.raw(); Flask: request.get_data(); Go: io.ReadAll(r.Body)), and parse the JSON only after verifying.",
	CheckWebhookWHWhitespace:     "The webhook secret carries extra whitespace (such as a trailing newline).",
	CheckWebhookFixWHWhitespace:  "Strip spaces and line breaks around the secret after reading it from the configuration.",
	CheckWebhookWHStale:          "The signature is valid but was made %s ago, outside the %s tolerance; it will be rejected as a replay.",
	CheckWebhookWHSkew:           "The signature is valid and Stripe's own libraries accept it, but it was made %s later than this computer's current time: this clock is behind (or the signer's is ahead).",
	CheckWebhookFixWHSkew:        "Turn on NTP time sync (chrony or ntpd on servers). With a slow clock, old webhooks keep passing verification for longer, which widens the replay window, and the API requests you sign are rejected for an expired timestamp.",
	CheckWebhookFixWHStale:       "Check the server clock (NTP) and process events promptly; test with a freshly sent event.",
	CheckWebhookWHWrongScheme:    "The signature fails as %s but is valid as %s.",
	CheckWebhookFixWHWrongScheme: "Verify with the scheme the platform documents for this webhook.",
	CheckWebhookWHHeader:         "The signature header is not in the %s format.",
	CheckWebhookFixWHHeader:      "Paste the signature header's whole value (HMAC-SHA256 (hex): 64 hex characters, optionally after sha256=; Stripe: t=…,v1=…; OKX v5: Base64).",

	// app/diag/codes.go
	CodeSkipped:                          "The check did not apply (missing input, offline, or not in a browser).",
	CodeError:                            "The check could not run.",
	CodeTimeout:                          "The check timed out; the result is unknown.",
	CodePanic:                            "The check failed internally.",
	CodeCanceled:                         "The check was canceled.",
	CodeNetworkOffline:                   "The device is offline.",
	CodeNetworkUnreachable:               "The platform API cannot be reached.",
	CodeNetworkSlow:                      "The network to the platform API is slow.",
	CodeNetworkOK:                        "The platform API is reachable.",
	CodeClockSkew:                        "The local clock is off the server time; signed requests expire.",
	CodeClockOK:                          "The local clock is accurate.",
	CodePlatformMaintenance:              "The platform is under maintenance.",
	CodePlatformMaintenanceScheduled:     "Platform maintenance is announced.",
	CodePlatformOK:                       "No maintenance is announced.",
	CodeBalanceAmountInvalid:             "An amount the page provided is invalid.",
	CodeBalanceCurrencyMismatch:          "The balance and the payment are in different currencies.",
	CodeBalanceBelowMinimum:              "The amount is below the minimum.",
	CodeBalanceInsufficient:              "The balance does not cover the amount plus the fee.",
	CodeBalanceOK:                        "The balance is sufficient.",
	CodeAccountLocked:                    "The account is locked.",
	CodeAccountRestricted:                "The account is restricted.",
	CodeAccountFrozen:                    "The account is frozen.",
	CodeAccountKYCRejected:               "Identity verification was rejected.",
	CodeAccountKYCPending:                "Identity verification is under review.",
	CodeAccountKYCMissing:                "Identity verification is not done.",
	CodeAccountOK:                        "The account is in good standing.",
	CodeAPIKeyMissing:                    "The API key is missing.",
	CodeAPIKeyWhitespace:                 "The API credentials contain whitespace.",
	CodeAPIKeyMalformed:                  "The API key is malformed.",
	CodeAPIKeySecretMalformed:            "The secret key is malformed.",
	CodeAPIKeyPassphraseMissing:          "The passphrase is missing.",
	CodeAPIKeyPermissionMissing:          "The key lacks a needed permission.",
	CodeAPIKeyIPInvalid:                  "A whitelist entry or the server IP is invalid.",
	CodeAPIKeyIPNotWhitelisted:           "The server IP is not whitelisted.",
	CodeAPIKeyEnvironmentMismatch:        "The key's environment or region does not match the one called.",
	CodeAPIKeyExpiring:                   "An unbound trade/withdraw key has been idle too long and will be deleted.",
	CodeAPIKeyIPUnbound:                  "A trade/withdraw key is not bound to an IP.",
	CodeAPIKeyOK:                         "The API key configuration is fine.",
	CodeErrorCodeKnown:                   "The platform returned a known error code.",
	CodeErrorCodeUnknown:                 "The platform returned an error code this help does not recognise.",
	CodeSignatureOK:                      "The request signature is correct.",
	CodeSignatureMismatch:                "The request signature does not match, for an unknown reason.",
	CodeSignatureTimestampInvalid:        "The timestamp format is wrong.",
	CodeSignatureCauseHexInsteadOfBase64: "The signature is hex instead of Base64.",
	CodeSignatureCauseBase64OfHex:        "The signature is Base64 of the hex digest.",
	CodeSignatureCauseQueryOmitted:       "The query string was not signed.",
	CodeSignatureCauseMethodCase:         "The signed method is not upper case.",
	CodeSignatureCauseTimestampFormat:    "The signed timestamp format differs from the header.",
	CodeSignatureCauseBodyOnGet:          "A body was signed on a GET.",
	CodeSignatureCauseSecretWhitespace:   "The signing secret carries whitespace.",
	CodeSignatureCausePassphraseAsSecret: "The passphrase was used as the signing secret.",
	CodeSignatureCauseBodyReserialized:   "A re-serialised body was signed, not the one sent.",
	CodeSignatureCausePathIncludesHost:   "The signed path includes the host.",
	CodeWebhookSignatureOK:               "The webhook signature is valid.",
	CodeWebhookSignatureMismatch:         "The webhook signature does not match, for an unknown reason.",
	CodeWebhookSignatureBodyReserialized: "The webhook was verified against a re-serialised body.",
	CodeWebhookSignatureSecretWhitespace: "The webhook secret carries whitespace.",
	CodeWebhookSignatureStale:            "The webhook signature is outside the time tolerance.",
	CodeWebhookSignatureClockSkew:        "The webhook was signed later than the local time: a clock is off.",
	CodeWebhookSignatureWrongScheme:      "The wrong verification scheme is used.",
	CodeWebhookSignatureHeaderMalformed:  "The signature header is malformed.",
	CodeCallbackURLInvalid:               "The callback URL is invalid.",
	CodeCallbackURLInsecure:              "The callback URL does not use https.",
	CodeCallbackURLPrivate:               "The callback URL is not a public address.",
	CodeCallbackURLCredentials:           "The callback URL carries credentials.",
	CodeCallbackURLOK:                    "The callback URL is well-formed.",
	CodeCallbackUnreachable:              "The callback URL cannot be reached.",
	CodeCallbackTimeout:                  "The callback URL timed out.",
	CodeCallbackRedirect:                 "The callback URL redirects.",
	CodeCallbackServerError:              "The callback URL answers with a server error.",
	CodeCallbackReachable:                "The callback URL is reachable.",
	CodeTxChainUnknown:                   "The chain is unknown.",
	CodeTxHashMalformed:                  "The transaction hash is malformed.",
	CodeTxDepositPending:                 "An on-chain transfer has not been credited yet.",
	CodeTxOK:                             "The transaction hash is well-formed.",
	CodeKYCDocumentType:                  "The document's file type is not accepted.",
	CodeKYCDocumentTooLarge:              "The document file is too large.",
	CodeKYCDocumentResolution:            "The document image resolution is too low.",
	CodeKYCDocumentBlurry:                "The document photo is blurred.",
	CodeKYCDocumentExpired:               "The document has expired.",
	CodeKYCDocumentExpiring:              "The document expires soon.",
	CodeKYCDocumentExpiryInvalid:         "The document's expiry date is not recognised.",
	CodeKYCDocumentOK:                    "The document passed the checks.",
	CodeBrowserCookiesBlocked:            "Cookies are disabled.",
	CodeBrowserStorageBlocked:            "Browser storage is unavailable.",
	CodeBrowserScriptBlocked:             "Payment scripts are blocked.",
	CodeBrowserOK:                        "The browser settings are fine.",

	// app/diag/messages.go
	DiagNeedsPlatform: "This check needs the platform's verified configuration, which is not available.",
	DiagNeedsNetwork:  "This check needs the network and is running offline.",
	DiagNeedsBrowser:  "This check only runs in a browser.",
	DiagError:         "The check could not run: %s",
	DiagTimeout:       "The check did not finish within %s; the result is unknown.",
	DiagPanic:         "The check failed internally; the result is unknown.",
	DiagCanceled:      "The check was canceled.",
	DiagFixRetry:      "Try again later; if it keeps happening, include this result in your report.",

	// app/hostctx/messages.go
	ContextTooLarge: "The details from the dashboard are too large (%d bytes, limit %d) and were ignored.",

	// app/manifest/api.go
	ManifestAPIHost:  "invalid API host %q: want a lower-case host name such as api.example.com.",
	ManifestAPIHosts: "at most %d API hosts are allowed.",

	// app/manifest/messages.go
	ManifestTooLarge:     "The manifest is too large (%d bytes, limit %d).",
	ManifestBadValue:     "invalid value: %s",
	ManifestVersion:      "unsupported manifest version %d (this widget reads version %d).",
	ManifestExpired:      "the manifest expired at %s.",
	ManifestExpiryOrder:  "the expiry must be after the publication time.",
	ManifestRequired:     "required field is missing or empty.",
	ManifestLanguage:     "the %s text is missing.",
	ManifestLanguages:    "%q is not a language the widget speaks (%s).",
	ManifestID:           "invalid id %q: use lower-case letters, digits and hyphens.",
	ManifestDuplicateID:  "duplicate id %q.",
	ManifestReference:    "refers to an unknown %s %q.",
	ManifestURLMalformed: "not a valid absolute URL: %q",
	ManifestURLInsecure:  "links must use https: %q",
	ManifestURLUserPort:  "links must not carry user info or a port: %q",
	ManifestURLIP:        "links must use an official domain, not an IP address: %q",
	ManifestURLOffDomain: "%q is not on the official domains (%s).",
	ManifestMailto:       "malformed email, want mailto:name@domain: %q",
	ManifestMailtoField:  "an email link may carry only the fields subject and body, each at most once and in lower case; %q is not allowed: %q",
	ManifestBidi:         "contains the bidirectional control character %s (character %d): it can make what is shown differ from what is there, so it is not allowed.",
	ManifestLifetime:     "the validity is too long: the expiry may be at most %d days after publication (%s). Set an earlier expiry and sign a new edition before it passes.",
	ManifestHostPunycode: "the host %q is an internationalised domain name (shown as %q): make sure it is really yours; look-alike letters are a common trick of fake domains.",
	ManifestHostMixed:    "the host %q has a label %q that mixes scripts (%s): fake domains do this, e.g. a Cyrillic “а” for a Latin “a”.",
	ManifestTel:          "malformed phone number, want tel:+country code and number (7–15 digits): %q",
	ManifestKind:         "unknown channel kind %q (known: %s).",
	ManifestKindValue:    "a %s channel's value must start with %s.",
	ManifestTemplate:     "invalid URL template: %s",
	ManifestHoursBoth:    "set either always (24/7) or a weekly schedule (zone + weekly), not both and not neither.",
	ManifestHoursEmpty:   "an interval needs at least one day.",
	ManifestHoursDupDay:  "a day is listed twice in one interval.",
	ManifestHoursSame:    "opening and closing times are the same.",
	ManifestHoursOpen24:  "an interval cannot open at 24:00.",
	ManifestZone:         "unsupported time zone %q: use UTC, UTC±HH:MM or one of: %s",
	ManifestDomain:       "invalid official domain %q: want a lower-case host name such as example.com.",
	ManifestEnum:         "unknown value %q (known: %s).",
	ManifestRegion:       "invalid region %q: use an ISO 3166 two-letter upper-case code or global.",
	ManifestLangTag:      "invalid language tag %q (e.g. zh-CN, en).",
	ManifestName:         "invalid name %q: use lower-case letters, digits, dots, underscores and hyphens.",
	ManifestSpan:         "the minimum must not exceed the maximum, and the maximum must be above zero.",
	ManifestWindow:       "the end must be after the start.",
	ManifestNegative:     "must not be negative.",
	ManifestSignature:    "the signature does not verify: the manifest was not signed with the configured platform key, or was changed after signing.",
	ManifestSigEncoding:  "malformed signature: %s",

	// app/manifest/script.go
	ManifestScriptLatin:    "Latin",
	ManifestScriptGreek:    "Greek",
	ManifestScriptCyrillic: "Cyrillic",
	ManifestScriptHebrew:   "Hebrew",
	ManifestScriptArabic:   "Arabic",
	ManifestScriptThai:     "Thai",
	ManifestScriptHangul:   "Hangul",
	ManifestScriptHiragana: "Hiragana",
	ManifestScriptKatakana: "Katakana",
	ManifestScriptHan:      "Han",
	ManifestScriptOther:    "another script",

	// app/report/fields.go
	ReportFieldsFieldMerchantId: "Merchant ID",
	ReportFieldsFieldContact:    "Registered phone or email",
	ReportFieldsFieldStore:      "Store name or website domain",
	ReportFieldsFieldOccurredAt: "When it happened",
	ReportFieldsFieldError:      "Error code or message",
	ReportFieldsFieldTxHash:     "Transaction hash (TX ID)",
	ReportFieldsFieldOrderId:    "Order number",
	ReportFieldsFieldBalance:    "Balance",
	ReportFieldsFieldLastLogin:  "Last login time and IP",
	ReportFieldsFieldSteps:      "What you did, step by step",
	ReportFieldsFieldNotes:      "Anything else",

	// app/report/messages.go
	ReportTitle:       "Support case",
	ReportCaseID:      "Case ID",
	ReportCreated:     "Created",
	ReportPlatform:    "Platform",
	ReportCategory:    "Category",
	ReportTried:       "Already tried",
	ReportEnvironment: "Environment",
	ReportBrowser:     "Browser",
	ReportTimeZone:    "Time zone",
	ReportLanguage:    "Language",
	ReportOnline:      "Network",
	ReportOnlineYes:   "online",
	ReportOnlineNo:    "offline",
	ReportWidget:      "Widget version",
	ReportManifest:    "Channel list version",
	ReportKey:         "Platform key fingerprint",
	ReportSubject:     "[Case %s] %s",
	ReportNoCategory:  "Help request",
	ReportMerchantTag: " (merchant %s)",
	ReportFooter:      "Passwords, private keys, recovery phrases, verification codes and other secrets were removed from this report. Official support never asks for them.",
	ReportStatusPass:  "pass",
	ReportStatusWarn:  "warning",
	ReportStatusFail:  "failed",
	ReportStatusSkip:  "skipped",
	ReportStatusError: "could not check",

	// app/route/messages.go
	RouteWhyPicked:                "You picked this category.",
	RouteWhyPickedUnknown:         "The chosen category %q is not offered by this platform and was ignored.",
	RouteWhyErrorCode:             "Inferred from the platform error code %s: %s",
	RouteWhyFinding:               "Inferred from the check result %s: %s",
	RouteWhyNone:                  "The checks do not point to one category; please pick the closest one.",
	RouteWhyNoManifest:            "The platform's official channels could not be verified, so no channel is recommended.",
	RouteWhyEmergency:             "You reported a security problem, and this platform has no emergency category: its round-the-clock channels come first.",
	RouteWhyReported:              "You reported a security problem, so the platform's emergency steps come first.",
	RouteStepEmergencyPassword:    "Change your login password, and delete or reset every API key.",
	RouteStepEmergencyShare:       "Never give anyone your password, verification codes, private keys or recovery phrase. Official staff never ask for them.",
	RouteStepEmergencyRecords:     "Check recent logins, withdrawal addresses and withdrawals, and keep screenshots of anything you do not recognise.",
	RouteReasonFreeze:             "Possible security incident: freeze the account first so nobody can move funds, then contact support to investigate.",
	RouteReasonEmergencyHotline:   "24/7 hotline: call right after freezing and describe the unknown login or suspicious transactions.",
	RouteReasonEmergencyPhoneOpen: "The hotline is open now: call right after freezing and describe the unknown login or suspicious transactions.",
	RouteReasonEmergencyContact:   "Staffed around the clock: contact them now and say your account may be in someone else's hands.",
	RouteReasonSelfFix:            "Found: %s You can fix this yourself with the steps below, without waiting for support.",
	RouteReasonFrozen:             "The account is frozen. A freeze is usually the platform protecting you; if neither you nor a platform notice explains it and you suspect theft, treat it as a security emergency.",
	RouteReasonGuide:              "No connection to the platform: the steps of this guide are saved in this panel and still work.",
	RouteReasonMoneyPhone:         "Money debited but not credited: call the hotline with the transaction hash and order number ready.",
	RouteReasonOfflinePhone:       "No connection to the platform: the phone hotline still works.",
	RouteReasonOfflineEmail:       "No connection to the platform: you can write the email now; your mail app sends it as soon as it has a connection.",
	RouteNoteNeedsInternet:        "Needs a connection to the platform: available once it is back.",
	RouteNoteLinkNeedsInternet:    "The linked doc needs a connection to the platform; the fix itself is shown here.",
	RouteNoteOtherLanguage:        "This channel is not staffed in your language.",
	RouteAvAlways:                 "Available 24/7",
	RouteAvOpen:                   "Open now",
	RouteAvOpenUntil:              "Open now, until %s your time (%s)",
	RouteAvClosedNext:             "Closed now. Opens %s your time (%s).",
	RouteAvClosedNextThere:        "Closed now. Opens %[1]s your time (%[2]s), %[3]s in %[4]s.",
	RouteAvClosedNever:            "Closed now; no opening hours are published.",
	RouteAvMaintenance:            "Under maintenance until %s your time (%s).",
	RouteTimeToday:                "today %s",
	RouteTimeTomorrow:             "tomorrow %s",
	RouteTimeDate:                 "%[1]s %[3]d %[4]s %[5]s",
	RouteTimeWeekday:              "%s %s",
	RouteRespWithin:               "Reply within %s",
	RouteRespRange:                "Reply within %s–%s",
	RouteUnitHours:                "%d h",
	RouteUnitMinutes:              "%d min",
	RouteUnitSeconds:              "%d s",
	RoutePeakDefault:              "Peak hours: expect a queue. Try the help center for common questions first, or get in touch off-peak.",
	RouteSun:                      "Sun",
	RouteMon:                      "Mon",
	RouteTue:                      "Tue",
	RouteWed:                      "Wed",
	RouteThu:                      "Thu",
	RouteFri:                      "Fri",
	RouteSat:                      "Sat",

	// app/session/strings.go
	SessionUnusualChars: "This field holds invisible or control characters (%s) that change how the text reads or what a signature covers; make sure they are meant to be there.",

	// app/strictjson/messages.go
	JSONSyntax:       "JSON syntax error at line %d, column %d: %s",
	JSONType:         "expected %s, got %s.",
	JSONTypeDropped:  "expected %s, got %s; the field was ignored.",
	JSONUnknownField: "unknown field (a typo, or a field of a newer version).",
	JSONDuplicateKey: "duplicate key: it appears twice in the same object.",
	JSONValue:        "invalid value: %s",
	JSONTrailing:     "unexpected data after the JSON document.",
	JSONTooLong:      "too long (%d bytes, limit %d); the field was ignored.",
	JSONNotAllowed:   "unsupported value %q (allowed: %s); ignored.",
	JSONTruncated:    "too many entries (%d); only the first %d were kept.",

	// app/ui/strings.go
	UITitle:             "Help and self-diagnosis",
	UIClose:             "Close help",
	UIChecksIdle:        "Checks appear here one by one.",
	UIRunning:           "Checking…",
	UIChannelsLater:     "After the checks, the official channel for your problem appears here.",
	UIContextIssues:     "Some details from the dashboard could not be used:",
	UIScamShort:         "Beware of scams. Official staff will never ask for your password, private key, recovery phrase or verification codes, or tell you to move money to a \"safe account\".",
	UISummaryChecking:   "Checking your account and connection…",
	UISummaryNone:       "The checks found nothing wrong.",
	UISummaryUnverified: "The official channels could not be verified.",
	UISummaryMore:       "%d problems found; the most urgent comes first.",
	UINext:              "Next step",
	UIReportReady:       "Your case report is ready, so support will not need to ask you again.",
	UIReportShow:        "See the report",
	UICompromised:       "Someone else may be using my account",
	UIEmergencyHeading:  "Your account may be at risk. Act now:",
	UIEmergencyThen:     "After that",
	UIProblemHeading:    "What is the problem?",
	UIOtherOptions:      "Other options",
	UIPassedCount:       "Checks passed: %d",
	UISupportDetails:    "Details for support",
	UIAnswerHeading:     "Result",
	UIMissingFields:     "Please fill in: %s.",
	UIListSep:           ", ",
	UISeeHow:            "See the steps",
	UIHelp:              "Help",
	UIDescribe:          "Or describe it in your own words",
	UIMatched:           "This looks like \"%s\". The advice above has been updated to match.",
	UIMatchEmergency:    "This sounds like someone else may have access to your account: follow the urgent steps at the top now.",
	UINoMatch:           "No problem type matches these words yet. Pick one above, or contact support below.",
	UILoading:           "Loading help…",
	UIStatusFail:        "Problem",
	UIStatusWarn:        "Warning",
	UIStatusError:       "Could not check",
	UIStatusPass:        "OK",
	UIStatusSkip:        "Not applicable",
	UIFix:               "How to fix: ",
	UIToolsHeading:      "Self-test tools",
	UIToolsIntro:        "These tools run only in your browser; nothing you type is sent to any server.",
	UIRunCheck:          "Check",
	UIChecking:          "Checking…",
	UIRefused:           "That paste is too large (%d characters, limit %d) and was not accepted; what you typed before is kept.",
	UIOptional:          " (optional)",
	UISecretHint:        "Used only for this local computation, never stored or sent; the field is cleared when the panel closes, and the value stays hidden in the report until you start a new case.",
	UIVerified:          "Official channels verified",
	UIKeyFingerprint:    "Platform key fingerprint",
	UIDemo:              "DEMO",
	UIUnverified:        "The official channels could not be verified, so no contact details are shown. Contact support only through the platform's official website, never through a number someone gave you.",
	UIFault:             "The panel hit an internal error and recovered; what you typed is still here. If an action did nothing, try it again.",
	UIDocumentRead:      "Read in your browser (not uploaded): %s, %d KB%s",
	UILoadingManifest:   "Verifying the official channels…",
	UIEscalate:          "Didn't freeze it yourself? Treat it as a security emergency",
	UIOffline:           "You are offline: here are the phone channels and the saved steps.",
	UIUnreachable:       "The platform cannot be reached right now: here are the phone channels and the saved steps.",
	UIKindSelfFix:       "Fix it yourself",
	UIKindFreeze:        "Freeze now",
	UIKindContact:       "Contact support",
	UIGuide:             "Step by step",
	UIOfficial:          "Verified official channel",
	UIVerifiedTitle:     "This channel comes from the platform's signed and verified channel list",
	UICall:              "Call",
	UICopyNumber:        "Number:",
	UIFreezeNow:         "Freeze the account now",
	UIWriteEmail:        "Write an email",
	UIOpenTicket:        "Open a ticket",
	UIOpenLink:          "Open",
	UIPrepare:           "Have this ready before you contact support",
	UIOfficialSite:      "Platform's official site:",
	UIReportHeading:     "Case report",
	UIReportIntro:       "Hand support the prepared details and the call is shorter. Keys, recovery phrases, private keys, passwords and codes are removed before anything is shared.",
	UICaseID:            "Case ID:",
	UIReportPreview:     "Preview what will be shared",
	UIReportPending:     "The preview is made once the checks are done…",
	UICopyReport:        "Copy report",
	UIDownloadReport:    "Download the report (JSON file)",
	UIEmailReport:       "Send by email",
	UIScamPaste:         "That looks like a recovery phrase or private key, so it was not kept. Official support never asks for it; if someone does, stop and check through an official channel.",
	UISolved:            "Did this solve your problem?",
	UIYes:               "Yes",
	UINo:                "No",
	UIThanks:            "Thank you for your feedback.",
	UIShared:            "Report copied.",
	UIDownloaded:        "Report downloaded.",
	UIEmailed:           "Email opened.",
	UITicketed:          "Ticket page opened.",
	UICopyFailed:        "Could not copy to the clipboard; select the preview and copy it by hand.",

	// app/ui/strings_platform.go
	UIExpiredManifest: "This platform's list of official channels has expired, so no contact details are shown for now. Contact support through the platform's official website, never through a number someone gave you.",
	UIExpiresSoon:     "This list of official channels expires on %s. If in doubt, use the contact details on the platform's official website.",
	UIHostWarning:     "Some of this platform's links use web addresses with unusual characters (international or mixed-script names). Before you open one, check that the address matches the platform's website you know.",
	UIDemoServer:      "Demo: every channel below is fictional; do not call it or send real information.",

	// app/ui/strings_report.go
	UINewCase:     "Clear the report and start a new case",
	UINewCaseHint: "What you typed in the key and password fields stays hidden in this report until you start a new case.",
	UINewCaseDone: "The report is cleared; a new case has started.",

	// cmd/triage/check_output.go
	CLIFix:  "fix",
	CLINext: "next",

	// cmd/triage/manifest.go
	CLIWarning: "warning",

	// cmd/triage/site.go
	CLISiteTitle: "Help",

	// app/report/messages.go, app/ui/strings_report.go (continuity)
	ReportTitleFor: "Support case for %s",
	ReportAttach:   "Send these files through the support channel itself (nothing is uploaded from here)",
	UIReportMore:   "More details",
	UINotSolved:    "Sorry, this did not solve the problem. Your case report is ready to send to the platform's official support:",
	// app/manifest/keywords.go
	ManifestKeywords: "give 1 to %d keywords in each of the manifest's languages, each of 1 to %d characters.",
}
