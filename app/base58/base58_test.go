package base58

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	for _, tc := range []struct{ in, hex string }{
		{"1", "00"},
		{"11", "0000"},
		{"2", "01"},
		{"z", "39"},
		{"21", "3a"},
		{"5Q", "ff"},
		{"LUv", "ffff"},
		{"LUw", "010000"},
		{"1112", "00000001"},
		{"StV1DL6CwTryKyV", "68656c6c6f20776f726c64"}, // "hello world"
	} {
		got, ok := Decode(tc.in)
		want, _ := hex.DecodeString(tc.hex)
		if !ok || !bytes.Equal(got, want) {
			t.Errorf("Decode(%q) = %x, %v; want %s", tc.in, got, ok, tc.hex)
		}
	}
	for _, bad := range []string{"", "0", "O", "I", "l", "abc+", string(make([]byte, 20)), strings.Repeat("2", MaxLen+1)} {
		if _, ok := Decode(bad); ok {
			t.Errorf("accepted %q", bad)
		}
	}
}

func TestDecodeCheck(t *testing.T) {
	// Bitcoin's genesis address: version byte 0 and a 20-byte hash.
	if p, ok := DecodeCheck("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"); !ok || p[0] != 0 || len(p) != 21 {
		t.Errorf("DecodeCheck(address) = %x, %v", p, ok)
	}
	for _, bad := range []string{"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "1111", "0"} {
		if _, ok := DecodeCheck(bad); ok {
			t.Errorf("DecodeCheck(%q) accepted", bad)
		}
	}
}

func TestIsDigit(t *testing.T) {
	for c := 0; c < 256; c++ {
		if IsDigit(byte(c)) != strings.ContainsRune(Alphabet, rune(c)) {
			t.Errorf("IsDigit(%q)", byte(c))
		}
	}
}
