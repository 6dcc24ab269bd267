package manifest

import (
	"fmt"
	"time"
)

// Hours says when a channel is staffed: around the clock, or a weekly
// schedule in a time zone.
//
//	{"always": true}
//	{"zone": "Asia/Shanghai", "weekly": [{"days": ["mon","tue","wed","thu","fri"], "open": "09:00", "close": "18:00"}]}
//
// An interval whose close is not after its open runs past midnight
// ("22:00"–"06:00" closes at six the next morning); "24:00" closes at
// midnight.
type Hours struct {
	Always bool       `json:"always,omitempty"`
	Zone   string     `json:"zone,omitempty"`
	Weekly []Interval `json:"weekly,omitempty"`
}

// Interval is one weekly opening.
type Interval struct {
	Days  []Day `json:"days"`
	Open  Clock `json:"open"`
	Close Clock `json:"close"`
}

// OpenAt reports whether t falls in the hours. Hours with an unknown zone
// are never open: validation refuses them, so this only guards hand-made
// values.
func (h Hours) OpenAt(t time.Time) bool {
	if h.Always {
		return true
	}
	loc, err := LoadZone(h.Zone)
	if err != nil {
		return false
	}
	lt := t.In(loc)
	// An opening that covers t started today or, running past midnight,
	// yesterday.
	for back := 0; back <= 1; back++ {
		day := lt.AddDate(0, 0, -back)
		for _, iv := range h.Weekly {
			if !iv.on(day.Weekday()) {
				continue
			}
			start, end := iv.span(day, loc)
			if !t.Before(start) && t.Before(end) {
				return true
			}
		}
	}
	return false
}

// NextOpening returns t itself if the hours are open at t, else the start of
// the next opening within a week. ok is false when there is none (no
// interval at all).
func (h Hours) NextOpening(t time.Time) (next time.Time, ok bool) {
	if h.OpenAt(t) {
		return t, true
	}
	loc, err := LoadZone(h.Zone)
	if err != nil {
		return time.Time{}, false
	}
	lt := t.In(loc)
	for ahead := 0; ahead <= 7; ahead++ {
		day := lt.AddDate(0, 0, ahead)
		for _, iv := range h.Weekly {
			if !iv.on(day.Weekday()) {
				continue
			}
			start, _ := iv.span(day, loc)
			if start.After(t) && (!ok || start.Before(next)) {
				next, ok = start, true
			}
		}
		if ok {
			return next, true
		}
	}
	return time.Time{}, false
}

// ClosesAt returns when the opening that covers t ends; ok is false when
// the hours are closed at t or always open.
func (h Hours) ClosesAt(t time.Time) (end time.Time, ok bool) {
	if h.Always {
		return time.Time{}, false
	}
	loc, err := LoadZone(h.Zone)
	if err != nil {
		return time.Time{}, false
	}
	lt := t.In(loc)
	for back := 0; back <= 1; back++ {
		day := lt.AddDate(0, 0, -back)
		for _, iv := range h.Weekly {
			if !iv.on(day.Weekday()) {
				continue
			}
			s, e := iv.span(day, loc)
			if !t.Before(s) && t.Before(e) && (!ok || e.After(end)) {
				end, ok = e, true
			}
		}
	}
	return end, ok
}

func (iv Interval) on(w time.Weekday) bool {
	for _, d := range iv.Days {
		if time.Weekday(d) == w {
			return true
		}
	}
	return false
}

// span returns the interval's opening on the calendar day of day, in loc.
// time.Date normalises a wall time that a DST jump skips, so an opening at a
// skipped hour starts at the first real instant after it.
func (iv Interval) span(day time.Time, loc *time.Location) (start, end time.Time) {
	y, m, d := day.Date()
	start = time.Date(y, m, d, int(iv.Open)/60, int(iv.Open)%60, 0, 0, loc)
	closeDay := d
	if iv.Close <= iv.Open {
		closeDay++
	}
	end = time.Date(y, m, closeDay, int(iv.Close)/60, int(iv.Close)%60, 0, 0, loc)
	return start, end
}

// Day is a day of the week, written "mon" … "sun".
type Day time.Weekday

var dayNames = [...]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// UnmarshalText reads "mon" … "sun".
func (d *Day) UnmarshalText(b []byte) error {
	for i, n := range dayNames {
		if string(b) == n {
			*d = Day(i)
			return nil
		}
	}
	return fmt.Errorf("unknown day %q (want mon, tue, wed, thu, fri, sat or sun)", b)
}

// MarshalText writes the day's short name.
func (d Day) MarshalText() ([]byte, error) {
	if d < 0 || int(d) >= len(dayNames) {
		return nil, fmt.Errorf("day %d out of range", int(d))
	}
	return []byte(dayNames[d]), nil
}

// Clock is a wall-clock time of day in minutes after midnight, written
// "HH:MM"; "24:00" (1440) is allowed as a closing time.
type Clock int

// UnmarshalText reads "HH:MM".
func (c *Clock) UnmarshalText(b []byte) error {
	s := string(b)
	if len(s) != 5 || s[2] != ':' || !digits(s[:2]) || !digits(s[3:]) {
		return fmt.Errorf("time of day %q: want HH:MM", s)
	}
	h := int(s[0]-'0')*10 + int(s[1]-'0')
	m := int(s[3]-'0')*10 + int(s[4]-'0')
	if m > 59 || h > 24 || h == 24 && m != 0 {
		return fmt.Errorf("time of day %q is out of range", s)
	}
	*c = Clock(h*60 + m)
	return nil
}

// MarshalText writes "HH:MM".
func (c Clock) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60)), nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
