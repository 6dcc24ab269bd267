package main

import (
	"bytes"
	"image"
	_ "image/jpeg" // decoders for identity documents
	_ "image/png"
	"net/http"
	"path/filepath"

	"github.com/triage-widget/triage/app/diag"
)

// maxGraySide bounds the luminance copy handed to the blur estimate, as the
// widget downscales before passing pixels to the check.
const maxGraySide = 1024

// documentOf describes a document file the way the widget's front end
// does: its sniffed type, size, dimensions and a luminance copy. Files
// that do not decode keep their type and size; the check judges them.
func documentOf(name string, data []byte) *diag.Document {
	doc := &diag.Document{Name: filepath.Base(name), MIME: sniff(data), Size: int64(len(data))}
	if doc.MIME != "image/jpeg" && doc.MIME != "image/png" {
		return doc
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return doc
	}
	b := img.Bounds()
	doc.Width, doc.Height = b.Dx(), b.Dy()
	doc.Gray, doc.GrayWidth = luminance(img)
	return doc
}

// sniff returns the MIME type from the content, not the name: a renamed
// HEIC is still HEIC.
func sniff(data []byte) string {
	if bytes.HasPrefix(data, []byte("%PDF-")) {
		return "application/pdf"
	}
	t := http.DetectContentType(data)
	if i := bytes.IndexByte([]byte(t), ';'); i >= 0 {
		t = t[:i]
	}
	return t
}

// luminance returns a row-major 8-bit luminance copy, downscaled by
// nearest-neighbour sampling so its longer side is at most maxGraySide.
func luminance(img image.Image) ([]uint8, int) {
	b := img.Bounds()
	step := 1
	for max(b.Dx(), b.Dy())/step > maxGraySide {
		step++
	}
	w, h := (b.Dx()+step-1)/step, (b.Dy()+step-1)/step
	gray := make([]uint8, 0, w*h)
	for y := b.Min.Y; y < b.Max.Y; y += step {
		for x := b.Min.X; x < b.Max.X; x += step {
			r, g, bl, _ := img.At(x, y).RGBA()
			// ITU-R BT.601 luma on 16-bit channels.
			gray = append(gray, uint8((299*r+587*g+114*bl)/1000>>8))
		}
	}
	return gray, w
}
