package checks

import (
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// OKXAuthErrors is the demo error catalogue: the OKX v5 REST API's
// authentication ("API class") codes 50100–50121 (50117 is not assigned),
// with their documented meaning, a fix, and the check that diagnoses each.
// Demo manifests put it into Platform.ErrorCodes.
var OKXAuthErrors = map[string]diag.ErrorCode{
	"50100": {
		Meaning: i18n.T("API 已被冻结，请联系客服。", "API frozen, please contact customer service."),
		Fix:     i18n.T("该密钥被平台冻结，无法自行解除：通过官方渠道联系客服，说明密钥用途。", "The platform froze this key and it cannot be unfrozen by yourself: contact support through an official channel and explain what the key is used for."),
		Next:    "account",
	},
	"50101": {
		Meaning: i18n.T("APIKey 与当前环境不匹配。", "APIKey does not match current environment."),
		Fix:     i18n.T("模拟盘密钥只能用于模拟交易（请求头 x-simulated-trading: 1），实盘密钥只能用于实盘；也检查所用域名是否属于密钥所在地区。", "Demo keys only work for demo trading (header x-simulated-trading: 1) and live keys only on live; also check the domain belongs to the key's region."),
		Next:    "apikey",
	},
	"50102": {
		Meaning: i18n.T("请求时间戳过期。", "Timestamp request expired."),
		Fix:     i18n.T("请求的 OK-ACCESS-TIMESTAMP 与服务器时间相差超过 30 秒：同步服务器时钟（NTP），并在发送前即时生成时间戳。", "OK-ACCESS-TIMESTAMP is more than 30 s off the server time: sync the server clock (NTP) and generate the timestamp right before sending."),
		Next:    "clock",
	},
	"50103": {
		Meaning: i18n.T("请求头“OK-ACCESS-KEY”不能为空。", "Request header \"OK-ACCESS-KEY\" cannot be empty."),
		Fix:     i18n.T("在请求头 OK-ACCESS-KEY 中发送 API Key。", "Send the API key in the OK-ACCESS-KEY header."),
		Next:    "apikey",
	},
	"50104": {
		Meaning: i18n.T("请求头“OK-ACCESS-PASSPHRASE”不能为空。", "Request header \"OK-ACCESS-PASSPHRASE\" cannot be empty."),
		Fix:     i18n.T("在请求头 OK-ACCESS-PASSPHRASE 中发送创建密钥时设置的 Passphrase。", "Send the passphrase chosen when the key was created in the OK-ACCESS-PASSPHRASE header."),
		Next:    "apikey",
	},
	"50105": {
		Meaning: i18n.T("请求头“OK-ACCESS-PASSPHRASE”错误。", "Request header \"OK-ACCESS-PASSPHRASE\" incorrect."),
		Fix:     i18n.T("Passphrase 与创建该密钥时设置的不一致（注意大小写和首尾空格）；忘记了只能重新创建密钥。", "The passphrase differs from the one set when the key was created (mind case and surrounding spaces); if forgotten, create a new key."),
		Next:    "apikey",
	},
	"50106": {
		Meaning: i18n.T("请求头“OK-ACCESS-SIGN”不能为空。", "Request header \"OK-ACCESS-SIGN\" cannot be empty."),
		Fix:     i18n.T("为每个私有接口请求计算签名并放入 OK-ACCESS-SIGN。", "Compute the signature of every private request and send it in OK-ACCESS-SIGN."),
		Next:    "signature",
	},
	"50107": {
		Meaning: i18n.T("请求头“OK-ACCESS-TIMESTAMP”不能为空。", "Request header \"OK-ACCESS-TIMESTAMP\" cannot be empty."),
		Fix:     i18n.T("在 OK-ACCESS-TIMESTAMP 中发送签名所用的时间戳（ISO 8601 UTC 毫秒格式，如 2020-12-08T09:08:57.715Z）。", "Send the timestamp used in the signature in OK-ACCESS-TIMESTAMP (ISO 8601 UTC with milliseconds, e.g. 2020-12-08T09:08:57.715Z)."),
		Next:    "signature",
	},
	"50108": {
		Meaning: i18n.T("券商 ID 不存在。", "Exchange ID does not exist."),
		Fix:     i18n.T("检查券商（Broker）对接参数是否与平台分配的一致。", "Check the broker integration parameters against those the platform assigned."),
	},
	"50109": {
		Meaning: i18n.T("券商域名不存在。", "Exchange domain does not exist."),
		Fix:     i18n.T("检查券商（Broker）接入的域名配置是否与平台登记的一致。", "Check that the broker domain matches the one registered with the platform."),
	},
	"50110": {
		Meaning: i18n.T("你的 IP 不在 API Key 绑定的 IP 白名单中。", "Your IP is not included in your API key's IP whitelist."),
		Fix:     i18n.T("把服务器出口 IP 加入密钥的 IP 白名单（云服务器、NAT、代理的出口 IP 可能不同）。", "Add the server's outbound IP to the key's whitelist (cloud, NAT and proxies may leave from another IP)."),
		Next:    "apikey",
	},
	"50111": {
		Meaning: i18n.T("无效的 OK-ACCESS-KEY。", "Invalid OK-ACCESS-KEY."),
		Fix:     i18n.T("检查 API Key 是否完整、没有多余空格，且未被删除。", "Check the API key is complete, has no stray spaces and has not been deleted."),
		Next:    "apikey",
	},
	"50112": {
		Meaning: i18n.T("无效的 OK-ACCESS-TIMESTAMP。", "Invalid OK-ACCESS-TIMESTAMP."),
		Fix:     i18n.T("时间戳须为 ISO 8601 UTC 毫秒格式，如 2020-12-08T09:08:57.715Z，而不是 Unix 秒或毫秒数。", "The timestamp must be ISO 8601 UTC with milliseconds, e.g. 2020-12-08T09:08:57.715Z, not Unix seconds or milliseconds."),
		Next:    "signature",
	},
	"50113": {
		Meaning: i18n.T("无效的签名。", "Invalid signature."),
		Fix:     i18n.T("用签名自检找出签名串或编码哪里不对：Base64(HMAC-SHA256(secret, timestamp + 大写方法 + 路径含查询串 + body))。", "Use the signature self-test to find what differs: Base64(HMAC-SHA256(secret, timestamp + UPPER-CASE method + path with query + body))."),
		Next:    "signature",
	},
	"50114": {
		Meaning: i18n.T("无效的授权。", "Invalid authorization."),
		Fix:     i18n.T("检查 API Key、Passphrase 和签名是否属于同一个密钥，且密钥未被删除或冻结。", "Check that the key, passphrase and signature belong to the same key, and that it has not been deleted or frozen."),
		Next:    "apikey",
	},
	"50115": {
		Meaning: i18n.T("无效的请求方法。", "Invalid request method."),
		Fix:     i18n.T("按接口文档使用正确的 HTTP 方法（GET 或 POST），并用相同的大写方法名参与签名。", "Use the HTTP method the endpoint documents (GET or POST) and sign that same method in upper case."),
		Next:    "signature",
	},
	"50116": {
		Meaning: i18n.T("Fast API 只能创建一个 API Key。", "Fast API is allowed to create only one API key."),
		Fix:     i18n.T("使用已有的 Fast API 密钥，或删除后再创建。", "Use the existing Fast API key, or delete it before creating another."),
	},
	"50118": {
		Meaning: i18n.T("如需通过 API Key 绑定应用，券商需要提供 IP 加入白名单。", "To link the app using your API key, your broker needs to share their IP to be whitelisted."),
		Fix:     i18n.T("向券商索取其服务器 IP 并加入密钥的白名单。", "Ask the broker for its server IPs and add them to the key's whitelist."),
		Next:    "apikey",
	},
	"50119": {
		Meaning: i18n.T("API Key 不存在。", "API key doesn't exist."),
		Fix:     i18n.T("密钥可能已被删除（未绑定 IP 的交易/提现密钥闲置 14 天会被删除）：在“API 管理”中确认并重新创建。", "The key may have been deleted (unbound trade/withdraw keys are deleted after 14 days unused): check API management and create a new one."),
		Next:    "apikey",
	},
	"50120": {
		Meaning: i18n.T("该 API Key 没有使用此功能的权限。", "This API key doesn't have permission to use this function."),
		Fix:     i18n.T("为密钥开启所需权限（读取/交易/提现），或使用有此权限的密钥。", "Give the key the permission it needs (read/trade/withdraw), or use a key that has it."),
		Next:    "apikey",
	},
	"50121": {
		Meaning: i18n.T("你不能通过该 IP 地址访问我们的服务。", "You can't access our services through the IP address."),
		Fix:     i18n.T("该 IP 所在地区或网络不在服务范围内：换用允许地区的服务器或网络，必要时联系客服。", "The IP's region or network is not served: use a server or network in a served region, and contact support if needed."),
	},
}
