package manifest

import (
	"strings"
	"testing"
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
		if len(ps) != 1 || ps[0].Code != codeSyntax || !strings.Contains(ps[0].Message.EN, "line 6") {
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
