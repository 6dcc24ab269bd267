package manifest

import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestSignAndLoad(t *testing.T) {
	pub, priv := testKey(1)
	doc := minimal(t)
	sig := Sign(priv, doc)
	m, err := Load(doc, sig, pub, testNow)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if m.Platform.ID != "test" {
		t.Errorf("platform %q", m.Platform.ID)
	}
}

// TestLoadRefusals: every way a signed manifest must fail.
func TestLoadRefusals(t *testing.T) {
	pub, priv := testKey(1)
	otherPub, _ := testKey(2)
	doc := minimal(t)
	sig := Sign(priv, doc)
	raw, _ := base64.StdEncoding.DecodeString(strings.TrimSpace(string(sig)))

	tampered := append([]byte(nil), doc...)
	i := strings.Index(string(tampered), "555-0100")
	tampered[i+7] = '9' // the hotline number changes by one digit

	expired := mutate(t, func(d map[string]any) { d["expires"] = "2026-11-15T00:00:00Z" })

	for _, tc := range []struct {
		name    string
		doc     []byte
		sig     []byte
		pub     ed25519.PublicKey
		now     time.Time
		badSig  bool // errors.Is(err, ErrSignature)
		code    string
		expired bool
	}{
		{name: "tampered byte", doc: tampered, sig: sig, pub: pub, now: testNow, badSig: true, code: codeSignature},
		{name: "wrong key", doc: doc, sig: sig, pub: otherPub, now: testNow, badSig: true, code: codeSignature},
		{name: "expired but well signed", doc: expired, sig: Sign(priv, expired), pub: pub, now: testNow, expired: true},
		{name: "valid now, expired later", doc: doc, sig: sig, pub: pub, now: time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC), expired: true},
		{name: "truncated signature", doc: doc, sig: []byte(base64.StdEncoding.EncodeToString(raw[:40])), pub: pub, now: testNow, code: codeSignatureForm},
		{name: "signature in hex", doc: doc, sig: []byte(hex.EncodeToString(raw)), pub: pub, now: testNow, code: codeSignatureForm},
		{name: "signature not base64", doc: doc, sig: []byte("!!not base64!!"), pub: pub, now: testNow, code: codeSignatureForm},
		{name: "empty signature", doc: doc, sig: nil, pub: pub, now: testNow, code: codeSignatureForm},
		{name: "signature of another document", doc: doc, sig: Sign(priv, expired), pub: pub, now: testNow, badSig: true, code: codeSignature},
		{name: "short public key", doc: doc, sig: sig, pub: pub[:16], now: testNow, code: codeSignatureForm},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Load(tc.doc, tc.sig, tc.pub, tc.now)
			if err == nil || m != nil {
				t.Fatal("accepted")
			}
			if errors.Is(err, ErrSignature) != tc.badSig {
				t.Errorf("errors.Is(ErrSignature) = %v, want %v (%v)", !tc.badSig, tc.badSig, err)
			}
			if errors.Is(err, ErrExpired) != tc.expired {
				t.Errorf("errors.Is(ErrExpired) = %v, want %v (%v)", !tc.expired, tc.expired, err)
			}
			var se *SignatureError
			if tc.code != "" && (!errors.As(err, &se) || se.Problem.Code != tc.code || !se.Problem.Message.Complete()) {
				t.Errorf("want signature problem %s, got %v", tc.code, err)
			}
		})
	}
}
