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
	Title: i18n.T("交易哈希", "Transaction"),
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
			{Name: "chain", Label: i18n.T("链", "Chain"), Kind: diag.KindChoice, Options: TxChains, Open: true},
			{Name: "hash", Label: i18n.T("交易哈希（TX ID）", "Transaction hash (TX ID)")},
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
	labelChain    = i18n.T("链", "chain")
	labelHash     = i18n.T("交易哈希", "transaction hash")
	labelExplorer = i18n.T("区块浏览器", "block explorer")
	labelOrder    = i18n.T("订单", "order")
	labelFormat   = i18n.T("应为", "expected")

	msgTxNoInput  = i18n.T("没有交易哈希可检查。", "There is no transaction hash to check.")
	msgTxUnknown  = i18n.T("不认识的链“%s”，无法检查哈希格式。", "Unknown chain %q: the hash format cannot be checked.")
	fixTxUnknown  = i18n.T("使用常见的链名（eth、btc、tron、sol、bsc、polygon…）；在平台的充值页面确认所用网络。", "Use a common chain name (eth, btc, tron, sol, bsc, polygon…); check the network on the platform's deposit page.")
	msgTxBad      = i18n.T("这不是有效的 %s 交易哈希：%s。", "This is not a valid %s transaction hash: %s.")
	fixTxBad      = i18n.T("从钱包或交易所的提现记录中复制完整的交易哈希（TX ID），不要复制地址或订单号。", "Copy the whole transaction hash (TX ID) from the wallet's or exchange's withdrawal record, not an address or an order number.")
	msgTxPending  = i18n.T("订单 %s 的链上转账尚未到账。", "The on-chain transfer of order %s has not been credited yet.")
	fixTxDelay    = i18n.T("1. 区块确认需要时间，取决于网络拥堵程度；2. 核对收款地址、网络（链）和金额是否正确；3. 在区块浏览器中查询该交易是否已被确认；4. 如果已确认但仍未到账，请联系客服并提供交易哈希和订单号。", "1. Confirmations take time, depending on how busy the network is; 2. check the receiving address, the network (chain) and the amount; 3. look the transaction up on the block explorer to see whether it is confirmed; 4. if it is confirmed but still not credited, contact support with the transaction hash and the order number.")
	msgTxOK       = i18n.T("%s 交易哈希格式正确。", "The %s transaction hash is well-formed.")
	msgTxCredited = i18n.T("订单 %s 的交易已到账。", "The transaction of order %s has been credited.")
)

// hashReasons explains hashProblem's answers.
var hashReasons = map[string]i18n.Text{
	"need_0x":     i18n.T("缺少 0x 前缀", "the 0x prefix is missing"),
	"drop_0x":     i18n.T("该链的哈希不带 0x 前缀", "hashes on this chain have no 0x prefix"),
	"address":     i18n.T("看起来是地址，而不是交易哈希", "it looks like an address, not a transaction hash"),
	"length":      i18n.T("长度不对", "the length is wrong"),
	"characters":  i18n.T("含有非法字符", "it contains invalid characters"),
	"sol_account": i18n.T("解码为 32 字节，是账户地址而不是交易签名", "it decodes to 32 bytes: an account address, not a transaction signature"),
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
