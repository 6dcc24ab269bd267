package main

import (
	"net/http"
	"time"
)

// readTimeout bounds reading a whole request. No route takes a body, so a
// request is its headers (readHeaderTimeout) and a little slack.
const readTimeout = 15 * time.Second

// maxHeaderBytes bounds a request's headers; the widget sets no cookies,
// so real requests carry a few hundred bytes.
const maxHeaderBytes = 64 << 10

// serverLimits are the time bounds of a server; tests shorten them.
type serverLimits struct {
	readHeader, read, write, idle time.Duration
}

var serveLimits = serverLimits{readHeader: readHeaderTimeout, read: readTimeout, write: writeTimeout, idle: idleTimeout}

// newLimitedServer is an http.Server for h that refuses request bodies and
// drops a client that is too slow to send its request.
func newLimitedServer(h http.Handler, l serverLimits) *http.Server {
	return &http.Server{
		Handler:           withoutBody(h),
		ReadHeaderTimeout: l.readHeader,
		ReadTimeout:       l.read,
		WriteTimeout:      l.write,
		IdleTimeout:       l.idle,
		MaxHeaderBytes:    maxHeaderBytes,
	}
}

// withoutBody refuses request bodies: every route is GET or HEAD (OPTIONS
// for CORS preflights), and none reads one. A GET with a body gets 413; any
// other method goes on to the router's 405. Either way the connection is
// closed after the answer, so the server does not wait for the rest of a
// body to keep the connection alive.
func withoutBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength != 0 {
			w.Header().Set("Connection", "close")
			if r.Method == http.MethodGet || r.Method == http.MethodHead || r.Method == http.MethodOptions {
				http.Error(w, "request body not accepted", http.StatusRequestEntityTooLarge)
				return
			}
		}
		r.Body = http.MaxBytesReader(w, r.Body, 0)
		next.ServeHTTP(w, r)
	})
}

// servePreflight answers a CORS preflight for the public GET routes
// (manifests and the probe endpoints); withCORS adds the origin.
func servePreflight(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Access-Control-Allow-Methods", "GET, HEAD")
	w.Header().Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
}
