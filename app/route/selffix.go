package route

import (
	"slices"
	"sort"
	"strings"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// problemFindings keeps the findings that report a problem: warn or fail.
// An error status means the check could not run, which is no evidence of a
// problem; the engine's own codes (check.*) are about the checks, not the
// merchant. A code reported twice counts once, at its first place.
func problemFindings(fs []diag.Finding) []diag.Finding {
	var out []diag.Finding
	seen := map[string]bool{}
	for _, f := range fs {
		if f.Status != diag.StatusWarn && f.Status != diag.StatusFail {
			continue
		}
		if f.Code == "" || area(string(f.Code)) == "check" || seen[string(f.Code)] {
			continue
		}
		seen[string(f.Code)] = true
		out = append(out, f)
	}
	return out
}

// selfFixes turns the problem findings that carry a fix into "fix it
// yourself" recommendations, most severe first, failures before warnings,
// then in the order the checks reported them. A finding without a complete
// fix in every language has no known fix and is left to the contacts. Two
// findings that share a fix (a check's one piece of advice for two facts)
// make one recommendation, at the first.
func selfFixes(m *manifest.Manifest, in Input, problems []diag.Finding, cat *manifest.Category, routed []string) []Recommendation {
	var fixable []diag.Finding
	for _, f := range problems {
		if f.Fix.Complete() && !slices.ContainsFunc(fixable, func(g diag.Finding) bool { return g.Fix == f.Fix }) {
			fixable = append(fixable, f)
		}
	}
	sort.SliceStable(fixable, func(i, j int) bool {
		a, b := fixable[i], fixable[j]
		if ra, rb := a.Weight(), b.Weight(); ra != rb {
			return ra > rb
		}
		return a.Status == diag.StatusFail && b.Status != diag.StatusFail
	})
	out := make([]Recommendation, 0, len(fixable))
	for _, f := range fixable {
		reason := reasonSelfFix.Format(message(f))
		if f.Code == diag.CodeAccountFrozen {
			reason = reasonFrozen
		}
		out = append(out, Recommendation{
			Kind:      KindSelfFix,
			Source:    "finding",
			Reason:    reason,
			Finding:   &f,
			Link:      docLink(m, f, cat, in.LastError, in.Region, routed),
			Reachable: true, // the fix is text already in the panel
			OpenNow:   true,
		})
	}
	return out
}

// message is a finding's own message, complete in zh-CN and en, else the
// catalogue's meaning of its code.
func message(f diag.Finding) i18n.Text {
	if f.Message.Complete() {
		return f.Message
	}
	return meaning(f)
}

// docLink finds the official page that explains a finding's fix, in this
// order: the manifest's doc for the error code the host reported (for an
// errorcode finding), a flow step of the category (then of any category)
// that performs the finding's check and links a page, then the developer
// docs for technical areas, then the help center. Among several docs or
// help-center channels, the one the matching rules route to (routed, in
// rule order) is preferred: a manifest may also list, say, a "contact us"
// page as a help-center channel. Every candidate must pass the manifest's
// link rule; "" if none does.
func docLink(m *manifest.Manifest, f diag.Finding, cat *manifest.Category, lastError, region string, routed []string) string {
	var cands []string
	a := area(string(f.Code))
	if a == "errorcode" && lastError != "" {
		if ec, ok := m.ErrorCode(lastError); ok {
			cands = append(cands, ec.Doc)
		}
	}
	names := []string{f.Check, a}
	flows := [][]manifest.Step{}
	if cat != nil {
		flows = append(flows, cat.Flow)
	}
	for _, c := range m.Categories {
		flows = append(flows, c.Flow)
	}
	for _, flow := range flows {
		for _, s := range flow {
			if s.Link != "" && s.Check != "" && (s.Check == names[0] || s.Check == names[1]) {
				cands = append(cands, s.Link)
			}
		}
	}
	kinds := []manifest.Kind{manifest.KindHelpCenter}
	if technical(a) {
		kinds = []manifest.Kind{manifest.KindDocs, manifest.KindHelpCenter}
	}
	for _, k := range kinds {
		for _, id := range routed {
			if c, ok := m.Channel(id); ok && c.Kind == k && c.Serves(region) {
				cands = append(cands, c.Value)
			}
		}
		for _, c := range m.ChannelsOfKind(k) {
			if c.Serves(region) {
				cands = append(cands, c.Value)
			}
		}
	}
	for _, l := range cands {
		if l != "" && m.CheckLink(l) == nil {
			return l
		}
	}
	return ""
}

// technical reports areas whose fixes are in the developer docs.
func technical(area string) bool {
	switch area {
	case "signature", "apikey", "clock", "callback", "webhook", "errorcode":
		return true
	}
	return false
}

// area is the first part of a finding code ("signature" of
// "signature.cause.method_case").
func area(code string) string {
	a, _, _ := strings.Cut(code, ".")
	return a
}
