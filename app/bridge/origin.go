package bridge

import (
	"net/url"
	"strings"
)

// ParseOrigin returns s as a serialised origin (scheme://host[:port]) when it
// is an http or https origin with nothing else in it. postMessage throws on a
// malformed target origin, and a throw would end the Go program, so every
// origin is checked here before it reaches JavaScript.
func ParseOrigin(s string) (string, bool) {
	if len(s) > 512 || !printableASCII(s) || strings.ContainsAny(s, "\\%") {
		return "", false
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return "", false
	}
	if u.Port() == "" && strings.HasSuffix(u.Host, ":") {
		return "", false
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), true
}

// printableASCII reports whether s has only visible ASCII characters: a
// browser serialises an origin that way (international names in punycode,
// and never a percent-escape).
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}
