package checks

import (
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
)

// maxHeaderLen bounds a pasted signature header.
const maxHeaderLen = 4096

var (
	errHeaderEmpty   = errors.New("empty signature header")
	errHeaderTooLong = errors.New("signature header too long")
	errHexSignature  = errors.New("not a hex SHA-256 signature (64 hex characters, optionally after sha256=)")
	errB64Signature  = errors.New("not a Base64 SHA-256 signature (44 characters)")
	errStripeNoT     = errors.New("no t= timestamp")
	errStripeBadT    = errors.New("t= is not a Unix timestamp")
	errStripeNoV1    = errors.New("no v1= signature")
)

// parseHexSignature reads a hex HMAC-SHA256 header: GitHub's
// X-Hub-Signature-256 "sha256=<hex>" or Coinbase Commerce's bare
// X-CC-Webhook-Signature "<hex>". It returns the hex in lower case.
func parseHexSignature(h string) (sig string, prefixed bool, err error) {
	h = strings.TrimSpace(h)
	switch {
	case h == "":
		return "", false, errHeaderEmpty
	case len(h) > maxHeaderLen:
		return "", false, errHeaderTooLong
	}
	if rest, ok := strings.CutPrefix(h, "sha256="); ok {
		h, prefixed = rest, true
	}
	if len(h) != 64 || !allHex(h) {
		return "", prefixed, errHexSignature
	}
	return strings.ToLower(h), prefixed, nil
}

// parseBase64Signature reads a Base64 HMAC-SHA256 value (okx-v5): 32 bytes.
func parseBase64Signature(h string) (string, error) {
	h = strings.TrimSpace(h)
	switch {
	case h == "":
		return "", errHeaderEmpty
	case len(h) > maxHeaderLen:
		return "", errHeaderTooLong
	}
	b, err := base64.StdEncoding.DecodeString(h)
	if err != nil || len(b) != 32 {
		return "", errB64Signature
	}
	return h, nil
}

// stripeHeader is a parsed Stripe-Signature header, "t=…,v1=…[,v1=…][,v0=…]".
type stripeHeader struct {
	t  int64    // Unix seconds the platform signed at
	v1 []string // candidate signatures, lower-case hex (several during secret rotation)
}

// parseStripeHeader parses a Stripe-Signature header. Unknown keys (v0,
// future schemes) are ignored, as Stripe's libraries do; v1 values that are
// not 64 hex characters are skipped.
func parseStripeHeader(h string) (stripeHeader, error) {
	var sh stripeHeader
	h = strings.TrimSpace(h)
	switch {
	case h == "":
		return sh, errHeaderEmpty
	case len(h) > maxHeaderLen:
		return sh, errHeaderTooLong
	}
	hasT := false
	for _, item := range strings.Split(h, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(item), "=")
		if !ok {
			continue
		}
		switch k {
		case "t":
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n <= 0 || hasT {
				return stripeHeader{}, errStripeBadT
			}
			sh.t, hasT = n, true
		case "v1":
			if len(v) == 64 && allHex(v) {
				sh.v1 = append(sh.v1, strings.ToLower(v))
			}
		}
	}
	switch {
	case !hasT:
		return stripeHeader{}, errStripeNoT
	case len(sh.v1) == 0:
		return stripeHeader{}, errStripeNoV1
	}
	return sh, nil
}
