package checks

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// maxBodyForms bounds the work done on one body: each form costs an HMAC.
const maxBodyForms = 24

// bodyForms returns other byte sequences a client or a framework may have
// signed or verified instead of body, each with what produced it: for any
// body, the body without or with a trailing newline (editors, heredocs,
// echo); for a JSON document, the serialisations web frameworks produce
// when they parse a body and encode it again — compact, each of
// jsonStyles (JavaScript, Python and PHP encoders with their own escapes
// and number formats), indented, and keys sorted (Go maps, with and without
// HTML escaping, with Python's separators). Forms equal to body, or to an
// earlier form, are left out; an empty body has none.
//
// A signature that matches one of these was computed over a different byte
// sequence than the one verified: the classic cause is verifying a
// re-encoded body instead of the raw one.
func bodyForms(body string) []variant {
	if body == "" {
		return nil
	}
	var out []variant
	seen := map[string]bool{body: true}
	add := func(s, detail string) {
		if !seen[s] && len(out) < maxBodyForms {
			seen[s] = true
			out = append(out, variant{s, detail})
		}
	}
	add(strings.TrimRight(body, "\r\n"), "without the trailing newline")
	add(body+"\n", `with a trailing "\n"`)
	if raw := []byte(body); json.Valid(raw) {
		addJSONForms(raw, add)
	}
	return out
}

// addJSONForms passes the re-serialisations of a valid JSON document to add.
func addJSONForms(raw []byte, add func(s, detail string)) {
	var compact bytes.Buffer
	if json.Compact(&compact, raw) == nil {
		add(compact.String(), "compact, escapes kept")
	}
	if n, ok := decodeJSONNode(raw); ok {
		for _, st := range jsonStyles {
			var b strings.Builder
			st.encode(&b, n)
			add(b.String(), st.name)
		}
	}
	for _, indent := range []string{"  ", "    ", "\t"} {
		var b bytes.Buffer
		if json.Indent(&b, raw, "", indent) == nil {
			add(b.String(), "indented with "+strconv.Quote(indent))
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
				add(sorted, "keys sorted (Go encoding/json)")
				add(pythonSeparators(sorted), `keys sorted, ", " and ": " separators`)
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
