package hostctx

import "github.com/triage-widget/triage/app/i18n"

// msgTooLarge refuses a context over MaxBytes; the decoder's other messages
// are strictjson's.
var msgTooLarge = i18n.M(i18n.ContextTooLarge)
