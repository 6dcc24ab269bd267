package manifest

import (
	"strings"

	"github.com/triage-widget/triage/app/i18n"
)

// Rule is a routing rule: when its condition holds, the channels in Route
// are recommended in that order, with Reason shown to the merchant.
// app/route applies the rules in manifest order and merges their routes.
type Rule struct {
	ID     string    `json:"id"`
	When   Condition `json:"when"`
	Route  []string  `json:"route"`
	Reason i18n.Text `json:"reason"`
}

// Condition is what a Rule needs. Every non-empty field must hold (and);
// within a field any entry may match (or). An empty condition always holds,
// which makes a default rule.
type Condition struct {
	// Categories the merchant picked or the widget inferred.
	Categories []string `json:"categories,omitempty"`
	// Findings: codes of failing or warning findings; "area.*" matches a
	// whole area (see MatchCode).
	Findings []string `json:"findings,omitempty"`
	// ErrorCodes: the platform error code the host reported (lastError).
	ErrorCodes []string `json:"errorCodes,omitempty"`
	// Offline: true means the rule applies only when the browser is offline.
	Offline bool `json:"offline,omitempty"`
}

// Situation is what routing knows when it applies the rules.
type Situation struct {
	Category  string
	Findings  []string // codes of failing or warning findings
	ErrorCode string
	Offline   bool
}

// Matches reports whether the condition holds in s.
func (c Condition) Matches(s Situation) bool {
	if c.Offline && !s.Offline {
		return false
	}
	if len(c.Categories) > 0 && !contains(c.Categories, s.Category) {
		return false
	}
	if len(c.ErrorCodes) > 0 && !contains(c.ErrorCodes, s.ErrorCode) {
		return false
	}
	if len(c.Findings) > 0 {
		hit := false
		for _, p := range c.Findings {
			for _, f := range s.Findings {
				if MatchCode(p, f) {
					hit = true
				}
			}
		}
		if !hit {
			return false
		}
	}
	return true
}

// MatchCode reports whether a finding code matches a pattern: equal, or the
// pattern ends in ".*" and the code is in that area ("signature.*" matches
// "signature.mismatch" and "signature.cause.hex_instead_of_base64").
func MatchCode(pattern, code string) bool {
	if area, ok := strings.CutSuffix(pattern, ".*"); ok {
		return strings.HasPrefix(code, area+".")
	}
	return pattern == code
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
