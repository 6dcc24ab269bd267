package strictjson

import "github.com/triage-widget/triage/app/i18n"

// The decoder's messages, for a document's author: the platform operator
// (manifest) or the host page's developer (context).
var (
	msgSyntax       = i18n.T("JSON 语法错误（第 %d 行第 %d 列）：%s", "JSON syntax error at line %d, column %d: %s")
	msgType         = i18n.T("应为%s，实际为%s。", "expected %s, got %s.")
	msgTypeDropped  = i18n.T("应为 %s，收到的是 %s；已忽略此字段。", "expected %s, got %s; the field was ignored.")
	msgUnknownField = i18n.T("未知字段（拼写错误，或属于更新的版本）。", "unknown field (a typo, or a field of a newer version).")
	msgDuplicateKey = i18n.T("重复的键：同一对象中出现两次。", "duplicate key: it appears twice in the same object.")
	msgValue        = i18n.T("值无效：%s", "invalid value: %s")
	msgTrailing     = i18n.T("JSON 文档之后还有多余内容。", "unexpected data after the JSON document.")
	msgTooLong      = i18n.T("过长（%d 字节，上限 %d）；已忽略此字段。", "too long (%d bytes, limit %d); the field was ignored.")
	msgNotAllowed   = i18n.T("不支持的值 %q（可用：%s）；已忽略。", "unsupported value %q (allowed: %s); ignored.")
	msgTruncated    = i18n.T("条目过多（%d），只保留前 %d 条。", "too many entries (%d); only the first %d were kept.")
)

// messages lists the catalogue for the completeness test.
var messages = map[string]i18n.Text{
	"syntax": msgSyntax, "type": msgType, "typeDropped": msgTypeDropped,
	"unknownField": msgUnknownField, "duplicateKey": msgDuplicateKey, "value": msgValue,
	"trailing": msgTrailing, "tooLong": msgTooLong, "notAllowed": msgNotAllowed,
	"truncated": msgTruncated,
}
