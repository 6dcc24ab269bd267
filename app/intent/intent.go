package intent

import (
	"slices"
	"strings"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// Score is a category's score for a text: a short keyword found counts
// 200, a term shared with the category's texts 60 divided by the number of
// categories that use it.
type Score struct {
	Category string
	Score    int
}

// Match is what a text points to.
type Match struct {
	// Ranked are the categories the text has some evidence for, best
	// first (manifest order among equals); empty for gibberish.
	Ranked []Score
	// Best is the category the text clearly points to, "" when none does
	// or two are too close to tell.
	Best string
	// Emergency says the text points to a compromise ("被盗", "hacked"):
	// Best is then the manifest's emergency category, or "" when it has
	// none and the panel must take its own emergency path.
	Emergency bool
}

const (
	// termUnit is a shared term's worth when one category alone uses it.
	termUnit = 60
	// minShown is the least score Ranked lists: one distinctive term.
	minShown = termUnit
	// minBest is the least score Best needs: one keyword, or about four
	// distinctive terms.
	minBest = weightShort
	// compromiseBoost puts the emergency category above every other on a
	// compromise.
	compromiseBoost = 10 * weightLong
	// maxText bounds the work per keystroke: a description longer than
	// this is matched on its beginning.
	maxText = 2000
)

// Index is a manifest's categories made ready for matching. It is built
// once per manifest and read only, so it may be shared.
type Index struct {
	ids       []string
	keywords  [][]pattern      // per category
	denied    []bool           // per category: whether a negated keyword does not count
	terms     map[string][]int // term → the categories whose texts use it
	emergency int              // the first emergency category, -1 if none
}

// New indexes a manifest's categories: their keywords in every language,
// and the terms of their title, summary, symptoms, steps, keywords and
// the labels and notes of the channels their rules route to.
func New(m *manifest.Manifest) *Index {
	x := &Index{terms: map[string][]int{}, emergency: -1}
	if m == nil {
		return x
	}
	for ci, c := range m.Categories {
		x.ids = append(x.ids, c.ID)
		emergency := c.Urgency == manifest.UrgencyEmergency
		if emergency && x.emergency < 0 {
			x.emergency = ci
		}
		x.denied = append(x.denied, emergency)
		var pats []pattern
		var texts []string
		for _, l := range i18n.Langs {
			for _, w := range c.Keywords.In(l) {
				if p, ok := newPattern(w); ok {
					pats = append(pats, p)
				}
				texts = append(texts, w)
			}
		}
		x.keywords = append(x.keywords, pats)
		add := func(t i18n.Text) {
			for _, l := range i18n.Langs {
				texts = append(texts, t.In(l))
			}
		}
		add(c.Title)
		add(c.Summary)
		for _, s := range c.Symptoms {
			add(s)
		}
		for _, s := range c.Flow {
			add(s.Text)
		}
		for _, r := range m.Rules {
			if slices.Contains(r.When.Categories, c.ID) {
				for _, id := range r.Route {
					if ch, ok := m.Channel(id); ok {
						add(ch.Label)
						add(ch.Note)
					}
				}
			}
		}
		for _, t := range uniqueTerms(tokens(strings.Join(texts, "\n"))) {
			x.terms[t] = append(x.terms[t], ci)
		}
	}
	// A term most categories use tells them apart no better than chance.
	for t, cats := range x.terms {
		if len(cats) > max(1, len(x.ids)/2) {
			delete(x.terms, t)
		}
	}
	return x
}

// Match scores a text against the categories.
func (x *Index) Match(text string) Match {
	if len(text) > maxText {
		text = text[:maxText]
	}
	toks := tokens(text)
	if len(toks) == 0 || len(x.ids) == 0 {
		return Match{Emergency: len(toks) > 0 && compromised(toks)}
	}
	scores := make([]int, len(x.ids))
	for ci, pats := range x.keywords {
		// An emergency is not one when denied ("没有被盗"); other
		// problems are often said with a negation ("没到账").
		for _, p := range pats {
			if p.found(toks, x.denied[ci]) {
				scores[ci] += p.weight
			}
		}
	}
	for _, t := range uniqueTerms(toks) {
		if cats, ok := x.terms[t]; ok {
			for _, ci := range cats {
				scores[ci] += termUnit / len(cats)
			}
		}
	}
	var m Match
	if compromised(toks) {
		m.Emergency = true
		if x.emergency >= 0 {
			scores[x.emergency] += compromiseBoost
		}
	}
	for ci, s := range scores {
		if s >= minShown {
			m.Ranked = append(m.Ranked, Score{x.ids[ci], s})
		}
	}
	slices.SortStableFunc(m.Ranked, func(a, b Score) int { return b.Score - a.Score })
	if len(m.Ranked) > 0 && standsOut(m.Ranked) {
		m.Best = m.Ranked[0].Category
	}
	if m.Emergency && x.emergency < 0 {
		m.Best = ""
	}
	return m
}

// standsOut reports whether the first of the ranked scores stands out: enough
// evidence, and a third more than the runner-up.
func standsOut(ranked []Score) bool {
	best := ranked[0].Score
	if best < minBest {
		return false
	}
	return len(ranked) == 1 || 3*best >= 4*ranked[1].Score
}

// uniqueTerms are the text's terms, each once: the bigrams of every
// Chinese run and the stems of the words that carry meaning.
func uniqueTerms(toks []token) []string {
	var out []string
	for _, t := range toks {
		if !t.han {
			if len(t.s) >= 3 && !stopWord(t.s) {
				out = append(out, t.stem)
			}
			continue
		}
		prev := -1
		for i := range t.s {
			if prev >= 0 {
				out = append(out, bigramAt(t.s, prev))
			}
			prev = i
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// bigramAt is the two characters of s from byte i.
func bigramAt(s string, i int) string {
	n := 0
	for j := range s[i:] {
		if n == 2 {
			return s[i : i+j]
		}
		n++
	}
	return s[i:]
}

// stopWord reports an English word too common to tell categories apart.
func stopWord(w string) bool {
	switch w {
	case "the", "and", "for", "you", "your", "with", "are", "was", "were", "has", "have", "had",
		"this", "that", "from", "can", "will", "what", "how", "when", "our", "its", "not", "but",
		"been", "does", "did", "all", "any", "into", "than", "then", "there", "they", "them",
		"their", "who", "which", "please", "help", "still", "just", "get", "got", "why":
		return true
	}
	return false
}
