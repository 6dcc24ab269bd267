package strictjson

import "github.com/triage-widget/triage/app/i18n"

// The decoder's messages, for a document's author: the platform operator
// (manifest) or the host page's developer (context).
var (
	msgSyntax       = i18n.M(i18n.JSONSyntax)
	msgType         = i18n.M(i18n.JSONType)
	msgTypeDropped  = i18n.M(i18n.JSONTypeDropped)
	msgUnknownField = i18n.M(i18n.JSONUnknownField)
	msgDuplicateKey = i18n.M(i18n.JSONDuplicateKey)
	msgValue        = i18n.M(i18n.JSONValue)
	msgTrailing     = i18n.M(i18n.JSONTrailing)
	msgTooLong      = i18n.M(i18n.JSONTooLong)
	msgNotAllowed   = i18n.M(i18n.JSONNotAllowed)
	msgTruncated    = i18n.M(i18n.JSONTruncated)
)
