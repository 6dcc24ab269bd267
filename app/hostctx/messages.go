package hostctx

import "github.com/triage-widget/triage/app/i18n"

// msgTooLarge refuses a context over MaxBytes; the decoder's other messages
// are strictjson's.
var msgTooLarge = i18n.T("上下文过大（%d 字节，上限 %d），已忽略。", "The context is too large (%d bytes, limit %d) and was ignored.")

// messages lists the catalogue for the completeness test.
var messages = map[string]i18n.Text{"tooLarge": msgTooLarge}
