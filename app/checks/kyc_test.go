package checks

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
)

// image returns a w×h luminance image: flat (blurred) or a fine
// checkerboard (sharp).
func image(w, h int, sharp bool) []uint8 {
	g := make([]uint8, w*h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			g[y*w+x] = 128
			if sharp && (x+y)%2 == 0 {
				g[y*w+x] = 255
			} else if sharp {
				g[y*w+x] = 0
			}
		}
	}
	return g
}

func TestLaplacianVariance(t *testing.T) {
	if v, ok := laplacianVariance(image(8, 8, false), 8); !ok || v != 0 {
		t.Errorf("flat image: %v %v", v, ok)
	}
	if v, ok := laplacianVariance(image(8, 8, true), 8); !ok || v < 1000 {
		t.Errorf("checkerboard: %v %v", v, ok)
	}
	for _, bad := range []struct {
		g []uint8
		w int
	}{{nil, 0}, {make([]uint8, 4), 2}, {make([]uint8, 10), 3}, {make([]uint8, 6), 3}} {
		if _, ok := laplacianVariance(bad.g, bad.w); ok {
			t.Errorf("accepted %d pixels wide %d", len(bad.g), bad.w)
		}
	}
}

func TestKYCDocument(t *testing.T) {
	sharp := func() *diag.Document {
		return &diag.Document{Name: "id.jpg", MIME: "image/jpeg", Size: 2 << 20, Width: 1600, Height: 1000, Gray: image(64, 40, true), GrayWidth: 64}
	}
	with := func(mod func(*diag.Document)) *diag.Document { d := sharp(); mod(d); return d }
	for _, tc := range []struct {
		name   string
		doc    *diag.Document
		expiry string
		want   []string
	}{
		{"nothing", nil, "", []string{"check.skipped"}},
		{"good photo, valid", sharp(), "2030-05-31", []string{"kyc.document_ok"}},
		{"good PDF", &diag.Document{Name: "id.pdf", MIME: "application/pdf", Size: 300 << 10}, "", []string{"kyc.document_ok"}},
		{"HEIC", with(func(d *diag.Document) { d.MIME = "image/heic" }), "", []string{"kyc.document_type"}},
		{"unknown type", with(func(d *diag.Document) { d.MIME = "" }), "", []string{"kyc.document_type"}},
		{"too large", with(func(d *diag.Document) { d.Size = 12 << 20 }), "", []string{"kyc.document_too_large"}},
		{"too small", with(func(d *diag.Document) { d.Width, d.Height = 640, 480 }), "", []string{"kyc.document_resolution"}},
		{"portrait is fine", with(func(d *diag.Document) { d.Width, d.Height = 900, 1400 }), "", []string{"kyc.document_ok"}},
		{"blurred", with(func(d *diag.Document) { d.Gray = image(64, 40, false) }), "", []string{"kyc.document_blurry"}},
		{"expired yesterday", nil, "2026-11-20", []string{"kyc.document_expired"}},
		{"valid through today", nil, "2026/11/21", []string{"kyc.document_expiring"}},
		{"expiring soon", nil, "20261215", []string{"kyc.document_expiring"}},
		{"unreadable date", nil, "31/05/2030", []string{"kyc.document_expiry_invalid"}},
		{"everything wrong", &diag.Document{MIME: "image/gif", Size: 20 << 20, Width: 100, Height: 100, Gray: image(10, 10, false), GrayWidth: 10}, "2001-01-01",
			[]string{"kyc.document_type", "kyc.document_too_large", "kyc.document_resolution", "kyc.document_blurry", "kyc.document_expired"}},
	} {
		fs := run(t, KYCDocument, &diag.Env{Document: tc.doc, Form: map[string]string{"expiry": tc.expiry}})
		if got := codesOf(fs); strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%s: codes %v, want %v", tc.name, got, tc.want)
		}
	}
}
