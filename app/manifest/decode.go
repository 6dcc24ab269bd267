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
// what was reviewed. This walk reports each with its JSON path.
func decodeStrict(data []byte, v any, ps *problems) bool {
	if len(data) > MaxSize {
		ps.add("", codeTooLarge, msgTooLarge.Format(len(data), MaxSize))
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	w := &walker{dec: dec, data: data, ps: ps}
	w.value("", reflect.TypeOf(v).Elem())
	if !w.broken {
		if _, err := dec.Token(); err != io.EOF {
			ps.add("", codeTrailing, msgTrailing)
		}
	}
	if len(ps.list) > 0 {
		return false
	}
	if err := json.Unmarshal(data, v); err != nil {
		// The walk admits only what json.Unmarshal accepts; this is a
		// safety net, not a path the tests expect.
		ps.add("", codeBadValue, msgBadValue.Format(err.Error()))
		return false
	}
	return true
}

type walker struct {
	dec    *json.Decoder
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

// value reads one JSON value and checks it against t.
func (w *walker) value(path string, t reflect.Type) {
	tok, ok := w.token()
	if !ok {
		return
	}
	w.check(path, t, tok)
}

func (w *walker) check(path string, t reflect.Type, tok json.Token) {
	if len(w.ps.list) >= maxProblems {
		w.skip(tok)
		return
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		s, isString := tok.(string)
		if !isString {
			w.mismatch(path, "string", tok)
			return
		}
		if err := reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			w.ps.add(path, codeBadValue, msgBadValue.Format(err.Error()))
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if tok == nil {
			return
		}
		w.check(path, t.Elem(), tok)
	case reflect.Struct:
		if tok != json.Delim('{') {
			w.mismatch(path, "object", tok)
			return
		}
		fields := jsonFields(t)
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
			ft, known := fields[key]
			if !known {
				w.ps.add(p, codeUnknownField, msgUnknownField)
				if tok, ok := w.token(); ok {
					w.skip(tok)
				}
				continue
			}
			w.value(p, ft)
		}
		w.token() // the closing brace
	case reflect.Slice:
		if tok != json.Delim('[') {
			w.mismatch(path, "array", tok)
			return
		}
		for i := 0; w.dec.More() && !w.broken; i++ {
			w.value(path+"["+strconv.Itoa(i)+"]", t.Elem())
		}
		w.token()
	case reflect.String:
		if _, ok := tok.(string); !ok {
			w.mismatch(path, "string", tok)
		}
	case reflect.Bool:
		if _, ok := tok.(bool); !ok {
			w.mismatch(path, "true/false", tok)
		}
	case reflect.Int, reflect.Int64, reflect.Int32:
		n, ok := tok.(json.Number)
		if !ok {
			w.mismatch(path, "integer", tok)
			return
		}
		if _, err := strconv.ParseInt(string(n), 10, 32); err != nil {
			w.ps.add(path, codeType, msgType.Format("integer", string(n)))
		}
	default:
		// The manifest types use only the kinds above; anything else is
		// accepted as encoding/json would take it.
		w.skip(tok)
	}
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

var fieldCache sync.Map // reflect.Type → map[string]reflect.Type

// jsonFields maps a struct's JSON keys to their field types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	if f, ok := fieldCache.Load(t); ok {
		return f.(map[string]reflect.Type)
	}
	fields := map[string]reflect.Type{}
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
		fields[name] = f.Type
	}
	fieldCache.Store(t, fields)
	return fields
}
