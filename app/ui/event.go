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
// longer than limit is not copied into Go: size reports its length and ok
// is false.
func inputValue(ctx app.Context, limit int) (value string, size int, err error) {
	err = jscall.Do("read input", func() {
		v := ctx.JSSrc().Get("value")
		size = app.Window().Call("Object", v).Get("length").Int()
		if size <= limit {
			value = v.String()
		}
	})
	if err == nil && (size > limit || len(value) > limit) {
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
