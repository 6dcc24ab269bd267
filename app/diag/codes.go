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
	{CodeSkipped, "", i18n.T("检查不适用（缺少输入、离线或不在浏览器中）。", "The check did not apply (missing input, offline, or not in a browser).")},
	{CodeError, SeverityLow, i18n.T("检查无法运行。", "The check could not run.")},
	{CodeTimeout, SeverityLow, i18n.T("检查超时，结果未知。", "The check timed out; the result is unknown.")},
	{CodePanic, SeverityLow, i18n.T("检查内部出错。", "The check failed internally.")},
	{CodeCanceled, "", i18n.T("检查被取消。", "The check was canceled.")},

	// network
	{CodeNetworkOffline, SeverityHigh, i18n.T("设备离线。", "The device is offline.")},
	{CodeNetworkUnreachable, SeverityHigh, i18n.T("无法连接平台 API。", "The platform API cannot be reached.")},
	{CodeNetworkSlow, SeverityMedium, i18n.T("到平台 API 的网络较慢。", "The network to the platform API is slow.")},
	{CodeNetworkOK, "", i18n.T("可以正常连接平台 API。", "The platform API is reachable.")},

	// clock
	{CodeClockSkew, SeverityHigh, i18n.T("本机时钟与服务器时间偏差过大，签名请求会过期。", "The local clock is off the server time; signed requests expire.")},
	{CodeClockOK, "", i18n.T("本机时钟准确。", "The local clock is accurate.")},

	// maintenance
	{CodePlatformMaintenance, SeverityHigh, i18n.T("平台正在维护。", "The platform is under maintenance.")},
	{CodePlatformMaintenanceScheduled, SeverityLow, i18n.T("平台即将维护。", "Platform maintenance is announced.")},
	{CodePlatformOK, "", i18n.T("没有维护公告。", "No maintenance is announced.")},

	// balance
	{CodeBalanceAmountInvalid, SeverityMedium, i18n.T("页面提供的金额无效。", "An amount the page provided is invalid.")},
	{CodeBalanceCurrencyMismatch, SeverityHigh, i18n.T("余额币种与付款币种不同。", "The balance and the payment are in different currencies.")},
	{CodeBalanceBelowMinimum, SeverityMedium, i18n.T("金额低于最低限额。", "The amount is below the minimum.")},
	{CodeBalanceInsufficient, SeverityHigh, i18n.T("余额不足以支付金额加手续费。", "The balance does not cover the amount plus the fee.")},
	{CodeBalanceOK, "", i18n.T("余额充足。", "The balance is sufficient.")},

	// account
	{CodeAccountLocked, SeverityHigh, i18n.T("账户被锁定。", "The account is locked.")},
	{CodeAccountRestricted, SeverityHigh, i18n.T("账户受限。", "The account is restricted.")},
	{CodeAccountFrozen, SeverityCritical, i18n.T("账户被冻结。", "The account is frozen.")},
	{CodeAccountKYCRejected, SeverityMedium, i18n.T("身份认证未通过。", "Identity verification was rejected.")},
	{CodeAccountKYCPending, SeverityLow, i18n.T("身份认证审核中。", "Identity verification is under review.")},
	{CodeAccountKYCMissing, SeverityLow, i18n.T("尚未完成身份认证。", "Identity verification is not done.")},
	{CodeAccountOK, "", i18n.T("账户状态正常。", "The account is in good standing.")},

	// apikey
	{CodeAPIKeyMissing, SeverityHigh, i18n.T("缺少 API Key。", "The API key is missing.")},
	{CodeAPIKeyWhitespace, SeverityHigh, i18n.T("API 密钥信息含有空白字符。", "The API credentials contain whitespace.")},
	{CodeAPIKeyMalformed, SeverityHigh, i18n.T("API Key 格式不对。", "The API key is malformed.")},
	{CodeAPIKeySecretMalformed, SeverityHigh, i18n.T("Secret Key 格式不对。", "The secret key is malformed.")},
	{CodeAPIKeyPassphraseMissing, SeverityMedium, i18n.T("缺少 Passphrase。", "The passphrase is missing.")},
	{CodeAPIKeyPermissionMissing, SeverityHigh, i18n.T("密钥缺少所需权限。", "The key lacks a needed permission.")},
	{CodeAPIKeyIPInvalid, SeverityMedium, i18n.T("IP 白名单或服务器 IP 无效。", "A whitelist entry or the server IP is invalid.")},
	{CodeAPIKeyIPNotWhitelisted, SeverityHigh, i18n.T("服务器 IP 不在白名单中。", "The server IP is not whitelisted.")},
	{CodeAPIKeyEnvironmentMismatch, SeverityHigh, i18n.T("密钥的环境或地区与调用的不一致。", "The key's environment or region does not match the one called.")},
	{CodeAPIKeyExpiring, SeverityHigh, i18n.T("未绑定 IP 的交易/提现密钥闲置过久，将被删除。", "An unbound trade/withdraw key has been idle too long and will be deleted.")},
	{CodeAPIKeyIPUnbound, SeverityLow, i18n.T("交易/提现密钥未绑定 IP。", "A trade/withdraw key is not bound to an IP.")},
	{CodeAPIKeyOK, "", i18n.T("API 密钥配置正常。", "The API key configuration is fine.")},

	// errorcode
	{CodeErrorCodeKnown, SeverityMedium, i18n.T("平台返回了已知错误码。", "The platform returned a known error code.")},
	{CodeErrorCodeUnknown, SeverityLow, i18n.T("平台返回的错误码不在目录中。", "The platform returned an error code not in its catalogue.")},

	// signature
	{CodeSignatureOK, "", i18n.T("请求签名正确。", "The request signature is correct.")},
	{CodeSignatureMismatch, SeverityHigh, i18n.T("请求签名不一致，原因未知。", "The request signature does not match, for an unknown reason.")},
	{CodeSignatureTimestampInvalid, SeverityHigh, i18n.T("时间戳格式不对。", "The timestamp format is wrong.")},
	{CodeSignatureCauseHexInsteadOfBase64, SeverityHigh, i18n.T("签名用了十六进制而不是 Base64。", "The signature is hex instead of Base64.")},
	{CodeSignatureCauseBase64OfHex, SeverityHigh, i18n.T("签名是十六进制字符串的 Base64。", "The signature is Base64 of the hex digest.")},
	{CodeSignatureCauseQueryOmitted, SeverityHigh, i18n.T("签名漏掉了查询串。", "The query string was not signed.")},
	{CodeSignatureCauseMethodCase, SeverityHigh, i18n.T("签名中的方法不是大写。", "The signed method is not upper case.")},
	{CodeSignatureCauseTimestampFormat, SeverityHigh, i18n.T("签名用的时间戳格式与请求头不同。", "The signed timestamp format differs from the header.")},
	{CodeSignatureCauseBodyOnGet, SeverityHigh, i18n.T("GET 请求签名带了请求体。", "A body was signed on a GET.")},
	{CodeSignatureCauseSecretWhitespace, SeverityHigh, i18n.T("签名用的 Secret Key 带空白字符。", "The signing secret carries whitespace.")},
	{CodeSignatureCausePassphraseAsSecret, SeverityHigh, i18n.T("用 Passphrase 代替 Secret Key 签名。", "The passphrase was used as the signing secret.")},
	{CodeSignatureCauseBodyReserialized, SeverityHigh, i18n.T("签名的请求体与发送的不同（重新序列化）。", "A re-serialised body was signed, not the one sent.")},
	{CodeSignatureCausePathIncludesHost, SeverityHigh, i18n.T("签名的路径包含了域名。", "The signed path includes the host.")},

	// webhook
	{CodeWebhookSignatureOK, "", i18n.T("回调签名正确。", "The webhook signature is valid.")},
	{CodeWebhookSignatureMismatch, SeverityHigh, i18n.T("回调签名不匹配，原因未知。", "The webhook signature does not match, for an unknown reason.")},
	{CodeWebhookSignatureBodyReserialized, SeverityHigh, i18n.T("验签用的是重新序列化的请求体。", "The webhook was verified against a re-serialised body.")},
	{CodeWebhookSignatureSecretWhitespace, SeverityHigh, i18n.T("回调签名密钥带空白字符。", "The webhook secret carries whitespace.")},
	{CodeWebhookSignatureStale, SeverityMedium, i18n.T("回调签名已超出时间容忍窗口。", "The webhook signature is outside the time tolerance.")},
	{CodeWebhookSignatureClockSkew, SeverityMedium, i18n.T("回调签名时间晚于本机时间：时钟不准。", "The webhook was signed later than the local time: a clock is off.")},
	{CodeWebhookSignatureWrongScheme, SeverityHigh, i18n.T("验签方案选错了。", "The wrong verification scheme is used.")},
	{CodeWebhookSignatureHeaderMalformed, SeverityMedium, i18n.T("签名请求头格式不对。", "The signature header is malformed.")},

	// callback-url
	{CodeCallbackURLInvalid, SeverityHigh, i18n.T("回调地址无效。", "The callback URL is invalid.")},
	{CodeCallbackURLInsecure, SeverityMedium, i18n.T("回调地址未使用 https。", "The callback URL does not use https.")},
	{CodeCallbackURLPrivate, SeverityHigh, i18n.T("回调地址不是公网地址。", "The callback URL is not a public address.")},
	{CodeCallbackURLCredentials, SeverityHigh, i18n.T("回调地址包含用户名和密码。", "The callback URL carries credentials.")},
	{CodeCallbackURLOK, "", i18n.T("回调地址格式正确。", "The callback URL is well-formed.")},
	{CodeCallbackUnreachable, SeverityHigh, i18n.T("无法连接回调地址。", "The callback URL cannot be reached.")},
	{CodeCallbackTimeout, SeverityHigh, i18n.T("回调地址响应超时。", "The callback URL timed out.")},
	{CodeCallbackRedirect, SeverityMedium, i18n.T("回调地址返回重定向。", "The callback URL redirects.")},
	{CodeCallbackServerError, SeverityMedium, i18n.T("回调地址返回服务器错误。", "The callback URL answers with a server error.")},
	{CodeCallbackReachable, "", i18n.T("回调地址可以访问。", "The callback URL is reachable.")},

	// tx
	{CodeTxChainUnknown, SeverityLow, i18n.T("不认识的链。", "The chain is unknown.")},
	{CodeTxHashMalformed, SeverityMedium, i18n.T("交易哈希格式不对。", "The transaction hash is malformed.")},
	{CodeTxDepositPending, SeverityMedium, i18n.T("链上转账尚未到账。", "An on-chain transfer has not been credited yet.")},
	{CodeTxOK, "", i18n.T("交易哈希格式正确。", "The transaction hash is well-formed.")},

	// kyc-document
	{CodeKYCDocumentType, SeverityMedium, i18n.T("证件文件类型不被接受。", "The document's file type is not accepted.")},
	{CodeKYCDocumentTooLarge, SeverityMedium, i18n.T("证件文件过大。", "The document file is too large.")},
	{CodeKYCDocumentResolution, SeverityMedium, i18n.T("证件图片分辨率太低。", "The document image resolution is too low.")},
	{CodeKYCDocumentBlurry, SeverityMedium, i18n.T("证件照片模糊。", "The document photo is blurred.")},
	{CodeKYCDocumentExpired, SeverityHigh, i18n.T("证件已过期。", "The document has expired.")},
	{CodeKYCDocumentExpiring, SeverityLow, i18n.T("证件即将过期。", "The document expires soon.")},
	{CodeKYCDocumentExpiryInvalid, SeverityLow, i18n.T("无法识别证件有效期。", "The document's expiry date is not recognised.")},
	{CodeKYCDocumentOK, "", i18n.T("证件文件检查通过。", "The document passed the checks.")},

	// browser
	{CodeBrowserCookiesBlocked, SeverityHigh, i18n.T("浏览器禁用了 Cookie。", "Cookies are disabled.")},
	{CodeBrowserStorageBlocked, SeverityMedium, i18n.T("浏览器存储不可用。", "Browser storage is unavailable.")},
	{CodeBrowserScriptBlocked, SeverityHigh, i18n.T("支付脚本被拦截。", "Payment scripts are blocked.")},
	{CodeBrowserOK, "", i18n.T("浏览器设置正常。", "The browser settings are fine.")},
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
