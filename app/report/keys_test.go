package report

import "testing"

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
	if p, ok := base58Check(wifCompressed); !ok || p[0] != 0x80 || len(p) != 34 {
		t.Errorf("base58Check(WIF) = %x, %v", p, ok)
	}
	// The genesis address: version 0, 20-byte hash.
	if p, ok := base58Check("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"); !ok || p[0] != 0 || len(p) != 21 {
		t.Errorf("base58Check(address) = %x, %v", p, ok)
	}
	for _, bad := range []string{"", "0OIl", wifCompressed[:51] + "X"} {
		if _, ok := base58Check(bad); ok {
			t.Errorf("base58Check(%q) accepted", bad)
		}
	}
}
