package checks

import (
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/triage-widget/triage/app/diag"
)

// maxURLLen bounds a callback URL; platforms cap them far lower.
const maxURLLen = 2048

// urlProblem is one reason a callback URL cannot be used.
type urlProblem struct {
	code   diag.Code // callback.url.invalid | insecure | private | credentials
	reason string    // key of urlReasons
	detail string    // what was found, e.g. "127.0.0.1"; never a password
}

// callbackURL is a classified callback URL.
type callbackURL struct {
	url      *url.URL // nil when the URL is invalid
	problems []urlProblem
}

// blocks reports whether a problem rules out probing the URL.
func (c callbackURL) blocks() bool {
	for _, p := range c.problems {
		if p.code != diag.CodeCallbackURLInsecure {
			return true
		}
	}
	return false
}

// privateSuffixes are name suffixes that never resolve on the public
// internet: RFC 6761/6762 names, home.arpa, and the private-use names ICANN
// will not delegate.
var privateSuffixes = []string{"localhost", "local", "internal", "home.arpa", "localdomain", "lan", "intranet", "corp", "home", "private"}

// classifyCallbackURL parses a callback URL strictly and reports every
// problem: invalid, credentials (user:pass@), insecure (http) and private
// (the host is or resolves locally to a non-public address: IP literals in
// every numeric form a browser accepts, IPv4-mapped IPv6, localhost and
// private-use names, single-label names, names embedding a private IP).
// mapHost, when not nil, maps the host as browsers do (see diag.Env.MapHost)
// so that a host such as "１２７.０.０.１" is judged by what it becomes.
func classifyCallbackURL(raw string, mapHost func(string) (string, error)) callbackURL {
	invalid := func(reason, detail string) callbackURL {
		return callbackURL{problems: []urlProblem{{diag.CodeCallbackURLInvalid, reason, detail}}}
	}
	s := strings.TrimSpace(raw)
	switch {
	case s == "":
		return invalid("empty", "")
	case len(s) > maxURLLen:
		return invalid("too_long", strconv.Itoa(len(s)))
	case !utf8.ValidString(s):
		return invalid("characters", "")
	}
	for _, r := range s {
		if r <= ' ' || r == 0x7f || r == '\\' || r == 0xfffd {
			return invalid("characters", "")
		}
	}
	u, err := url.Parse(s)
	if err != nil {
		// Browsers percent-decode the host ("%31%32%37.0.0.1" is
		// 127.0.0.1); Go refuses. Decode it to say what it hides.
		if dec, ok := decodeHost(s); ok {
			if c := classifyCallbackURL(dec, mapHost); c.url != nil && hasCode(c.problems, diag.CodeCallbackURLPrivate) {
				c.url = nil
				c.problems = append(c.problems, urlProblem{diag.CodeCallbackURLInvalid, "percent_host", ""})
				return c
			}
			return invalid("percent_host", "")
		}
		// err quotes the URL, which may hold a password: never show it.
		return invalid("syntax", "")
	}
	scheme := strings.ToLower(u.Scheme)
	switch {
	case scheme == "":
		return invalid("no_scheme", "")
	case scheme != "https" && scheme != "http":
		return invalid("scheme", clip(scheme, 20))
	case u.Opaque != "" || u.Host == "":
		return invalid("no_host", "")
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return invalid("port", clip(p, 10))
		}
	}
	var c callbackURL
	if u.User != nil {
		c.problems = append(c.problems, urlProblem{diag.CodeCallbackURLCredentials, "credentials", u.User.Username()})
	}
	if scheme == "http" {
		c.problems = append(c.problems, urlProblem{diag.CodeCallbackURLInsecure, "http", ""})
	}
	code, reason, detail := classifyMappedHost(u.Hostname(), strings.HasPrefix(u.Host, "["), mapHost)
	if code == diag.CodeCallbackURLInvalid {
		return invalid(reason, detail)
	}
	if code != "" {
		c.problems = append(c.problems, urlProblem{code, reason, detail})
	}
	c.url = u
	return c
}

// classifyMappedHost classifies host as browsers see it once mapHost has
// mapped it: "１２７.０.０.１" is loopback, "ｓｈｏｐ．ｅｘａｍｐｌｅ" is a
// public name, and a host browsers refuse is invalid. An ASCII host is
// classified as written first, so that the numeric forms keep their own
// reasons; without a mapper, host is classified as written.
func classifyMappedHost(host string, bracketed bool, mapHost func(string) (string, error)) (code diag.Code, reason, detail string) {
	if bracketed || mapHost == nil {
		return classifyHost(host, bracketed)
	}
	if isASCII(host) {
		if code, reason, detail = classifyHost(host, false); code != "" {
			return code, reason, detail
		}
	}
	mapped, err := mapHost(host)
	if err != nil {
		return diag.CodeCallbackURLInvalid, "hostname", clip(host, 60)
	}
	code, reason, detail = classifyHost(mapped, false)
	if code != "" && !sameHost(mapped, host) {
		detail = clip(host, 60) + " → " + detail
	}
	return code, reason, detail
}

