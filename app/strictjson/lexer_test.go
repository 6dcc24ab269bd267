package strictjson

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// tokenStream reads every token, with More before each, as the walk does.
func tokenStream(t testing.TB, src tokens) []any {
	var out []any
	for i := 0; i < 1_000_000; i++ {
		out = append(out, src.More())
		tok, err := src.Token()
		if err != nil {
			return append(out, "EOF")
		}
		out = append(out, tok)
	}
	t.Fatal("no end of input")
	return nil
}

func decoderTokens(t testing.TB, data []byte) []any {
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.UseNumber()
	return tokenStream(t, dec)
}

func demoManifests(t testing.TB) [][]byte {
	files, _ := filepath.Glob("../../web/manifests/*.json")
	if len(files) == 0 {
		t.Fatal("no demo manifests")
	}
	var out [][]byte
	for _, f := range files {
		if filepath.Base(f) == "schema.json" { // the schema, not a manifest
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// The lexer yields what json.Decoder yields, on valid documents.
func TestLexerMatchesDecoder(t *testing.T) {
	docs := append(demoManifests(t),
		[]byte(`{"a":[1,-2.5e3,true,false,null,{}],"b":"x\"y\u00e9\ud83d\ude00","c":"\xff"}`),
		[]byte(` [ ] `), []byte(`"s"`), []byte(`0`))
	for _, doc := range docs {
		got, want := tokenStream(t, &lexer{data: doc}), decoderTokens(t, doc)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("lexer %v\ndecoder %v", got, want)
		}
	}
}

func FuzzLexer(f *testing.F) {
	for _, d := range demoManifests(f) {
		f.Add(d)
	}
	f.Add([]byte(`{"a":"\u0000\\","b":[-0.0e+1]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 64<<10 || !json.Valid(data) {
			return
		}
		if got, want := tokenStream(t, &lexer{data: data}), decoderTokens(t, data); !reflect.DeepEqual(got, want) {
			t.Fatalf("lexer %v\ndecoder %v", got, want)
		}
	})
}
