package report

import (
	"strconv"
	"strings"

	"github.com/triage-widget/triage/app/base58"
)

// findKeys finds private keys written as strings: WIF, BIP-32 extended
// private keys, BIP-38 encrypted keys, Solana keypairs, and 64-hex keys said
// to be private.
func findKeys(text string) []Match {
	var ms []Match
	// Base58 words: maximal runs of the alphabet not glued to other letters.
	type word struct {
		start, end int
		key        bool
	}
	var words []word
	for i := 0; i < len(text); {
		if !base58.IsDigit(text[i]) || isWordByte(byteBefore(text, i)) {
			i++
			continue
		}
		j := i
		for j < len(text) && base58.IsDigit(text[j]) {
			j++
		}
		if !isWordByte(byteAt(text, j)) {
			w := word{start: i, end: j}
			if k, ok := base58KeyIn(text, i, j); ok {
				ms = append(ms, Match{i, j, k})
				w.key = true
			}
			words = append(words, w)
		}
		i = j
	}
	// A key broken across lines, as a narrow window or a mail client
	// wraps it: two or three pieces with only a line break between them.
	for a := range words {
		if words[a].key {
			continue
		}
		joined := text[words[a].start:words[a].end]
		for b := a + 1; b < len(words) && b <= a+2 && !words[b].key && lineBreak(text[words[b-1].end:words[b].start]); b++ {
			joined += text[words[b].start:words[b].end]
			if k, ok := base58Key(joined); ok || isKeypair(joined) && saidPrivate(text, words[a].start, words[b].end) {
				if !ok {
					k = KindPrivateKey
				}
				ms = append(ms, Match{words[a].start, words[b].end, k})
				break
			}
		}
	}
	ms = append(ms, findHexKeys(text)...)
	ms = append(ms, findKeypairArrays(text)...)
	return ms
}

// lineBreak reports a gap of one line break with spaces around it.
func lineBreak(gap string) bool {
	return len(gap) <= 6 && strings.Count(gap, "\n") == 1 && strings.Trim(gap, " \t\r\n") == ""
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
		p, ok := base58.DecodeCheck(w)
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

// A 64-hex value (or a 64-byte base58 one) is a transaction hash (or
// signature) as often as a private key, so the
// words near it decide. privateWords mark a key; publicWords mark a hash.
// The nearest such word before the value wins; if none precedes it, one
// right after it ("… is my private key") decides. Without any, it stays:
// the rule is that transaction hashes are kept.
var (
	privateWords = []string{"private key", "private_key", "privatekey", "priv key", "privkey", "priv_key",
		"secret key", "secret_key", "secretkey", "secret", "私钥", "密钥", "秘钥", "私鑰", "密鑰"}
	publicWords = []string{"txid", "tx id", "tx_id", "tx hash", "txhash", "tx_hash", "tx:", "transaction",
		"hash", "block", "交易", "哈希", "区块", "區塊", "订单", "order", "signature", "签名", "/tx/"}
)

const (
	contextBefore = 80
	contextAfter  = 32
)

// hexRun is a run of hex digits standing as a word of its own, with its
// "0x" prefix if it has one.
type hexRun struct{ start, digits, end int }

func hexRuns(text string) []hexRun {
	var runs []hexRun
	for i := 0; i < len(text); {
		if !isHex(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isHex(text[j]) {
			j++
		}
		start := i
		switch {
		case j < len(text) && (text[j] == 'x' || text[j] == 'X') && j-i == 1 && text[i] == '0' && !isWordByte(byteBefore(text, i)):
			// "0x": the digits start after the 'x'.
			k := j + 1
			m := k
			for m < len(text) && isHex(text[m]) {
				m++
			}
			if m > k && !isWordByte(byteAt(text, m)) {
				runs = append(runs, hexRun{start, k, m})
			}
			i = max(m, k)
			continue
		case !isWordByte(byteBefore(text, i)) && !isWordByte(byteAt(text, j)):
			runs = append(runs, hexRun{start, i, j})
		}
		i = j
	}
	return runs
}

// maxGroupGap bounds what may stand between the groups of one key written
// in groups ("e987 3d79 …") or broken across lines.
const maxGroupGap = 3

func groupGap(s string) bool {
	if len(s) == 0 || len(s) > maxGroupGap {
		return false
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(" \t\r\n-", s[i]) < 0 {
			return false
		}
	}
	return true
}

// findHexKeys finds 64 hex digits said to be a private key: in one run, with
// or without "0x", or in groups separated by spaces, dashes or line breaks.
// Every run of groups adding up to 64 digits is tried, so a hex word before
// the key ("私钥 added e987 3d79 …") does not hide it.
func findHexKeys(text string) []Match {
	var ms []Match
	runs := hexRuns(text)
	for a := range runs {
		n := runs[a].end - runs[a].digits
		b := a
		for n < 64 && b+1 < len(runs) && runs[b+1].digits == runs[b+1].start && groupGap(text[runs[b].end:runs[b+1].start]) {
			b++
			n += runs[b].end - runs[b].digits
		}
		if n != 64 {
			continue
		}
		start, end := runs[a].start, runs[b].end
		if saidPrivate(text, start, end) {
			ms = append(ms, Match{start, end, KindPrivateKey})
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

// base58KeyIn is base58Key for the word text[i:j], and also finds a Solana
// keypair (the 32-byte seed, then its public key; 64 bytes) said to be
// private. A transaction signature has the same length, and telling them
// apart by the bytes would mean deriving the public key, which costs the
// widget an elliptic-curve implementation; so, as for 64-hex keys, the words
// around decide.
func base58KeyIn(text string, i, j int) (Kind, bool) {
	if k, ok := base58Key(text[i:j]); ok {
		return k, true
	}
	if isKeypair(text[i:j]) && saidPrivate(text, i, j) {
		return KindPrivateKey, true
	}
	return "", false
}

// isKeypair reports whether w is 64 bytes in base58.
func isKeypair(w string) bool {
	if len(w) < 86 || len(w) > 88 {
		return false
	}
	b, ok := base58.Decode(w)
	return ok && len(b) == 64
}

// findKeypairArrays finds Solana keypairs in the JSON form of solana-keygen's
// key files: 64 numbers from 0 to 255 in brackets. Signatures are not
// written so.
func findKeypairArrays(text string) []Match {
	var ms []Match
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '[')
		if i < 0 {
			return ms
		}
		i += from
		from = i + 1
		end := strings.IndexByte(text[i:], ']')
		if end < 0 {
			return ms
		}
		end += i + 1
		// 64 numbers of up to three digits, commas and spaces.
		if end-i < 64*2 || end-i > 64*6 {
			continue
		}
		parts := strings.Split(text[i+1:end-1], ",")
		if len(parts) != 64 {
			continue
		}
		b := make([]byte, 0, 64)
		for _, p := range parts {
			n, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil || n < 0 || n > 255 {
				break
			}
			b = append(b, byte(n))
		}
		if len(b) == 64 {
			ms = append(ms, Match{i, end, KindPrivateKey})
			from = end
		}
	}
}
