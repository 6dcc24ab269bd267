package main

import (
	"fmt"
	"io"
	"net/http"
	"sync"
)

// withAccessLog writes one line per request: "NAME METHOD PATH STATUS".
// The query is left out: it can carry the host's origin and manifest URL,
// never secrets, but a log has no need of it.
func withAccessLog(next http.Handler, name string, w io.Writer) http.Handler {
	var mu sync.Mutex
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: rw, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "%s %s %s %d\n", name, r.Method, r.URL.Path, sw.status)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}
