package manifest

import (
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/strictjson"
)

// Problem codes: stable names of the rules a manifest can break.
const (
	codeTooLarge      = "document.too_large"
	codeSyntax        = strictjson.CodeSyntax
	codeType          = strictjson.CodeType
	codeUnknownField  = strictjson.CodeUnknownField
	codeDuplicateKey  = strictjson.CodeDuplicateKey
	codeBadValue      = strictjson.CodeValue
	codeTrailing      = strictjson.CodeTrailing
	codeVersion       = "version"
	codeExpired       = "expired"
	codeRequired      = "required"
	codeLanguage      = "text.language_missing"
	codeLanguages     = "languages.missing"
	codeID            = "id.invalid"
	codeDuplicateID   = "id.duplicate"
	codeReference     = "reference.unknown"
	codeURLMalformed  = "url.malformed"
	codeURLInsecure   = "url.insecure"
	codeURLOffDomain  = "url.off_domain"
	codeMailto        = "mailto.malformed"
	codeMailtoField   = "mailto.field"
	codeBidi          = "text.bidi_control"
	codeLifetime      = "expires.too_late"
	codeTel           = "tel.malformed"
	codeKind          = "channel.kind"
	codeKindValue     = "channel.value_scheme"
	codeTemplate      = "template.invalid"
	codeHours         = "hours.invalid"
	codeZone          = "hours.zone"
	codeDomain        = "domain.invalid"
	codeEnum          = "enum.unknown"
	codeRegion        = "region.invalid"
	codeLangTag       = "language_tag.invalid"
	codeName          = "name.invalid"
	codeRange         = "range.invalid"
	codeSignature     = "signature.invalid"
	codeSignatureForm = "signature.encoding"
)

// Warning codes: findings that do not refuse a manifest but that its
// publisher should look at (Manifest.Warnings).
const (
	codeHostPunycode    = "host.punycode"
	codeHostMixedScript = "host.mixed_script"
)

