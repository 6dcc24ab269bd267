package manifest

import (
	"net/url"
	"strings"

	"github.com/triage-widget/triage/app/i18n"
)

// OnOfficialDomain reports whether host is one of the official domains or a
// subdomain of one. Comparison ignores case and a trailing dot.
func (m *Manifest) OnOfficialDomain(host string) bool { return onDomains(host, m.OfficialDomains) }

func onDomains(host string, domains []string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for _, d := range domains {
		d = strings.ToLower(d)
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// CheckLink applies the manifest's link rule to one URL: https, no user
// info, no explicit port, and a host on an official domain. The panel calls
// it again before opening any link, so a bug elsewhere cannot open a link
// the manifest did not vouch for.
func (m *Manifest) CheckLink(raw string) error {
	if code, msg := checkHTTPS(raw, m.OfficialDomains); code != "" {
		return &Error{Problems: []Problem{{Code: code, Message: msg}}}
	}
	return nil
}

// checkHTTPS returns a problem code and message, or "" when raw is fine.
func checkHTTPS(raw string, domains []string) (string, i18n.Text) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" || u.Opaque != "" {
		return codeURLMalformed, msgURLMalformed.Format(raw)
	}
	if u.Scheme != "https" {
		return codeURLInsecure, msgURLInsecure.Format(raw)
	}
	if u.User != nil || u.Port() != "" {
		return codeURLMalformed, msgURLUserPort.Format(raw)
	}
	host := u.Hostname()
	if isIPLiteral(host) {
		return codeURLOffDomain, msgURLIP.Format(raw)
	}
	if !onDomains(host, domains) {
		return codeURLOffDomain, msgURLOffDomain.Format(host, strings.Join(domains, ", "))
	}
	return "", i18n.Text{}
}

// checkMailto checks "mailto:local@domain" (one address, optional
// ?subject=…&body=…) and that the domain is official: a look-alike support
// address is the same fraud as a look-alike link.
func checkMailto(raw string, domains []string) (string, i18n.Text) {
	addr, ok := strings.CutPrefix(raw, "mailto:")
	if !ok {
		return codeMailto, msgMailto.Format(raw)
	}
	addr, query, hasQuery := strings.Cut(addr, "?")
	local, domain, ok := strings.Cut(addr, "@")
	// A mail client percent-decodes the address, so "%2C" or "%40" would
	// smuggle in a second recipient; "#" would cut the address short.
	if !ok || !validLocal(local) || strings.ContainsAny(local, "%#") || !validHostname(domain) {
		return codeMailto, msgMailto.Format(raw)
	}
	if hasQuery {
		if code, msg := checkMailtoQuery(raw, query); code != "" {
			return code, msg
		}
	}
	if !onDomains(domain, domains) {
		return codeURLOffDomain, msgURLOffDomain.Format(domain, strings.Join(domains, ", "))
	}
	return "", i18n.Text{}
}

// checkMailtoQuery admits only the subject and body header fields, each at
// most once and spelt in lower case: "cc", "bcc" or "to" would copy the
// merchant's report to an address nobody reviewed, and clients differ on
// how they read unknown, repeated or differently cased fields.
func checkMailtoQuery(raw, query string) (string, i18n.Text) {
	seen := map[string]bool{}
	for _, field := range strings.Split(query, "&") {
		name, value, _ := strings.Cut(field, "=")
		if name != "subject" && name != "body" || seen[name] {
			return codeMailtoField, msgMailtoField.Format(name, raw)
		}
		seen[name] = true
		if strings.ContainsAny(value, "?#") {
			return codeMailto, msgMailto.Format(raw)
		}
		decoded, err := url.PathUnescape(value)
		// A line break in the subject could start a header of its own in a
		// client that writes the field out unchecked; the body may have them.
		if err != nil || name == "subject" && strings.ContainsFunc(decoded, isControl) {
			return codeMailto, msgMailto.Format(raw)
		}
	}
	return "", i18n.Text{}
}

// mailtoDomain returns the domain of a mailto: value that passed
// checkMailto.
func mailtoDomain(raw string) string {
	addr, _, _ := strings.Cut(strings.TrimPrefix(raw, "mailto:"), "?")
	_, domain, _ := strings.Cut(addr, "@")
	return domain
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f }

// checkTel checks "tel:+<country code and number>": E.164 digits (7 to 15)
// with the visual separators RFC 3966 allows ("-", ".", "(", ")").
func checkTel(raw string) (string, i18n.Text) {
	num, ok := strings.CutPrefix(raw, "tel:+")
	if !ok {
		return codeTel, msgTel.Format(raw)
	}
	n := 0
	for i := 0; i < len(num); i++ {
		switch c := num[i]; {
		case c >= '0' && c <= '9':
			n++
		case c == '-' || c == '.' || c == '(' || c == ')':
			if i == 0 || i == len(num)-1 {
				return codeTel, msgTel.Format(raw)
			}
		default:
			return codeTel, msgTel.Format(raw)
		}
	}
	if n < 7 || n > 15 {
		return codeTel, msgTel.Format(raw)
	}
	return "", i18n.Text{}
}

// isIPLiteral reports an IPv6 literal (url.Hostname strips its brackets) or
// an all-numeric dotted host such as an IPv4 address. net/netip would do,
// but costs the widget ~24 KB (brotli) for this one test.
func isIPLiteral(host string) bool {
	if strings.Contains(host, ":") {
		return true
	}
	for i := 0; i < len(host); i++ {
		if c := host[i]; c != '.' && (c < '0' || c > '9') {
			return false
		}
	}
	return host != ""
}

// TelDigits returns the "+digits" of a tel: value for display and copying.
func TelDigits(tel string) string {
	num, _ := strings.CutPrefix(tel, "tel:")
	var b strings.Builder
	for i := 0; i < len(num); i++ {
		if c := num[i]; c == '+' || c >= '0' && c <= '9' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// validHostname accepts lower- or upper-case LDH labels with at least one
// dot: "example.com", "help.example.com", and punycode ("xn--…").
func validHostname(h string) bool {
	if len(h) == 0 || len(h) > 253 || !strings.Contains(h, ".") {
		return false
	}
	for _, label := range strings.Split(h, ".") {
		if len(label) == 0 || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// validLocal accepts the dot-atom local parts support addresses use.
func validLocal(s string) bool {
	if s == "" || len(s) > 64 || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", c) >= 0) {
			return false
		}
	}
	return true
}
