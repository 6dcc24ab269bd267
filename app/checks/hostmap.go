package checks

import (
	"strings"
	"unicode/utf8"
)

// hostMapper returns how URL hosts are mapped: the injected mapper (the
// widget's is the browser's own URL parser), else this build's default,
// which is nil in the wasm so that no IDNA tables are linked there.
func hostMapper(injected func(string) (string, error)) func(string) (string, error) {
	if injected != nil {
		return injected
	}
	return defaultMapHost
}

// sameHost reports whether two host names are equal but for case and one
// trailing dot, which the classifier ignores anyway.
func sameHost(a, b string) bool {
	norm := func(h string) string { return strings.TrimSuffix(strings.ToLower(h), ".") }
	return norm(a) == norm(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
