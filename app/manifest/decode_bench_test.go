package manifest

import (
	"os"
	"testing"
	"time"
)

// BenchmarkParse is the panel's cost of reading the largest demo manifest
// once its signature has been verified.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../../web/manifests/wallet-merchant.json")
	if err != nil {
		b.Fatal(err)
	}
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse(data, now); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeStrict is the strict walk and the decode alone.
func BenchmarkDecodeStrict(b *testing.B) {
	data, err := os.ReadFile("../../web/manifests/wallet-merchant.json")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		var ps problems
		if !decodeStrict(data, new(Manifest), &ps) {
			b.Fatal(ps.err())
		}
	}
}
