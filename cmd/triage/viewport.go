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
	return withRewrite(next, func(h http.Header, body []byte) []byte {
		if strings.HasPrefix(h.Get("Content-Type"), "text/html") {
			return allowZoom(body)
		}
		return body
	})
}

// withRewrite serves next's GET and HEAD responses with their body passed
// through rewrite; only the small files go-app generates go through it.
func withRewrite(next http.Handler, rewrite func(http.Header, []byte) []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		rec := &bufferedResponse{header: http.Header{}}
		next.ServeHTTP(rec, r)
		body := rewrite(rec.header, rec.body.Bytes())
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		w.WriteHeader(rec.status)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
	})
}

// bufferedResponse holds a response so it can be rewritten.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header         { return b.header }
func (b *bufferedResponse) WriteHeader(status int)      { b.status = status }
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
