package checks

import (
	"bytes"
	"encoding/hex"
	"testing"
)

func TestDecodeBase58(t *testing.T) {
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
		got, err := decodeBase58(tc.in)
		want, _ := hex.DecodeString(tc.hex)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("decodeBase58(%q) = %x, %v; want %s", tc.in, got, err, tc.hex)
		}
	}
	for _, bad := range []string{"", "0", "O", "I", "l", "abc+", string(make([]byte, 200))} {
		if _, err := decodeBase58(bad); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}
