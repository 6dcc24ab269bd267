package diag

import "testing"

func TestTimeoutInvariants(t *testing.T) {
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"ProbeTimeout > DefaultSlowThreshold (slow is measured, not a failure)", ProbeTimeout > DefaultSlowThreshold},
		{"NetworkTimeout >= 3 probes", NetworkTimeout >= 3*ProbeTimeout},
		{"ClockTimeout >= ProbeTimeout", ClockTimeout >= ProbeTimeout},
		{"DefaultBudget >= NetworkTimeout", DefaultBudget >= NetworkTimeout},
		{"DefaultBudget >= ClockTimeout", DefaultBudget >= ClockTimeout},
		{"DefaultBudget >= CallbackTimeout", DefaultBudget >= CallbackTimeout},
		{"DefaultBudget >= LocalTimeout", DefaultBudget >= LocalTimeout},
		{"Grace is small next to the budget", Grace*10 <= DefaultBudget},
	} {
		if !tc.ok {
			t.Errorf("invariant broken: %s", tc.name)
		}
	}
}
