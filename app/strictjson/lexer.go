package strictjson

import (
	"encoding/json"
	"io"
	"unicode/utf8"
)

// tokens is what the strict walk reads a document through: json.Decoder
// (with UseNumber) or, for a document json.Valid accepts, lexer.
type tokens interface {
	Token() (json.Token, error)
	More() bool
	InputOffset() int64
}

// lexer yields the tokens of a valid JSON document as json.Decoder.Token
// does (delimiters, strings, json.Number, bools, nil), without its
// per-token scanning and allocation: in the browser the decoder's token
// API was the largest part of reading a manifest. It relies on the
// document being valid, so it only ever sees well-formed input.
type lexer struct {
	data []byte
	i    int
}

func (l *lexer) InputOffset() int64 { return int64(l.i) }

func (l *lexer) space() {
	for l.i < len(l.data) {
		switch l.data[l.i] {
		case ' ', '\t', '\n', '\r':
			l.i++
		default:
			return
		}
	}
}

// More reports whether the current array or object has another element.
func (l *lexer) More() bool {
	l.space()
	return l.i < len(l.data) && l.data[l.i] != ']' && l.data[l.i] != '}'
}

func (l *lexer) Token() (json.Token, error) {
	l.space()
	for l.i < len(l.data) && (l.data[l.i] == ',' || l.data[l.i] == ':') {
		l.i++
		l.space()
	}
	if l.i >= len(l.data) {
		return nil, io.EOF
	}
	start := l.i
	switch c := l.data[l.i]; c {
	case '{', '}', '[', ']':
		l.i++
		return json.Delim(c), nil
	case '"':
		return l.str()
	case 't':
		l.i += len("true")
		return true, nil
	case 'f':
		l.i += len("false")
		return false, nil
	case 'n':
		l.i += len("null")
		return nil, nil
	}
	for l.i < len(l.data) && isNumberByte(l.data[l.i]) {
		l.i++
	}
	return json.Number(l.data[start:l.i]), nil
}

// str reads a string token. One with escapes or invalid UTF-8 is decoded by
// encoding/json, which also turns invalid bytes into U+FFFD.
func (l *lexer) str() (json.Token, error) {
	start, escaped := l.i, false
	for l.i++; l.i < len(l.data); l.i++ {
		switch l.data[l.i] {
		case '\\':
			escaped = true
			l.i++
		case '"':
			l.i++
			if raw := l.data[start+1 : l.i-1]; !escaped && utf8.Valid(raw) {
				return string(raw), nil
			}
			var s string
			err := json.Unmarshal(l.data[start:l.i], &s)
			return s, err
		}
	}
	return nil, io.ErrUnexpectedEOF
}

func isNumberByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}
