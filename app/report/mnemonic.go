package report

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/triage-widget/triage/app/report/bip39"
)

// A mnemonic is recognised as a run of consecutive wordlist words of one
// language. Two rules keep ordinary writing out:
//
//   - In the alphabetic and syllabic lists (English, Japanese kana, Korean,
//     Spanish, …) a run of 12 or more list words is a seed phrase even if its
//     checksum fails: ordinary prose uses short function words ("the", "de",
//     "и") that the lists leave out, so twelve list words in a row do not
//     happen by chance, and a mistyped phrase is still a secret.
//   - The Chinese lists are 2048 everyday characters, so a Chinese sentence is
//     mostly list words, and a clause between two commas passes a 12-word
//     checksum one time in sixteen (the support guides in shared/seeds have
//     three such clauses). There a run counts when its characters are spaced
//     apart, as wallets display and copy them. Characters written together
//     count only right after a label that says what they are ("助记词：") and
//     when they pass the checksum: either alone lets ordinary writing in.

// token is one word of the text: a run of letters, or a single Han character.
type token struct {
	start, end int
	canon      string
	han        bool
}

// maxGap bounds the bytes between two words of one phrase: spaces, commas,
// line breaks and list numbering ("1. abandon 2. ability") fit in it, a
// sentence does not.
const maxGap = 16

func findMnemonics(text string) []Match {
	toks := tokenize(text)
	if len(toks) < 12 {
		return nil
	}
	var ms []Match
	var han []*bip39.Language
	for _, l := range bip39.Languages() {
		ms = append(ms, mnemonicsIn(text, toks, l)...)
		if l.Ideographic {
			han = append(han, l)
		}
	}
	return append(ms, labelledHanMnemonics(text, han)...)
}

// mnemonicLabels announce a seed phrase. They are matched case-insensitively
// in ASCII.
var mnemonicLabels = []string{"助记词", "助記詞", "助记码", "记忆词", "種子詞", "种子词", "种子短语", "恢复短语",
	"mnemonic", "seed phrase", "seed words", "recovery phrase"}

// labelledHanMnemonics finds Chinese phrases written without spaces right
// after a label, in one of the lists langs.
func labelledHanMnemonics(text string, langs []*bip39.Language) []Match {
	var ms []Match
	lower := asciiLower(text)
	for _, label := range mnemonicLabels {
		for from := 0; ; {
			i := strings.Index(lower[from:], label)
			if i < 0 {
				break
			}
			from = i + from + len(label)
		starts:
			for _, start := range phraseStarts(text, from) {
				for _, l := range langs {
					if end, ok := hanPhraseAt(text, start, l); ok {
						ms = append(ms, Match{start, end, KindMnemonic})
						break starts
					}
				}
			}
		}
	}
	return ms
}

// phraseStarts are where a phrase after a label may start: past the spaces
// and punctuation, and also past "是", "为" or "如下" ("助记词是…"), which are
// list words themselves, so both are tried.
func phraseStarts(text string, i int) []int {
	skip := func(i int) int {
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
				break
			}
			i += n
		}
		return i
	}
	i = skip(i)
	starts := []int{i}
	for _, w := range []string{"如下", "是", "为", "為"} {
		if strings.HasPrefix(text[i:], w) {
			starts = append(starts, skip(i+len(w)))
			break
		}
	}
	return starts
}

// hanPhraseAt reports whether the Han characters at text[start:] are a valid
// mnemonic of language l (the longest of 24, 21, …, 12 characters that ends
// where they do and passes the checksum), and where it ends.
func hanPhraseAt(text string, start int, l *bip39.Language) (int, bool) {
	var idx []int
	var ends []int
	for i := start; len(idx) < 24 && i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		k, ok := l.IndexCanonical(text[i : i+n])
		if !ok {
			break
		}
		idx = append(idx, k)
		i += n
		ends = append(ends, i)
	}
	for n := len(idx) / 3 * 3; n >= 12; n -= 3 {
		// The phrase must end where the characters do: with a mark, a space
		// or the end of the text. Inside a sentence that goes on, a run
		// passing the checksum is chance (one in sixteen).
		if r, _ := utf8.DecodeRuneInString(text[ends[n-1]:]); unicode.Is(unicode.Han, r) {
			continue
		}
		if bip39.ValidChecksum(idx[:n]) && uniformEnough(idx[:n]) {
			return ends[n-1], true
		}
	}
	return 0, false
}

