package report

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// vectors reads the official BIP-39 test vectors (see testdata/SOURCES.md).
func vectors(t testing.TB) map[string][][4]string {
	t.Helper()
	data, err := os.ReadFile("testdata/bip39_vectors.json")
	if err != nil {
		t.Fatalf("the BIP-39 test vectors are missing (%v); copy shared/data/bip39_vectors.json to app/report/testdata", err)
	}
	var v map[string][][4]string
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("bip39_vectors.json: %v", err)
	}
	return v
}

// TestMnemonicVectors redacts every official vector of all twelve languages,
// alone and inside a sentence, and checks that no word of it survives.
func TestMnemonicVectors(t *testing.T) {
	v := vectors(t)
	if len(v) != 12 {
		t.Fatalf("vectors cover %d languages, want 12", len(v))
	}
	for lang, list := range v {
		for i, vec := range list {
			m := vec[1]
			for _, in := range []string{
				m,
				"我的助记词是：" + m + "。请帮我看看。",
				"Here is my seed phrase:\n" + m + "\nthanks",
			} {
				out := Redact(in)
				if strings.Contains(out, m) || !strings.Contains(out, Placeholder(KindMnemonic)) {
					t.Errorf("%s vector %d not redacted in %q: %q", lang, i, in, out)
				}
			}
			// The extended private key in the vector is a secret too.
			if out := Redact(vec[3]); out != Placeholder(KindXPrv) {
				t.Errorf("%s vector %d: xprv gave %q", lang, i, out)
			}
		}
	}
}

func TestMnemonicRules(t *testing.T) {
	redacted := func(s string) bool { return strings.Contains(Redact(s), Placeholder(KindMnemonic)) }
	// A 12-word English phrase with a bad checksum is still a phrase.
	if !redacted("legal winner thank year wave sausage worth useful legal winner thank thank") {
		t.Error("12 list words with a wrong checksum should be redacted")
	}
	// Numbered the way wallets show them.
	if !redacted("1. abandon 2. abandon 3. abandon 4. abandon 5. abandon 6. abandon 7. abandon 8. abandon 9. abandon 10. abandon 11. abandon 12. about") {
		t.Error("a numbered phrase should be redacted")
	}
	// Eleven words are not a phrase.
	if redacted("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about") {
		t.Error("11 words were redacted")
	}
	// Chinese spaced as wallets show it goes; the same characters written
	// together, even with a valid checksum, are writing and stay.
	if !redacted("的 的 的 的 的 的 的 的 的 的 的 的") {
		t.Error("12 spaced list characters should be redacted")
	}
	if redacted("的的的的的的的的的的的在") {
		t.Error("unspaced Chinese was taken for a mnemonic")
	}
}

// TestNoMnemonicInSeeds runs the redactor over the three Chinese support
// guides: long runs of everyday characters that must all survive.
func TestNoMnemonicInSeeds(t *testing.T) {
	for _, name := range []string{"000_cabfb0d5dbcf13b8.txt", "001_e0869d058c58d4ce.txt", "002_97687e9462c78b1c.txt"} {
		data, err := os.ReadFile("../../../shared/seeds/" + name)
		if err != nil {
			t.Skipf("seed %s not available here: %v", name, err)
		}
		if ms := Find(string(data)); len(ms) > 0 {
			for _, m := range ms {
				t.Errorf("%s: false positive %s %q", name, m.Kind, string(data)[m.Start:m.End])
			}
		}
	}
}

// A Chinese phrase written without spaces is found after a label when it
// passes the checksum; the same characters without the label, or a failing
// run after it, stay.
func TestUnspacedChinesePhrase(t *testing.T) {
	for lang, list := range vectors(t) {
		if !strings.HasPrefix(lang, "chinese") {
			continue
		}
		for i, vec := range list {
			if strings.Count(vec[0], vec[0][:2]) == len(vec[0])/2 {
				// A repeated byte (00…, 7f…) gives a phrase like 的的的…,
				// which no wallet makes and the frequency test refuses.
				continue
			}
			together := strings.Join(strings.Fields(vec[1]), "")
			for _, in := range []string{"助记词：" + together, "我的助记词是" + together + "。", "mnemonic:\n" + together + "，怎么恢复？"} {
				if out := Redact(in); strings.Contains(out, together) {
					t.Errorf("%s vector %d survived in %q", lang, i, out)
				}
			}
			if out := Redact(together); out != together {
				t.Errorf("%s vector %d: without a label the characters were taken: %q", lang, i, out)
			}
		}
	}
	for _, in := range []string{
		"助记词：的的的的的的的的的的的的", // twelve list characters, bad checksum
		"助记词如下我已经截图保存在手机相册里了",
		"我的助记词是务必准备好身份验证的信息，并清楚说明问题。",
	} {
		if out := Redact(in); out != in {
			t.Errorf("changed %q to %q", in, out)
		}
	}
}
