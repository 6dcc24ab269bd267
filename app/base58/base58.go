// Package base58 decodes Bitcoin's Base58 and Base58Check, the encodings of
// Bitcoin keys and addresses and of Solana keys and signatures.
package base58

import "crypto/sha256"

// Alphabet is Bitcoin's: no 0, O, I or l.
const Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// MaxLen bounds what Decode accepts: the longest key or signature is under
// 120 characters, and the decoding is quadratic.
const MaxLen = 200

var value = func() (v [256]int8) {
	for i := range v {
		v[i] = -1
	}
	for i := 0; i < len(Alphabet); i++ {
		v[Alphabet[i]] = int8(i)
	}
	return v
}()

// IsDigit reports whether c is in the alphabet.
func IsDigit(c byte) bool { return value[c] >= 0 }

// Decode decodes s; each leading '1' is a zero byte. It refuses an empty s,
// one longer than MaxLen and one with a byte outside the alphabet. The
// schoolbook method avoids math/big in the widget.
func Decode(s string) ([]byte, bool) {
	if len(s) == 0 || len(s) > MaxLen {
		return nil, false
	}
	zeros := 0
	for zeros < len(s) && s[zeros] == '1' {
		zeros++
	}
	out := make([]byte, 0, len(s)) // little-endian big number
	for i := 0; i < len(s); i++ {
		v := value[s[i]]
		if v < 0 {
			return nil, false
		}
		carry := int(v)
		for j := range out {
			carry += int(out[j]) * 58
			out[j] = byte(carry)
			carry >>= 8
		}
		for carry > 0 {
			out = append(out, byte(carry))
			carry >>= 8
		}
	}
	res := make([]byte, zeros+len(out))
	for i, b := range out {
		res[len(res)-1-i] = b
	}
	return res, true
}

// DecodeCheck decodes s and verifies its 4-byte double-SHA-256 checksum,
// returning the payload without it.
func DecodeCheck(s string) ([]byte, bool) {
	b, ok := Decode(s)
	if !ok || len(b) < 5 {
		return nil, false
	}
	payload, sum := b[:len(b)-4], b[len(b)-4:]
	h := sha256.Sum256(payload)
	h = sha256.Sum256(h[:])
	for i := 0; i < 4; i++ {
		if h[i] != sum[i] {
			return nil, false
		}
	}
	return payload, true
}
