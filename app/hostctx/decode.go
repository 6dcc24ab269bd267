package hostctx

import (
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/strictjson"
)

// Bounds on what a host may hand the widget. Larger input is refused or
// truncated with a Problem, so a buggy host cannot stall the panel.
const (
	MaxBytes     = 64 << 10 // the whole context as JSON
	MaxString    = 2048     // one string field, in bytes
	MaxOrders    = 50       // recentOrders entries kept (the field's max tag)
	MaxListItems = 256      // permissions, ipWhitelist entries kept (max tags)
)

// Problem is a field the decoder could not use, with where and why.
type Problem struct {
	Path    string    `json:"path"` // e.g. "balance.available"
	Message i18n.Text `json:"message"`
}

func (p Problem) String() string { return p.Path + ": " + p.Message.In(i18n.EN) }

// Decode reads a context from its JSON form. It returns every field it could
// read; problems lists the others. A document that is not a JSON object at
// all yields an empty Context and one problem with an empty path.
func Decode(data []byte) (Context, []Problem) {
	var c Context
	if len(data) > MaxBytes {
		return c, []Problem{{Message: msgTooLarge.Format(len(data), MaxBytes)}}
	}
	var out []Problem
	for _, p := range strictjson.Lenient(data, &c, MaxString) {
		out = append(out, Problem{Path: p.Path, Message: p.Message})
	}
	return c, out
}
