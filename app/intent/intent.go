package intent

import (
	"slices"
	"strings"
	"unicode/utf8"

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
	cats  []category
	terms map[string][]int // term → the categories whose texts use it
	// maxUses: a term more categories use tells them apart no better than
	// chance.
	maxUses    int
	emergency  int       // the first emergency category, -1 if none
	compromise []keyword // compromiseWords
}

type category struct {
	id       string
	keywords []keyword
	// emergency: a negated keyword does not count ("没有被盗"); other
	// problems are often said with a negation ("没到账").
	emergency bool
}

// New indexes a manifest's categories: their keywords in every language,
// and the terms of their title, summary, symptoms, steps, keywords and
// the labels and notes of the channels their rules route to.
func New(m *manifest.Manifest) *Index {
	x := &Index{terms: map[string][]int{}, emergency: -1, compromise: compromiseKeywords()}
	if m == nil {
		return x
	}
	x.maxUses = max(1, len(m.Categories)/2)
	for ci := range m.Categories {
		c := &m.Categories[ci]
		cat := category{id: c.ID, emergency: c.Urgency == manifest.UrgencyEmergency}
		if cat.emergency && x.emergency < 0 {
			x.emergency = ci
		}
		var b strings.Builder
		for _, l := range i18n.Langs {
			for _, w := range c.Keywords.In(l) {
				if k, ok := newKeyword(w); ok {
					cat.keywords = append(cat.keywords, k)
				}
				b.WriteString(w + "\n")
			}
		}
		x.cats = append(x.cats, cat)
		for _, t := range categoryTexts(m, c) {
			b.WriteString(t.ZH + "\n" + t.TW + "\n" + t.EN + "\n")
		}
		for _, t := range terms(normalize(b.String())) {
			x.terms[t] = append(x.terms[t], ci)
		}
	}
	return x
}

// categoryTexts are what the manifest says of a category: its title,
// summary, symptoms and steps, and the labels and notes of the channels
// its rules route to.
func categoryTexts(m *manifest.Manifest, c *manifest.Category) []i18n.Text {
	ts := append(slices.Clip(c.Symptoms), c.Title, c.Summary)
	for _, s := range c.Flow {
		ts = append(ts, s.Text)
	}
	for _, r := range m.Rules {
		if slices.Contains(r.When.Categories, c.ID) {
			for _, id := range r.Route {
				ch, _ := m.Channel(id)
				ts = append(ts, ch.Label, ch.Note)
			}
		}
	}
	return ts
}

// Match scores a text against the categories.
func (x *Index) Match(text string) Match {
	if len(text) > maxText {
		text = text[:maxText]
	}
	norm := normalize(text)
	ts := terms(norm)
	m := Match{Emergency: compromised(x.compromise, norm, ts)}
	scores := make([]int, len(x.cats))
	for ci, c := range x.cats {
		for _, k := range c.keywords {
			if k.in(norm, ts, c.emergency) {
				scores[ci] += k.weight
			}
		}
	}
	for _, t := range ts {
		if cats := x.terms[t]; len(cats) <= x.maxUses {
			for _, ci := range cats {
				scores[ci] += termUnit / len(cats)
			}
		}
	}
	if m.Emergency && x.emergency >= 0 {
		scores[x.emergency] += compromiseBoost
	}
	for ci, s := range scores {
		if s >= minShown {
			m.Ranked = append(m.Ranked, Score{x.cats[ci].id, s})
		}
	}
	// Insertion sort: a few categories, and equals keep manifest order.
	for i := 1; i < len(m.Ranked); i++ {
		for j := i; j > 0 && m.Ranked[j].Score > m.Ranked[j-1].Score; j-- {
			m.Ranked[j], m.Ranked[j-1] = m.Ranked[j-1], m.Ranked[j]
		}
	}
	if standsOut(m.Ranked) && !(m.Emergency && x.emergency < 0) {
		m.Best = m.Ranked[0].Category
	}
	return m
}

// standsOut reports whether the first of the ranked scores stands out:
// enough evidence, and a third more than the runner-up.
func standsOut(ranked []Score) bool {
	switch {
	case len(ranked) == 0 || ranked[0].Score < minBest:
		return false
	case len(ranked) == 1:
		return true
	}
	return 3*ranked[0].Score >= 4*ranked[1].Score
}

// terms are a normalized text's terms, each once: every pair of
// neighbouring Chinese characters, and the stems of the English words
// that carry meaning.
func terms(norm string) []string {
	var out []string
	for _, f := range strings.Fields(norm) {
		prev, word := -1, true
		for i, r := range f {
			if !isHan(r) {
				prev = -1
				continue
			}
			if prev >= 0 {
				out = append(out, f[prev:i+utf8.RuneLen(r)])
			}
			prev, word = i, false
		}
		if w := stem(f); word && len(w) >= 3 && !strings.Contains(stopWords, " "+w+" ") {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// stopWords are English words, stemmed, too common to tell categories
// apart.
const stopWords = " the and for you your with are was wer has hav had thi that from can will" +
	" what how when our its not but been doe did all any into than then ther they them their" +
	" who which pleas help still just get got why "
