package manifest

import (
	"testing"
	"time"
)

// TestZonesMatchSystem compares each embedded zone with the tz database of
// the machine running the tests (or Go's own copy), hour by hour over the
// years a manifest is likely to be live. A stale embedded file fails here.
func TestZonesMatchSystem(t *testing.T) {
	for _, name := range embeddedZones {
		ours, err := LoadZone(name)
		if err != nil {
			t.Fatalf("LoadZone(%q): %v", name, err)
		}
		sys, err := time.LoadLocation(name)
		if err != nil {
			t.Skipf("no system tz database to compare with: %v", err)
		}
		start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
		for at := start; at.Year() < 2031; at = at.Add(6 * time.Hour) {
			_, a := at.In(ours).Zone()
			_, b := at.In(sys).Zone()
			if a != b {
				t.Errorf("%s at %s: embedded offset %d, system %d", name, at, a, b)
				break
			}
		}
	}
}

func TestLoadZone(t *testing.T) {
	for _, tc := range []struct {
		name   string
		offset int // seconds east of UTC in January 2026
		ok     bool
	}{
		{"UTC", 0, true},
		{"Etc/UTC", 0, true},
		{"UTC+08:00", 8 * 3600, true},
		{"UTC-05:30", -(5*3600 + 1800), true},
		{"Asia/Shanghai", 8 * 3600, true},
		{"America/New_York", -5 * 3600, true},
		{"UTC+8", 0, false},
		{"UTC+15:00", 0, false},
		{"UTC+08:07", 0, false},
		{"Mars/Olympus_Mons", 0, false},
		{"../zone.go", 0, false},
		{"", 0, false},
	} {
		loc, err := LoadZone(tc.name)
		if (err == nil) != tc.ok {
			t.Errorf("LoadZone(%q) error = %v, want ok=%v", tc.name, err, tc.ok)
			continue
		}
		if err == nil {
			if _, off := time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC).In(loc).Zone(); off != tc.offset {
				t.Errorf("LoadZone(%q) offset %d, want %d", tc.name, off, tc.offset)
			}
		}
	}
}
