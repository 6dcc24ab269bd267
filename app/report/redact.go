package report

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind names what a redacted secret was. It appears in the output as
// [REDACTED:kind], so the support agent knows something was there and what,
// without seeing it.
type Kind string

// The kinds of secret the redactor recognises, in the order it prefers them
// when two findings overlap (an explicit secret beats anything guessed).
const (
	KindSecret     Kind = "secret"      // a value the caller says is secret (typed in a secret field)
	KindMnemonic   Kind = "mnemonic"    // a BIP-39 seed phrase, any of the twelve languages
	KindXPrv       Kind = "xprv"        // a BIP-32 extended private key (xprv, tprv, yprv, zprv, …)
	KindWIF        Kind = "wif"         // a private key in Wallet Import Format
	KindBIP38      Kind = "bip38"       // a BIP-38 encrypted private key (6P…)
	KindPrivateKey Kind = "private-key" // 64 hex digits said to be a private key
	KindJWT        Kind = "jwt"         // a JSON Web Token
	KindBearer     Kind = "bearer"      // an HTTP bearer or basic credential
	KindToken      Kind = "token"       // access_token=… and the like
	KindPassword   Kind = "password"    // the value after "password", "密码", "passphrase", …
	KindCode       Kind = "code"        // a one-time verification code
)

// Kinds lists every kind, most preferred first.
var Kinds = []Kind{KindSecret, KindMnemonic, KindXPrv, KindWIF, KindBIP38, KindPrivateKey,
	KindJWT, KindBearer, KindToken, KindPassword, KindCode}

func (k Kind) rank() int {
	for i, x := range Kinds {
		if x == k {
			return i
		}
	}
	return len(Kinds)
}

// Placeholder is what replaces a secret of kind k.
func Placeholder(k Kind) string { return "[REDACTED:" + string(k) + "]" }

// placeholderPrefix starts every placeholder; detectors skip values that
// begin with it so that redacting twice changes nothing.
const placeholderPrefix = "[REDACTED:"

// Match is one secret found in a text: the bytes text[Start:End].
type Match struct {
	Start, End int
	Kind       Kind
}

// Find returns the secrets in text, sorted and not overlapping. secrets are
// values the caller knows to be secret (what the merchant typed into the
// panel's secret fields); every occurrence of each is found, whatever its
// surroundings. Values shorter than four bytes are matched only as whole
// words, so a one-letter passphrase does not blank every "a".
//
// Public data is left alone: addresses, xpubs, transaction hashes, UUIDs and
// order numbers are not secrets and the support agent needs them.
func Find(text string, secrets ...string) []Match {
	var ms []Match
	ms = append(ms, findSecrets(text, secrets)...)
	ms = append(ms, findMnemonics(text)...)
	ms = append(ms, findKeys(text)...)
	ms = append(ms, findCredentials(text)...)
	ms = append(ms, copiesOf(text, ms)...)
	return merge(ms)
}

// minCopyLen is the shortest found secret whose other copies are looked
// for: long enough that a copy is not a coincidence (a one-time code is not).
const minCopyLen = 16

// copiesOf finds every other occurrence of the secrets in ms. A detector
// sees a value where its context says what it is ("my private key …"); the
// same value elsewhere, even glued inside a longer run where no detector
// would look at it, is the same secret.
func copiesOf(text string, ms []Match) []Match {
	var out []Match
	for _, m := range ms {
		v := text[m.Start:m.End]
		if m.Kind == KindPrivateKey && len(v) > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X') {
			v = v[2:]
		}
		if len(v) < minCopyLen {
			continue
		}
		for i := 0; ; {
			k := strings.Index(text[i:], v)
			if k < 0 {
				break
			}
			out = append(out, Match{i + k, i + k + len(v), m.Kind})
			i += k + 1
		}
	}
	return out
}

// Redact returns text with every secret Find reports replaced by its
// placeholder.
func Redact(text string, secrets ...string) string {
	ms := Find(text, secrets...)
	if len(ms) == 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for _, m := range ms {
		b.WriteString(text[last:m.Start])
		b.WriteString(Placeholder(m.Kind))
		last = m.End
	}
	b.WriteString(text[last:])
	return b.String()
}

// Contains reports whether text holds anything Find would redact. The panel
// uses it to warn at once when a paste looks like a seed phrase or a key.
func Contains(text string, secrets ...string) bool { return len(Find(text, secrets...)) > 0 }

// merge sorts the matches and joins overlapping ones, so that a secret found
// twice (say as a password value and as a hex key) is replaced once and no
// piece of it survives between two placeholders. The joined match takes the
// most preferred kind.
func merge(ms []Match) []Match {
	if len(ms) < 2 {
		return ms
	}
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	out := ms[:1]
	for _, m := range ms[1:] {
		last := &out[len(out)-1]
		if m.Start < last.End {
			if m.End > last.End {
				last.End = m.End
			}
			if m.Kind.rank() < last.Kind.rank() {
				last.Kind = m.Kind
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// findSecrets finds every occurrence, overlapping ones included, of the
// caller's secret values. A value is matched trimmed and with its spaces
// normalised: copied with a double-click it often carries a space at either
// end, and a passphrase retyped in the notes may wrap or double a space.
func findSecrets(text string, secrets []string) []Match {
	var ms []Match
	for _, s := range secrets {
		words := strings.Fields(s)
		if len(words) == 0 {
			continue
		}
		if len(s) >= 4 && s != strings.Join(words, " ") {
			// The value as given, too: trimmed, it may be short enough to
			// be matched only as a whole word. Its spaces stay.
			lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
			core := len(strings.TrimSpace(s))
			for from := 0; ; {
				i := strings.Index(text[from:], s)
				if i < 0 {
					break
				}
				ms = append(ms, Match{from + i + lead, from + i + lead + core, KindSecret})
				from += i + 1
			}
		}
		first := words[0]
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], first)
			if i < 0 {
				break
			}
			start := from + i
			from = start + 1
			end, ok := matchRest(text, start+len(first), words[1:])
			if !ok {
				continue
			}
			if end-start >= 4 || (!isWordByte(byteBefore(text, start)) && !isWordByte(byteAt(text, end))) {
				ms = append(ms, Match{start, end, KindSecret})
			}
		}
	}
	return ms
}

// matchRest matches words at text[i:], each after a run of white space, and
// returns where the last one ends.
func matchRest(text string, i int, words []string) (int, bool) {
	for _, w := range words {
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsSpace(r) {
				break
			}
			j += n
		}
		if j == i || !strings.HasPrefix(text[j:], w) {
			return 0, false
		}
		i = j + len(w)
	}
	return i, true
}

func byteBefore(s string, i int) byte {
	if i <= 0 || i > len(s) {
		return 0
	}
	return s[i-1]
}

func byteAt(s string, i int) byte {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

// isWordByte reports ASCII letters, digits and underscore: the bytes that
// continue an ASCII word. Bytes of multi-byte UTF-8 characters are not word
// bytes, so "密码abc" still has a boundary before "abc".
func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
