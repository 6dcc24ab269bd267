package checks

import (
	"bytes"
	"encoding/json"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
)

// jsonNode is a decoded JSON value that keeps what Go's maps lose and a
// faithful re-encoding needs: object keys in order, numbers as written.
type jsonNode struct {
	kind  jsonKind
	text  string         // a string's value, a number as written, or true, false, null
	keys  []string       // an object's keys, in order
	elems []*jsonNode    // an object's values (parallel to keys) or an array's elements
	at    map[string]int // an object's key → index in keys
}

type jsonKind uint8

const (
	jsonString jsonKind = iota
	jsonNumber
	jsonLiteral
	jsonArray
	jsonObject
)

// decodeJSONNode decodes one JSON document. A repeated key keeps its first
// place and its last value, as JavaScript, Python and PHP decoders do.
func decodeJSONNode(raw []byte) (*jsonNode, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	n, ok := readJSONNode(dec)
	if !ok {
		return nil, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, false
	}
	return n, true
}

func readJSONNode(dec *json.Decoder) (*jsonNode, bool) {
	tok, err := dec.Token()
	if err != nil {
		return nil, false
	}
	switch t := tok.(type) {
	case string:
		return &jsonNode{kind: jsonString, text: t}, true
	case json.Number:
		return &jsonNode{kind: jsonNumber, text: string(t)}, true
	case bool:
		return &jsonNode{kind: jsonLiteral, text: strconv.FormatBool(t)}, true
	case nil:
		return &jsonNode{kind: jsonLiteral, text: "null"}, true
	case json.Delim:
		if t == '[' {
			n := &jsonNode{kind: jsonArray}
			for dec.More() {
				v, ok := readJSONNode(dec)
				if !ok {
					return nil, false
				}
				n.elems = append(n.elems, v)
			}
			_, err := dec.Token() // ]
			return n, err == nil
		}
		n := &jsonNode{kind: jsonObject, at: map[string]int{}}
		for dec.More() {
			k, err := dec.Token()
			key, isKey := k.(string)
			if err != nil || !isKey {
				return nil, false
			}
			v, ok := readJSONNode(dec)
			if !ok {
				return nil, false
			}
			if i, seen := n.at[key]; seen {
				n.elems[i] = v
				continue
			}
			n.at[key] = len(n.keys)
			n.keys = append(n.keys, key)
			n.elems = append(n.elems, v)
		}
		_, err := dec.Token() // }
		return n, err == nil
	}
	return nil, false
}

// jsonStyle is how one library encodes a decoded document.
type jsonStyle struct {
	name            string // for the evidence, e.g. "PHP json_encode"
	itemSep, keySep string
	sortKeys        bool
	escapeNonASCII  bool // \uXXXX (UTF-16) for every non-ASCII character
	escapeDEL       bool // \u007f too
	escapeSlash     bool // "\/"
	escapeLineSeps  bool // \u2028 and \u2029 even when non-ASCII is kept
	emptyObjArray   bool // {} becomes [] (PHP decoding into arrays)
	number          func(literal string) string
}

// jsonStyles are the encoders a framework re-encodes a parsed body with, at
// their defaults and most common options, most common first.
var jsonStyles = []jsonStyle{
	{name: "JavaScript JSON.stringify", itemSep: ",", keySep: ":", number: jsNumber},
	{name: "Python json.dumps", itemSep: ", ", keySep: ": ", escapeNonASCII: true, escapeDEL: true, number: pythonNumber},
	{name: "PHP json_encode", itemSep: ",", keySep: ":", escapeNonASCII: true, escapeSlash: true, number: phpNumber},
	{name: "Python json.dumps(ensure_ascii=False)", itemSep: ", ", keySep: ": ", number: pythonNumber},
	{name: "PHP json_encode(JSON_UNESCAPED_UNICODE)", itemSep: ",", keySep: ":", escapeSlash: true, escapeLineSeps: true, number: phpNumber},
	{name: "PHP json_encode(JSON_UNESCAPED_UNICODE|JSON_UNESCAPED_SLASHES)", itemSep: ",", keySep: ":", escapeLineSeps: true, number: phpNumber},
	{name: "PHP json_encode(JSON_UNESCAPED_SLASHES)", itemSep: ",", keySep: ":", escapeNonASCII: true, number: phpNumber},
	{name: `Python json.dumps(separators=(",", ":"))`, itemSep: ",", keySep: ":", escapeNonASCII: true, escapeDEL: true, number: pythonNumber},
	{name: "Python json.dumps(sort_keys=True)", itemSep: ", ", keySep: ": ", sortKeys: true, escapeNonASCII: true, escapeDEL: true, number: pythonNumber},
	{name: "PHP json_encode(json_decode($body, true))", itemSep: ",", keySep: ":", escapeNonASCII: true, escapeSlash: true, emptyObjArray: true, number: phpNumber},
	{name: "PHP json_encode(json_decode($body, true), JSON_UNESCAPED_UNICODE)", itemSep: ",", keySep: ":", escapeSlash: true, escapeLineSeps: true, emptyObjArray: true, number: phpNumber},
}

// encode writes n in style s.
func (s jsonStyle) encode(b *strings.Builder, n *jsonNode) {
	switch n.kind {
	case jsonString:
		s.quote(b, n.text)
	case jsonNumber:
		b.WriteString(s.number(n.text))
	case jsonLiteral:
		b.WriteString(n.text)
	case jsonArray:
		b.WriteByte('[')
		for i, e := range n.elems {
			if i > 0 {
				b.WriteString(s.itemSep)
			}
			s.encode(b, e)
		}
		b.WriteByte(']')
	case jsonObject:
		if len(n.keys) == 0 && s.emptyObjArray {
			b.WriteString("[]")
			return
		}
		keys := n.keys
		if s.sortKeys {
			// Byte order of UTF-8 is code point order, which Python sorts by.
			keys = append([]string(nil), n.keys...)
			sort.Strings(keys)
		}
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteString(s.itemSep)
			}
			s.quote(b, k)
			b.WriteString(s.keySep)
			s.encode(b, n.elems[n.at[k]])
		}
		b.WriteByte('}')
	}
}