// Messages for the platform operator (CLI) and, through the panel's
// "could not verify" notice, the merchant.
var (
	msgTooLarge     = i18n.T("清单过大（%d 字节，上限 %d）。", "The manifest is too large (%d bytes, limit %d).")
	msgBadValue     = i18n.T("值无效：%s", "invalid value: %s")
	msgVersion      = i18n.T("不支持的清单版本 %d（本组件支持版本 %d）。", "unsupported manifest version %d (this widget reads version %d).")
	msgExpired      = i18n.T("清单已于 %s 过期。", "the manifest expired at %s.")
	msgExpiryOrder  = i18n.T("过期时间必须晚于发布时间。", "the expiry must be after the publication time.")
	msgRequired     = i18n.T("必填字段缺失或为空。", "required field is missing or empty.")
	msgLanguage     = i18n.T("缺少 %s 文本。", "the %s text is missing.")
	msgLanguages    = i18n.T("清单必须包含 %s 语言。", "the manifest must be written in %s.")
	msgID           = i18n.T("无效的 ID %q：请使用小写字母、数字和连字符。", "invalid id %q: use lower-case letters, digits and hyphens.")
	msgDuplicateID  = i18n.T("重复的 ID %q。", "duplicate id %q.")
	msgReference    = i18n.T("引用了不存在的%s %q。", "refers to an unknown %s %q.")
	msgURLMalformed = i18n.T("不是有效的绝对网址：%q", "not a valid absolute URL: %q")
	msgURLInsecure  = i18n.T("链接必须使用 https：%q", "links must use https: %q")
	msgURLUserPort  = i18n.T("链接不得包含用户信息或端口：%q", "links must not carry user info or a port: %q")
	msgURLIP        = i18n.T("链接必须使用官方域名，而不是 IP 地址：%q", "links must use an official domain, not an IP address: %q")
	msgURLOffDomain = i18n.T("%q 不在官方域名（%s）之内。", "%q is not on the official domains (%s).")
	msgMailto       = i18n.T("邮箱格式错误，应为 mailto:名称@域名：%q", "malformed email, want mailto:name@domain: %q")
	msgMailtoField  = i18n.T("邮箱链接只能带 subject 和 body 参数，每个最多一次且须为小写；不允许 %q：%q", "an email link may carry only the fields subject and body, each at most once and in lower case; %q is not allowed: %q")
	msgBidi         = i18n.T("含有双向文本控制字符 %s（第 %d 个字符）：它能让显示的文字与实际内容不符，因此不允许使用。", "contains the bidirectional control character %s (character %d): it can make what is shown differ from what is there, so it is not allowed.")
	msgLifetime     = i18n.T("有效期过长：过期时间最晚为发布后 %d 天（%s）。请缩短有效期，并在到期前重新签署发布。", "the validity is too long: the expiry may be at most %d days after publication (%s). Set an earlier expiry and sign a new edition before it passes.")
	msgHostPunycode = i18n.T("主机名 %q 是国际化域名（显示为 %q）：请确认它确实属于您的平台，形近字符是仿冒域名的常用手法。", "the host %q is an internationalised domain name (shown as %q): make sure it is really yours; look-alike letters are a common trick of fake domains.")
	msgHostMixed    = i18n.T("主机名 %q 中的 %q 混用了多种文字（%s）：仿冒域名常这样做，例如用西里尔字母“а”冒充拉丁字母“a”。", "the host %q has a label %q that mixes scripts (%s): fake domains do this, e.g. a Cyrillic “а” for a Latin “a”.")
	msgTel          = i18n.T("电话格式错误，应为 tel:+国家码号码（7–15 位数字）：%q", "malformed phone number, want tel:+country code and number (7–15 digits): %q")
	msgKind         = i18n.T("未知的渠道类型 %q（可用：%s）。", "unknown channel kind %q (known: %s).")
	msgKindValue    = i18n.T("%s 渠道的值必须以 %s 开头。", "a %s channel's value must start with %s.")
	msgTemplate     = i18n.T("网址模板无效：%s", "invalid URL template: %s")
	msgHoursBoth    = i18n.T("请选择全天候（always）或每周时间表（zone + weekly），不能同时设置或都不设置。", "set either always (24/7) or a weekly schedule (zone + weekly), not both and not neither.")
	msgHoursEmpty   = i18n.T("时段的日期不能为空。", "an interval needs at least one day.")
	msgHoursDupDay  = i18n.T("同一时段中重复的日期。", "a day is listed twice in one interval.")
	msgHoursSame    = i18n.T("开始和结束时间相同。", "opening and closing times are the same.")
	msgHoursOpen24  = i18n.T("开始时间不能是 24:00。", "an interval cannot open at 24:00.")
	msgZone         = i18n.T("不支持的时区 %q：请使用 UTC、UTC±HH:MM 或以下之一：%s", "unsupported time zone %q: use UTC, UTC±HH:MM or one of: %s")
	msgDomain       = i18n.T("无效的官方域名 %q：应为小写主机名，例如 example.com。", "invalid official domain %q: want a lower-case host name such as example.com.")
	msgEnum         = i18n.T("未知的值 %q（可用：%s）。", "unknown value %q (known: %s).")
	msgRegion       = i18n.T("无效的地区 %q：请使用 ISO 3166 两位大写代码或 global。", "invalid region %q: use an ISO 3166 two-letter upper-case code or global.")
	msgLangTag      = i18n.T("无效的语言标签 %q（例如 zh-CN、en）。", "invalid language tag %q (e.g. zh-CN, en).")
	msgName         = i18n.T("无效的名称 %q：请使用小写字母、数字、点、下划线和连字符。", "invalid name %q: use lower-case letters, digits, dots, underscores and hyphens.")
	msgSpan         = i18n.T("最短时间不能大于最长时间，且最长时间必须大于零。", "the minimum must not exceed the maximum, and the maximum must be above zero.")
	msgWindow       = i18n.T("结束时间必须晚于开始时间。", "the end must be after the start.")
	msgNegative     = i18n.T("不能为负数。", "must not be negative.")
	msgSignature    = i18n.T("签名无效：清单不是用所配置的平台密钥签署的，或签署后被修改。", "the signature does not verify: the manifest was not signed with the configured platform key, or was changed after signing.")
	msgSigEncoding  = i18n.T("签名格式错误：%s", "malformed signature: %s")
)

// messages lists the catalogue for the completeness test.
var messages = map[string]i18n.Text{
	"tooLarge": msgTooLarge, "badValue": msgBadValue,
	"version": msgVersion, "expired": msgExpired, "expiryOrder": msgExpiryOrder,
	"required": msgRequired, "language": msgLanguage, "languages": msgLanguages, "id": msgID,
	"duplicateID": msgDuplicateID, "reference": msgReference, "urlMalformed": msgURLMalformed,
	"urlInsecure": msgURLInsecure, "urlUserPort": msgURLUserPort, "urlIP": msgURLIP,
	"urlOffDomain": msgURLOffDomain, "mailto": msgMailto, "mailtoField": msgMailtoField,
	"bidi": msgBidi, "lifetime": msgLifetime, "hostPunycode": msgHostPunycode,
	"hostMixed": msgHostMixed, "tel": msgTel, "kind": msgKind,
	"kindValue": msgKindValue, "template": msgTemplate, "hoursBoth": msgHoursBoth,
	"hoursEmpty": msgHoursEmpty, "hoursDupDay": msgHoursDupDay, "hoursSame": msgHoursSame,
	"hoursOpen24": msgHoursOpen24, "zone": msgZone, "domain": msgDomain, "enum": msgEnum,
	"region": msgRegion, "langTag": msgLangTag, "name": msgName, "span": msgSpan,
	"window": msgWindow, "negative": msgNegative, "signature": msgSignature,
	"sigEncoding": msgSigEncoding,
}
