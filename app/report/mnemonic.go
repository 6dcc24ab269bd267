package report

import (
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
//     three such clauses). There a run counts only when its characters are
//     spaced apart, as wallets display and copy them; characters written
//     together are never taken for a mnemonic.

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
	for _, l := range bip39.Languages() {
		ms = append(ms, mnemonicsIn(text, toks, l)...)
	}
	return ms
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
