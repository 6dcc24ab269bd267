package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/manifest"
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

// demoValidAt is inside the demo manifests' validity. Tests that sign or
// verify them pass it as --now: the demo editions expire within
// manifest.MaxLifetime of publication, and the suite must keep passing
// after that.
const demoValidAt = "2026-11-23T00:00:00Z"

// TestManifestFromNothing follows the README: keygen, sign, verify.
func TestManifestFromNothing(t *testing.T) {
	dir := t.TempDir()
	keys := filepath.Join(dir, "keys")
	code, out, errOut := runCLI(t, "", "manifest", "keygen", "--out", keys)
	if code != exitOK || !strings.Contains(out, "public key:  ed25519:") || !strings.Contains(out, "--platform id=") {
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
	if code, out, errOut := runCLI(t, "", "manifest", "sign", "--key", key, "--now", demoValidAt, doc); code != exitOK || !strings.Contains(out, "signed") {
		t.Fatalf("sign: %d %q %q", code, out, errOut)
	}
	if code, out, errOut := runCLI(t, "", "manifest", "verify", "--pub", pubFile, "--now", demoValidAt, doc); code != exitOK || !strings.Contains(out, "OK") || errOut != "" {
		t.Fatalf("verify: %d %q %q", code, out, errOut)
	}
	// Flags after the file work too.
	if code, _, errOut := runCLI(t, "", "manifest", "verify", doc, "--pub", pubFile, "--now", demoValidAt); code != exitOK {
		t.Fatalf("verify with trailing flags: %d %q", code, errOut)
	}

	// Failures: exit 1 with the reason.
	if code, _, errOut := runCLI(t, "", "manifest", "verify", "--pub", pubFile, "--now", "2031-01-01T00:00:00Z", doc); code != exitProblem || !strings.Contains(errOut, "expires: the manifest expired") {
		t.Errorf("expired: %d %q", code, errOut)
	}
	_, otherPub := testKeys(t)
	if code, _, errOut := runCLI(t, "", "manifest", "verify", "--pub", otherPub, "--now", demoValidAt, doc); code != exitProblem || !strings.Contains(errOut, "signature does not verify") {
		t.Errorf("wrong key: %d %q", code, errOut)
	}
	data, _ := os.ReadFile(doc)
	os.WriteFile(doc, bytes.Replace(data, []byte("+1-555-0101"), []byte("+1-555-0199"), 1), 0o644)
	if code, _, errOut := runCLI(t, "", "manifest", "verify", "--pub", pubFile, "--now", demoValidAt, doc); code != exitProblem || !strings.Contains(errOut, "signature does not verify") {
		t.Errorf("tampered: %d %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "", "manifest", "verify", "--pub", pubFile, "--now", demoValidAt, "--lang", "zh-CN", doc); code != exitProblem || !strings.Contains(errOut, "签名无效") {
		t.Errorf("tampered, in Chinese: %d %q", code, errOut)
	}
	os.Remove(doc + ".sig")
	if code, _, errOut := runCLI(t, "", "manifest", "verify", "--pub", pubFile, "--now", demoValidAt, doc); code != exitProblem || !strings.Contains(errOut, "not signed") {
		t.Errorf("unsigned: %d %q", code, errOut)
	}
}

func TestManifestSignRefusesInvalid(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "bad.json")
	data, _ := os.ReadFile("../../web/manifests/e-wallet.json")
	os.WriteFile(doc, bytes.Replace(data, []byte(`"https://help.example.org"`), []byte(`"http://help.example.org"`), 1), 0o644)
	key, _ := testKeys(t)
	code, _, errOut := runCLI(t, "", "manifest", "sign", "--key", key, "--now", demoValidAt, doc)
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
		if code, out, errOut := runCLI(t, "", "manifest", "sign", "--key", key, "--now", demoValidAt, doc); code != exitOK {
			t.Fatalf("%s: sign: %d %q %q", n, code, out, errOut)
		}
		code, out, errOut := runCLI(t, "", "manifest", "verify", "--pub", pub, "--now", demoValidAt, doc)
		if code != exitOK || errOut != "" {
			t.Errorf("%s: %d %q %q", n, code, out, errOut)
		}
	}
}

