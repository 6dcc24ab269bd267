package checks

import (
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// CodeInfo describes one finding code: what it means and how urgent it is
// by default when it warns or fails. Pass and skip codes have no severity.
type CodeInfo struct {
	Code     string        `json:"code"`
	Severity diag.Severity `json:"severity,omitempty"`
	Meaning  i18n.Text     `json:"meaning"`
}

// catalogue is every finding code the engine and the checks can report.
// Codes are contracts (routing, reports, events and the CLI use them):
// add codes, never rename them. codes_test.go keeps this list, the checks
// and both languages in sync.
var catalogue = []CodeInfo{
	// Engine.
	{diag.CodeSkipped, "", i18n.T("检查不适用（缺少输入、离线或不在浏览器中）。", "The check did not apply (missing input, offline, or not in a browser).")},
	{diag.CodeError, diag.SeverityLow, i18n.T("检查无法运行。", "The check could not run.")},
	{diag.CodeTimeout, diag.SeverityLow, i18n.T("检查超时，结果未知。", "The check timed out; the result is unknown.")},
	{diag.CodePanic, diag.SeverityLow, i18n.T("检查内部出错。", "The check failed internally.")},
	{diag.CodeCanceled, "", i18n.T("检查被取消。", "The check was canceled.")},

	// network
	{"network.offline", diag.SeverityHigh, i18n.T("设备离线。", "The device is offline.")},
	{"network.unreachable", diag.SeverityHigh, i18n.T("无法连接平台 API。", "The platform API cannot be reached.")},
	{"network.slow", diag.SeverityMedium, i18n.T("到平台 API 的网络较慢。", "The network to the platform API is slow.")},
	{"network.ok", "", i18n.T("可以正常连接平台 API。", "The platform API is reachable.")},

	// clock
	{"clock.skew", diag.SeverityHigh, i18n.T("本机时钟与服务器时间偏差过大，签名请求会过期。", "The local clock is off the server time; signed requests expire.")},
	{"clock.ok", "", i18n.T("本机时钟准确。", "The local clock is accurate.")},

	// maintenance
	{"platform.maintenance", diag.SeverityHigh, i18n.T("平台正在维护。", "The platform is under maintenance.")},
	{"platform.maintenance_scheduled", diag.SeverityLow, i18n.T("平台即将维护。", "Platform maintenance is announced.")},
	{"platform.ok", "", i18n.T("没有维护公告。", "No maintenance is announced.")},

	// balance
	{"balance.amount_invalid", diag.SeverityMedium, i18n.T("页面提供的金额无效。", "An amount the page provided is invalid.")},
	{"balance.currency_mismatch", diag.SeverityHigh, i18n.T("余额币种与付款币种不同。", "The balance and the payment are in different currencies.")},
	{"balance.below_minimum", diag.SeverityMedium, i18n.T("金额低于最低限额。", "The amount is below the minimum.")},
	{"balance.insufficient", diag.SeverityHigh, i18n.T("余额不足以支付金额加手续费。", "The balance does not cover the amount plus the fee.")},
	{"balance.ok", "", i18n.T("余额充足。", "The balance is sufficient.")},

	// account
	{"account.locked", diag.SeverityHigh, i18n.T("账户被锁定。", "The account is locked.")},
	{"account.restricted", diag.SeverityHigh, i18n.T("账户受限。", "The account is restricted.")},
	{"account.frozen", diag.SeverityCritical, i18n.T("账户被冻结。", "The account is frozen.")},
	{"account.kyc_rejected", diag.SeverityMedium, i18n.T("身份认证未通过。", "Identity verification was rejected.")},
	{"account.kyc_pending", diag.SeverityLow, i18n.T("身份认证审核中。", "Identity verification is under review.")},
	{"account.kyc_missing", diag.SeverityLow, i18n.T("尚未完成身份认证。", "Identity verification is not done.")},
	{"account.ok", "", i18n.T("账户状态正常。", "The account is in good standing.")},

	// apikey
	{"apikey.missing", diag.SeverityHigh, i18n.T("缺少 API Key。", "The API key is missing.")},
	{"apikey.whitespace", diag.SeverityHigh, i18n.T("API 密钥信息含有空白字符。", "The API credentials contain whitespace.")},
	{"apikey.malformed", diag.SeverityHigh, i18n.T("API Key 格式不对。", "The API key is malformed.")},
	{"apikey.secret_malformed", diag.SeverityHigh, i18n.T("Secret Key 格式不对。", "The secret key is malformed.")},
	{"apikey.passphrase_missing", diag.SeverityMedium, i18n.T("缺少 Passphrase。", "The passphrase is missing.")},
	{"apikey.permission_missing", diag.SeverityHigh, i18n.T("密钥缺少所需权限。", "The key lacks a needed permission.")},
	{"apikey.ip_invalid", diag.SeverityMedium, i18n.T("IP 白名单或服务器 IP 无效。", "A whitelist entry or the server IP is invalid.")},
	{"apikey.ip_not_whitelisted", diag.SeverityHigh, i18n.T("服务器 IP 不在白名单中。", "The server IP is not whitelisted.")},
	{"apikey.environment_mismatch", diag.SeverityHigh, i18n.T("密钥的环境或地区与调用的不一致。", "The key's environment or region does not match the one called.")},
	{"apikey.expiring", diag.SeverityHigh, i18n.T("未绑定 IP 的交易/提现密钥闲置过久，将被删除。", "An unbound trade/withdraw key has been idle too long and will be deleted.")},
	{"apikey.ip_unbound", diag.SeverityLow, i18n.T("交易/提现密钥未绑定 IP。", "A trade/withdraw key is not bound to an IP.")},
	{"apikey.ok", "", i18n.T("API 密钥配置正常。", "The API key configuration is fine.")},

	// errorcode
	{"errorcode.known", diag.SeverityMedium, i18n.T("平台返回了已知错误码。", "The platform returned a known error code.")},
	{"errorcode.unknown", diag.SeverityLow, i18n.T("平台返回的错误码不在目录中。", "The platform returned an error code not in its catalogue.")},

	// signature
	{"signature.ok", "", i18n.T("请求签名正确。", "The request signature is correct.")},
	{"signature.mismatch", diag.SeverityHigh, i18n.T("请求签名不一致，原因未知。", "The request signature does not match, for an unknown reason.")},
	{"signature.timestamp_invalid", diag.SeverityHigh, i18n.T("时间戳格式不对。", "The timestamp format is wrong.")},
	{"signature.cause.hex_instead_of_base64", diag.SeverityHigh, i18n.T("签名用了十六进制而不是 Base64。", "The signature is hex instead of Base64.")},
	{"signature.cause.base64_of_hex", diag.SeverityHigh, i18n.T("签名是十六进制字符串的 Base64。", "The signature is Base64 of the hex digest.")},
	{"signature.cause.query_omitted", diag.SeverityHigh, i18n.T("签名漏掉了查询串。", "The query string was not signed.")},
	{"signature.cause.method_case", diag.SeverityHigh, i18n.T("签名中的方法不是大写。", "The signed method is not upper case.")},
	{"signature.cause.timestamp_format", diag.SeverityHigh, i18n.T("签名用的时间戳格式与请求头不同。", "The signed timestamp format differs from the header.")},
	{"signature.cause.body_on_get", diag.SeverityHigh, i18n.T("GET 请求签名带了请求体。", "A body was signed on a GET.")},
	{"signature.cause.secret_whitespace", diag.SeverityHigh, i18n.T("签名用的 Secret Key 带空白字符。", "The signing secret carries whitespace.")},
	{"signature.cause.passphrase_as_secret", diag.SeverityHigh, i18n.T("用 Passphrase 代替 Secret Key 签名。", "The passphrase was used as the signing secret.")},
	{"signature.cause.body_reserialized", diag.SeverityHigh, i18n.T("签名的请求体与发送的不同（重新序列化）。", "A re-serialised body was signed, not the one sent.")},
	{"signature.cause.path_includes_host", diag.SeverityHigh, i18n.T("签名的路径包含了域名。", "The signed path includes the host.")},

	// webhook
	{"webhook.signature.ok", "", i18n.T("回调签名正确。", "The webhook signature is valid.")},
	{"webhook.signature.mismatch", diag.SeverityHigh, i18n.T("回调签名不匹配，原因未知。", "The webhook signature does not match, for an unknown reason.")},
	{"webhook.signature.body_reserialized", diag.SeverityHigh, i18n.T("验签用的是重新序列化的请求体。", "The webhook was verified against a re-serialised body.")},
	{"webhook.signature.secret_whitespace", diag.SeverityHigh, i18n.T("回调签名密钥带空白字符。", "The webhook secret carries whitespace.")},
	{"webhook.signature.stale", diag.SeverityMedium, i18n.T("回调签名已超出时间容忍窗口。", "The webhook signature is outside the time tolerance.")},
	{"webhook.signature.clock_skew", diag.SeverityMedium, i18n.T("回调签名时间晚于本机时间：时钟不准。", "The webhook was signed later than the local time: a clock is off.")},
	{"webhook.signature.wrong_scheme", diag.SeverityHigh, i18n.T("验签方案选错了。", "The wrong verification scheme is used.")},
	{"webhook.signature.header_malformed", diag.SeverityMedium, i18n.T("签名请求头格式不对。", "The signature header is malformed.")},

	// callback-url
	{"callback.url.invalid", diag.SeverityHigh, i18n.T("回调地址无效。", "The callback URL is invalid.")},
	{"callback.url.insecure", diag.SeverityMedium, i18n.T("回调地址未使用 https。", "The callback URL does not use https.")},
	{"callback.url.private", diag.SeverityHigh, i18n.T("回调地址不是公网地址。", "The callback URL is not a public address.")},
	{"callback.url.credentials", diag.SeverityHigh, i18n.T("回调地址包含用户名和密码。", "The callback URL carries credentials.")},
	{"callback.url.ok", "", i18n.T("回调地址格式正确。", "The callback URL is well-formed.")},
	{"callback.unreachable", diag.SeverityHigh, i18n.T("无法连接回调地址。", "The callback URL cannot be reached.")},
	{"callback.timeout", diag.SeverityHigh, i18n.T("回调地址响应超时。", "The callback URL timed out.")},
	{"callback.redirect", diag.SeverityMedium, i18n.T("回调地址返回重定向。", "The callback URL redirects.")},
	{"callback.server_error", diag.SeverityMedium, i18n.T("回调地址返回服务器错误。", "The callback URL answers with a server error.")},
	{"callback.reachable", "", i18n.T("回调地址可以访问。", "The callback URL is reachable.")},

	// tx
	{"tx.chain_unknown", diag.SeverityLow, i18n.T("不认识的链。", "The chain is unknown.")},
	{"tx.hash_malformed", diag.SeverityMedium, i18n.T("交易哈希格式不对。", "The transaction hash is malformed.")},
	{"tx.deposit_pending", diag.SeverityMedium, i18n.T("链上转账尚未到账。", "An on-chain transfer has not been credited yet.")},
	{"tx.ok", "", i18n.T("交易哈希格式正确。", "The transaction hash is well-formed.")},

	// kyc-document
	{"kyc.document_type", diag.SeverityMedium, i18n.T("证件文件类型不被接受。", "The document's file type is not accepted.")},
	{"kyc.document_too_large", diag.SeverityMedium, i18n.T("证件文件过大。", "The document file is too large.")},
	{"kyc.document_resolution", diag.SeverityMedium, i18n.T("证件图片分辨率太低。", "The document image resolution is too low.")},
	{"kyc.document_blurry", diag.SeverityMedium, i18n.T("证件照片模糊。", "The document photo is blurred.")},
	{"kyc.document_expired", diag.SeverityHigh, i18n.T("证件已过期。", "The document has expired.")},
	{"kyc.document_expiring", diag.SeverityLow, i18n.T("证件即将过期。", "The document expires soon.")},
	{"kyc.document_expiry_invalid", diag.SeverityLow, i18n.T("无法识别证件有效期。", "The document's expiry date is not recognised.")},
	{"kyc.document_ok", "", i18n.T("证件文件检查通过。", "The document passed the checks.")},

	// browser
	{"browser.cookies_blocked", diag.SeverityHigh, i18n.T("浏览器禁用了 Cookie。", "Cookies are disabled.")},
	{"browser.storage_blocked", diag.SeverityMedium, i18n.T("浏览器存储不可用。", "Browser storage is unavailable.")},
	{"browser.script_blocked", diag.SeverityHigh, i18n.T("支付脚本被拦截。", "Payment scripts are blocked.")},
	{"browser.ok", "", i18n.T("浏览器设置正常。", "The browser settings are fine.")},
}

var byCode = func() map[string]CodeInfo {
	m := make(map[string]CodeInfo, len(catalogue))
	for _, c := range catalogue {
		m[c.Code] = c
	}
	return m
}()

// Lookup returns the catalogue entry of a code.
func Lookup(code string) (CodeInfo, bool) {
	c, ok := byCode[code]
	return c, ok
}

// Codes returns the whole catalogue, in a stable order (by check).
func Codes() []CodeInfo { return append([]CodeInfo(nil), catalogue...) }
