package manifest

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

// Decoding in the walk gives what encoding/json gives.
func TestDecodeMatchesUnmarshal(t *testing.T) {
	for _, doc := range demoManifests(t) {
		var ps problems
		var got, want Manifest
		if !decodeStrict(doc, &got, &ps) {
			t.Fatal(ps.err())
		}
		if err := json.Unmarshal(doc, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("the walk decoded %+v\nencoding/json %+v", got, want)
		}
	}
}

// The walk fills only the kinds it knows; a new kind in the manifest types
// must be added to it (and here).
func TestDecodeKinds(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var visit func(reflect.Type, string)
	visit = func(ty reflect.Type, path string) {
		if seen[ty] {
			return
		}
		seen[ty] = true
		if reflect.PointerTo(ty).Implements(textUnmarshaler) {
			return
		}
		switch ty.Kind() {
		case reflect.Pointer, reflect.Slice:
			visit(ty.Elem(), path+"[]")
		case reflect.Struct:
			for i := 0; i < ty.NumField(); i++ {
				f := ty.Field(i)
				if f.Anonymous {
					t.Errorf("%s.%s: embedded fields are not promoted by the walk", path, f.Name)
				}
				if f.IsExported() {
					visit(f.Type, path+"."+f.Name)
				}
			}
		case reflect.String, reflect.Bool, reflect.Int, reflect.Int64, reflect.Int32:
		default:
			t.Errorf("%s: kind %s is not decoded by the walk", path, ty.Kind())
		}
	}
	visit(reflect.TypeFor[Manifest](), "Manifest")
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
