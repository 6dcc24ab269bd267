package route

import (
	"testing"
	"time"

	"github.com/triage-widget/triage/app/i18n"
)

func TestSpanText(t *testing.T) {
	cases := []struct {
		min, max time.Duration
		want     i18n.Text
	}{
		{0, 10 * time.Minute, i18n.T("10 分钟内回复", "Reply within 10 min")},
		{24 * time.Hour, 48 * time.Hour, i18n.T("24–48 小时内回复", "Reply within 24–48 h")},
		{time.Minute, 30 * time.Minute, i18n.T("1–30 分钟内回复", "Reply within 1–30 min")},
		{30 * time.Minute, 2 * time.Hour, i18n.T("30 分钟–2 小时内回复", "Reply within 30 min–2 h")},
		{90 * time.Minute, 90 * time.Minute, i18n.T("90 分钟内回复", "Reply within 90 min")},
		{0, 45 * time.Second, i18n.T("45 秒内回复", "Reply within 45 s")},
		{0, 0, i18n.Text{}},
	}
	for _, tc := range cases {
		if got := spanText(tc.min, tc.max); !sameText(got, tc.want) {
			t.Errorf("%v–%v: %+v, want %+v", tc.min, tc.max, got, tc.want)
		}
	}
}

func TestWhenText(t *testing.T) {
	loc := zone(t, "Europe/Berlin")
	now := time.Date(2026, 11, 24, 23, 30, 0, 0, loc) // Tuesday
	cases := []struct {
		t    time.Time
		want i18n.Text
	}{
		{now.Add(20 * time.Minute), i18n.T("今天 23:50", "today 23:50")},
		// 40 minutes later is tomorrow: calendar days, not 24-hour steps.
		{now.Add(40 * time.Minute), i18n.T("明天 00:10", "tomorrow 00:10")},
		{now.Add(49 * time.Hour), i18n.T("11月27日（周五）00:30", "Fri 27 Nov 00:30")},
	}
	for _, tc := range cases {
		if got := whenText(tc.t, now, loc); !sameText(got, tc.want) {
			t.Errorf("%v: %+v, want %+v", tc.t, got, tc.want)
		}
	}
}

func TestZoneLabel(t *testing.T) {
	ny := zone(t, "America/New_York")
	// The offset is the one in force at the instant shown: after the March
	// change New York is UTC-4.
	if got := zoneLabel(time.Date(2026, 3, 7, 12, 0, 0, 0, time.UTC), ny); got != "America/New_York UTC-05:00" {
		t.Errorf("winter: %s", got)
	}
	if got := zoneLabel(time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC), ny); got != "America/New_York UTC-04:00" {
		t.Errorf("summer: %s", got)
	}
	// A browser zone is a bare offset (Go names it after the JS offset).
	if got := zoneLabel(validAt, time.FixedZone("Local", 5*3600+1800)); got != "UTC+05:30" {
		t.Errorf("fixed: %s", got)
	}
}

// sameText compares a made text with one written in zh-CN and en, and
// requires it in zh-TW too (a made text has all three, or none).
func sameText(got, want i18n.Text) bool {
	return got.ZH == want.ZH && got.EN == want.EN && (got.TW != "") == (want.ZH != "")
}
