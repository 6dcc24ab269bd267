package diag

import "time"

// Named timeouts. TestTimeoutInvariants keeps the relations between them,
// as tailscale's netcheck does for its report and probe timeouts.
const (
	// DefaultBudget bounds a whole run: the panel promises every result
	// within 5 s of the merchant's click (issue 3). No check may be given
	// more than this.
	DefaultBudget = 5 * time.Second

	// Grace is how long Run waits past a check's deadline for it to report
	// in its own terms (e.g. callback.timeout) before declaring an overrun.
	Grace = 250 * time.Millisecond

	// LocalTimeout bounds checks that only compute. They take microseconds;
	// the deadline only catches a bug (an endless loop on odd input).
	LocalTimeout = time.Second

	// DefaultSlowThreshold is the median round trip above which the network
	// check calls the connection slow when the manifest names none.
	DefaultSlowThreshold = time.Second

	// ProbeTimeout bounds one round trip of the network and clock checks. It
	// exceeds DefaultSlowThreshold so that a slow but working link is
	// measured as slow rather than reported unreachable.
	ProbeTimeout = 1500 * time.Millisecond

	// NetworkTimeout bounds the network check: one concurrent round to every
	// target, then two more sequential round trips to the API origin for the
	// median of three.
	NetworkTimeout = 5 * time.Second

	// ClockTimeout bounds the clock check: one round trip and parsing.
	ClockTimeout = 2 * time.Second

	// CallbackTimeout bounds the callback reachability probe: platforms give
	// a merchant's endpoint about 5 s to answer a notification.
	CallbackTimeout = 5 * time.Second
)
