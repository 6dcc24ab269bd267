package report

import "crypto/sha256"

// The Bitcoin Base58 alphabet: no 0, O, I or l.
const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

var base58Value = func() (v [256]int8) {
	for i := range v {
		v[i] = -1
	}
	for i := 0; i < len(base58Alphabet); i++ {
		v[base58Alphabet[i]] = int8(i)
	}
	return v
}()

func isBase58(c byte) bool { return base58Value[c] >= 0 }

// base58Decode decodes s. The quadratic schoolbook method is fine for the
// at most ~120 characters of a key, and avoids math/big in the widget.
func base58Decode(s string) ([]byte, bool) {
	if len(s) == 0 || len(s) > 200 {
		return nil, false
	}
	zeros := 0
	for zeros < len(s) && s[zeros] == '1' {
		zeros++
	}
	out := make([]byte, 0, len(s)) // little-endian big number
	for i := 0; i < len(s); i++ {
		v := base58Value[s[i]]
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

// base58Check decodes s and verifies its 4-byte double-SHA-256 checksum,
// returning the payload without it.
func base58Check(s string) ([]byte, bool) {
	b, ok := base58Decode(s)
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
