// Package bip39 holds the BIP-39 wordlists of twelve languages and the
// mnemonic checksum, for the redactor: it recognises seed phrases so that they
// never leave the panel. It does not generate mnemonics or derive seeds.
//
// Words are compared in a canonical form (see Canonical), so a phrase typed in
// NFC, pasted in NFKD, or written with capitals is recognised all the same.
package bip39

import (
	"embed"
	"strings"
	"sync"
)

//go:embed wordlists/*.txt
var files embed.FS

// Language is one BIP-39 wordlist.
type Language struct {
	// Name is the list's file name, as python-mnemonic names it: "english",
	// "chinese_simplified", "japanese", …
	Name string
	// Ideographic is true for the Chinese lists, whose words are single
	// characters. A run of Chinese characters is ordinary writing far more
	// often than a mnemonic, so the redactor trusts only the checksum there.
	Ideographic bool

	words []string
	index map[string]int
}

// names lists the languages in the order the redactor tries them.
var names = []string{
	"english", "chinese_simplified", "chinese_traditional", "japanese", "korean",
	"spanish", "french", "italian", "czech", "portuguese", "russian", "turkish",
}

var (
	loadOnce  sync.Once
	languages []*Language
)

// Languages returns the twelve wordlists. They are parsed on first use, so a
// widget that never redacts never pays for them.
func Languages() []*Language {
	loadOnce.Do(load)
	return languages
}

func load() {
	for _, name := range names {
		data, err := files.ReadFile("wordlists/" + name + ".txt")
		if err != nil {
			panic("bip39: missing wordlist " + name) // the embed pattern guarantees it
		}
		words := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		if len(words) != 2048 {
			panic("bip39: wordlist " + name + " does not have 2048 words")
		}
		l := &Language{Name: name, Ideographic: strings.HasPrefix(name, "chinese"), words: words,
			index: make(map[string]int, len(words)*5/4)}
		var marked []int // words with accents, by index
		for i, w := range words {
			c := canonical(w, false)
			l.index[c] = i
			if hasMarks(c) {
				marked = append(marked, i)
			}
		}
		// Accept words typed without their accents (ábaco as abaco), as many
		// wallets do, but only where that cannot make two words collide.
		for _, i := range marked {
			bare := stripMarks(canonical(words[i], false))
			if _, taken := l.index[bare]; !taken {
				l.index[bare] = i
			}
		}
		languages = append(languages, l)
	}
}

// Index returns the position of word in the list. The word may be in any
// normalisation form and letter case.
func (l *Language) Index(word string) (int, bool) {
	i, ok := l.index[Canonical(word)]
	return i, ok
}

// IndexCanonical is Index for a word already passed through Canonical; the
// redactor canonicalises each token once and looks it up in every language.
func (l *Language) IndexCanonical(canonical string) (int, bool) {
	i, ok := l.index[canonical]
	return i, ok
}

// Word returns the word at index i (0 ≤ i < 2048) in NFC.
func (l *Language) Word(i int) string { return l.words[i] }
