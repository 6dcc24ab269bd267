package ui

import (
	"errors"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/jscall"
)

// errTooLong is a value over its field's bound.
var errTooLong = errors.New("value too long")

// eventKey reads KeyboardEvent.key through the recover helper.
func eventKey(e app.Event) (key string, err error) {
	err = jscall.Do("event.key", func() {
		if k := e.Get("key"); k.Truthy() {
			key = k.String()
		}
	})
	return key, err
}

// stopPropagation keeps an event from go-app's window handlers.
func stopPropagation(e app.Event) {
	_ = jscall.Do("stopPropagation", func() { e.Call("stopPropagation") })
}

// inputValue reads the value of the element that fired ctx's event. A value
// longer than limit characters (UTF-16 units, as the page counts them) is
// not copied into Go: size reports its length and err is errTooLong.
func inputValue(ctx app.Context, limit int) (value string, size int, err error) {
	err = jscall.Do("read input", func() {
		v := ctx.JSSrc().Get("value")
		size = app.Window().Call("Object", v).Get("length").Int()
		if size <= limit {
			value = v.String()
		}
	})
	if err == nil && size > limit {
		return "", size, errTooLong
	}
	return value, size, err
}

// setInputValue writes the value of the element that fired ctx's event.
func setInputValue(ctx app.Context, v string) {
	_ = jscall.Do("write input", func() { ctx.JSSrc().Set("value", v) })
}

// clearInput empties the input with the given id.
func clearInput(id string) {
	_ = jscall.Do("clear input", func() {
		if el := app.Window().GetElementByID(id); el != nil && el.Truthy() {
			el.Set("value", "")
		}
	})
}

// focusable selects what Tab can reach in the panel.
const focusable = `a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ` +
	`textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])`

// trapFocus keeps Tab and Shift+Tab inside the panel while it is open (it
// is a modal dialog): from the last control Tab goes to the first, and
// from the first Shift+Tab goes to the last.
func trapFocus(e app.Event) {
	_ = jscall.Do("trap focus", func() {
		doc := app.Window().Get("document")
		all := doc.Call("querySelectorAll", focusable)
		var first, last app.Value
		for i := 0; i < all.Length(); i++ {
			// Controls inside a closed <details> are in the DOM but not reachable.
			if el := all.Index(i); visible(el) {
				if first == nil {
					first = el
				}
				last = el
			}
		}
		if first == nil {
			return
		}
		active := doc.Get("activeElement")
		switch {
		case e.Get("shiftKey").Bool() && (active.Equal(first) || active.Equal(doc.Get("body"))):
			e.PreventDefault()
			last.Call("focus")
		case !e.Get("shiftKey").Bool() && active.Equal(last):
			e.PreventDefault()
			first.Call("focus")
		}
	})
}

// visible reports whether an element is rendered (not inside a closed
// <details> or display:none). checkVisibility knows about <details>;
// getClientRects, the fallback, does not in every browser.
func visible(el app.Value) bool {
	if el.Get("checkVisibility").Type() == app.TypeFunction {
		return el.Call("checkVisibility").Bool()
	}
	return el.Call("getClientRects").Length() > 0
}
