package manifest

import (
	"crypto/ed25519"
	"encoding/base64"
	"strings"
	"testing"
)

func testKey(seed byte) (ed25519.PublicKey, ed25519.PrivateKey) {
	priv := ed25519.NewKeyFromSeed(append(make([]byte, 31), seed))
	return priv.Public().(ed25519.PublicKey), priv
}

func TestKeyText(t *testing.T) {
	pub, priv := testKey(3)
	p, err := ParsePublicKey(FormatPublicKey(pub) + "\n")
	if err != nil || !p.Equal(pub) {
		t.Fatalf("public key round trip: %v", err)
	}
	k, err := ParsePrivateKey(FormatPrivateKey(priv))
	if err != nil || !k.Equal(priv) {
		t.Fatalf("private key round trip: %v", err)
	}
	for _, bad := range []string{"", "ed25519:", "ed25519:AAAA", "rsa:" + base64.StdEncoding.EncodeToString(pub), "ed25519:%%%"} {
		if _, err := ParsePublicKey(bad); err == nil {
			t.Errorf("ParsePublicKey(%q) accepted", bad)
		}
	}
	if _, err := ParsePrivateKey(FormatPublicKey(pub)); err == nil {
		t.Error("a public key was accepted as a private key")
	}
	fp := Fingerprint(pub)
	if len(fp) != 39 || strings.Count(fp, " ") != 7 || fp == Fingerprint(testPub(4)) {
		t.Errorf("fingerprint %q", fp)
	}
}

func testPub(seed byte) ed25519.PublicKey { p, _ := testKey(seed); return p }
