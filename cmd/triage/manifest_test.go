package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the triage command as a user would and returns the exit
// status and the two streams.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func copyFixture(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// testKeys makes a key pair as an operator would and returns its files.
func testKeys(t *testing.T) (key, pub string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "keys")
	if code, _, errOut := runCLI(t, "", "manifest", "keygen", "--out", dir); code != exitOK {
		t.Fatalf("keygen: %d %q", code, errOut)
	}
	return filepath.Join(dir, "manifest.key"), filepath.Join(dir, "manifest.pub")
}

// TestManifestFromNothing follows the README: keygen, sign, verify.
func TestManifestFromNothing(t *testing.T) {
	dir := t.TempDir()
	keys := filepath.Join(dir, "keys")
	code, out, errOut := runCLI(t, "", "manifest", "keygen", "--out", keys)
	if code != exitOK || !strings.Contains(out, "data-manifest-key=\"ed25519:") {
		t.Fatalf("keygen: %d %q %q", code, out, errOut)
	}
	st, err := os.Stat(filepath.Join(keys, "manifest.key"))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("manifest.key mode %v, %v", st.Mode().Perm(), err)
	}
	pub, _ := os.ReadFile(filepath.Join(keys, "manifest.pub"))
	if !strings.HasPrefix(string(pub), "ed25519:") || strings.Count(string(pub), "\n") != 1 {
		t.Fatalf("manifest.pub = %q", pub)
	}
	if code, _, errOut := runCLI(t, "", "manifest", "keygen", "--out", keys); code != exitProblem || !strings.Contains(errOut, "--force") {
		t.Errorf("second keygen overwrote the key: %d %q", code, errOut)
	}

	doc := filepath.Join(dir, "platform.json")
	copyFixture(t, "../../web/manifests/wallet-merchant.json", doc)
	key, pubFile := filepath.Join(keys, "manifest.key"), filepath.Join(keys, "manifest.pub")
	if code, out, errOut := runCLI(t, "", "manifest", "sign", "--key", key, doc); code != exitOK || !strings.Contains(out, "signed") {
		t.Fatalf("sign: %d %q %q", code, out, errOut)
	}
	if code, out, errOut := runCLI(t, "", "manifest", "verify", "--pub", pubFile, doc); code != exitOK || !strings.Contains(out, "OK") {
		t.Fatalf("verify: %d %q %q", code, out, errOut)
	}
	// Flags after the file work too.
	if code, _, errOut := runCLI(t, "", "manifest", "verify", doc, "--pub", pubFile); code != exitOK {
		t.Fatalf("verify with trailing flags: %d %q", code, errOut)
	}

	// Failures: exit 1 with the reason.
	if code, _, errOut := runCLI(t, "", "manifest", "verify", "--pub", pubFile, "--now", "2031-01-01T00:00:00Z", doc); code != exitProblem || !strings.Contains(errOut, "expires: the manifest expired") {
		t.Errorf("expired: %d %q", code, errOut)
	}
	_, otherPub := testKeys(t)
	if code, _, errOut := runCLI(t, "", "manifest", "verify", "--pub", otherPub, doc); code != exitProblem || !strings.Contains(errOut, "signature does not verify") {
		t.Errorf("wrong key: %d %q", code, errOut)
	}
	data, _ := os.ReadFile(doc)
	os.WriteFile(doc, bytes.Replace(data, []byte("+1-555-0101"), []byte("+1-555-0199"), 1), 0o644)
	if code, _, errOut := runCLI(t, "", "manifest", "verify", "--pub", pubFile, doc); code != exitProblem || !strings.Contains(errOut, "signature does not verify") {
		t.Errorf("tampered: %d %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "", "manifest", "verify", "--pub", pubFile, "--lang", "zh-CN", doc); code != exitProblem || !strings.Contains(errOut, "签名无效") {
		t.Errorf("tampered, in Chinese: %d %q", code, errOut)
	}
	os.Remove(doc + ".sig")
	if code, _, errOut := runCLI(t, "", "manifest", "verify", "--pub", pubFile, doc); code != exitProblem || !strings.Contains(errOut, "not signed") {
		t.Errorf("unsigned: %d %q", code, errOut)
	}
}

func TestManifestSignRefusesInvalid(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "bad.json")
	data, _ := os.ReadFile("../../web/manifests/e-wallet.json")
	os.WriteFile(doc, bytes.Replace(data, []byte(`"https://help.example.org"`), []byte(`"http://help.example.org"`), 1), 0o644)
	key, _ := testKeys(t)
	code, _, errOut := runCLI(t, "", "manifest", "sign", "--key", key, doc)
	if code != exitProblem || !strings.Contains(errOut, "platform.home: links must use https") {
		t.Errorf("sign of an invalid manifest: %d %q", code, errOut)
	}
	if _, err := os.Stat(doc + ".sig"); err == nil {
		t.Error("an invalid manifest was signed")
	}
}

// TestDemoManifestsSignWithCLI: the demo manifests sign and verify as an
// operator's would.
func TestDemoManifestsSignWithCLI(t *testing.T) {
	key, pub := testKeys(t)
	for _, n := range []string{"wallet-merchant", "e-wallet", "exchange"} {
		doc := filepath.Join(t.TempDir(), n+".json")
		copyFixture(t, "../../web/manifests/"+n+".json", doc)
		if code, out, errOut := runCLI(t, "", "manifest", "sign", "--key", key, doc); code != exitOK {
			t.Fatalf("%s: sign: %d %q %q", n, code, out, errOut)
		}
		code, out, errOut := runCLI(t, "", "manifest", "verify", "--pub", pub, "--now", "2026-11-23T00:00:00Z", doc)
		if code != exitOK {
			t.Errorf("%s: %d %q %q", n, code, out, errOut)
		}
	}
}

func TestManifestUsage(t *testing.T) {
	_, pub := testKeys(t)
	for _, args := range [][]string{
		{"manifest"},
		{"manifest", "bogus"},
		{"manifest", "keygen"},
		{"manifest", "sign", "x.json"},
		{"manifest", "verify", "x.json"},
		{"manifest", "verify", "--pub", "nope.pub", "x.json"},
		{"manifest", "verify", "--pub", pub, "--now", "yesterday", "x.json"},
		{"manifest", "verify", "--pub", pub, "missing.json"},
		{"manifest", "sign", "--key", pub, "x.json"},
		{"manifest", "verify", "--bogus-flag"},
	} {
		if code, _, _ := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
	if code, out, _ := runCLI(t, "", "manifest", "help"); code != exitOK || !strings.Contains(out, "keygen") {
		t.Errorf("help: %d %q", code, out)
	}
}
