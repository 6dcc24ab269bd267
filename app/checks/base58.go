package checks

import (
	"errors"

	"github.com/triage-widget/triage/app/base58"
)

// base58Alphabet is the encoders' alphabet, for the tests.
const base58Alphabet = base58.Alphabet

// maxBase58Len bounds input: a Solana signature is at most 88 characters.
const maxBase58Len = 128

var errBase58 = errors.New("not base58")

// decodeBase58 decodes a Solana signature or account in base58.
func decodeBase58(s string) ([]byte, error) {
	b, ok := base58.Decode(s)
	if !ok || len(s) > maxBase58Len {
		return nil, errBase58
	}
	return b, nil
}
