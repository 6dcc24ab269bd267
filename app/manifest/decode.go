package manifest

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// MaxSize bounds a manifest document. Real ones are tens of kilobytes; the
// bound keeps a hostile file from stalling the panel.
const MaxSize = 512 << 10

// decodeStrict checks data against the shape of *v's type and, if it fits,
// decodes it into v. encoding/json alone would accept unknown fields
// silently (or, with DisallowUnknownFields, without saying where), take the
// last of two duplicate keys, and match keys case-insensitively; for a
// signed document every one of those is a way to show something other than
// what was reviewed. This walk reports each with its JSON path, and fills v
// as it goes: one pass, which in the browser halves the cost of reading a
// manifest.
func decodeStrict(data []byte, v any, ps *problems) bool {
	if len(data) > MaxSize {
		ps.add("", codeTooLarge, msgTooLarge.Format(len(data), MaxSize))
		return false
	}
	w := &walker{dec: &lexer{data: data}, data: data, ps: ps}
	if !json.Valid(data) {
		// The decoder locates the syntax error where the walk meets it,
		// after any problem found before it.
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		w.dec = dec
	}
	dst := reflect.ValueOf(v).Elem()
	w.value("", dst)
	if !w.broken {
		if _, err := w.dec.Token(); err != io.EOF {
			ps.add("", codeTrailing, msgTrailing)
		}
	}
	if len(ps.list) > 0 {
		dst.SetZero() // half-filled is not a manifest
		return false
	}
	return true
}

type walker struct {
	dec    tokens
	data   []byte
	ps     *problems
	broken bool // a syntax error ended the walk
}

// maxProblems stops the walk from listing thousands of problems in a
// document that is wrong throughout.
const maxProblems = 100

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
	w.ps.add("", codeSyntax, msgSyntax.Format(line, col, err.Error()))
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

// value reads one JSON value, checks it against v's type and stores it in v.
func (w *walker) value(path string, v reflect.Value) {
	tok, ok := w.token()
	if !ok {
		return
	}
	w.check(path, v, tok)
}

func (w *walker) check(path string, v reflect.Value, tok json.Token) {
	if len(w.ps.list) >= maxProblems {
		w.skip(tok)
		return
	}
	t := v.Type()
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		s, isString := tok.(string)
		if !isString {
			w.mismatch(path, "string", tok)
			return
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			w.ps.add(path, codeBadValue, msgBadValue.Format(err.Error()))
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if tok == nil {
			v.SetZero()
			return
		}
		if v.IsNil() {
			v.Set(reflect.New(t.Elem()))
		}
		w.check(path, v.Elem(), tok)
	case reflect.Struct:
		w.object(path, v, tok)
	case reflect.Slice:
		if tok != json.Delim('[') {
			w.mismatch(path, "array", tok)
			return
		}
		v.Set(reflect.MakeSlice(t, 0, 0))
		for i := 0; w.dec.More() && !w.broken; i++ {
			v.Set(reflect.Append(v, reflect.Zero(t.Elem())))
			w.value(path+"["+strconv.Itoa(i)+"]", v.Index(i))
		}
		w.token()
	case reflect.String:
		s, ok := tok.(string)
		if !ok {
			w.mismatch(path, "string", tok)
			return
		}
		v.SetString(s)
	case reflect.Bool:
		b, ok := tok.(bool)
		if !ok {
			w.mismatch(path, "true/false", tok)
			return
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int64, reflect.Int32:
		n, ok := tok.(json.Number)
		if !ok {
			w.mismatch(path, "integer", tok)
			return
		}
		i, err := strconv.ParseInt(string(n), 10, 32)
		if err != nil {
			w.ps.add(path, codeType, msgType.Format("integer", string(n)))
			return
		}
		v.SetInt(i)
	default:
		// The manifest types use only the kinds above (TestDecodeKinds).
		w.ps.add(path, codeType, msgType.Format(t.Kind().String(), describe(tok)))
		w.skip(tok)
	}
}

// object reads a JSON object into the struct v, key by key.
func (w *walker) object(path string, v reflect.Value, tok json.Token) {
	if tok != json.Delim('{') {
		w.mismatch(path, "object", tok)
		return
	}
	fields := jsonFields(v.Type())
	seen := map[string]bool{}
	for w.dec.More() && !w.broken {
		k, ok := w.token()
		if !ok {
			return
		}
		key, _ := k.(string)
		p := join(path, key)
		if seen[key] {
			w.ps.add(p, codeDuplicateKey, msgDuplicateKey)
		}
		seen[key] = true
		i, known := fields[key]
		if !known {
			w.ps.add(p, codeUnknownField, msgUnknownField)
			if tok, ok := w.token(); ok {
				w.skip(tok)
			}
			continue
		}
		w.value(p, v.Field(i))
	}
	w.token() // the closing brace
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

func (w *walker) mismatch(path, want string, tok json.Token) {
	w.ps.add(path, codeType, msgType.Format(want, describe(tok)))
	w.skip(tok)
}

func describe(tok json.Token) string {
	switch v := tok.(type) {
	case nil:
		return "null"
	case bool:
		return "true/false"
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

var fieldCache sync.Map // reflect.Type → map[string]int

// jsonFields maps a struct's JSON keys to their field indexes.
func jsonFields(t reflect.Type) map[string]int {
	if f, ok := fieldCache.Load(t); ok {
		return f.(map[string]int)
	}
	fields := map[string]int{}
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
		fields[name] = i
	}
	fieldCache.Store(t, fields)
	return fields
}
