package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRedactCommand(t *testing.T) {
	in := "log: password=hunter2 key KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn tx 0x" + strings.Repeat("ab", 32) + "\n" +
		"mnemonic: abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\n" +
		"typed: my-own-passphrase-42\n"
	secrets := filepath.Join(t.TempDir(), "secrets.txt")
	if err := os.WriteFile(secrets, []byte("my-own-passphrase-42\r\n\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, in, "redact", "--secrets-file", secrets)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := "log: password=[REDACTED:password] key [REDACTED:wif] tx 0x" + strings.Repeat("ab", 32) + "\n" +
		"mnemonic: [REDACTED:mnemonic]\n" +
		"typed: [REDACTED:secret]\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	// Without secrets, plain text passes through unchanged.
	if code, out, _ := runCLI(t, "订单号 2026112100012345，错误码 50113\n", "redact"); code != exitOK || out != "订单号 2026112100012345，错误码 50113\n" {
		t.Errorf("plain text changed: %d %q", code, out)
	}
}

func TestRedactUsage(t *testing.T) {
	for _, args := range [][]string{{"redact", "extra"}, {"redact", "--secrets-file", "/nonexistent/file"}, {"redact", "--nope"}} {
		if code, _, _ := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// The command uses the panel's redactor: a listed value is matched trimmed
// and with its spaces normalised, and the formats the panel finds are found.
func TestRedactCommandSameRedactor(t *testing.T) {
	secrets := filepath.Join(t.TempDir(), "secrets.txt")
	if err := os.WriteFile(secrets, []byte("  open sesame now \n   \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	in := "phrase: open  sesame\nnow\nOKX_SECRET_KEY=9F2C4D1E8B7A6C5D4E3F2A1B0C9D8E7F\n私钥 0x" + strings.Repeat("ab", 32) + "\n"
	code, out, errOut := runCLI(t, in, "redact", "--secrets-file", secrets)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := "phrase: [REDACTED:secret]\nOKX_SECRET_KEY=[REDACTED:password]\n私钥 [REDACTED:private-key]\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}
