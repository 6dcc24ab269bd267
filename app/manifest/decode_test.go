package manifest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/strictjson"
)

// TestRefusalsOfTheDocument covers what JSON re-encoding cannot produce.
func TestRefusalsOfTheDocument(t *testing.T) {
	base := string(minimal(t))
	t.Run("duplicate key", func(t *testing.T) {
		doc := strings.Replace(base, `"revision": "test-1",`, `"revision": "test-1", "revision": "test-2",`, 1)
		expectProblem(t, []byte(doc), "revision", codeDuplicateKey)
	})
	t.Run("syntax error is located", func(t *testing.T) {
		doc := strings.Replace(base, `"demo": true,`, `"demo": true,,`, 1)
		_, err := Parse([]byte(doc), testNow)
		ps := Problems(err)
		if len(ps) != 1 || ps[0].Code != codeSyntax || !strings.Contains(ps[0].Message.In(i18n.EN), "line 6") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("truncated document", func(t *testing.T) {
		expectProblem(t, []byte(base[:len(base)/2]), "", codeSyntax)
	})
	t.Run("trailing data", func(t *testing.T) {
		expectProblem(t, []byte(base+"{}"), "", codeTrailing)
	})
	t.Run("too large", func(t *testing.T) {
		expectProblem(t, append([]byte(base), make([]byte, MaxSize)...), "", codeTooLarge)
	})
	t.Run("not an object", func(t *testing.T) {
		expectProblem(t, []byte(`[1,2]`), "", codeType)
	})
	t.Run("null for an object", func(t *testing.T) {
		doc := strings.Replace(base, `"api": {"origin": "self", "ping": "/api/ping", "time": "/api/time"}`, `"api": null`, 1)
		expectProblem(t, []byte(doc), "api", codeType)
	})
}

// Decoding in the walk gives what encoding/json gives.
func TestDecodeMatchesUnmarshal(t *testing.T) {
	files, _ := filepath.Glob("../../web/manifests/*.json")
	if len(files) == 0 {
		t.Fatal("no demo manifests")
	}
	for _, f := range files {
		if filepath.Base(f) == "schema.json" {
			continue
		}
		doc, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var ps problems
		var got, want Manifest
		if !decodeStrict(doc, &got, &ps) {
			t.Fatal(ps.err())
		}
		if err := json.Unmarshal(doc, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: the walk decoded %+v\nencoding/json %+v", f, got, want)
		}
	}
}

// The walk fills only the kinds it knows; a new kind in the manifest types
// must be added to it.
func TestDecodeKinds(t *testing.T) {
	if err := strictjson.Decodable(reflect.TypeFor[Manifest]()); err != nil {
		t.Fatal(err)
	}
}
