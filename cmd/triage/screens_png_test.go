package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"slices"
	"testing"
)

// smallPNG re-encodes a screenshot as a paletted PNG of its 256 most used
// colours, each other colour drawn as the nearest of those: a UI picture
// has few colours beyond its text's anti-aliasing, and this keeps it under
// half the size of Chromium's PNG with no visible change.
func smallPNG(shot []byte) ([]byte, error) {
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		return nil, err
	}
	r := img.Bounds()
	counts := map[color.RGBA]int{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			counts[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
		}
	}
	colours := make([]color.RGBA, 0, len(counts))
	for c := range counts {
		colours = append(colours, c)
	}
	// Most used first; ties in a fixed order, so a run is reproducible.
	slices.SortFunc(colours, func(a, b color.RGBA) int {
		if d := counts[b] - counts[a]; d != 0 {
			return d
		}
		return int(a.R)<<24 | int(a.G)<<16 | int(a.B)<<8 | int(a.A) - (int(b.R)<<24 | int(b.G)<<16 | int(b.B)<<8 | int(b.A))
	})
	palette := make(color.Palette, min(len(colours), 256))
	for i := range palette {
		palette[i] = colours[i]
	}
	out := image.NewPaletted(r, palette)
	index := map[color.RGBA]uint8{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			i, ok := index[c]
			if !ok {
				i = uint8(palette.Index(c))
				index[c] = i
			}
			out.SetColorIndex(x, y, i)
		}
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func encodePNG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func decodePNG(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// TestSmallPNGKeepsFewColours: a picture of at most 256 colours comes back
// pixel for pixel.
func TestSmallPNGKeepsFewColours(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 32, 16))
	for y := range 16 {
		for x := range 32 {
			img.Set(x, y, color.RGBA{uint8(x % 16 * 16), uint8(y * 16), 200, 255}) // 256 colours, each twice
		}
	}
	got := decodePNG(t, shrunk(t, encodePNG(t, img)))
	if _, paletted := got.(*image.Paletted); !paletted {
		t.Fatalf("got %T, want a paletted PNG", got)
	}
	for y := range 16 {
		for x := range 32 {
			if w, g := color.RGBAModel.Convert(img.At(x, y)), color.RGBAModel.Convert(got.At(x, y)); w != g {
				t.Fatalf("pixel %d,%d = %v, want %v", x, y, g, w)
			}
		}
	}
}

// TestSmallPNGNearestForTheRest: beyond 256 colours, the most used stay
// exact and a rare one becomes the nearest kept colour.
func TestSmallPNGNearestForTheRest(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 300, 2))
	for x := range 300 {
		c := color.RGBA{uint8(x % 256), uint8(x / 256 * 100), 0, 255}
		img.Set(x, 0, c)
		if x < 256 {
			img.Set(x, 1, c) // the first 256 colours are used twice, the rest once
		} else {
			img.Set(x, 1, color.RGBA{0, 0, 0, 255})
		}
	}
	got := decodePNG(t, shrunk(t, encodePNG(t, img)))
	for x := range 256 {
		if w, g := color.RGBAModel.Convert(img.At(x, 0)), color.RGBAModel.Convert(got.At(x, 0)); w != g {
			t.Fatalf("kept colour at %d = %v, want %v", x, g, w)
		}
	}
	// {5, 100, 0} is not kept; the nearest kept colour is {5, 0, 0}.
	if g, w := color.RGBAModel.Convert(got.At(261, 0)), (color.RGBA{5, 0, 0, 255}); g != w {
		t.Fatalf("rare colour became %v, want %v", g, w)
	}
}

func shrunk(t *testing.T, shot []byte) []byte {
	t.Helper()
	b, err := smallPNG(shot)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
