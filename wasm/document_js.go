//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/jscall"
)

// Document decoding bounds: the blur estimate needs a few hundred pixels a
// side, not the camera's full resolution, and a huge file is not decoded.
const (
	maxDecodeSide  = 1024
	maxDecodeBytes = 40 << 20
)

// readDocument reads the file picked in an <input type=file>, in the
// browser only: its name, type and size, and for an image its pixel size and
// a downscaled luminance copy (decoded by the browser's own image decoder).
// The file is never uploaded anywhere. It blocks: call it off the UI
// goroutine.
func readDocument(input app.Value) (*diag.Document, error) {
	var file app.Value
	doc := &diag.Document{}
	err := jscall.Do("read file", func() {
		files := input.Get("files")
		if !files.Truthy() || files.Get("length").Int() == 0 {
			return
		}
		file = files.Index(0)
		doc.Name = file.Get("name").String()
		doc.MIME = strings.ToLower(file.Get("type").String())
		doc.Size = int64(file.Get("size").Float())
	})
	if err != nil {
		return nil, err
	}
	if file == nil {
		return nil, errors.New("no file picked")
	}
	if !strings.HasPrefix(doc.MIME, "image/") || doc.Size > maxDecodeBytes {
		return doc, nil
	}
	bitmap, err := await(func() app.Value { return app.Window().Call("createImageBitmap", file) })
	if err != nil {
		return doc, nil // not decodable: the type check reports it
	}
	err = jscall.Do("decode image", func() {
		doc.Width, doc.Height = bitmap.Get("width").Int(), bitmap.Get("height").Int()
		w, h := scaled(doc.Width, doc.Height)
		canvas := app.Window().Get("document").Call("createElement", "canvas")
		canvas.Set("width", w)
		canvas.Set("height", h)
		ctx2d := canvas.Call("getContext", "2d", map[string]any{"willReadFrequently": true})
		ctx2d.Call("drawImage", bitmap, 0, 0, w, h)
		data := ctx2d.Call("getImageData", 0, 0, w, h).Get("data")
		rgba := make([]byte, w*h*4)
		app.CopyBytesToGo(rgba, app.Window().Get("Uint8Array").New(data.Get("buffer")))
		doc.Gray, doc.GrayWidth = luminance(rgba), w
		bitmap.Call("close")
	})
	return doc, err
}

// scaled fits w×h within maxDecodeSide, keeping the aspect ratio.
func scaled(w, h int) (int, int) {
	if w <= maxDecodeSide && h <= maxDecodeSide {
		return max(w, 1), max(h, 1)
	}
	if w >= h {
		return maxDecodeSide, max(h*maxDecodeSide/w, 1)
	}
	return max(w*maxDecodeSide/h, 1), maxDecodeSide
}

// luminance converts RGBA to 8-bit luma (ITU-R BT.601 weights).
func luminance(rgba []byte) []uint8 {
	gray := make([]uint8, len(rgba)/4)
	for i := range gray {
		r, g, b := int(rgba[4*i]), int(rgba[4*i+1]), int(rgba[4*i+2])
		gray[i] = uint8((299*r + 587*g + 114*b) / 1000)
	}
	return gray
}

// await calls start, which returns a promise, and waits for it to settle.
func await(start func() app.Value) (app.Value, error) {
	ch := make(chan settled, 1)
	onOK := app.FuncOf(func(_ app.Value, args []app.Value) any { ch <- settled{resp: args[0]}; return nil })
	onErr := app.FuncOf(func(_ app.Value, args []app.Value) any {
		msg := "rejected"
		_ = jscall.Do("rejection", func() { msg = args[0].Call("toString").String() })
		ch <- settled{err: errors.New(msg)}
		return nil
	})
	defer onOK.Release()
	defer onErr.Release()
	if err := jscall.Do("promise", func() { start().Call("then", onOK, onErr) }); err != nil {
		return nil, err
	}
	s := <-ch
	if s.err != nil {
		return nil, fmt.Errorf("promise: %w", s.err)
	}
	return s.resp, nil
}
