package jscall

import (
	"errors"
	"strings"
	"testing"
)

func TestDoTurnsPanicIntoError(t *testing.T) {
	err := Do("postMessage", func() { panic(errors.New("SyntaxError: invalid target origin")) })
	if err == nil || !strings.Contains(err.Error(), "postMessage") || !strings.Contains(err.Error(), "invalid target origin") {
		t.Fatalf("err = %v", err)
	}
	if err := Do("noop", func() {}); err != nil {
		t.Fatalf("err = %v", err)
	}
}

func TestCallOnNilReceiver(t *testing.T) {
	if _, err := Call(nil, "focus"); err == nil {
		t.Fatal("calling a method of nil must fail, not panic")
	}
	if _, err := Get(nil, "x"); err == nil {
		t.Fatal("reading a field of nil must fail, not panic")
	}
}
