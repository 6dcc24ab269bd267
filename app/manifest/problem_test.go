package manifest

import (
	"errors"
	"strings"
	"testing"
)

func TestErrorReporting(t *testing.T) {
	_, err := Parse(mutate(t, func(d map[string]any) { d["version"] = 9; d["expires"] = "2026-11-02T00:00:00Z" }), testNow)
	if !errors.Is(err, ErrExpired) {
		t.Errorf("errors.Is(err, ErrExpired) = false for %v", err)
	}
	var e *Error
	if !errors.As(err, &e) || !e.Has(codeVersion) || !e.Has(codeExpired) {
		t.Fatalf("want both problems, got %v", err)
	}
	if !strings.Contains(err.Error(), "version: unsupported manifest version 9") {
		t.Errorf("message %q lacks the located problem", err.Error())
	}
}
