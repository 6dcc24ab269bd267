package checks

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/diag"
)

// OKXTimestampLayout is the OK-ACCESS-TIMESTAMP format: ISO 8601 UTC with
// milliseconds, e.g. 2020-12-08T09:08:57.715Z.
const OKXTimestampLayout = "2006-01-02T15:04:05.000Z"

// SignOKX returns the OKX v5 request signature:
// Base64(HMAC-SHA256(secret, timestamp + METHOD + requestPath + body)),
// where requestPath includes the query string and body is empty for GET.
func SignOKX(secret, timestamp, method, requestPath, body string) string {
	return base64.StdEncoding.EncodeToString(hmacSHA256(secret, timestamp+method+requestPath+body))
}

func hmacSHA256(key, msg string) []byte {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return m.Sum(nil)
}

// sameSig compares two signature strings in constant time, so that timing
// reveals nothing about the expected value.
func sameSig(a, b string) bool {
	return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

// isOKXTimestamp reports whether s is exactly in OKXTimestampLayout.
func isOKXTimestamp(s string) bool {
	if len(s) != len(OKXTimestampLayout) {
		return false
	}
	t, err := time.Parse(OKXTimestampLayout, s)
	return err == nil && t.Format(OKXTimestampLayout) == s
}

// okxRequest is the request the merchant's code signed, as typed in the
// signature form. Secret and passphrase never leave this package's
// computations.
type okxRequest struct {
	secret, passphrase      string
	timestamp, method, path string
	body                    string
	apiOrigin               string   // from the manifest, for path_includes_host
	apiHosts                []string // the manifest's api.hosts, for the same
}

// canonical returns the request as it should have been signed: the secret
// without surrounding whitespace (the platform issues none), the method in
// upper case, and only the path and query of a full URL.
func (r okxRequest) canonical() okxRequest {
	c := r
	c.secret = strings.TrimSpace(r.secret)
	c.timestamp = strings.TrimSpace(r.timestamp)
	c.method = strings.ToUpper(strings.TrimSpace(r.method))
	c.path = strings.TrimSpace(r.path)
	if u, err := url.Parse(c.path); err == nil && u.Host != "" {
		c.path = u.RequestURI()
	}
	return c
}

func (r okxRequest) prehash() string { return r.timestamp + r.method + r.path + r.body }

func (r okxRequest) sign() string {
	return base64.StdEncoding.EncodeToString(hmacSHA256(r.secret, r.prehash()))
}

// okxMistake is a mistake that reproduced the merchant's signature.
type okxMistake struct {
	code   diag.Code // signature.cause.*
	signed string    // the string the merchant's code signed (never a secret)
	detail string    // which variant, e.g. "Unix seconds"
}

// okxAPIHosts are the OKX API hosts, as SDKs and documentation name their
// base URLs, that a client may wrongly put into the signed path.
var okxAPIHosts = []string{"www.okx.com", "openapi.okx.com", "aws.okx.com", "okx.com", "my.okx.com",
	"eea.okx.com", "us.okx.com", "app.okx.com", "www.okex.com", "aws.okex.com"}

// maxManifestHosts bounds the manifest's hosts tried (each costs two HMACs).
const maxManifestHosts = 16

// diagnoseOKX tries, one mistake at a time, the mistakes clients commonly
// make when signing, and returns the first that reproduces sig. want is the
// canonical request (see canonical); raw is the request as typed.
func diagnoseOKX(raw okxRequest, sig string) (okxMistake, bool) {
	want := raw.canonical()
	sig = strings.TrimSpace(sig)
	pre := want.prehash()
	mac := hmacSHA256(want.secret, pre)
	b64 := func(key, msg string) string { return base64.StdEncoding.EncodeToString(hmacSHA256(key, msg)) }

	// Encoding mistakes: the right bytes, the wrong text.
	if sameSig(strings.ToLower(sig), hex.EncodeToString(mac)) {
		return okxMistake{diag.CodeSignatureCauseHexInsteadOfBase64, pre, "hex"}, true
	}
	for _, h := range []string{hex.EncodeToString(mac), strings.ToUpper(hex.EncodeToString(mac))} {
		if sameSig(sig, base64.StdEncoding.EncodeToString([]byte(h))) {
			return okxMistake{diag.CodeSignatureCauseBase64OfHex, pre, "base64(hex)"}, true
		}
	}
	// Key mistakes.
	for _, v := range secretVariants(raw.secret) {
		if sameSig(sig, b64(v.value, pre)) {
			return okxMistake{diag.CodeSignatureCauseSecretWhitespace, pre, v.detail}, true
		}
	}
	if p := raw.passphrase; p != "" && sameSig(sig, b64(p, pre)) {
		return okxMistake{diag.CodeSignatureCausePassphraseAsSecret, pre, "passphrase"}, true
	}
	// Message mistakes: one part of the string to sign differs.
	try := func(code diag.Code, detail string, r okxRequest) (okxMistake, bool) {
		if s := r.prehash(); s != pre && sameSig(sig, b64(want.secret, s)) {
			return okxMistake{code, s, detail}, true
		}
		return okxMistake{}, false
	}
	for _, m := range []string{strings.ToLower(want.method), titleCase(want.method), strings.TrimSpace(raw.method)} {
		r := want
		r.method = m
		if got, ok := try(diag.CodeSignatureCauseMethodCase, m, r); ok {
			return got, true
		}
	}
	if i := strings.IndexByte(want.path, '?'); i >= 0 {
		r := want
		r.path = want.path[:i]
		if got, ok := try(diag.CodeSignatureCauseQueryOmitted, "path without ?"+want.path[i+1:], r); ok {
			return got, true
		}
	}
	for _, full := range hostForms(raw, want.path) {
		r := want
		r.path = full
		if got, ok := try(diag.CodeSignatureCausePathIncludesHost, full, r); ok {
			return got, true
		}
	}
	for _, ts := range timestampForms(want.timestamp) {
		r := want
		r.timestamp = ts.value
		if got, ok := try(diag.CodeSignatureCauseTimestampFormat, ts.detail, r); ok {
			return got, true
		}
	}
	if want.method == "GET" && want.body == "" {
		for _, b := range []string{"{}", "null"} {
			r := want
			r.body = b
			if got, ok := try(diag.CodeSignatureCauseBodyOnGet, b, r); ok {
				return got, true
			}
		}
	}
	for _, b := range bodyForms(want.body) {
		r := want
		r.body = b.value
		if got, ok := try(diag.CodeSignatureCauseBodyReserialized, b.detail, r); ok {
			return got, true
		}
	}
	return okxMistake{}, false
}

// variant is an alternative value with a description for the evidence.
type variant struct{ value, detail string }

// secretVariants are the secret as typed and with the whitespace a config
// file or a copy-and-paste adds. The canonical secret is trimmed.
func secretVariants(secret string) []variant {
	t := strings.TrimSpace(secret)
	vs := []variant{{secret, "as typed"}, {t + "\n", `trailing "\n"`}, {t + "\r\n", `trailing "\r\n"`},
		{t + " ", "trailing space"}, {" " + t, "leading space"}, {t + "\t", "trailing tab"}}
	out := vs[:0]
	for _, v := range vs {
		if v.value != t {
			out = append(out, v)
		}
	}
	return out
}

// hostForms are the path with a scheme and host in front, as clients send
// when they sign the full URL: the manifest's API hosts, its API origin,
// then okxAPIHosts, each with and without the scheme. When the merchant
// typed a full URL, that URL.
func hostForms(raw okxRequest, path string) []string {
	typed := strings.TrimSpace(raw.path)
	if typed != path {
		return []string{typed}
	}
	var origins []string
	for _, h := range raw.apiHosts[:min(len(raw.apiHosts), maxManifestHosts)] {
		origins = append(origins, "https://"+strings.ToLower(strings.TrimSpace(h)))
	}
	if o := origin(raw.apiOrigin); o != "" {
		origins = append(origins, o)
	}
	for _, h := range okxAPIHosts {
		origins = append(origins, "https://"+h)
	}
	var out []string
	seen := map[string]bool{}
	for _, o := range origins {
		bare := strings.TrimPrefix(strings.TrimPrefix(o, "https://"), "http://")
		for _, f := range []string{o + path, bare + path} {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// timestampForms are the other ways a client writes the same instant:
// Unix seconds or milliseconds, ISO 8601 without or with more fraction
// digits, with an offset instead of Z, or without a zone.
func timestampForms(ts string) []variant {
	t, ok := parseAnyTimestamp(ts)
	if !ok {
		return nil
	}
	t = t.UTC()
	forms := []variant{
		{strconv.FormatInt(t.Unix(), 10), "Unix seconds"},
		{strconv.FormatInt(t.UnixMilli(), 10), "Unix milliseconds"},
		{t.Format("2006-01-02T15:04:05Z"), "ISO 8601 without milliseconds"},
		{t.Format("2006-01-02T15:04:05.000000Z"), "ISO 8601 with microseconds"},
		{t.Format("2006-01-02T15:04:05.000+00:00"), "ISO 8601 with +00:00"},
		{t.Format("2006-01-02T15:04:05.000000"), "ISO 8601 without zone (Python isoformat)"},
		{t.Format("2006-01-02T15:04:05.000"), "ISO 8601 without zone"},
		{t.Format("2006-01-02 15:04:05"), "date and time with a space"},
		{strconv.FormatInt(t.Unix(), 10) + "." + t.Format("000"), "Unix seconds with a fraction"},
		{t.Format(OKXTimestampLayout), "ISO 8601 with milliseconds"},
	}
	out := forms[:0]
	for _, f := range forms {
		if f.value != ts {
			out = append(out, f)
		}
	}
	return out
}

// parseAnyTimestamp reads an ISO 8601 time or Unix seconds/milliseconds.
func parseAnyTimestamp(s string) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, true
	}
	if allDigits(s) && s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		switch {
		case err != nil:
		case len(s) == 10:
			return time.Unix(n, 0), true
		case len(s) == 13:
			return time.UnixMilli(n), true
		}
	}
	return time.Time{}, false
}

// titleCase turns "GET" into "Get".
func titleCase(s string) string {
	if s == "" {
		return s
	}
	return s[:1] + strings.ToLower(s[1:])
}
