package report

import (
	"crypto/ed25519"
	"strconv"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/base58"
)

// TestRedactKeys: WIF, extended private keys, BIP-38 and 64-hex keys said
// to be private.
func TestRedactKeys(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		secrets        []string
	}{
		{"wif compressed", "key " + wifCompressed + " end", "key [REDACTED:wif] end", nil},
		{"wif uncompressed", wifUncompressed, "[REDACTED:wif]", nil},
		{"xprv", "backup: " + xprv, "backup: [REDACTED:xprv]", nil},
		{"tprv prefix", "tprv8ZgxMBicQKsPd9TeAdPADNnSyH9SSUUbTVeFszDE23Ki6TBB5nCefAdHkK8Fm3qMQR6sHwA56zqRmKmxnHk37JkiFzvncDqoKmPJubu7hDV", "[REDACTED:xprv]", nil},
		{"bip38", "encrypted " + bip38, "encrypted [REDACTED:bip38]", nil},
		{"hex after private key", "my private key is 0x" + hex64, "my private key is [REDACTED:private-key]", nil},
		{"hex after 私钥", "私钥：" + hex64, "私钥：[REDACTED:private-key]", nil},
		{"hex before private key", hex64 + " is my private key", "[REDACTED:private-key] is my private key", nil},
	} {
		if got := Redact(tc.in, tc.secrets...); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

func TestBase58Check(t *testing.T) {
	if p, ok := base58.DecodeCheck(wifCompressed); !ok || p[0] != 0x80 || len(p) != 34 {
		t.Errorf("base58.DecodeCheck(WIF) = %x, %v", p, ok)
	}
	// The genesis address: version 0, 20-byte hash.
	if p, ok := base58.DecodeCheck("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"); !ok || p[0] != 0 || len(p) != 21 {
		t.Errorf("base58.DecodeCheck(address) = %x, %v", p, ok)
	}
	for _, bad := range []string{"", "0OIl", wifCompressed[:51] + "X"} {
		if _, ok := base58.DecodeCheck(bad); ok {
			t.Errorf("base58.DecodeCheck(%q) accepted", bad)
		}
	}
}

// The context rule sees 64-hex keys written with "0x", in groups, and broken
// across lines; the same values with a transaction word stay.
func TestHexKeyForms(t *testing.T) {
	grouped4, grouped8 := "", ""
	for i := 0; i < 64; i += 4 {
		grouped4 += hex64[i:i+4] + " "
	}
	for i := 0; i < 64; i += 8 {
		grouped8 += hex64[i:i+8] + "-"
	}
	for _, in := range []string{
		"私钥 0x" + hex64,
		"secret key 0X" + strings.ToUpper(hex64),
		"PRIVATE_KEY=0x" + hex64,
		"0x" + hex64 + " 是我的私钥",
		"私钥：" + strings.TrimSpace(grouped4),
		"私钥 added " + strings.TrimSpace(grouped4), // "added" is hex too
		"private key: " + strings.TrimSuffix(grouped8, "-"),
		"私钥：\n" + hex64[:32] + "\n" + hex64[32:],
		"private key\r\n" + hex64[:21] + "\r\n" + hex64[21:42] + "\r\n" + hex64[42:],
	} {
		out := Redact(in)
		if strings.Contains(out, hex64[:8]) || strings.Contains(out, strings.ToUpper(hex64[:8])) || !strings.Contains(out, Placeholder(KindPrivateKey)) {
			t.Errorf("key survived:\n in  %q\n out %q", in, out)
		}
	}
	for _, in := range []string{
		"tx hash 0x" + hex64,
		"交易哈希：" + strings.TrimSpace(grouped4),
		"私钥丢了，交易哈希 0x" + hex64,
		"order 1234 5678 9012",
	} {
		if out := Redact(in); out != in {
			t.Errorf("public value changed:\n in  %q\n out %q", in, out)
		}
	}
}

// base58Encode is the inverse of base58.Decode, for the tests.
func base58Encode(b []byte) string {
	zeros := 0
	for zeros < len(b) && b[zeros] == 0 {
		zeros++
	}
	var digits []byte // little-endian base 58
	for _, c := range b {
		carry := int(c)
		for i := range digits {
			carry += int(digits[i]) << 8
			digits[i] = byte(carry % 58)
			carry /= 58
		}
		for carry > 0 {
			digits = append(digits, byte(carry%58))
			carry /= 58
		}
	}
	out := strings.Repeat("1", zeros)
	for i := len(digits) - 1; i >= 0; i-- {
		out += string(base58.Alphabet[digits[i]])
	}
	return out
}

// A Solana keypair (seed and public key, 64 bytes) said to be a key is
// found as base58, as a key file's JSON array, and broken across lines; a
// signature of the same length, and the public key, stay.
func TestSolanaKeypair(t *testing.T) {
	seed := make([]byte, 32)
	for i := range seed {
		seed[i] = byte(7 * i)
	}
	priv := ed25519.NewKeyFromSeed(seed)
	b58 := base58Encode(priv)
	nums := make([]string, len(priv))
	for i, c := range priv {
		nums[i] = strconv.Itoa(int(c))
	}
	for _, in := range []string{
		"private key " + b58,
		"Phantom 私钥：" + b58 + "。",
		"id.json: [" + strings.Join(nums, ",") + "]",
		"私钥\n" + b58[:44] + "\n" + b58[44:],
	} {
		if out := Redact(in); strings.Contains(out, b58[:20]) || strings.Contains(out, nums[0]+","+nums[1]+","+nums[2]) || !strings.Contains(out, Placeholder(KindPrivateKey)) {
			t.Errorf("keypair survived:\n in  %q\n out %q", in, out)
		}
	}
	sig := ed25519.Sign(priv, []byte("transfer"))
	for _, in := range []string{
		"signature " + base58Encode(sig),
		"私钥没丢，交易签名：" + base58Encode(sig),
		"https://solscan.io/tx/" + base58Encode(sig),
		"address " + base58Encode(priv[32:]),
	} {
		if out := Redact(in); out != in {
			t.Errorf("public value changed:\n in  %q\n out %q", in, out)
		}
	}
}

// A WIF key broken across lines is still a key.
func TestWIFAcrossLines(t *testing.T) {
	in := "私钥\n" + wifCompressed[:26] + "\n" + wifCompressed[26:] + "\n谢谢"
	if out := Redact(in); strings.Contains(out, wifCompressed[:26]) || strings.Contains(out, wifCompressed[26:]) {
		t.Errorf("split WIF survived: %q", out)
	}
}
