package route

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/i18n"
)

// find returns the recommendation for a channel id.
func find(t *testing.T, r Result, id string) Recommendation {
	t.Helper()
	for _, rec := range r.Recommendations {
		if rec.Channel != nil && rec.Channel.ID == id {
			return rec
		}
	}
	t.Fatalf("%s not recommended: %s", id, r.Summary())
	return Recommendation{}
}

// TestClosedAcrossZones: the China hotline (09:00–21:00 Asia/Shanghai) seen
// at 03:00 Beijing time from three zones. It stays in the list, after the
// open channels, with its next opening in the merchant's time and, when the
// clocks differ, in Shanghai time.
func TestClosedAcrossZones(t *testing.T) {
	m := demo(t, walletMerchant)
	now := at(t, "Asia/Shanghai", 2026, 11, 25, 3, 0) // Wed 03:00 in Shanghai = Tue 19:00 UTC
	opens := at(t, "Asia/Shanghai", 2026, 11, 25, 9, 0)
	cases := []struct {
		zone   string
		en, zh []string // substrings of the availability text
	}{
		{"Asia/Shanghai",
			[]string{"Closed now. Opens today 09:00 your time (Asia/Shanghai UTC+08:00)."},
			[]string{"当前休息，下次开放：今天 09:00（您的时间，Asia/Shanghai UTC+08:00）。"}},
		{"Europe/Berlin", // Tue 20:00 in Berlin
			[]string{"Opens tomorrow 02:00 your time (Europe/Berlin UTC+01:00), Wed 09:00 in Asia/Shanghai."},
			[]string{"明天 02:00（您的时间，Europe/Berlin UTC+01:00），即 Asia/Shanghai 时间周三 09:00"}},
		{"America/New_York", // still Tuesday in New York
			[]string{"Opens today 20:00 your time (America/New_York UTC-05:00), Wed 09:00 in Asia/Shanghai."},
			[]string{"今天 20:00（您的时间，America/New_York UTC-05:00）", "周三 09:00"}},
		{"UTC",
			[]string{"Opens tomorrow 01:00 your time (UTC+00:00), Wed 09:00 in Asia/Shanghai."},
			[]string{"明天 01:00（您的时间，UTC+00:00）"}},
	}
	for _, tc := range cases {
		t.Run(tc.zone, func(t *testing.T) {
			r := Plan(Input{Manifest: m, Category: "account", Now: now.In(zone(t, tc.zone)), Lang: i18n.ZH, Region: "CN", Online: true})
			rec := find(t, r, "hotline-cn")
			if rec.OpenNow || !rec.NextOpen.Equal(opens) {
				t.Errorf("open %v next %v, want closed until %v", rec.OpenNow, rec.NextOpen, opens)
			}
			for _, s := range tc.en {
				if !strings.Contains(rec.Availability.In(i18n.EN), s) {
					t.Errorf("EN %q lacks %q", rec.Availability.In(i18n.EN), s)
				}
			}
			for _, s := range tc.zh {
				if !strings.Contains(rec.Availability.In(i18n.ZH), s) {
					t.Errorf("ZH %q lacks %q", rec.Availability.In(i18n.ZH), s)
				}
			}
			// Closed, it follows every open channel.
			if last := r.Recommendations[len(r.Recommendations)-1]; last.target() != "hotline-cn" {
				t.Errorf("closed hotline not last: %s", r.Summary())
			}
			checkTexts(t, r)
		})
	}
	// Input.Zone overrides Now's location.
	r := Plan(Input{Manifest: m, Category: "account", Now: now.UTC(), Zone: zone(t, "Europe/Berlin"), Region: "CN", Online: true})
	if a := find(t, r, "hotline-cn").Availability.In(i18n.EN); !strings.Contains(a, "tomorrow 02:00 your time (Europe/Berlin") {
		t.Errorf("zone override: %q", a)
	}
	// Open, it says until when; a later day gets a date.
	r = Plan(Input{Manifest: m, Category: "account", Now: at(t, "Asia/Shanghai", 2026, 11, 24, 20, 0), Region: "CN", Online: true})
	if a := find(t, r, "hotline-cn").Availability; a.In(i18n.EN) != "Open now, until today 21:00 your time (Asia/Shanghai UTC+08:00)" || a.In(i18n.ZH) != "现在开放，至今天 21:00（您的时间，Asia/Shanghai UTC+08:00）" {
		t.Errorf("open: %+v", a)
	}
	live := find(t, Plan(Input{Manifest: withRules(m, m.Rules[len(m.Rules)-1]), Now: now, Online: true}), "help-center")
	if live.Availability != avAlways {
		t.Errorf("24/7 channel: %+v", live.Availability)
	}
}

