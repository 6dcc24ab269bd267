package report

import (
	"strings"
)

// findKeys finds private keys written as strings: WIF, BIP-32 extended
// private keys, BIP-38 encrypted keys, and 64-hex keys said to be private.
func findKeys(text string) []Match {
	var ms []Match
	// Base58 words: maximal runs of the alphabet not glued to other letters.
	for i := 0; i < len(text); {
		if !isBase58(text[i]) || isWordByte(byteBefore(text, i)) {
			i++
			continue
		}
		j := i
		for j < len(text) && isBase58(text[j]) {
			j++
		}
		if !isWordByte(byteAt(text, j)) {
			if k, ok := base58Key(text[i:j]); ok {
				ms = append(ms, Match{i, j, k})
			}
		}
		i = j
	}
	ms = append(ms, findHexKeys(text)...)
	return ms
}

// extendedPrivatePrefixes are the version prefixes of BIP-32 extended private
// keys: mainnet and testnet, for legacy (x/t), nested SegWit (y/u), native
// SegWit (z/v) and their multisig variants (Y/Z/U/V). The public forms
// (xpub, ypub, …) are public data and stay.
var extendedPrivatePrefixes = []string{"xprv", "tprv", "yprv", "zprv", "uprv", "vprv", "Yprv", "Zprv", "Uprv", "Vprv"}

// base58Key reports whether w is a private key and which kind.
func base58Key(w string) (Kind, bool) {
	switch {
	case len(w) >= 100 && len(w) <= 115 && hasAnyPrefix(w, extendedPrivatePrefixes):
		// The prefix alone is decisive; a key with a typo is still a key.
		return KindXPrv, true
	case len(w) == 58 && strings.HasPrefix(w, "6P"):
		return KindBIP38, true
	case len(w) == 51 || len(w) == 52:
		// WIF: version 0x80 (mainnet) or 0xEF (testnet), 32 key bytes, and a
		// 0x01 suffix when the public key is compressed. The checksum
		// keeps other base58 strings of that length out.
		p, ok := base58Check(w)
		if !ok || (p[0] != 0x80 && p[0] != 0xEF) {
			return "", false
		}
		if len(p) == 33 || len(p) == 34 && p[33] == 0x01 {
			return KindWIF, true
		}
	}
	return "", false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// A 64-hex value is a transaction hash as often as a private key, so the
// words near it decide. privateWords mark a key; publicWords mark a hash.
// The nearest such word before the value wins; if none precedes it, one
// right after it ("… is my private key") decides. Without any, it stays:
// the rule is that transaction hashes are kept.
var (
	privateWords = []string{"private key", "private_key", "privatekey", "priv key", "privkey", "priv_key",
		"secret key", "secret_key", "secretkey", "secret", "私钥", "密钥", "秘钥", "私鑰", "密鑰"}
	publicWords = []string{"txid", "tx id", "tx_id", "tx hash", "txhash", "tx_hash", "tx:", "transaction",
		"hash", "block", "交易", "哈希", "区块", "區塊", "订单", "order"}
)

const (
	contextBefore = 80
	contextAfter  = 32
)

func findHexKeys(text string) []Match {
	var ms []Match
	for i := 0; i < len(text); {
		if !isHex(text[i]) || isWordByte(byteBefore(text, i)) {
			i++
			continue
		}
		j := i
		for j < len(text) && isHex(text[j]) {
			j++
		}
		start := i
		if j-i == 64 && !isWordByte(byteAt(text, j)) {
			if i >= 2 && text[i-2] == '0' && (text[i-1] == 'x' || text[i-1] == 'X') && !isWordByte(byteBefore(text, i-2)) {
				start = i - 2
			}
			if saidPrivate(text, start, j) {
				ms = append(ms, Match{start, j, KindPrivateKey})
			}
		}
		// The "0x" prefix stops the scan at 'x'; a run starting with "0x"
		// is seen from the character after it.
		i = j
		if i < len(text) && (text[i] == 'x' || text[i] == 'X') {
			i++
		}
	}
	return ms
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// saidPrivate applies the context rule to the value text[start:end].
func saidPrivate(text string, start, end int) bool {
	from := start - contextBefore
	if from < 0 {
		from = 0
	}
	before := strings.ToLower(text[from:start])
	priv := lastIndexAny(before, privateWords)
	pub := lastIndexAny(before, publicWords)
	if priv >= 0 || pub >= 0 {
		return priv > pub
	}
	to := end + contextAfter
	if to > len(text) {
		to = len(text)
	}
	after := strings.ToLower(text[end:to])
	priv = firstIndexAny(after, privateWords)
	pub = firstIndexAny(after, publicWords)
	return priv >= 0 && (pub < 0 || priv < pub)
}

// lastIndexAny returns the position of the end of the last occurrence of any
// word in s, or -1. Comparing ends makes "tx hash" after "private key" win.
func lastIndexAny(s string, words []string) int {
	best := -1
	for _, w := range words {
		if i := strings.LastIndex(s, w); i >= 0 && i+len(w) > best {
			best = i + len(w)
		}
	}
	return best
}

func firstIndexAny(s string, words []string) int {
	best := -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}
