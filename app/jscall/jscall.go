// Package jscall is the one way the widget calls JavaScript.
//
// go-app turns a JavaScript exception inside app.Value.Call into a Go panic,
// and a panic that reaches go-app's event loop ends the Go program: the
// widget would be dead until the page reloads. Every JS call therefore goes
// through Do or Call, which turn the panic back into an error.
package jscall

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Do runs fn, which calls into JavaScript, and returns a panic it raised as
// an error naming what was being done.
func Do(what string, fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: javascript error: %v", what, r)
		}
	}()
	fn()
	return nil
}

// Call calls v[method](args...) and returns its result, or an error when v is
// not an object or the call throws.
func Call(v app.Value, method string, args ...any) (res app.Value, err error) {
	err = Do(method, func() {
		if v == nil || v.IsUndefined() || v.IsNull() {
			panic("receiver is " + describe(v))
		}
		res = v.Call(method, args...)
	})
	return res, err
}

// Get reads v[key], or returns an error when v is not an object or the
// property's getter throws. It reads through Reflect.get: syscall/js's own
// property read does not catch a throwing getter (window.localStorage with
// site data blocked), and the exception would end the Go program.
func Get(v app.Value, key string) (res app.Value, err error) {
	err = Do("get "+key, func() {
		if v == nil || v.IsUndefined() || v.IsNull() {
			panic("receiver is " + describe(v))
		}
		res = app.Window().Get("Reflect").Call("get", v, key)
	})
	return res, err
}

func describe(v app.Value) string {
	switch {
	case v == nil:
		return "nil"
	case v.IsNull():
		return "null"
	}
	return "undefined"
}
