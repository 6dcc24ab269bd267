package route

import (
	"strings"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// Source is where the category of a Result came from.
type Source string

// The sources, in the order Plan tries them.
const (
	SourcePicked    Source = "picked"     // the merchant picked it
	SourceReported  Source = "reported"   // a compromise was reported (Input.Emergency)
	SourceErrorCode Source = "error-code" // the manifest's error catalogue maps lastError to it
	SourceFinding   Source = "finding"    // the findings point to it
	SourceNone      Source = "none"       // nothing did
)

// Inference is the category Plan settled on and why.
type Inference struct {
	// Category is a manifest category id, or "" when none applies.
	Category string
	Source   Source
	// Evidence is the error code or finding code that decided; "" when
	// picked or none.
	Evidence string
	// Why says it in words, for the panel ("Inferred from the platform
	// error code 50113: The signature is invalid.").
	Why i18n.Text
}

// Inferred reports whether the category was inferred rather than picked.
func (inf Inference) Inferred() bool {
	return inf.Source == SourceErrorCode || inf.Source == SourceFinding
}

// infer settles the category. The precedence is:
//
//  1. the merchant's pick, when the manifest has it: they know what they
//     came for;
//  2. the manifest's error catalogue for lastError: the error the merchant
//     actually hit, classified by the platform itself;
//  3. the findings, scored (see scoreFindings);
//  4. none.
//
// Built-in hints never lead to an emergency category: only the merchant's
// pick or the manifest's own mapping can, so a finding such as
// account.frozen cannot by itself send a merchant to "freeze now".
func infer(m *manifest.Manifest, picked string, problems []diag.Finding, lastError string) Inference {
	var prefix i18n.Text
	if picked != "" {
		if _, ok := m.Category(picked); ok {
			return Inference{Category: picked, Source: SourcePicked, Why: msgWhyPicked}
		}
		prefix = msgWhyPickedUnknown.Format(picked)
	}
	inf := inferUnpicked(m, problems, lastError)
	if prefix.Complete() {
		inf.Why = prefix.Then(inf.Why)
	}
	return inf
}

func inferUnpicked(m *manifest.Manifest, problems []diag.Finding, lastError string) Inference {
	if ec, ok := m.ErrorCode(lastError); lastError != "" && ok {
		if _, ok := m.Category(ec.Category); ok {
			return Inference{Category: ec.Category, Source: SourceErrorCode, Evidence: lastError,
				Why: msgWhyErrorCode.Format(lastError, ec.Meaning)}
		}
	}
	if id, f, ok := scoreFindings(m, problems); ok {
		return Inference{Category: id, Source: SourceFinding, Evidence: string(f.Code),
			Why: msgWhyFinding.Format(f.Code, meaning(f))}
	}
	return Inference{Source: SourceNone, Why: msgWhyNone}
}

// scoreFindings picks the category the problem findings point to. Each
// finding adds to a category, weighted by its severity:
//
//   - 3 when the category lists the code exactly, 2 when it lists the
//     code's area ("signature.*"): the manifest's own mapping counts most;
//   - 1 for the category whose hints match the code (see hintedCategory):
//     it breaks ties the findings lists leave open, such as an apikey.*
//     code listed by two categories, and maps codes no category lists.
//
// The highest score wins; ties go to the category listed first in the
// manifest. Findings about the environment (network, platform, browser,
// errorcode) say little about the merchant's problem, so they are only
// scored when no other finding points anywhere, and then only through the
// manifest's own lists.
func scoreFindings(m *manifest.Manifest, problems []diag.Finding) (string, diag.Finding, bool) {
	var specific, ambient []diag.Finding
	for _, f := range problems {
		if ambientArea(string(f.Code)) {
			ambient = append(ambient, f)
		} else {
			specific = append(specific, f)
		}
	}
	if id, f, ok := bestCategory(m, specific, true); ok {
		return id, f, true
	}
	return bestCategory(m, ambient, false)
}

func bestCategory(m *manifest.Manifest, fs []diag.Finding, useHints bool) (string, diag.Finding, bool) {
	score := make([]int, len(m.Categories))
	top := make([]int, len(m.Categories))           // best single contribution
	lead := make([]diag.Finding, len(m.Categories)) // the finding that made it
	add := func(i, pts int, f diag.Finding) {
		score[i] += pts
		if pts > top[i] {
			top[i], lead[i] = pts, f
		}
	}
	for _, f := range fs {
		w := f.Weight()
		for i, c := range m.Categories {
			if c.Urgency == manifest.UrgencyEmergency && !useHints {
				// Ambient findings never point to an emergency.
				continue
			}
			if pts := listWeight(c.Findings, string(f.Code)); pts > 0 {
				add(i, pts*w, f)
			}
		}
		if !useHints {
			continue
		}
		if i := hintedCategory(m, string(f.Code)); i >= 0 {
			add(i, w, f)
		}
	}
	best := -1
	for i := range m.Categories {
		if score[i] > 0 && (best < 0 || score[i] > score[best]) {
			best = i
		}
	}
	if best < 0 {
		return "", diag.Finding{}, false
	}
	return m.Categories[best].ID, lead[best], true
}

// listWeight is 3 when patterns list code exactly, 2 when they list its area.
func listWeight(patterns []string, code string) int {
	w := 0
	for _, p := range patterns {
		switch {
		case p == code:
			return 3
		case manifest.MatchCode(p, code):
			w = 2
		}
	}
	return w
}

// hintedCategory returns the index of the category whose hints match code
// most closely (an exact code before its area), the first listed on a tie,
// or -1. Emergency categories are skipped: no hint leads to an emergency.
func hintedCategory(m *manifest.Manifest, code string) int {
	best, bestWeight := -1, 0
	for i, c := range m.Categories {
		if c.Urgency == manifest.UrgencyEmergency {
			continue
		}
		if w := listWeight(c.Hints, code); w > bestWeight {
			best, bestWeight = i, w
		}
	}
	return best
}

// ambientArea reports codes about the merchant's surroundings rather than
// their problem.
func ambientArea(code string) bool {
	area, _, _ := strings.Cut(code, ".")
	switch area {
	case "network", "platform", "browser", "errorcode":
		return true
	}
	return false
}

// meaning is a short bilingual description of a finding for the Why text:
// the catalogue's meaning of its code, else its own message.
func meaning(f diag.Finding) i18n.Text {
	if m, ok := f.Code.Meaning(); ok && m.Complete() {
		return m
	}
	if f.Message.Complete() {
		return f.Message
	}
	return i18n.Same(string(f.Code))
}
