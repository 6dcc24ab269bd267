package checks

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
)

// encodeBase58 is the inverse of decodeBase58, for building test inputs.
func encodeBase58(b []byte) string {
	zeros := 0
	for zeros < len(b) && b[zeros] == 0 {
		zeros++
	}
	num := append([]byte(nil), b...)
	var out []byte
	for len(num) > 0 {
		var rem int
		var next []byte
		for _, d := range num {
			acc := rem*256 + int(d)
			q := acc / 58
			rem = acc % 58
			if len(next) > 0 || q > 0 {
				next = append(next, byte(q))
			}
		}
		out = append(out, base58Alphabet[rem])
		num = next
	}
	for i := 0; i < zeros; i++ {
		out = append(out, '1')
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func TestTx(t *testing.T) {
	hex64 := strings.Repeat("ab", 32)
	sig64 := make([]byte, 64)
	for i := range sig64 {
		sig64[i] = byte(i*7 + 3)
	}
	solSig := encodeBase58(sig64)
	solAccount := encodeBase58(sig64[:32])
	for _, tc := range []struct {
		chain, hash string
		want        string
		msg         string
	}{
		{"eth", "0x" + hex64, "tx.ok", "eth transaction hash is well-formed"},
		{"ERC20", "0X" + strings.ToUpper(hex64), "tx.ok", ""},
		{"bsc", hex64, "tx.hash_malformed", "0x prefix is missing"},
		{"eth", "0x" + hex64[:40], "tx.hash_malformed", "looks like an address"},
		{"polygon", "0x" + hex64[:62], "tx.hash_malformed", "length is wrong"},
		{"eth", "0x" + hex64[:62] + "zz", "tx.hash_malformed", "invalid characters"},
		{"btc", hex64, "tx.ok", ""},
		{"btc", "0x" + hex64, "tx.hash_malformed", "no 0x prefix"},
		{"btc", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "tx.hash_malformed", "address"},
		{"tron", hex64, "tx.ok", ""},
		{"trc20", "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7", "tx.hash_malformed", "address"},
		{"tron", hex64 + "00", "tx.hash_malformed", "length"},
		{"sol", solSig, "tx.ok", ""},
		{"solana", solAccount, "tx.hash_malformed", "an account address"},
		{"sol", solSig[:20], "tx.hash_malformed", "length"},
		{"sol", "0OIl" + solSig[4:], "tx.hash_malformed", "invalid characters"},
		{"dogecoin-classic", hex64, "tx.chain_unknown", "Unknown chain"},
	} {
		fs := run(t, Tx, &diag.Env{Form: map[string]string{"chain": tc.chain, "hash": tc.hash}})
		if len(fs) != 1 || string(fs[0].Code) != tc.want || !strings.Contains(fs[0].Message.In(i18n.EN), tc.msg) {
			t.Errorf("%s %s: %v %q", tc.chain, tc.hash, codesOf(fs), fs[0].Message.In(i18n.EN))
		}
	}
}

func TestTxOrdersAndExplorer(t *testing.T) {
	hash := "0x" + strings.Repeat("cd", 32)
	plat := &diag.Platform{Explorers: map[string]string{"eth": "https://explorer.example/tx/{hash}", "tron": "http://insecure.example/{hash}"}}
	env := &diag.Env{Platform: plat, Context: hostctx.Context{RecentOrders: []hostctx.Order{
		{ID: "O-1", TxHash: hash, Chain: "eth", Status: "pending"},
		{ID: "O-2", TxHash: hash, Chain: "eth", Status: "paid"},
		{ID: "O-3", Chain: "eth"}, // no hash yet: nothing to check
		{ID: "O-4", TxHash: strings.Repeat("ef", 32), Chain: "tron", Status: "Confirming"},
	}}}
	fs := run(t, Tx, env)
	if got := strings.Join(codesOf(fs), ","); got != "tx.deposit_pending,tx.ok,tx.deposit_pending" {
		t.Fatalf("codes %s", got)
	}
	if ev := evidenceText(fs[0]); !strings.Contains(ev, "order=O-1") || !strings.Contains(ev, "block explorer=https://explorer.example/tx/"+hash) {
		t.Errorf("evidence %s", ev)
	}
	if !strings.Contains(fs[0].Fix.In(i18n.EN), "check the receiving address") || !strings.Contains(fs[0].Fix.In(i18n.ZH), "区块浏览器") {
		t.Errorf("the deposit-delay steps are missing: %+v", fs[0].Fix)
	}
	if strings.Contains(evidenceText(fs[2]), "insecure.example") {
		t.Error("a non-https explorer template must not be linked")
	}
	if fs := run(t, Tx, &diag.Env{}); fs[0].Code != "check.skipped" {
		t.Errorf("%v", codesOf(fs))
	}
}

// TestTxExplorerDemoManifests is the regression test of the explorer link
// that never appeared: the demo manifests key explorers "ETH", orders and
// the form say "eth". The keys are read from the manifests themselves.
func TestTxExplorerDemoManifests(t *testing.T) {
	files, err := filepath.Glob("../../web/manifests/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no demo manifests: %v", err)
	}
	hash := "0x" + strings.Repeat("ab", 32)
	tested := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var m struct {
			Explorers []struct{ Chain, Tx string } `json:"explorers"`
		}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		plat := &diag.Platform{Explorers: map[string]string{}}
		want := ""
		for _, e := range m.Explorers {
			plat.Explorers[e.Chain] = e.Tx // the keys as the manifests write them ("ETH")
			if strings.EqualFold(e.Chain, "eth") {
				want = strings.ReplaceAll(e.Tx, "{hash}", hash)
			}
		}
		if want == "" {
			continue
		}
		tested++
		for _, src := range []*diag.Env{
			{Platform: plat, Context: hostctx.Context{RecentOrders: []hostctx.Order{{ID: "D-881", TxHash: hash, Chain: "eth", Status: "pending"}}}},
			{Platform: plat, Form: map[string]string{"chain": "eth", "hash": hash}},
		} {
			fs := run(t, Tx, src)
			if ev := evidenceText(fs[0]); !strings.Contains(ev, "block explorer="+want) {
				t.Errorf("%s: no explorer link for eth in %s", filepath.Base(file), ev)
			}
		}
	}
	if tested == 0 {
		t.Fatal("no demo manifest has an ETH explorer")
	}
}
