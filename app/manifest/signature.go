package manifest

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

// Key text forms. The public key is what a platform pins in the embed
// (data-manifest-key) and publishes; the private key never leaves the
// platform's signing machine.
const (
	publicPrefix  = "ed25519:"
	privatePrefix = "ed25519-private:"
)

// ParsePublicKey reads "ed25519:" + standard base64 of the 32-byte key.
// Surrounding white space (a trailing newline in a .pub file) is ignored.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b64, ok := strings.CutPrefix(strings.TrimSpace(s), publicPrefix)
	if !ok {
		return nil, fmt.Errorf("public key must start with %q", publicPrefix)
	}
	key, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return nil, fmt.Errorf("public key is not base64: %v", err)
	}
	if len(key) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("public key is %d bytes, want %d", len(key), ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(key), nil
}

// FormatPublicKey writes the text form ParsePublicKey reads.
func FormatPublicKey(pub ed25519.PublicKey) string {
	return publicPrefix + base64.StdEncoding.EncodeToString(pub)
}

// ParsePrivateKey reads "ed25519-private:" + base64 of the 32-byte seed.
func ParsePrivateKey(s string) (ed25519.PrivateKey, error) {
	b64, ok := strings.CutPrefix(strings.TrimSpace(s), privatePrefix)
	if !ok {
		return nil, fmt.Errorf("private key must start with %q", privatePrefix)
	}
	seed, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return nil, fmt.Errorf("private key is not base64: %v", err)
	}
	if len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("private key is %d bytes, want a %d-byte seed", len(seed), ed25519.SeedSize)
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// FormatPrivateKey writes the text form ParsePrivateKey reads.
func FormatPrivateKey(priv ed25519.PrivateKey) string {
	return privatePrefix + base64.StdEncoding.EncodeToString(priv.Seed())
}

// Fingerprint is a short form of a public key for people to compare: the
// first 16 bytes of its SHA-256, in hex groups of four ("9f86 d081 …").
// The panel shows it on demand next to "verified official channel".
func Fingerprint(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	h := hex.EncodeToString(sum[:16])
	var b strings.Builder
	for i := 0; i < len(h); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(h[i : i+4])
	}
	return b.String()
}

// Sign returns the detached signature file for a manifest: standard base64
// of the Ed25519 signature over the exact bytes, and a newline.
func Sign(priv ed25519.PrivateKey, doc []byte) []byte {
	return []byte(base64.StdEncoding.EncodeToString(ed25519.Sign(priv, doc)) + "\n")
}

// ErrSignature is returned (wrapped) when a signature is well formed but
// does not verify: wrong key, or the document changed.
var ErrSignature = errors.New("manifest signature does not verify")

// SignatureError is a signature file that fails: malformed, or not
// verifying. Its Problem says which, in every language.
type SignatureError struct {
	Problem Problem
	err     error
}

func (e *SignatureError) Error() string { return e.Problem.String() }

// Unwrap lets errors.Is(err, ErrSignature) tell a bad signature from a
// malformed one.
func (e *SignatureError) Unwrap() error { return e.err }

// VerifySignature checks the detached signature file sig over the exact
// bytes of doc. No byte of doc is parsed before this succeeds.
func VerifySignature(pub ed25519.PublicKey, doc, sig []byte) error {
	if len(pub) != ed25519.PublicKeySize {
		return sigError("", fmt.Sprintf("public key is %d bytes, want %d", len(pub), ed25519.PublicKeySize))
	}
	text := strings.TrimSpace(string(sig))
	raw, err := base64.StdEncoding.DecodeString(text)
	switch {
	case text == "":
		return sigError("", "the signature file is empty")
	case isHex(text) && len(text) == 2*ed25519.SignatureSize:
		return sigError("", "the signature is hex; it must be base64 (re-sign with triage manifest sign)")
	case err != nil:
		return sigError("", "the signature is not base64")
	case len(raw) != ed25519.SignatureSize:
		return sigError("", fmt.Sprintf("the signature is %d bytes, want %d (truncated?)", len(raw), ed25519.SignatureSize))
	}
	if !ed25519.Verify(pub, doc, raw) {
		return &SignatureError{Problem: Problem{Code: codeSignature, Message: msgSignature}, err: ErrSignature}
	}
	return nil
}

func sigError(path, detail string) error {
	return &SignatureError{Problem: Problem{Path: path, Code: codeSignatureForm, Message: msgSigEncoding.Format(detail)}}
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return s != ""
}
