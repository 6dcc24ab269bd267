package hostctx

import "github.com/triage-widget/triage/app/i18n"

// The decoder's messages, for the host page's developer and the merchant.
var (
	msgTooLarge   = i18n.T("上下文过大（%d 字节，上限 %d），已忽略。", "The context is too large (%d bytes, limit %d) and was ignored.")
	msgNotJSON    = i18n.T("上下文不是有效的 JSON：%s", "The context is not valid JSON: %s")
	msgNotObject  = i18n.T("上下文应为对象，收到的是 %s。", "The context must be an object, got %s.")
	msgWrongType  = i18n.T("应为 %s，收到的是 %s；已忽略此字段。", "expected %s, got %s; the field was ignored.")
	msgTooLong    = i18n.T("过长（%d 字节，上限 %d）；已忽略此字段。", "too long (%d bytes, limit %d); the field was ignored.")
	msgBadUTF8    = i18n.T("不是有效的 UTF-8 文本；已忽略此字段。", "not valid UTF-8 text; the field was ignored.")
	msgNotAllowed = i18n.T("不支持的值 %q（可用：%s）；已忽略。", "unsupported value %q (allowed: %s); ignored.")
	msgTruncated  = i18n.T("条目过多（%d），只保留前 %d 条。", "too many entries (%d); only the first %d were kept.")
)

// messages lists the catalogue for the completeness test.
var messages = map[string]i18n.Text{
	"tooLarge": msgTooLarge, "notJSON": msgNotJSON, "notObject": msgNotObject,
	"wrongType": msgWrongType, "tooLong": msgTooLong, "badUTF8": msgBadUTF8,
	"notAllowed": msgNotAllowed, "truncated": msgTruncated,
}
