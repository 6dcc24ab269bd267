// Package bridge is the postMessage protocol between the widget (in its
// iframe) and the loader (embed.js, in the host page), and the Host interface
// through which the panel talks to the host.
//
// Every message is an envelope {triage: 1, type, payload}. Each side checks the
// sender's origin and window; anything else is ignored. The browser
// implementation lives in wasm/; Fake serves native tests.
package bridge

import "encoding/json"

// Version is the envelope version, the value of its "triage" field.
const Version = 1

// MaxPayload bounds a payload from the host, as JSON, in bytes. Larger
// messages are dropped before they are decoded.
const MaxPayload = 256 << 10

// Messages the host (loader) sends to the widget.
const (
	TypeContext = "context" // payload: the host context object
	TypeOpen    = "open"    // payload: {category?}; the panel was (re)shown
	TypeClose   = "close"   // the host closed the panel: clear secrets
)

// Message is one validated message from the host.
type Message struct {
	Type    string
	Payload json.RawMessage // JSON text, at most MaxPayload bytes; may be empty
}

// Host is the page that embeds the widget, as the panel sees it.
type Host interface {
	// Post sends an event to the host page's origin. It never panics; a
	// payload that cannot be sent is dropped and logged.
	Post(e Event)
	// Listen calls fn for every valid message from the host until stop is
	// called. fn may run on any goroutine.
	Listen(fn func(Message)) (stop func())
}

// Accepts reports whether a message type from the host is one the widget
// handles; everything else is ignored.
func Accepts(typ string) bool {
	switch typ {
	case TypeContext, TypeOpen, TypeClose:
		return true
	}
	return false
}

// OpenPayload is the payload of TypeOpen.
type OpenPayload struct {
	Category string `json:"category,omitempty"`
}
