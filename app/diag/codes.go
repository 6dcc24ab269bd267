package diag

import "github.com/triage-widget/triage/app/i18n"

// Code is a finding's stable dotted code (area.problem). Codes are contracts:
// routing, reports, events and the CLI use them, so add codes, never rename
// them. Every code is a constant below with one entry in codeTable, in the
// manner of net/http's status codes.
type Code string

// The finding codes, by the check that reports them; the engine's own first.
const (
	// Engine.
	CodeSkipped  Code = "check.skipped"  // the check did not apply
	CodeError    Code = "check.error"    // the check returned an error
	CodeTimeout  Code = "check.timeout"  // the check overran its deadline
	CodePanic    Code = "check.panic"    // the check crashed
	CodeCanceled Code = "check.canceled" // the run was canceled (panel closed)

	// network
	CodeNetworkOffline     Code = "network.offline"
	CodeNetworkUnreachable Code = "network.unreachable"
	CodeNetworkSlow        Code = "network.slow"
	CodeNetworkOK          Code = "network.ok"

	// clock
	CodeClockSkew Code = "clock.skew"
	CodeClockOK   Code = "clock.ok"

	// maintenance
	CodePlatformMaintenance          Code = "platform.maintenance"
	CodePlatformMaintenanceScheduled Code = "platform.maintenance_scheduled"
	CodePlatformOK                   Code = "platform.ok"

	// balance
	CodeBalanceAmountInvalid    Code = "balance.amount_invalid"
	CodeBalanceCurrencyMismatch Code = "balance.currency_mismatch"
	CodeBalanceBelowMinimum     Code = "balance.below_minimum"
	CodeBalanceInsufficient     Code = "balance.insufficient"
	CodeBalanceOK               Code = "balance.ok"

	// account
	CodeAccountLocked      Code = "account.locked"
	CodeAccountRestricted  Code = "account.restricted"
	CodeAccountFrozen      Code = "account.frozen"
	CodeAccountKYCRejected Code = "account.kyc_rejected"
	CodeAccountKYCPending  Code = "account.kyc_pending"
	CodeAccountKYCMissing  Code = "account.kyc_missing"
	CodeAccountOK          Code = "account.ok"

	// apikey
	CodeAPIKeyMissing             Code = "apikey.missing"
	CodeAPIKeyWhitespace          Code = "apikey.whitespace"
	CodeAPIKeyMalformed           Code = "apikey.malformed"
	CodeAPIKeySecretMalformed     Code = "apikey.secret_malformed"
	CodeAPIKeyPassphraseMissing   Code = "apikey.passphrase_missing"
	CodeAPIKeyPermissionMissing   Code = "apikey.permission_missing"
	CodeAPIKeyIPInvalid           Code = "apikey.ip_invalid"
	CodeAPIKeyIPNotWhitelisted    Code = "apikey.ip_not_whitelisted"
	CodeAPIKeyEnvironmentMismatch Code = "apikey.environment_mismatch"
	CodeAPIKeyExpiring            Code = "apikey.expiring"
	CodeAPIKeyIPUnbound           Code = "apikey.ip_unbound"
	CodeAPIKeyOK                  Code = "apikey.ok"

	// errorcode
	CodeErrorCodeKnown   Code = "errorcode.known"
	CodeErrorCodeUnknown Code = "errorcode.unknown"

	// signature
	CodeSignatureOK                      Code = "signature.ok"
	CodeSignatureMismatch                Code = "signature.mismatch"
	CodeSignatureTimestampInvalid        Code = "signature.timestamp_invalid"
	CodeSignatureCauseHexInsteadOfBase64 Code = "signature.cause.hex_instead_of_base64"
	CodeSignatureCauseBase64OfHex        Code = "signature.cause.base64_of_hex"
	CodeSignatureCauseQueryOmitted       Code = "signature.cause.query_omitted"
	CodeSignatureCauseMethodCase         Code = "signature.cause.method_case"
	CodeSignatureCauseTimestampFormat    Code = "signature.cause.timestamp_format"
	CodeSignatureCauseBodyOnGet          Code = "signature.cause.body_on_get"
	CodeSignatureCauseSecretWhitespace   Code = "signature.cause.secret_whitespace"
	CodeSignatureCausePassphraseAsSecret Code = "signature.cause.passphrase_as_secret"
	CodeSignatureCauseBodyReserialized   Code = "signature.cause.body_reserialized"
	CodeSignatureCausePathIncludesHost   Code = "signature.cause.path_includes_host"

	// webhook
	CodeWebhookSignatureOK               Code = "webhook.signature.ok"
	CodeWebhookSignatureMismatch         Code = "webhook.signature.mismatch"
	CodeWebhookSignatureBodyReserialized Code = "webhook.signature.body_reserialized"
	CodeWebhookSignatureSecretWhitespace Code = "webhook.signature.secret_whitespace"
	CodeWebhookSignatureStale            Code = "webhook.signature.stale"
	CodeWebhookSignatureClockSkew        Code = "webhook.signature.clock_skew"
	CodeWebhookSignatureWrongScheme      Code = "webhook.signature.wrong_scheme"
	CodeWebhookSignatureHeaderMalformed  Code = "webhook.signature.header_malformed"

	// callback-url
	CodeCallbackURLInvalid     Code = "callback.url.invalid"
	CodeCallbackURLInsecure    Code = "callback.url.insecure"
	CodeCallbackURLPrivate     Code = "callback.url.private"
	CodeCallbackURLCredentials Code = "callback.url.credentials"
	CodeCallbackURLOK          Code = "callback.url.ok"
	CodeCallbackUnreachable    Code = "callback.unreachable"
	CodeCallbackTimeout        Code = "callback.timeout"
	CodeCallbackRedirect       Code = "callback.redirect"
	CodeCallbackServerError    Code = "callback.server_error"
	CodeCallbackReachable      Code = "callback.reachable"

	// tx
	CodeTxChainUnknown   Code = "tx.chain_unknown"
	CodeTxHashMalformed  Code = "tx.hash_malformed"
	CodeTxDepositPending Code = "tx.deposit_pending"
	CodeTxOK             Code = "tx.ok"

	// kyc-document
	CodeKYCDocumentType          Code = "kyc.document_type"
	CodeKYCDocumentTooLarge      Code = "kyc.document_too_large"
	CodeKYCDocumentResolution    Code = "kyc.document_resolution"
	CodeKYCDocumentBlurry        Code = "kyc.document_blurry"
	CodeKYCDocumentExpired       Code = "kyc.document_expired"
	CodeKYCDocumentExpiring      Code = "kyc.document_expiring"
	CodeKYCDocumentExpiryInvalid Code = "kyc.document_expiry_invalid"
	CodeKYCDocumentOK            Code = "kyc.document_ok"

	// browser
	CodeBrowserCookiesBlocked Code = "browser.cookies_blocked"
	CodeBrowserStorageBlocked Code = "browser.storage_blocked"
	CodeBrowserScriptBlocked  Code = "browser.script_blocked"
	CodeBrowserOK             Code = "browser.ok"
)

