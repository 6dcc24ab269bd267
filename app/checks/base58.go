package checks

import "errors"

// base58Alphabet is Bitcoin's alphabet, used by Solana.
const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// maxBase58Len bounds input: a Solana signature is at most 88 characters.
const maxBase58Len = 128

var errBase58 = errors.New("not base58")

// decodeBase58 decodes Bitcoin-alphabet base58. Each leading '1' is a zero
// byte. Quadratic, which is fine for the short strings it is bounded to.
func decodeBase58(s string) ([]byte, error) {
	if s == "" || len(s) > maxBase58Len {
		return nil, errBase58
	}
	var idx [256]int8
	for i := range idx {
		idx[i] = -1
	}
	for i := 0; i < len(base58Alphabet); i++ {
		idx[base58Alphabet[i]] = int8(i)
	}
	zeros := 0
	for zeros < len(s) && s[zeros] == '1' {
		zeros++
	}
	// Big-endian base-256 accumulator.
	var out []byte
	for i := 0; i < len(s); i++ {
		v := idx[s[i]]
		if v < 0 {
			return nil, errBase58
		}
		carry := int(v)
		for j := len(out) - 1; j >= 0; j-- {
			carry += int(out[j]) * 58
			out[j] = byte(carry)
			carry >>= 8
		}
		for carry > 0 {
			out = append([]byte{byte(carry)}, out...)
			carry >>= 8
		}
	}
	// Drop accumulator zeros and restore one zero byte per leading '1'.
	i := 0
	for i < len(out) && out[i] == 0 {
		i++
	}
	return append(make([]byte, zeros), out[i:]...), nil
}
