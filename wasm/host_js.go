//go:build js && wasm

package main

import (
	"encoding/json"
	"log"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/jscall"
)

// host is the bridge to the page that framed the widget, over postMessage.
type host struct {
	origin string    // the only origin messages are sent to and taken from
	parent app.Value // window.parent: the only window messages are taken from
}

// newHost returns the bridge to the parent window, or nil when the widget is
// not framed or the parent's real origin differs from the one in the URL.
func newHost(origin string) bridge.Host {
	var h *host
	err := jscall.Do("newHost", func() {
		w := app.Window().JSValue()
		parent := w.Get("parent")
		if !parent.Truthy() || parent.Equal(w) {
			return
		}
		// location.ancestorOrigins (Chromium, Safari) tells who really framed
		// us; where it exists, a ?host= that disagrees is refused.
		if ao := w.Get("location").Get("ancestorOrigins"); ao.Truthy() && ao.Length() > 0 {
			if real, ok := bridge.ParseOrigin(ao.Index(0).String()); !ok || real != origin {
				log.Printf("triage: ?host=%s is not the framing page's origin; host bridge disabled", origin)
				return
			}
		}
		h = &host{origin: origin, parent: parent}
	})
	if err != nil || h == nil {
		if err != nil {
			log.Print("triage: ", err)
		}
		return nil
	}
	return h
}

// Post sends {triage: 1, type, payload} to the parent. The payload goes
// through JSON so only plain data ever crosses.
func (h *host) Post(e bridge.Event) {
	event := e.Event()
	b, err := json.Marshal(e)
	if err != nil {
		log.Printf("triage: event %s dropped: %v", event, err)
		return
	}
	err = jscall.Do("postMessage", func() {
		data := app.Window().Get("JSON").Call("parse", string(b))
		msg := app.Window().Get("Object").New()
		msg.Set("triage", bridge.Version)
		msg.Set("type", event)
		msg.Set("payload", data)
		h.parent.Call("postMessage", msg, h.origin)
	})
	if err != nil {
		log.Printf("triage: event %s not sent: %v", event, err)
	}
}

// Listen subscribes to window "message" events. Messages from another
// origin or window, of another shape or version, of an unknown type, or
// with a payload larger than bridge.MaxPayload are ignored.
func (h *host) Listen(fn func(bridge.Message)) func() {
	cb := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		if m, ok := h.read(args[0]); ok {
			fn(m)
		}
		return nil
	})
	if _, err := jscall.Call(app.Window().JSValue(), "addEventListener", "message", cb); err != nil {
		log.Print("triage: ", err)
	}
	return func() {
		_, _ = jscall.Call(app.Window().JSValue(), "removeEventListener", "message", cb)
		cb.Release()
	}
}

// read validates one MessageEvent. It never panics: a panic here, inside a
// JS callback, would end the Go program.
func (h *host) read(e app.Value) (m bridge.Message, ok bool) {
	err := jscall.Do("read message", func() {
		if e.Get("origin").String() != h.origin || !e.Get("source").Equal(h.parent) {
			return
		}
		data := e.Get("data")
		if data.Type() != app.TypeObject || data.Get("triage").Type() != app.TypeNumber ||
			data.Get("triage").Int() != bridge.Version || data.Get("type").Type() != app.TypeString {
			return
		}
		typ := data.Get("type").String()
		if !bridge.Accepts(typ) {
			return
		}
		payload := data.Get("payload")
		var text string
		if !payload.IsUndefined() {
			// JSON.stringify throws on cycles and BigInt; jscall turns that into an error.
			s := app.Window().Get("JSON").Call("stringify", payload)
			// Object(s) boxes the string: syscall/js reads length only of objects.
			if s.Type() == app.TypeString && app.Window().Call("Object", s).Get("length").Int() > bridge.MaxPayload {
				// Measured in JS before copying, so a huge payload costs Go nothing.
				log.Printf("triage: %s message dropped: payload exceeds %d bytes", typ, bridge.MaxPayload)
				return
			}
			if s.Type() == app.TypeString {
				text = s.String()
			}
		}
		m, ok = bridge.Message{Type: typ, Payload: json.RawMessage(text)}, true
	})
	if err != nil {
		log.Print("triage: message ignored: ", err)
		return bridge.Message{}, false
	}
	return m, ok
}
