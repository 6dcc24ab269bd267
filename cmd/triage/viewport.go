package main

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
)

// go-app hard-codes a viewport meta that disables zoom; the widget must let
// people zoom (WCAG 1.4.4). These rewrite it in the generated page.
const (
	goappViewport = `width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover`
	zoomViewport  = `width=device-width, initial-scale=1, viewport-fit=cover`
)

// allowZoom returns page with go-app's viewport meta replaced.
func allowZoom(page []byte) []byte {
	return bytes.Replace(page, []byte(goappViewport), []byte(zoomViewport), 1)
}

// withZoom rewrites the viewport of the HTML pages next serves.
func withZoom(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		rec := &bufferedResponse{header: http.Header{}}
		next.ServeHTTP(rec, r)
		body := rec.body.Bytes()
		if strings.HasPrefix(rec.header.Get("Content-Type"), "text/html") {
			body = allowZoom(body)
			rec.header.Set("Content-Length", strconv.Itoa(len(body)))
		}
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		w.WriteHeader(rec.status)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
	})
}

// bufferedResponse holds a response so it can be rewritten; only the small
// pages go-app renders pass through it.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header         { return b.header }
func (b *bufferedResponse) WriteHeader(status int)      { b.status = status }
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