// CodeInfo describes one finding code: what it means and how urgent it is
// by default when it warns or fails. Pass and skip codes have no severity.
type CodeInfo struct {
	Code     Code      `json:"code"`
	Severity Severity  `json:"severity,omitempty"`
	Meaning  i18n.Text `json:"meaning"`
}

// codeTable is every finding code the engine and the checks can report, in
// a stable order (by check). codes_test.go keeps it complete in both
// languages and in step with the constants.
var codeTable = []CodeInfo{
	// Engine.
	{CodeSkipped, "", i18n.M(i18n.CodeSkipped)},
	{CodeError, SeverityLow, i18n.M(i18n.CodeError)},
	{CodeTimeout, SeverityLow, i18n.M(i18n.CodeTimeout)},
	{CodePanic, SeverityLow, i18n.M(i18n.CodePanic)},
	{CodeCanceled, "", i18n.M(i18n.CodeCanceled)},

	// network
	{CodeNetworkOffline, SeverityHigh, i18n.M(i18n.CodeNetworkOffline)},
	{CodeNetworkUnreachable, SeverityHigh, i18n.M(i18n.CodeNetworkUnreachable)},
	{CodeNetworkSlow, SeverityMedium, i18n.M(i18n.CodeNetworkSlow)},
	{CodeNetworkOK, "", i18n.M(i18n.CodeNetworkOK)},

	// clock
	{CodeClockSkew, SeverityHigh, i18n.M(i18n.CodeClockSkew)},
	{CodeClockOK, "", i18n.M(i18n.CodeClockOK)},

	// maintenance
	{CodePlatformMaintenance, SeverityHigh, i18n.M(i18n.CodePlatformMaintenance)},
	{CodePlatformMaintenanceScheduled, SeverityLow, i18n.M(i18n.CodePlatformMaintenanceScheduled)},
	{CodePlatformOK, "", i18n.M(i18n.CodePlatformOK)},

	// balance
	{CodeBalanceAmountInvalid, SeverityMedium, i18n.M(i18n.CodeBalanceAmountInvalid)},
	{CodeBalanceCurrencyMismatch, SeverityHigh, i18n.M(i18n.CodeBalanceCurrencyMismatch)},
	{CodeBalanceBelowMinimum, SeverityMedium, i18n.M(i18n.CodeBalanceBelowMinimum)},
	{CodeBalanceInsufficient, SeverityHigh, i18n.M(i18n.CodeBalanceInsufficient)},
	{CodeBalanceOK, "", i18n.M(i18n.CodeBalanceOK)},

	// account
	{CodeAccountLocked, SeverityHigh, i18n.M(i18n.CodeAccountLocked)},
	{CodeAccountRestricted, SeverityHigh, i18n.M(i18n.CodeAccountRestricted)},
	{CodeAccountFrozen, SeverityCritical, i18n.M(i18n.CodeAccountFrozen)},
	{CodeAccountKYCRejected, SeverityMedium, i18n.M(i18n.CodeAccountKYCRejected)},
	{CodeAccountKYCPending, SeverityLow, i18n.M(i18n.CodeAccountKYCPending)},
	{CodeAccountKYCMissing, SeverityLow, i18n.M(i18n.CodeAccountKYCMissing)},
	{CodeAccountOK, "", i18n.M(i18n.CodeAccountOK)},

	// apikey
	{CodeAPIKeyMissing, SeverityHigh, i18n.M(i18n.CodeAPIKeyMissing)},
	{CodeAPIKeyWhitespace, SeverityHigh, i18n.M(i18n.CodeAPIKeyWhitespace)},
	{CodeAPIKeyMalformed, SeverityHigh, i18n.M(i18n.CodeAPIKeyMalformed)},
	{CodeAPIKeySecretMalformed, SeverityHigh, i18n.M(i18n.CodeAPIKeySecretMalformed)},
	{CodeAPIKeyPassphraseMissing, SeverityMedium, i18n.M(i18n.CodeAPIKeyPassphraseMissing)},
	{CodeAPIKeyPermissionMissing, SeverityHigh, i18n.M(i18n.CodeAPIKeyPermissionMissing)},
	{CodeAPIKeyIPInvalid, SeverityMedium, i18n.M(i18n.CodeAPIKeyIPInvalid)},
	{CodeAPIKeyIPNotWhitelisted, SeverityHigh, i18n.M(i18n.CodeAPIKeyIPNotWhitelisted)},
	{CodeAPIKeyEnvironmentMismatch, SeverityHigh, i18n.M(i18n.CodeAPIKeyEnvironmentMismatch)},
	{CodeAPIKeyExpiring, SeverityHigh, i18n.M(i18n.CodeAPIKeyExpiring)},
	{CodeAPIKeyIPUnbound, SeverityLow, i18n.M(i18n.CodeAPIKeyIPUnbound)},
	{CodeAPIKeyOK, "", i18n.M(i18n.CodeAPIKeyOK)},

	// errorcode
	{CodeErrorCodeKnown, SeverityMedium, i18n.M(i18n.CodeErrorCodeKnown)},
	{CodeErrorCodeUnknown, SeverityLow, i18n.M(i18n.CodeErrorCodeUnknown)},

	// signature
	{CodeSignatureOK, "", i18n.M(i18n.CodeSignatureOK)},
	{CodeSignatureMismatch, SeverityHigh, i18n.M(i18n.CodeSignatureMismatch)},
	{CodeSignatureTimestampInvalid, SeverityHigh, i18n.M(i18n.CodeSignatureTimestampInvalid)},
	{CodeSignatureCauseHexInsteadOfBase64, SeverityHigh, i18n.M(i18n.CodeSignatureCauseHexInsteadOfBase64)},
	{CodeSignatureCauseBase64OfHex, SeverityHigh, i18n.M(i18n.CodeSignatureCauseBase64OfHex)},
	{CodeSignatureCauseQueryOmitted, SeverityHigh, i18n.M(i18n.CodeSignatureCauseQueryOmitted)},
	{CodeSignatureCauseMethodCase, SeverityHigh, i18n.M(i18n.CodeSignatureCauseMethodCase)},
	{CodeSignatureCauseTimestampFormat, SeverityHigh, i18n.M(i18n.CodeSignatureCauseTimestampFormat)},
	{CodeSignatureCauseBodyOnGet, SeverityHigh, i18n.M(i18n.CodeSignatureCauseBodyOnGet)},
	{CodeSignatureCauseSecretWhitespace, SeverityHigh, i18n.M(i18n.CodeSignatureCauseSecretWhitespace)},
	{CodeSignatureCausePassphraseAsSecret, SeverityHigh, i18n.M(i18n.CodeSignatureCausePassphraseAsSecret)},
	{CodeSignatureCauseBodyReserialized, SeverityHigh, i18n.M(i18n.CodeSignatureCauseBodyReserialized)},
	{CodeSignatureCausePathIncludesHost, SeverityHigh, i18n.M(i18n.CodeSignatureCausePathIncludesHost)},

	// webhook
	{CodeWebhookSignatureOK, "", i18n.M(i18n.CodeWebhookSignatureOK)},
	{CodeWebhookSignatureMismatch, SeverityHigh, i18n.M(i18n.CodeWebhookSignatureMismatch)},
	{CodeWebhookSignatureBodyReserialized, SeverityHigh, i18n.M(i18n.CodeWebhookSignatureBodyReserialized)},
	{CodeWebhookSignatureSecretWhitespace, SeverityHigh, i18n.M(i18n.CodeWebhookSignatureSecretWhitespace)},
	{CodeWebhookSignatureStale, SeverityMedium, i18n.M(i18n.CodeWebhookSignatureStale)},
	{CodeWebhookSignatureClockSkew, SeverityMedium, i18n.M(i18n.CodeWebhookSignatureClockSkew)},
	{CodeWebhookSignatureWrongScheme, SeverityHigh, i18n.M(i18n.CodeWebhookSignatureWrongScheme)},
	{CodeWebhookSignatureHeaderMalformed, SeverityMedium, i18n.M(i18n.CodeWebhookSignatureHeaderMalformed)},

	// callback-url
	{CodeCallbackURLInvalid, SeverityHigh, i18n.M(i18n.CodeCallbackURLInvalid)},
	{CodeCallbackURLInsecure, SeverityMedium, i18n.M(i18n.CodeCallbackURLInsecure)},
	{CodeCallbackURLPrivate, SeverityHigh, i18n.M(i18n.CodeCallbackURLPrivate)},
	{CodeCallbackURLCredentials, SeverityHigh, i18n.M(i18n.CodeCallbackURLCredentials)},
	{CodeCallbackURLOK, "", i18n.M(i18n.CodeCallbackURLOK)},
	{CodeCallbackUnreachable, SeverityHigh, i18n.M(i18n.CodeCallbackUnreachable)},
	{CodeCallbackTimeout, SeverityHigh, i18n.M(i18n.CodeCallbackTimeout)},
	{CodeCallbackRedirect, SeverityMedium, i18n.M(i18n.CodeCallbackRedirect)},
	{CodeCallbackServerError, SeverityMedium, i18n.M(i18n.CodeCallbackServerError)},
	{CodeCallbackReachable, "", i18n.M(i18n.CodeCallbackReachable)},

	// tx
	{CodeTxChainUnknown, SeverityLow, i18n.M(i18n.CodeTxChainUnknown)},
	{CodeTxHashMalformed, SeverityMedium, i18n.M(i18n.CodeTxHashMalformed)},
	{CodeTxDepositPending, SeverityMedium, i18n.M(i18n.CodeTxDepositPending)},
	{CodeTxOK, "", i18n.M(i18n.CodeTxOK)},

	// kyc-document
	{CodeKYCDocumentType, SeverityMedium, i18n.M(i18n.CodeKYCDocumentType)},
	{CodeKYCDocumentTooLarge, SeverityMedium, i18n.M(i18n.CodeKYCDocumentTooLarge)},
	{CodeKYCDocumentResolution, SeverityMedium, i18n.M(i18n.CodeKYCDocumentResolution)},
	{CodeKYCDocumentBlurry, SeverityMedium, i18n.M(i18n.CodeKYCDocumentBlurry)},
	{CodeKYCDocumentExpired, SeverityHigh, i18n.M(i18n.CodeKYCDocumentExpired)},
	{CodeKYCDocumentExpiring, SeverityLow, i18n.M(i18n.CodeKYCDocumentExpiring)},
	{CodeKYCDocumentExpiryInvalid, SeverityLow, i18n.M(i18n.CodeKYCDocumentExpiryInvalid)},
	{CodeKYCDocumentOK, "", i18n.M(i18n.CodeKYCDocumentOK)},

	// browser
	{CodeBrowserCookiesBlocked, SeverityHigh, i18n.M(i18n.CodeBrowserCookiesBlocked)},
	{CodeBrowserStorageBlocked, SeverityMedium, i18n.M(i18n.CodeBrowserStorageBlocked)},
	{CodeBrowserScriptBlocked, SeverityHigh, i18n.M(i18n.CodeBrowserScriptBlocked)},
	{CodeBrowserOK, "", i18n.M(i18n.CodeBrowserOK)},
}

var codeIndex = func() map[Code]int {
	m := make(map[Code]int, len(codeTable))
	for i, c := range codeTable {
		m[c.Code] = i
	}
	return m
}()

// LookupCode returns the table's entry of a code.
func LookupCode(c Code) (CodeInfo, bool) {
	i, ok := codeIndex[c]
	if !ok {
		return CodeInfo{}, false
	}
	return codeTable[i], true
}

// Meaning returns what c means, or false for a code not in the table.
func (c Code) Meaning() (i18n.Text, bool) {
	info, ok := LookupCode(c)
	return info.Meaning, ok
}

// Severity is c's default severity when it warns or fails; empty for pass
// and skip codes and for codes not in the table.
func (c Code) Severity() Severity {
	info, _ := LookupCode(c)
	return info.Severity
}

// Area is the part of c before the first dot: "network" for
// "network.offline".
func (c Code) Area() string {
	s := string(c)
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return s[:i]
		}
	}
	return s
}

// Codes returns the whole table, in a stable order (by check).
func Codes() []CodeInfo { return append([]CodeInfo(nil), codeTable...) }