// quote writes str as a JSON string: the two-character escapes for the
// common controls, \u00XX for the other controls, and what the style asks.
func (s jsonStyle) quote(b *strings.Builder, str string) {
	b.WriteByte('"')
	for _, r := range str {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20, r == 0x7f && s.escapeDEL, (r == 0x2028 || r == 0x2029) && s.escapeLineSeps:
			writeUEscape(b, r)
		case r == '/' && s.escapeSlash:
			b.WriteString(`\/`)
		case r >= 0x80 && s.escapeNonASCII:
			if r1, r2 := utf16.EncodeRune(r); r1 != '\uFFFD' {
				writeUEscape(b, r1)
				writeUEscape(b, r2)
			} else {
				writeUEscape(b, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}

func writeUEscape(b *strings.Builder, r rune) {
	const hexDigits = "0123456789abcdef"
	b.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[r>>shift&0xf])
	}
}

// isIntLiteral reports a JSON number written without fraction or exponent.
func isIntLiteral(s string) bool { return !strings.ContainsAny(s, ".eE") }

// shortestDigits returns the shortest decimal digits that read back as
// |f|, and the position of the decimal point: |f| = 0.digits × 10^point.
func shortestDigits(f float64) (digits string, point int) {
	s := strconv.FormatFloat(f, 'e', -1, 64) // [-]d[.ddd]e±XX
	s = strings.TrimPrefix(s, "-")
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	return strings.Replace(mant, ".", "", 1), e + 1
}

// fixedNotation writes digits with the decimal point at point, padding
// with zeros; no point when it falls at the end.
func fixedNotation(digits string, point int) string {
	switch {
	case point <= 0:
		return "0." + strings.Repeat("0", -point) + digits
	case point >= len(digits):
		return digits + strings.Repeat("0", point-len(digits))
	}
	return digits[:point] + "." + digits[point:]
}

// exponentNotation writes d[.ddd]e±X, with at least minExpDigits exponent
// digits and ".0" when one digit has no fraction and zeroFrac is set.
func exponentNotation(digits string, point, minExpDigits int, zeroFrac bool) string {
	s := digits[:1]
	if len(digits) > 1 {
		s += "." + digits[1:]
	} else if zeroFrac {
		s += ".0"
	}
	e, sign := point-1, "+"
	if e < 0 {
		e, sign = -e, "-"
	}
	exp := strconv.Itoa(e)
	if len(exp) < minExpDigits {
		exp = strings.Repeat("0", minExpDigits-len(exp)) + exp
	}
	return s + "e" + sign + exp
}

// parseFloatLiteral reads a JSON number as a float64; ok is false when it
// overflows, which the encoders then write as the original literal.
func parseFloatLiteral(lit string) (f float64, neg, ok bool) {
	f, err := strconv.ParseFloat(lit, 64)
	return f, strings.HasPrefix(lit, "-"), err == nil
}

// jsNumber is Number.prototype.toString: every number is a double, no
// fraction is added to integers, exponents from 1e21 and below 1e-6.
func jsNumber(lit string) string {
	f, _, ok := parseFloatLiteral(lit)
	if !ok {
		return lit
	}
	if f == 0 {
		return "0" // -0 too
	}
	digits, n := shortestDigits(f)
	sign := ""
	if f < 0 {
		sign = "-"
	}
	if n > -6 && n <= 21 {
		return sign + fixedNotation(digits, n)
	}
	return sign + exponentNotation(digits, n, 1, false)
}

// pythonNumber is how json.dumps writes what json.loads read: integers
// exactly, floats as repr (always with a fraction or an exponent of at
// least two digits, exponent form below 1e-4 and from 1e16).
func pythonNumber(lit string) string {
	if isIntLiteral(lit) {
		if lit == "-0" {
			return "0"
		}
		return lit
	}
	f, neg, ok := parseFloatLiteral(lit)
	if !ok {
		return lit
	}
	sign := ""
	if neg {
		sign = "-"
	}
	if f == 0 {
		return sign + "0.0"
	}
	digits, n := shortestDigits(f)
	if n <= -4 || n > 16 {
		return sign + exponentNotation(digits, n, 2, false)
	}
	s := fixedNotation(digits, n)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return sign + s
}

// phpNumber is how json_encode writes what json_decode read: integers that
// fit 64 bits exactly, other numbers as doubles with the shortest digits
// (serialize_precision -1), no ".0" on whole numbers, and exponent form
// (always with a fraction digit) below 1e-4 and beyond 17 digits.
func phpNumber(lit string) string {
	if isIntLiteral(lit) {
		if i, err := strconv.ParseInt(lit, 10, 64); err == nil {
			return strconv.FormatInt(i, 10)
		}
	}
	f, neg, ok := parseFloatLiteral(lit)
	if !ok {
		return lit
	}
	sign := ""
	if neg {
		sign = "-"
	}
	if f == 0 {
		return sign + "0"
	}
	digits, n := shortestDigits(f)
	if n < -3 || n > 17 {
		return sign + exponentNotation(digits, n, 1, true)
	}
	return sign + fixedNotation(digits, n)
}
