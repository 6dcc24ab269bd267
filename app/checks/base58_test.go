package checks

import (
	"strings"
	"testing"
)

// decodeBase58 keeps its own bound, below base58.MaxLen.
func TestDecodeBase58Bound(t *testing.T) {
	if _, err := decodeBase58(strings.Repeat("2", maxBase58Len)); err != nil {
		t.Errorf("refused %d characters: %v", maxBase58Len, err)
	}
	if _, err := decodeBase58(strings.Repeat("2", maxBase58Len+1)); err == nil {
		t.Error("accepted a string over the bound")
	}
	if b, err := decodeBase58("1112"); err != nil || len(b) != 4 || b[3] != 1 {
		t.Errorf("decodeBase58(1112) = %x, %v", b, err)
	}
}
