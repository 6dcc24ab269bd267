package manifest

import (
	"fmt"
	"time"
)

// Duration is a time.Duration written in JSON as Go writes it: "24h",
// "90m", "1h30m".
type Duration time.Duration

// UnmarshalText parses a duration; negative ones are refused.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("not a duration like \"24h\": %q", b)
	}
	if v < 0 {
		return fmt.Errorf("negative duration %q", b)
	}
	*d = Duration(v)
	return nil
}

// MarshalText writes the duration back in the same form.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// Hours returns the duration in whole hours, rounded down, for display
// ("24–48 h").
func (d Duration) Hours() int { return int(time.Duration(d) / time.Hour) }
