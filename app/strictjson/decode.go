// Package strictjson decodes JSON into Go values field by field, naming each
// problem with its JSON path ("channels[3].hours.zone", "pending.amount").
//
// Strict is for signed documents (the manifest): encoding/json would accept
// unknown fields silently, take the last of two duplicate keys and match
// keys case-insensitively, and for a signed document each of those is a way
// to show something other than what was reviewed. Lenient is for input from
// a program the widget does not control (the host page's context): it keeps
// every field it can read and names every one it cannot.
//
// Both fill the value in the same single pass over the document, which in
// the browser halves the cost of reading a manifest compared with checking
// first and decoding after.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/triage-widget/triage/app/i18n"
)

// Problem is one value the decoder refused or dropped.
type Problem struct {
	// Path locates the value, e.g. "channels[3].hours.zone"; empty for the
	// document as a whole.
	Path string
	// Code is a stable machine name of the rule broken (the Code constants).
	Code string
	// Message explains it, in every language.
	Message i18n.Text
}

// Problem codes.
const (
	CodeSyntax       = "json.syntax"
	CodeType         = "json.type"
	CodeUnknownField = "json.unknown_field"
	CodeDuplicateKey = "json.duplicate_key"
	CodeValue        = "json.value"
	CodeTrailing     = "json.trailing"
)

// Strict decodes data into *v, which must be a pointer to a struct of the
// kinds Decodable accepts. An unknown or duplicate key, a key differing in
// case, a value of the wrong type, a syntax error or trailing data is a
// problem; with any problem *v is left zero, since half a document is not
// the document.
func Strict(data []byte, v any) []Problem {
	return decode(data, v, false, 0)
}

// Lenient decodes data into *v, keeping every value it can read:
//   - unknown keys are ignored, and of duplicate keys the last counts;
//   - null for an object member means absent;
//   - a value of the wrong type is dropped and named, the rest kept;
//   - a JSON number is accepted for a string member as its exact text,
//     since hosts often send amounts and error codes as numbers;
//   - strings are trimmed; one over maxString bytes (0: no bound) is
//     dropped and named;
//   - a `oneof:"a b"` tag restricts a string or the strings of a list to
//     those words, compared case-insensitively and kept in lower case;
//   - a `max:"N"` tag keeps the first N items of a list and names the rest.
//
// A syntax error yields a zero *v and that one problem; data after a
// complete value is named and the value kept.
func Lenient(data []byte, v any, maxString int) []Problem {
	return decode(data, v, true, maxString)
}

func decode(data []byte, v any, lenient bool, maxString int) []Problem {
	w := &walker{dec: &lexer{data: data}, data: data, lenient: lenient, maxString: maxString}
	if !json.Valid(data) {
		// The decoder locates the syntax error where the walk meets it,
		// after any problem found before it.
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		w.dec = dec
	}
	dst := reflect.ValueOf(v).Elem()
	// Data after a value already refused would only repeat the refusal.
	if w.valueOf("", dst, false, field{}) && !w.broken {
		if _, err := w.dec.Token(); err != io.EOF {
			w.add("", CodeTrailing, msgTrailing)
		}
	}
	switch {
	case lenient && w.broken:
		dst.SetZero()
		return w.problems[len(w.problems)-1:]
	case !lenient && len(w.problems) > 0:
		dst.SetZero()
	}
	return w.problems
}

type walker struct {
	dec       tokens
	data      []byte
	problems  []Problem
	lenient   bool
	maxString int
	broken    bool // a syntax error ended the walk
}

// maxProblems stops a strict walk from listing thousands of problems in a
// document that is wrong throughout.
const maxProblems = 100

func (w *walker) add(path, code string, msg i18n.Text) {
	w.problems = append(w.problems, Problem{Path: path, Code: code, Message: msg})
}

func (w *walker) token() (json.Token, bool) {
	if w.broken {
		return nil, false
	}
	tok, err := w.dec.Token()
	if err != nil {
		w.syntax(err)
		return nil, false
	}
	return tok, true
}

func (w *walker) syntax(err error) {
	w.broken = true
	off := w.dec.InputOffset()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = se.Offset
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		off = int64(len(w.data))
		err = errors.New("unexpected end of input")
	}
	line, col := position(w.data, off)
	w.add("", CodeSyntax, msgSyntax.Format(line, col, err.Error()))
}

