package manifest

import "testing"

func TestConditionMatches(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    Condition
		s    Situation
		want bool
	}{
		{"empty is default", Condition{}, Situation{Category: "x"}, true},
		{"category", Condition{Categories: []string{"security"}}, Situation{Category: "security"}, true},
		{"other category", Condition{Categories: []string{"security"}}, Situation{Category: "payment"}, false},
		{"finding area", Condition{Findings: []string{"signature.*"}}, Situation{Findings: []string{"clock.skew", "signature.cause.hex_instead_of_base64"}}, true},
		{"finding exact", Condition{Findings: []string{"clock.skew"}}, Situation{Findings: []string{"clock.skewed"}}, false},
		{"area is not a prefix of a word", Condition{Findings: []string{"sig.*"}}, Situation{Findings: []string{"signature.mismatch"}}, false},
		{"error code", Condition{ErrorCodes: []string{"50113"}}, Situation{ErrorCode: "50113"}, true},
		{"and across fields", Condition{Categories: []string{"payment"}, ErrorCodes: []string{"50113"}}, Situation{Category: "payment"}, false},
		{"offline only", Condition{Offline: true}, Situation{}, false},
		{"offline", Condition{Offline: true}, Situation{Offline: true}, true},
	} {
		if got := tc.c.Matches(tc.s); got != tc.want {
			t.Errorf("%s: Matches = %v, want %v", tc.name, got, tc.want)
		}
	}
}