// tokenize splits text into words with their byte offsets.
func tokenize(text string) []token {
	var toks []token
	start := -1
	flush := func(end int) {
		if start >= 0 {
			toks = append(toks, token{start: start, end: end, canon: bip39.Canonical(text[start:end])})
			start = -1
		}
	}
	for i, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			flush(i)
			end := i + utf8.RuneLen(r)
			toks = append(toks, token{start: i, end: end, canon: text[i:end], han: true})
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == 0x309B || r == 0x309C:
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(text))
	return toks
}

// gapKind classifies what lies between two tokens.
type gapKind int

const (
	gapNone   gapKind = iota // adjacent: only possible between Han characters
	gapSpaced                // a separator a phrase can have
	gapBreak                 // anything else ends the run
)

func gap(text string, a, b token) gapKind {
	if a.end == b.start {
		return gapNone
	}
	if b.start-a.end > maxGap {
		return gapBreak
	}
	for _, r := range text[a.end:b.start] {
		if !(unicode.IsSpace(r) || unicode.IsDigit(r) || unicode.IsPunct(r)) {
			return gapBreak
		}
	}
	return gapSpaced
}

// mnemonicsIn finds the runs of language l's words.
func mnemonicsIn(text string, toks []token, l *bip39.Language) []Match {
	var ms []Match
	idx := make([]int, len(toks))
	for i, t := range toks {
		idx[i] = -1
		if t.han == l.Ideographic {
			if k, ok := l.IndexCanonical(t.canon); ok {
				idx[i] = k
			}
		}
	}
	for i := 0; i < len(toks); {
		if idx[i] < 0 {
			i++
			continue
		}
		// Extend the run while the next token is a word and the separator
		// fits; an ideographic run is either all spaced or all adjacent.
		j := i + 1
		var kind gapKind = -1
		for j < len(toks) && idx[j] >= 0 {
			g := gap(text, toks[j-1], toks[j])
			if g == gapBreak || (l.Ideographic && kind >= 0 && g != kind) {
				break
			}
			if !l.Ideographic && g == gapNone {
				break
			}
			kind = g
			j++
		}
		n := j - i
		if n >= 12 && (!l.Ideographic || kind == gapSpaced) {
			ms = append(ms, Match{toks[i].start, toks[j-1].end, KindMnemonic})
		}
		if l.Ideographic && n >= 2 && j < len(toks) && idx[j] >= 0 && gap(text, toks[j-1], toks[j]) != gapBreak {
			// The run stopped because the spacing changed; its last word
			// may start the next run.
			i = j - 1
			continue
		}
		i = j
	}
	return ms
}

// uniformEnough reports whether word indices look drawn at random, as a
// phrase's are, rather than written. The Chinese lists are ordered by how
// common a character is, so writing keeps to low indices. With i uniform on
// 0..2047, ln(2048/(i+1)) is about exponential with mean 1, so the sum over
// n words is about n. A bound of 2n lets through all but 0.2% of random
// 12-word phrases (fewer of longer ones) and rejects 94% of the
// twelve-character runs of list characters in ordinary Chinese writing.
// With the label and the checksum (one in sixteen), a sentence after
// "助记词" is not taken for a phrase.
func uniformEnough(idx []int) bool {
	var sum float64
	for _, i := range idx {
		sum += math.Log(2048 / float64(i+1))
	}
	return sum <= float64(2*len(idx))
}
