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
