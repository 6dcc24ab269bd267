package manifest

import (
	"testing"
	"time"
)

func at(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestHoursWeekly(t *testing.T) {
	// Weekdays 09:00–18:00 in Shanghai (UTC+8, no DST).
	h := Hours{Zone: "Asia/Shanghai", Weekly: []Interval{{Days: []Day{1, 2, 3, 4, 5}, Open: 9 * 60, Close: 18 * 60}}}
	for _, tc := range []struct {
		now, next string
		open      bool
	}{
		{"2026-11-23T01:00:00Z", "2026-11-23T01:00:00Z", true},  // Mon 09:00 local: opening instant
		{"2026-11-23T09:59:59Z", "2026-11-23T09:59:59Z", true},  // Mon 17:59:59
		{"2026-11-23T10:00:00Z", "2026-11-24T01:00:00Z", false}, // Mon 18:00: closed, Tue 09:00 next
		{"2026-11-21T04:00:00Z", "2026-11-23T01:00:00Z", false}, // Sat noon: next Monday
		{"2026-11-22T23:30:00Z", "2026-11-23T01:00:00Z", false}, // Mon 07:30 local
	} {
		now := at(t, tc.now)
		if got := h.OpenAt(now); got != tc.open {
			t.Errorf("OpenAt(%s) = %v, want %v", tc.now, got, tc.open)
		}
		next, ok := h.NextOpening(now)
		if !ok || !next.Equal(at(t, tc.next)) {
			t.Errorf("NextOpening(%s) = %s, %v; want %s", tc.now, next, ok, tc.next)
		}
	}
	end, ok := h.ClosesAt(at(t, "2026-11-23T03:00:00Z"))
	if !ok || !end.Equal(at(t, "2026-11-23T10:00:00Z")) {
		t.Errorf("ClosesAt = %s, %v", end, ok)
	}
	if _, ok := h.ClosesAt(at(t, "2026-11-21T04:00:00Z")); ok {
		t.Error("ClosesAt on a closed Saturday should be false")
	}
}

func TestHoursOvernightAndMidnight(t *testing.T) {
	// Friday 22:00 to Saturday 06:00 UTC, and Sunday until midnight.
	h := Hours{Zone: "UTC", Weekly: []Interval{
		{Days: []Day{5}, Open: 22 * 60, Close: 6 * 60},
		{Days: []Day{0}, Open: 20 * 60, Close: 24 * 60},
	}}
	for s, want := range map[string]bool{
		"2026-11-20T21:59:00Z": false,
		"2026-11-20T23:00:00Z": true,
		"2026-11-21T05:59:00Z": true, // Saturday morning, opened Friday
		"2026-11-21T06:00:00Z": false,
		"2026-11-22T23:59:00Z": true,
		"2026-11-23T00:00:00Z": false,
	} {
		if got := h.OpenAt(at(t, s)); got != want {
			t.Errorf("OpenAt(%s) = %v, want %v", s, got, want)
		}
	}
}

func TestHoursAcrossDST(t *testing.T) {
	// New York 09:00–17:00 on Mondays: 14:00Z before the November change,
	// 14:00Z is 09:00 EST… and 13:00Z is 09:00 EDT before it.
	h := Hours{Zone: "America/New_York", Weekly: []Interval{{Days: []Day{1}, Open: 9 * 60, Close: 17 * 60}}}
	next, ok := h.NextOpening(at(t, "2026-10-27T00:00:00Z")) // Tue 27 Oct, EDT
	if !ok || !next.Equal(at(t, "2026-11-02T14:00:00Z")) {   // Mon 2 Nov, EST after 1 Nov
		t.Errorf("NextOpening across DST = %s, %v", next, ok)
	}
	if !h.OpenAt(at(t, "2026-10-26T13:30:00Z")) { // Mon 26 Oct 09:30 EDT
		t.Error("should be open at 09:30 EDT")
	}
}

func TestHoursAlwaysAndBroken(t *testing.T) {
	always := Hours{Always: true}
	now := at(t, "2026-11-22T03:00:00Z")
	if !always.OpenAt(now) {
		t.Error("always should be open")
	}
	if next, ok := always.NextOpening(now); !ok || !next.Equal(now) {
		t.Error("always: next opening is now")
	}
	broken := Hours{Zone: "Nowhere/Else", Weekly: []Interval{{Days: []Day{1}, Open: 0, Close: 60}}}
	if broken.OpenAt(now) {
		t.Error("an unknown zone is never open")
	}
	if _, ok := broken.NextOpening(now); ok {
		t.Error("an unknown zone has no next opening")
	}
	if _, ok := (Hours{Zone: "UTC"}).NextOpening(now); ok {
		t.Error("no intervals: no next opening")
	}
}

func TestClockAndDayText(t *testing.T) {
	var c Clock
	for in, want := range map[string]int{"00:00": 0, "09:30": 570, "24:00": 1440} {
		if err := c.UnmarshalText([]byte(in)); err != nil || int(c) != want {
			t.Errorf("Clock(%q) = %d, %v", in, c, err)
		}
		if out, _ := c.MarshalText(); string(out) != in {
			t.Errorf("Clock round trip %q -> %q", in, out)
		}
	}
	for _, bad := range []string{"24:01", "9:30", "12:60", "ab:cd", ""} {
		if c.UnmarshalText([]byte(bad)) == nil {
			t.Errorf("Clock(%q) accepted", bad)
		}
	}
	var d Day
	if err := d.UnmarshalText([]byte("sun")); err != nil || time.Weekday(d) != time.Sunday {
		t.Errorf("Day(sun) = %v, %v", d, err)
	}
	if d.UnmarshalText([]byte("Sunday")) == nil {
		t.Error("Day(Sunday) accepted")
	}
}
