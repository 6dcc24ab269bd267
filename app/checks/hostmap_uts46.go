//go:build !(js && wasm)

package checks

import (
	"errors"
	"strings"

	"golang.org/x/net/idna"
)

// defaultMapHost is the native mapper; the wasm takes the browser's.
var defaultMapHost = MapHostUTS46

// whatwgIDNA is domain-to-ASCII with the options of the WHATWG URL
// standard, which browsers implement: UTS-46 non-transitional mapping,
// bidi and joiner checks, but no STD3 rules (underscores pass), no hyphen
// checks and no DNS length limit. idna.Lookup is stricter than browsers.
var whatwgIDNA = idna.New(
	idna.MapForLookup(),
	idna.BidiRule(),
	idna.CheckJoiners(true),
	idna.Transitional(false),
	idna.StrictDomainName(false),
	idna.CheckHyphens(false),
	idna.VerifyDNSLength(false),
)

var errHostRefused = errors.New("browsers refuse this host")

// MapHostUTS46 maps a URL host name (not a bracketed IPv6 literal) as the
// WHATWG URL parser does: UTS-46 (fullwidth and circled digits, the
// ideographic full stops, soft hyphens and upper case all fold away), then
// a host ending in a number is read as an IPv4 address in any of the
// numeric forms browsers accept and returned as dotted quads.
func MapHostUTS46(host string) (string, error) {
	if host == "" {
		return "", errHostRefused
	}
	ascii, err := whatwgIDNA.ToASCII(host)
	if err != nil || ascii == "" {
		return "", errHostRefused
	}
	for i := 0; i < len(ascii); i++ {
		if forbiddenInDomain(ascii[i]) {
			return "", errHostRefused
		}
	}
	trimmed := strings.TrimSuffix(ascii, ".")
	if trimmed != "" && endsInNumber(trimmed) {
		a, ok := parseIPv4Loose(trimmed)
		if !ok {
			return "", errHostRefused
		}
		return a.String(), nil
	}
	return ascii, nil
}

// forbiddenInDomain reports the WHATWG forbidden domain code points (all
// ASCII): controls, space, DEL and #%/:<>?@[\]^|.
func forbiddenInDomain(c byte) bool {
	return c <= ' ' || c == 0x7f || strings.IndexByte(`#%/:<>?@[\]^|`, c) >= 0
}
