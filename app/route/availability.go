package route

import (
	"time"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// availability is whether and when a channel can be used at an instant.
type availability struct {
	open       bool
	next       time.Time // next opening when closed; zero if open or unknown
	text       i18n.Text
	peak       bool
	peakAdvice i18n.Text
}

// availabilityOf judges a channel at now, writing times in the merchant's
// zone loc, and in the channel's own zone too when that differs, so a
// merchant in Berlin sees both "02:00 your time" and "09:00 in
// Asia/Shanghai" and can tell which one the platform means.
func availabilityOf(m *manifest.Manifest, c manifest.Channel, now time.Time, loc *time.Location) availability {
	// A maintenance window naming the channel overrides its hours: the
	// platform has said it will not work, staffed or not.
	for _, w := range m.MaintenanceAt(now) {
		for _, id := range w.Channels {
			if id == c.ID {
				next, _ := c.Hours.NextOpening(w.End)
				return availability{next: next, text: avMaintenance.Format(whenText(w.End, now, loc), zoneLabel(w.End, loc))}
			}
		}
	}
	if c.OpenAt(now) {
		a := availability{open: true, text: avAlways}
		if !c.Hours.Always {
			a.text = avOpen
			if end, ok := c.Hours.ClosesAt(now); ok {
				a.text = avOpenUntil.Format(whenText(end, now, loc), zoneLabel(end, loc))
			}
		}
		if c.PeakAt(now) {
			a.peak = true
			a.peakAdvice = c.PeakAdvice
			if !a.peakAdvice.Complete() {
				a.peakAdvice = peakDefault
			}
		}
		return a
	}
	next, ok := c.Hours.NextOpening(now)
	if !ok {
		return availability{text: avClosedNever}
	}
	a := availability{next: next, text: avClosedNext.Format(whenText(next, now, loc), zoneLabel(next, loc))}
	if there, err := manifest.LoadZone(c.Hours.Zone); err == nil && !sameOffset(next, loc, there) {
		a.text = avClosedNextThere.Format(whenText(next, now, loc), zoneLabel(next, loc), weekdayText(next, there), c.Hours.Zone)
	}
	return a
}

// sameOffset reports whether two zones read the same wall clock at t.
func sameOffset(t time.Time, a, b *time.Location) bool {
	_, x := t.In(a).Zone()
	_, y := t.In(b).Zone()
	return x == y
}
