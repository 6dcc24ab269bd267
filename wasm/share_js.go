//go:build js && wasm

package main

import (
	"errors"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/jscall"
)

// copyText writes text to the clipboard (the loader's iframe delegates
// clipboard-write). It blocks until the browser answers.
func copyText(text string) error {
	clip, err := jscall.Get(app.Window().Get("navigator"), "clipboard")
	if err != nil {
		return err
	}
	_, err = await(func() app.Value {
		if !clip.Truthy() {
			panic("no clipboard API")
		}
		return clip.Call("writeText", text)
	})
	return err
}

// download saves data as a file, through a temporary object URL (the
// loader's iframe allows downloads). Nothing is sent anywhere.
func download(name, mime string, data []byte) error {
	if len(data) == 0 {
		return errors.New("nothing to download")
	}
	return jscall.Do("download", func() {
		w := app.Window()
		u8 := w.Get("Uint8Array").New(len(data))
		app.CopyBytesToJS(u8, data)
		parts := w.Get("Array").New() // go-app does not convert app.Values inside []any
		parts.Call("push", u8)
		blob := w.Get("Blob").New(parts, map[string]any{"type": mime})
		href := w.Get("URL").Call("createObjectURL", blob)
		a := w.Get("document").Call("createElement", "a")
		a.Set("href", href)
		a.Set("download", name)
		// Dispatched on the element itself: go-app's window click handler
		// never sees it.
		a.Call("dispatchEvent", w.Get("MouseEvent").New("click"))
		var revoke app.Func
		revoke = app.FuncOf(func(app.Value, []app.Value) any {
			_ = jscall.Do("revokeObjectURL", func() { w.Get("URL").Call("revokeObjectURL", href) })
			revoke.Release()
			return nil
		})
		w.Call("setTimeout", revoke, 10000)
	})
}
