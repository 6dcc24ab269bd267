package bip39

import "crypto/sha256"

// ValidLength reports whether n words can form a BIP-39 mnemonic
// (12, 15, 18, 21 or 24 words: 128 to 256 bits of entropy).
func ValidLength(n int) bool { return n >= 12 && n <= 24 && n%3 == 0 }

// ValidChecksum reports whether the word indices (each 0..2047) form a
// mnemonic whose last bits are the leading bits of SHA-256 of the entropy,
// as BIP-39 specifies. A random run of n words passes with probability
// 2^-(n/3), which is why the redactor also requires a plausible run.
func ValidChecksum(indices []int) bool {
	n := len(indices)
	if !ValidLength(n) {
		return false
	}
	totalBits := n * 11
	checksumBits := totalBits / 33
	entropyBits := totalBits - checksumBits
	entropy := make([]byte, entropyBits/8)
	var acc uint64 // bit accumulator, never more than 18 bits pending
	var pending, pos int
	var check uint64
	for _, idx := range indices {
		if idx < 0 || idx > 2047 {
			return false
		}
		acc = acc<<11 | uint64(idx)
		pending += 11
		for pending >= 8 && pos < len(entropy) {
			entropy[pos] = byte(acc >> (pending - 8))
			pos++
			pending -= 8
			acc &= 1<<pending - 1
		}
	}
	// What remains pending is exactly the checksum.
	check = acc
	if pending != checksumBits {
		return false
	}
	sum := sha256.Sum256(entropy)
	want := uint64(sum[0]) >> (8 - checksumBits)
	return check == want
}
