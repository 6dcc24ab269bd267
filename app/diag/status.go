package diag

// Status is the outcome of one finding.
type Status string

// The statuses. Skip means the check did not apply (no input, offline, not in
// a browser); Error means it could not run (a probe timed out, the check
// failed), which is not the same as having found a problem (Fail).
const (
	StatusPass  Status = "pass"
	StatusWarn  Status = "warn"
	StatusFail  Status = "fail"
	StatusSkip  Status = "skip"
	StatusError Status = "error"
)

// rank orders statuses from best to worst for Report.Worst. An error ranks
// below fail because it says nothing was found, only that nothing could be
// checked; it ranks above warn because a merchant cannot rely on it.
func (s Status) rank() int {
	switch s {
	case StatusSkip:
		return 0
	case StatusPass:
		return 1
	case StatusWarn:
		return 2
	case StatusError:
		return 3
	case StatusFail:
		return 4
	}
	return -1
}

// Valid reports whether s is one of the five statuses.
func (s Status) Valid() bool { return s.rank() >= 0 }

// Worse reports whether s is worse than t.
func (s Status) Worse(t Status) bool { return s.rank() > t.rank() }

// Severity says how urgent a problem is; routing uses it to pick a channel.
type Severity string

// The severities, from least to most urgent.
const (
	SeverityLow      Severity = "low"
	SeverityMedium   Severity = "medium"
	SeverityHigh     Severity = "high"
	SeverityCritical Severity = "critical"
)

// Valid reports whether s is one of the four severities.
func (s Severity) Valid() bool {
	switch s {
	case SeverityLow, SeverityMedium, SeverityHigh, SeverityCritical:
		return true
	}
	return false
}
