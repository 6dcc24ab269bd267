package checks

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxBodyForms bounds the work done on one body: each form costs an HMAC.
const maxBodyForms = 16

// bodyForms returns other byte sequences a client or a framework may have
// signed or verified instead of body: for a JSON document, the
// serialisations web frameworks produce when they parse a body and encode
// it again — compact (JavaScript's JSON.stringify), indented, keys sorted
// (Go maps), Python's json.dumps separators ", " and ": " with and without
// ASCII escaping, HTML escaping (Go's encoding/json); for any body, the
// body without or with a trailing newline (editors, heredocs, echo). Forms
// equal to body are left out; an empty body has none.
//
// A signature that matches one of these was computed over a different byte
// sequence than the one verified: the classic cause is verifying a
// re-encoded body instead of the raw one.
func bodyForms(body string) []string {
	if body == "" {
		return nil
	}
	var out []string
	seen := map[string]bool{body: true}
	add := func(s string) {
		if !seen[s] && len(out) < maxBodyForms {
			seen[s] = true
			out = append(out, s)
		}
	}
	if raw := []byte(body); json.Valid(raw) {
		addJSONForms(raw, add)
	}
	add(strings.TrimRight(body, "\r\n"))
	add(body + "\n")
	return out
}

// addJSONForms passes the re-serialisations of a valid JSON document to add.
func addJSONForms(raw []byte, add func(string)) {
	var compact bytes.Buffer
	if json.Compact(&compact, raw) == nil {
		add(compact.String())
		add(pythonSeparators(compact.String()))
		add(asciiEscaped(pythonSeparators(compact.String())))
	}
	for _, indent := range []string{"  ", "    ", "\t"} {
		var b bytes.Buffer
		if json.Indent(&b, raw, "", indent) == nil {
			add(b.String())
		}
	}
	// Decoding into interface values sorts object keys on encoding; numbers
	// stay as written thanks to UseNumber.
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) == nil {
		for _, escapeHTML := range []bool{false, true} {
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(escapeHTML)
			if enc.Encode(v) == nil {
				sorted := strings.TrimSuffix(b.String(), "\n")
				add(sorted)
				add(pythonSeparators(sorted))
			}
		}
	}
}

// pythonSeparators rewrites compact JSON with Python's default separators:
// ", " between items and ": " after keys (outside strings).
func pythonSeparators(compact string) string {
	var b strings.Builder
	inString, escaped := false, false
	for i := 0; i < len(compact); i++ {
		c := compact[i]
		b.WriteByte(c)
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case !inString && (c == ',' || c == ':'):
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// asciiEscaped escapes every non-ASCII character as \uXXXX (UTF-16), as
// Python's json.dumps does by default. Non-ASCII only occurs inside strings
// in JSON, so escaping everywhere is safe.
func asciiEscaped(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case r > 0xFFFF:
			r -= 0x10000
			fmt.Fprintf(&b, `\u%04x\u%04x`, 0xD800+(r>>10), 0xDC00+(r&0x3FF))
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}