// classifyHost returns "" for a public host, else the problem code, the
// reason and the address or name found.
func classifyHost(host string, bracketed bool) (code diag.Code, reason, detail string) {
	h := strings.ToLower(host)
	if bracketed {
		a, err := netip.ParseAddr(h)
		if err != nil {
			return diag.CodeCallbackURLInvalid, "ipv6", ""
		}
		if class := AddrClass(a); class != "" {
			return diag.CodeCallbackURLPrivate, class, a.String()
		}
		return "", "", ""
	}
	h = strings.TrimSuffix(h, ".") // one trailing dot is the DNS root
	if h == "" || strings.HasSuffix(h, ".") {
		return diag.CodeCallbackURLInvalid, "no_host", ""
	}
	if endsInNumber(h) {
		a, ok := parseIPv4Loose(h)
		if !ok {
			return diag.CodeCallbackURLInvalid, "ipv4", clip(h, 40)
		}
		class := AddrClass(a)
		canonical := h == a.String()
		switch {
		case class != "" && canonical:
			return diag.CodeCallbackURLPrivate, class, a.String()
		case class != "":
			return diag.CodeCallbackURLPrivate, class, h + " = " + a.String()
		case !canonical:
			// A numeric host in any form but dotted quads only serves to
			// get past filters.
			return diag.CodeCallbackURLInvalid, "obfuscated", h + " = " + a.String()
		}
		return "", "", ""
	}
	labels := strings.Split(h, ".")
	for _, l := range labels {
		if !validLabel(l) {
			return diag.CodeCallbackURLInvalid, "hostname", clip(h, 60)
		}
	}
	for _, suf := range privateSuffixes {
		if h == suf || strings.HasSuffix(h, "."+suf) {
			return diag.CodeCallbackURLPrivate, "local_name", h
		}
	}
	if len(labels) == 1 {
		return diag.CodeCallbackURLPrivate, "single_label", h
	}
	// Wildcard DNS services (nip.io, sslip.io) map 10.0.0.1.nip.io and
	// 10-0-0-1.sslip.io to the embedded address.
	candidates := []string{strings.Join(labels[:min(4, len(labels))], "."), strings.ReplaceAll(labels[0], "-", ".")}
	for _, cand := range candidates {
		if a, err := netip.ParseAddr(cand); err == nil && a.Is4() {
			if class := AddrClass(a); class != "" {
				return diag.CodeCallbackURLPrivate, "embedded_ip", h + " → " + a.String()
			}
		}
	}
	return "", "", ""
}

// validLabel accepts DNS labels of letters, digits, hyphens and
// underscores (and non-ASCII letters of internationalised names), 1 to 63
// bytes, not starting or ending with a hyphen.
func validLabel(l string) bool {
	if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
		return false
	}
	for _, r := range l {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
		case r >= utf8.RuneSelf:
		default:
			return false
		}
	}
	return true
}

// endsInNumber applies the WHATWG URL rule: a host whose last label is a
// decimal number or 0x-prefixed hex is parsed as an IPv4 address.
func endsInNumber(h string) bool {
	labels := strings.Split(h, ".")
	last := labels[len(labels)-1]
	if last == "" {
		return false
	}
	if allDigits(last) {
		return true
	}
	if rest, ok := strings.CutPrefix(last, "0x"); ok {
		return allHex(rest)
	}
	return false
}

// parseIPv4Loose parses an IPv4 address the way browsers (and inet_aton)
// do: one to four parts, each decimal, octal (leading 0) or hex (0x); the
// last part fills the remaining bytes. "2130706433", "0x7f000001",
// "017700000001" and "127.1" are all 127.0.0.1.
func parseIPv4Loose(h string) (netip.Addr, bool) {
	parts := strings.Split(h, ".")
	if len(parts) > 4 {
		return netip.Addr{}, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Part(p)
		if !ok {
			return netip.Addr{}, false
		}
		nums[i] = n
	}
	var v uint64
	for i, n := range nums[:len(nums)-1] {
		if n > 255 {
			return netip.Addr{}, false
		}
		v |= n << (8 * (3 - i))
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return netip.Addr{}, false
	}
	v |= last
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), true
}

func parseIPv4Part(p string) (uint64, bool) {
	base := 10
	switch {
	case strings.HasPrefix(p, "0x") || strings.HasPrefix(p, "0X"):
		p, base = p[2:], 16
		if p == "" {
			return 0, true // browsers read "0x" as 0
		}
	case len(p) > 1 && p[0] == '0':
		p, base = p[1:], 8
	}
	if p == "" || len(p) > 32 {
		return 0, false
	}
	n, err := strconv.ParseUint(p, base, 64)
	return n, err == nil && n <= 0xFFFFFFFF
}

// decodeHost percent-decodes the authority of s when it holds %-escapes.
func decodeHost(s string) (string, bool) {
	scheme, rest, ok := strings.Cut(s, "://")
	if !ok {
		return "", false
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	auth := rest[:end]
	if !strings.Contains(auth, "%") {
		return "", false
	}
	dec, err := url.PathUnescape(auth)
	if err != nil || dec == auth {
		return "", false
	}
	return scheme + "://" + dec + rest[end:], true
}

func hasCode(ps []urlProblem, code diag.Code) bool {
	for _, p := range ps {
		if p.code == code {
			return true
		}
	}
	return false
}

// parseRef parses a Location header; an unparsable one resolves to the
// base URL.
func parseRef(loc string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(loc))
	if err != nil {
		return &url.URL{}
	}
	return u
}