func TestManifestUsage(t *testing.T) {
	key, pub := testKeys(t)
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
		{"manifest", "sign", "--key", key, "--now", "tomorrow", "x.json"},
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

// editedDemo writes a copy of the wallet-merchant demo manifest with one
// replacement made, and returns its path.
func editedDemo(t *testing.T, old, new string) string {
	t.Helper()
	data, err := os.ReadFile("../../web/manifests/wallet-merchant.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("the demo manifest no longer contains %q", old)
	}
	doc := filepath.Join(t.TempDir(), "edited.json")
	if err := os.WriteFile(doc, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestManifestSignRefusesNewRules: the expiry cap, mailto fields beyond
// subject and body, and bidi controls are refused by sign, located, and
// nothing is signed.
func TestManifestSignRefusesNewRules(t *testing.T) {
	key, _ := testKeys(t)
	for _, tc := range []struct{ name, old, new, want, wantZH string }{
		{"expiry beyond the cap", `"expires": "2027-05-20T00:00:00Z"`, `"expires": "2030-12-31T00:00:00Z"`,
			"expires: the validity is too long: the expiry may be at most 180 days after publication (2027-05-21T00:00:00Z)",
			"expires: 有效期过长：过期时间最晚为发布后 180 天（2027-05-21T00:00:00Z）"},
		{"mailto with bcc", `"mailto:merchant-support@example.com"`, `"mailto:merchant-support@example.com?bcc=collect@evil.test"`,
			`channels[2].value: an email link may carry only the fields subject and body`,
			`channels[2].value: 邮箱链接只能带 subject 和 body 参数`},
		{"bidi override", `"Demo Wallet · Merchant`, "\"Demo \u202eWallet · Merchant",
			"platform.name.en: contains the bidirectional control character U+202E (character 6)",
			"platform.name.en: 含有双向文本控制字符 U+202E（第 6 个字符）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := editedDemo(t, tc.old, tc.new)
			code, _, errOut := runCLI(t, "", "manifest", "sign", "--key", key, "--now", demoValidAt, doc)
			if code != exitProblem || !strings.Contains(errOut, doc+": "+tc.want) {
				t.Errorf("sign: %d %q, want %q", code, errOut, tc.want)
			}
			if _, err := os.Stat(doc + ".sig"); err == nil {
				t.Error("the refused manifest was signed")
			}
			code, _, errOut = runCLI(t, "", "manifest", "sign", "--key", key, "--now", demoValidAt, "--lang", "zh-CN", doc)
			if code != exitProblem || !strings.Contains(errOut, tc.wantZH) {
				t.Errorf("sign in Chinese: %d %q, want %q", code, errOut, tc.wantZH)
			}
		})
	}
}

// TestManifestVerifyRefusesLongLifetime: a manifest signed before the cap
// existed, still signed correctly, fails verify.
func TestManifestVerifyRefusesLongLifetime(t *testing.T) {
	key, pub := testKeys(t)
	doc := editedDemo(t, `"expires": "2027-05-20T00:00:00Z"`, `"expires": "2030-12-31T00:00:00Z"`)
	data, _ := os.ReadFile(doc)
	keyText, _ := os.ReadFile(key)
	priv, err := manifest.ParsePrivateKey(string(keyText))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(doc+".sig", manifest.Sign(priv, data), 0o644)
	code, out, errOut := runCLI(t, "", "manifest", "verify", "--pub", pub, "--now", demoValidAt, doc)
	if code != exitProblem || !strings.Contains(errOut, "expires: the validity is too long") || strings.Contains(out, "OK") {
		t.Errorf("verify: %d %q %q", code, out, errOut)
	}
}

// TestManifestVerifyWarns: a look-alike host is printed with its path on
// stderr, and a manifest whose only findings are warnings verifies (exit 0).
func TestManifestVerifyWarns(t *testing.T) {
	key, pub := testKeys(t)
	doc := editedDemo(t, `"https://status.example.com`, `"https://xn--sttus-5ve.example.com`)
	if code, _, errOut := runCLI(t, "", "manifest", "sign", "--key", key, "--now", demoValidAt, doc); code != exitOK || !strings.Contains(errOut, "warning") {
		t.Fatalf("sign: %d %q", code, errOut)
	}
	code, out, errOut := runCLI(t, "", "manifest", "verify", "--pub", pub, "--now", demoValidAt, doc)
	if code != exitOK || !strings.Contains(out, "OK") {
		t.Fatalf("verify: %d %q %q", code, out, errOut)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], doc+": channels[") ||
		!strings.Contains(lines[0], ": warning: the host \"xn--sttus-5ve.example.com\" has a label \"stаtus\" that mixes scripts (Latin, Cyrillic)") {
		t.Errorf("warnings on stderr: %q", errOut)
	}
	_, _, errOut = runCLI(t, "", "manifest", "verify", "--pub", pub, "--now", demoValidAt, "--lang", "zh-CN", doc)
	if !strings.Contains(errOut, ": 警告：") && !strings.Contains(errOut, ": 警告: ") {
		t.Errorf("warnings in Chinese: %q", errOut)
	}
}
