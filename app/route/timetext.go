package route

import (
	"fmt"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/i18n"
)

// whenText writes an instant as the merchant reads it in their zone:
// "today 09:00", "tomorrow 09:00", else "Mon 24 Nov 09:00". Relative words
// are counted in calendar days of the merchant's zone, not in 24-hour steps,
// so 23:30 → 00:30 is "tomorrow".
func whenText(t, now time.Time, loc *time.Location) i18n.Text {
	lt, ln := t.In(loc), now.In(loc)
	clock := lt.Format("15:04")
	switch civilDays(ln, lt) {
	case 0:
		return timeToday.Format(clock)
	case 1:
		return timeTomorrow.Format(clock)
	}
	return timeDate.Format(weekdays[lt.Weekday()], int(lt.Month()), lt.Day(), monthsEN[lt.Month()-1], clock)
}

// weekdayText writes an instant as "Mon 16:00" in loc, for the channel's own
// zone next to the merchant's time.
func weekdayText(t time.Time, loc *time.Location) i18n.Text {
	lt := t.In(loc)
	return timeWeekday.Format(weekdays[lt.Weekday()], lt.Format("15:04"))
}

// civilDays counts calendar days from a's date to b's date, each in its own
// location.
func civilDays(a, b time.Time) int {
	ya, ma, da := a.Date()
	yb, mb, db := b.Date()
	ua := time.Date(ya, ma, da, 0, 0, 0, 0, time.UTC)
	ub := time.Date(yb, mb, db, 0, 0, 0, 0, time.UTC)
	return int(ub.Sub(ua) / (24 * time.Hour))
}

// zoneLabel names the merchant's zone at t: its UTC offset, which is what a
// browser reliably knows, preceded by the IANA name when there is one
// ("Europe/Berlin UTC+01:00"). The offset is taken at t, so a label for a
// time after a DST change shows the offset then.
func zoneLabel(t time.Time, loc *time.Location) string {
	_, off := t.In(loc).Zone()
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	label := fmt.Sprintf("UTC%c%02d:%02d", sign, off/3600, off%3600/60)
	if name := loc.String(); strings.Contains(name, "/") {
		label = name + " " + label
	}
	return label
}

// spanText writes a response time: "within 10 min" for 0–10 min, "within
// 24–48 h" for a range, in each language's units.
func spanText(min, max time.Duration) i18n.Text {
	if max <= 0 {
		return i18n.Text{}
	}
	if min <= 0 || min == max {
		return respWithin.Format(durationText(max))
	}
	// Write the range with one unit when both ends share it: "24–48 h",
	// not "24 h–48 h".
	if u := unitOf(min); u == unitOf(max) {
		return respRange.Format(fmt.Sprint(int64(min/u)), durationText(max))
	}
	return respRange.Format(durationText(min), durationText(max))
}

// unitOf returns the largest unit that divides d exactly: an hour, a minute
// or a second.
func unitOf(d time.Duration) time.Duration {
	switch {
	case d >= time.Hour && d%time.Hour == 0:
		return time.Hour
	case d >= time.Minute && d%time.Minute == 0:
		return time.Minute
	}
	return time.Second
}

// durationText writes d in its unit: "48 h", "90 min".
func durationText(d time.Duration) i18n.Text {
	switch u := unitOf(d); u {
	case time.Hour:
		return unitHours.Format(int64(d / u))
	case time.Minute:
		return unitMinutes.Format(int64(d / u))
	}
	return unitSeconds.Format(int64(d / time.Second))
}
