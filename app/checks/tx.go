package checks

import (
	"context"
	"net/url"
	"strings"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// Tx checks transaction ids and walks the merchant through the
// deposit-delay flow of seed 002 ("汇款延迟": confirmations take time; check
// address and amount; look the transaction up on a block explorer; then
// support with the transaction record).
var Tx = &diag.Check{
	Name:  "tx",
	Title: i18n.M(i18n.CheckTxTitle),
	Doc: `tx checks transaction hashes per chain and guides a delayed deposit.

EVM chains: 0x + 64 hex; BTC-like and TRON: 64 hex; Solana: base58 that
decodes to a 64-byte signature. The hash comes from the form (chain, hash)
or from recentOrders in the host context. The explorer link comes from the
manifest. A pending order gets the deposit-delay steps.`,
	Needs: diag.Needs{
		OptionalPlatform: true, // block explorer links
		Context:          []string{"recentOrders.id", "recentOrders.txHash", "recentOrders.chain", "recentOrders.status"},
		Auto:             diag.AutoRun{When: "recentOrders.txHash"}, // a self-test otherwise
		Form: []diag.Field{
			{Name: "chain", Label: i18n.M(i18n.CheckTxFieldChain), Kind: diag.KindChoice, Options: TxChains, Open: true},
			{Name: "hash", Label: i18n.M(i18n.CheckTxFieldHash)},
		},
	},
	Timeout: diag.LocalTimeout,
	Run:     runTx,
}

func init() { register(120, Tx) }

// TxChains are the chains the self-test offers, the first one the default.
var TxChains = []string{"eth", "btc", "tron", "sol", "bsc", "polygon"}

// chainFamily maps a chain name to the hash format of its family.
var chainFamily = map[string]string{
	"eth": "evm", "ethereum": "evm", "erc20": "evm", "evm": "evm", "bsc": "evm", "bnb": "evm", "bep20": "evm",
	"polygon": "evm", "matic": "evm", "arbitrum": "evm", "arb": "evm", "optimism": "evm", "op": "evm",
	"base": "evm", "avax": "evm", "avalanche": "evm", "linea": "evm", "xlayer": "evm", "okc": "evm",
	"btc": "btc", "bitcoin": "btc", "ltc": "btc", "litecoin": "btc", "bch": "btc", "doge": "btc",
	"tron": "tron", "trx": "tron", "trc20": "tron",
	"sol": "sol", "solana": "sol", "spl": "sol",
}

// pendingStatuses are order statuses that mean "not credited yet".
var pendingStatuses = []string{"pending", "processing", "confirming", "unconfirmed", "waiting", "submitted"}

var (
	labelChain    = i18n.M(i18n.CheckTxChain)
	labelHash     = i18n.M(i18n.CheckTxHash)
	labelExplorer = i18n.M(i18n.CheckTxExplorer)
	labelOrder    = i18n.M(i18n.CheckTxOrder)
	labelFormat   = i18n.M(i18n.CheckTxFormat)

	msgTxNoInput  = i18n.M(i18n.CheckTxTxNoInput)
	msgTxUnknown  = i18n.M(i18n.CheckTxTxUnknown)
	fixTxUnknown  = i18n.M(i18n.CheckTxFixTxUnknown)
	msgTxBad      = i18n.M(i18n.CheckTxTxBad)
	fixTxBad      = i18n.M(i18n.CheckTxFixTxBad)
	msgTxPending  = i18n.M(i18n.CheckTxTxPending)
	fixTxDelay    = i18n.M(i18n.CheckTxFixTxDelay)
	msgTxOK       = i18n.M(i18n.CheckTxTxOK)
	msgTxCredited = i18n.M(i18n.CheckTxTxCredited)
)

// hashReasons explains hashProblem's answers.
var hashReasons = map[string]i18n.Text{
	"need_0x":     i18n.M(i18n.CheckTxNeed0x),
	"drop_0x":     i18n.M(i18n.CheckTxDrop0x),
	"address":     i18n.M(i18n.CheckTxAddress),
	"length":      i18n.M(i18n.CheckTxLength),
	"characters":  i18n.M(i18n.CheckTxCharacters),
	"sol_account": i18n.M(i18n.CheckTxSolAccount),
}

// hashFormats describes each family's format for the evidence.
var hashFormats = map[string]string{
	"evm":  "0x + 64 hex",
	"btc":  "64 hex",
	"tron": "64 hex",
	"sol":  "base58, 64 bytes",
}

// hashProblem returns "" when hash is well-formed for the family, else a
// key of hashReasons.
func hashProblem(family, hash string) string {
	switch family {
	case "evm":
		switch {
		case len(hash) == 64 && allHex(hash):
			return "need_0x"
		case !strings.HasPrefix(hash, "0x") && !strings.HasPrefix(hash, "0X"):
			return "characters"
		case len(hash) == 42 && allHex(hash[2:]):
			return "address"
		case len(hash) != 66:
			return "length"
		case !allHex(hash[2:]):
			return "characters"
		}
	case "btc", "tron":
		switch {
		case (strings.HasPrefix(hash, "0x") || strings.HasPrefix(hash, "0X")) && len(hash) == 66 && allHex(hash[2:]):
			return "drop_0x"
		case len(hash) >= 26 && len(hash) <= 62 && (hash[0] == 'T' || hash[0] == '1' || hash[0] == '3' || strings.HasPrefix(hash, "bc1")):
			return "address"
		case len(hash) != 64:
			return "length"
		case !allHex(hash):
			return "characters"
		}
	case "sol":
		b, err := decodeBase58(hash)
		switch {
		case err != nil:
			return "characters"
		case len(b) == 32:
			return "sol_account"
		case len(b) != 64:
			return "length"
		}
	}
	return ""
}

// txItem is one hash to check.
type txItem struct{ order, chain, hash, status string }

func runTx(ctx context.Context, p *diag.Pass) error {
	var items []txItem
	if h := strings.TrimSpace(p.Form("hash")); h != "" {
		items = append(items, txItem{chain: p.Form("chain"), hash: h})
	} else {
		for _, o := range p.Context().RecentOrders {
			if o.TxHash != "" {
				items = append(items, txItem{order: o.ID, chain: o.Chain, hash: o.TxHash, status: strings.ToLower(o.Status)})
			}
		}
	}
	if len(items) == 0 {
		p.Report(diag.Skipped(msgTxNoInput))
		return nil
	}
	for _, it := range items {
		txOne(p, it)
	}
	return nil
}

func txOne(p *diag.Pass, it txItem) {
	chain := strings.ToLower(strings.TrimSpace(it.chain))
	ev := []diag.Evidence{evidence(labelChain, clip(chain, 20)), evidence(labelHash, clip(it.hash, 100))}
	if it.order != "" {
		ev = append([]diag.Evidence{evidence(labelOrder, clip(it.order, 64))}, ev...)
	}
	family, ok := chainFamily[chain]
	if !ok {
		p.Report(newFinding(diag.CodeTxChainUnknown, diag.StatusWarn, msgTxUnknown.Format(clip(chain, 20)), fixTxUnknown, ev...))
		return
	}
	if why := hashProblem(family, it.hash); why != "" {
		p.Report(newFinding(diag.CodeTxHashMalformed, diag.StatusFail, msgTxBad.Format(chain, hashReasons[why]), fixTxBad,
			append(ev, evidence(labelFormat, hashFormats[family]))...))
		return
	}
	if link := explorerLink(p.Platform(), chain, family, it.hash); link != "" {
		ev = append(ev, evidence(labelExplorer, link))
	}
	switch {
	case it.order != "" && (it.status == "" || contains(pendingStatuses, it.status)):
		p.Report(newFinding(diag.CodeTxDepositPending, diag.StatusWarn, msgTxPending.Format(clip(it.order, 64)), fixTxDelay, ev...))
	case it.order != "":
		p.Report(newFinding(diag.CodeTxOK, diag.StatusPass, msgTxCredited.Format(clip(it.order, 64)), i18n.Text{}, ev...))
	default:
		// A hash typed in the panel: the merchant is usually chasing a
		// deposit, so the fix is the deposit-delay flow.
		p.Report(newFinding(diag.CodeTxOK, diag.StatusPass, msgTxOK.Format(chain), fixTxDelay, ev...))
	}
}

// explorerLink fills the manifest's explorer template for the chain (or its
// family) with the hash; "" when there is none or it is not https. Chains
// are matched without regard to case: manifests key them "ETH", orders and
// the form say "eth".
func explorerLink(plat *diag.Platform, chain, family, hash string) string {
	if plat == nil {
		return ""
	}
	tmpl, ok := explorerFor(plat.Explorers, chain)
	if !ok {
		tmpl, ok = explorerFor(plat.Explorers, family)
	}
	if !ok || !strings.HasPrefix(tmpl, "https://") || !strings.Contains(tmpl, "{hash}") {
		return ""
	}
	return strings.ReplaceAll(tmpl, "{hash}", url.PathEscape(hash))
}

// explorerFor looks chain up in explorers without regard to case.
func explorerFor(explorers map[string]string, chain string) (string, bool) {
	if tmpl, ok := explorers[chain]; ok {
		return tmpl, true
	}
	for k, tmpl := range explorers {
		if strings.EqualFold(k, chain) {
			return tmpl, true
		}
	}
	return "", false
}