// TestNextOpeningDate: an opening more than a day away is written with its
// date (the weekly live stream, Wednesdays 20:00 Shanghai).
func TestNextOpeningDate(t *testing.T) {
	m := demo(t, walletMerchant)
	c, _ := m.Channel("live")
	now := at(t, "Asia/Shanghai", 2026, 11, 26, 10, 0) // Thursday
	a := availabilityOf(m, c, now, zone(t, "Asia/Shanghai"))
	want := i18n.T("当前休息，下次开放：12月2日（周三）20:00（您的时间，Asia/Shanghai UTC+08:00）。",
		"Closed now. Opens Wed 2 Dec 20:00 your time (Asia/Shanghai UTC+08:00).")
	if a.open || !sameText(a.text, want) {
		t.Errorf("got %+v\nwant %+v", a.text, want)
	}
}

// TestPeak: at peak hours a channel carries the manifest's queue advice
// (seed 002 for the exchange's live chat, 13:00–16:00 UTC).
func TestPeak(t *testing.T) {
	x := demo(t, exchange)
	chat, _ := x.Channel("chat")
	for _, tc := range []struct {
		now  time.Time
		peak bool
	}{
		{at(t, "UTC", 2026, 11, 24, 14, 0), true},
		{at(t, "Asia/Shanghai", 2026, 11, 24, 21, 30), true}, // 13:30 UTC
		{at(t, "UTC", 2026, 11, 24, 16, 0), false},
		{at(t, "UTC", 2026, 11, 24, 7, 0), false},
	} {
		r := Plan(Input{Manifest: x, Category: "deposit-delay", Now: tc.now, Online: true})
		rec := find(t, r, "chat")
		if rec.Peak != tc.peak {
			t.Errorf("%v: peak %v, want %v", tc.now, rec.Peak, tc.peak)
		}
		if tc.peak && rec.PeakAdvice != chat.PeakAdvice {
			t.Errorf("%v: advice %+v", tc.now, rec.PeakAdvice)
		}
		if !tc.peak && rec.PeakAdvice != (i18n.Text{}) {
			t.Errorf("%v: advice off-peak", tc.now)
		}
		// At peak chat is still open and keeps its place.
		if !rec.OpenNow || r.Recommendations[0].target() != "chat" {
			t.Errorf("%v: %s", tc.now, r.Summary())
		}
		checkTexts(t, r)
	}
	// A channel at peak without advice of its own gets the default.
	m := *demo(t, walletMerchant)
	m.Channels = slices.Clone(m.Channels)
	m.Channels[0].PeakAdvice = i18n.Text{}
	r := Plan(Input{Manifest: &m, Category: "account", Now: at(t, "Asia/Shanghai", 2026, 11, 24, 11, 0), Region: "CN", Online: true})
	if rec := find(t, r, "hotline-cn"); !rec.Peak || rec.PeakAdvice != peakDefault {
		t.Errorf("default advice: %+v", rec)
	}
	if s := r.Summary(); !strings.Contains(s, "contact:hotline-cn(peak)") {
		t.Errorf("summary: %s", s)
	}
}

// TestMaintenance: a channel named by a maintenance window in progress is
// closed until the window ends, whatever its hours.
func TestMaintenance(t *testing.T) {
	m := demo(t, walletMerchant)
	r := Plan(Input{Manifest: m, Category: "payment", Now: at(t, "UTC", 2026, 12, 6, 3, 0), Online: true})
	rec := find(t, r, "ticket")
	end := at(t, "UTC", 2026, 12, 6, 4, 0)
	if rec.OpenNow || !rec.NextOpen.Equal(end) || !strings.HasPrefix(rec.Availability.In(i18n.EN), "Under maintenance until today 04:00") {
		t.Errorf("%+v", rec)
	}
	if r.Recommendations[len(r.Recommendations)-1].target() != "ticket" {
		t.Errorf("ticket under maintenance not last: %s", r.Summary())
	}
	checkTexts(t, r)
}
