package main

import (
	"fmt"
	"net/http"
	"strings"
)

// widgetCSP is the Content-Security-Policy of the widget's responses: exactly
// what the panel needs. wasm needs 'wasm-unsafe-eval'; connect-src allows
// https (and http for local development of a merchant's callback) because
// the checks probe the platform's API origin and the merchant's own callback
// URL; frame-ancestors is the platform's list of dashboards.
func widgetCSP(frameAncestors string) string {
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"style-src 'self'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self' https: http:",
		"manifest-src 'self'",
		"worker-src 'self'",
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors " + frameAncestors,
	}, "; ")
}

// validFrameAncestors checks a frame-ancestors source list: '*', 'self',
// 'none', or scheme/host sources, separated by spaces.
func validFrameAncestors(s string) error {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return fmt.Errorf("empty source list")
	}
	for _, f := range fields {
		if f == "*" || f == "'self'" || f == "'none'" {
			continue
		}
		if strings.ContainsAny(f, ";,'\"") {
			return fmt.Errorf("bad source %q", f)
		}
	}
	return nil
}

// withSecurityHeaders adds the widget's security headers to every response.
func withSecurityHeaders(next http.Handler, frameAncestors string) http.Handler {
	csp := widgetCSP(frameAncestors)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin-allow-popups")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
		next.ServeHTTP(w, r)
	})
}