// position turns a byte offset into a 1-based line and column.
func position(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - bytes.LastIndexByte(before, '\n')
	return line, col
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// valueOf reads one JSON value into v; member is true for an object member
// (false for an array item or the document), f the struct field it fills.
// It reports whether v holds the value: false when it was dropped.
func (w *walker) valueOf(path string, v reflect.Value, member bool, f field) bool {
	tok, ok := w.token()
	if !ok {
		return false
	}
	return w.check(path, v, tok, member, f)
}

func (w *walker) check(path string, v reflect.Value, tok json.Token, member bool, f field) bool {
	if !w.lenient && len(w.problems) >= maxProblems {
		w.skip(tok)
		return false
	}
	if tok == nil && member && w.lenient {
		v.SetZero()
		return true
	}
	t := v.Type()
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		s, isString := tok.(string)
		if !isString {
			return w.mismatch(path, "string", tok)
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			w.add(path, CodeValue, msgValue.Format(err.Error()))
			return false
		}
		return true
	}
	switch t.Kind() {
	case reflect.Pointer:
		if tok == nil {
			v.SetZero()
			return true
		}
		if v.IsNil() {
			v.Set(reflect.New(t.Elem()))
		}
		if !w.check(path, v.Elem(), tok, member, f) && w.lenient {
			v.SetZero()
			return false
		}
		return true
	case reflect.Struct:
		return w.object(path, v, tok)
	case reflect.Slice:
		return w.array(path, v, tok, f)
	case reflect.String:
		s, ok := tok.(string)
		if n, isNumber := tok.(json.Number); isNumber && member && w.lenient {
			s, ok = string(n), true
		}
		if !ok {
			return w.mismatch(path, "string", tok)
		}
		if w.lenient {
			if s, ok = w.text(path, s, f); !ok {
				return false
			}
		}
		v.SetString(s)
	case reflect.Bool:
		b, ok := tok.(bool)
		if !ok {
			return w.mismatch(path, "boolean", tok)
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int64, reflect.Int32:
		n, ok := tok.(json.Number)
		if !ok {
			return w.mismatch(path, "integer", tok)
		}
		i, err := strconv.ParseInt(string(n), 10, 32)
		if err != nil {
			w.add(path, CodeType, msgType.Format("integer", string(n)))
			return false
		}
		v.SetInt(i)
	default:
		// Decodable keeps other kinds out of the decoded types.
		w.add(path, CodeType, msgType.Format(t.Kind().String(), describe(tok)))
		w.skip(tok)
		return false
	}
	return true
}

// text applies the lenient rules for strings: the bound, trimming, oneof.
func (w *walker) text(path, s string, f field) (string, bool) {
	if w.maxString > 0 && len(s) > w.maxString {
		w.add(path, CodeValue, msgTooLong.Format(len(s), w.maxString))
		return "", false
	}
	s = strings.TrimSpace(s)
	if f.oneof != nil {
		if !slices.Contains(f.oneof, strings.ToLower(s)) {
			w.add(path, CodeValue, msgNotAllowed.Format(s, strings.Join(f.oneof, ", ")))
			return "", false
		}
		s = strings.ToLower(s)
	}
	return s, true
}

// array reads a JSON array into the slice v.
func (w *walker) array(path string, v reflect.Value, tok json.Token, f field) bool {
	if tok != json.Delim('[') {
		return w.mismatch(path, "array", tok)
	}
	t := v.Type()
	v.Set(reflect.MakeSlice(t, 0, 0))
	at, n := len(w.problems), 0
	for ; w.dec.More() && !w.broken; n++ {
		if w.lenient && f.max > 0 && n >= f.max {
			if tok, ok := w.token(); ok {
				w.skip(tok)
			}
			continue
		}
		i := v.Len()
		v.Set(reflect.Append(v, reflect.Zero(t.Elem())))
		if !w.valueOf(path+"["+strconv.Itoa(n)+"]", v.Index(i), false, f) && w.lenient {
			v.SetLen(i)
		}
	}
	w.token()
	if w.lenient && v.Len() == 0 {
		v.SetZero() // an empty list is no list, as for an absent one
	}
	if w.lenient && f.max > 0 && n > f.max {
		// Named before the items' own problems, as the list comes first.
		w.problems = slices.Insert(w.problems, at, Problem{Path: path, Code: CodeValue, Message: msgTruncated.Format(n, f.max)})
	}
	return true
}

// object reads a JSON object into the struct v, key by key.
func (w *walker) object(path string, v reflect.Value, tok json.Token) bool {
	if tok != json.Delim('{') {
		return w.mismatch(path, "object", tok)
	}
	fields := fieldsOf(v.Type())
	seen := map[string]bool{}
	for w.dec.More() && !w.broken {
		k, ok := w.token()
		if !ok {
			return false
		}
		key, _ := k.(string)
		p := join(path, key)
		f, known := fields[key]
		if seen[key] {
			if !w.lenient {
				w.add(p, CodeDuplicateKey, msgDuplicateKey)
			} else if known {
				// The last counts, as with encoding/json: forget the first.
				w.forget(p)
				v.Field(f.index).SetZero()
			}
		}
		seen[key] = true
		if !known {
			if !w.lenient {
				w.add(p, CodeUnknownField, msgUnknownField)
			}
			if tok, ok := w.token(); ok {
				w.skip(tok)
			}
			continue
		}
		w.valueOf(p, v.Field(f.index), true, f)
	}
	w.token() // the closing brace
	return true
}

// forget drops the problems of the value at path and inside it.
func (w *walker) forget(path string) {
	w.problems = slices.DeleteFunc(w.problems, func(p Problem) bool {
		rest, ok := strings.CutPrefix(p.Path, path)
		return ok && (rest == "" || rest[0] == '.' || rest[0] == '[')
	})
}

// skip consumes the rest of a value whose first token was tok.
func (w *walker) skip(tok json.Token) {
	if tok != json.Delim('{') && tok != json.Delim('[') {
		return
	}
	for depth := 1; depth > 0; {
		t, ok := w.token()
		if !ok {
			return
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
}

func (w *walker) mismatch(path, want string, tok json.Token) bool {
	msg := msgType
	if w.lenient && path != "" {
		msg = msgTypeDropped
	}
	w.add(path, CodeType, msg.Format(want, describe(tok)))
	w.skip(tok)
	return false
}

// describe names a token's JSON type the way a developer writes it.
func describe(tok json.Token) string {
	switch v := tok.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case string:
		return "string"
	case json.Delim:
		if v == '{' {
			return "object"
		}
		return "array"
	}
	return "value"
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// field is a struct field as the walk sees it.
type field struct {
	index int
	oneof []string // `oneof:"a b"`, lenient only
	max   int      // `max:"N"`, lenient only
}

var fieldCache sync.Map // reflect.Type → map[string]field

// fieldsOf maps a struct's JSON keys to its fields.
func fieldsOf(t reflect.Type) map[string]field {
	if f, ok := fieldCache.Load(t); ok {
		return f.(map[string]field)
	}
	fields := map[string]field{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fi := field{index: i}
		if words := strings.Fields(f.Tag.Get("oneof")); len(words) > 0 {
			fi.oneof = words
		}
		fi.max, _ = strconv.Atoi(f.Tag.Get("max"))
		fields[name] = fi
	}
	fieldCache.Store(t, fields)
	return fields
}

// Names maps a struct's JSON keys to the indexes of their fields, as the
// walk (and encoding/json) names them: the one reading of json tags that
// other packages walking the same types use.
func Names(t reflect.Type) map[string]int {
	out := map[string]int{}
	for name, f := range fieldsOf(t) {
		out[name] = f.index
	}
	return out
}

// NameOf is the JSON key of field i of the struct type t, "" for a field
// that has none.
func NameOf(t reflect.Type, i int) string {
	for name, f := range fieldsOf(t) {
		if f.index == i {
			return name
		}
	}
	return ""
}

// Decodable reports the first field of t, a struct type, that the walk
// cannot fill: a kind other than struct, pointer, slice, string, bool and
// int, or an embedded field (not promoted). The packages that decode with
// Strict or Lenient check their types with it in a test.
func Decodable(t reflect.Type) error {
	return decodable(t, t.Name(), map[reflect.Type]bool{})
}

func decodable(t reflect.Type, path string, seen map[reflect.Type]bool) error {
	if seen[t] || reflect.PointerTo(t).Implements(textUnmarshaler) {
		return nil
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		return decodable(t.Elem(), path+"[]", seen)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if f.Anonymous {
				return fmt.Errorf("%s.%s: embedded fields are not promoted by the walk", path, f.Name)
			}
			if f.IsExported() {
				if err := decodable(f.Type, path+"."+f.Name, seen); err != nil {
					return err
				}
			}
		}
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int64, reflect.Int32:
	default:
		return fmt.Errorf("%s: kind %s is not decoded by the walk", path, t.Kind())
	}
	return nil
}
