package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
)

// withAccessLog writes one line per request: "NAME METHOD PATH STATUS".
// The query is left out: it can carry the host's origin and manifest URL,
// never secrets, but a log has no need of it. The path is written
// percent-escaped, never decoded: a decoded "%0a" would start a forged line
// and a "%1b" would reach the operator's terminal as an escape sequence.
func withAccessLog(next http.Handler, name string, w io.Writer) http.Handler {
	var mu sync.Mutex
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: rw, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "%s %s %s %d\n", name, logField(r.Method), logField(r.URL.EscapedPath()), sw.status)
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

// logField percent-escapes every byte outside printable ASCII, and the
// space, so a field is one token of one line whatever the request held.
// An escaped path has none; this holds even if that changes.
func logField(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c < 0x7f {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}
