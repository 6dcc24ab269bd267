package manifest

import (
	"testing"
)

func TestNotices(t *testing.T) {
	m, err := Parse(minimal(t), testNow)
	if err != nil {
		t.Fatal(err)
	}
	during := at(t, "2026-12-06T03:00:00Z")
	if len(m.MaintenanceAt(during)) != 1 || len(m.MaintenanceAt(testNow)) != 0 {
		t.Error("MaintenanceAt")
	}
	if w, ok := m.NextMaintenance(testNow); !ok || w.ID != "m1" {
		t.Error("NextMaintenance")
	}
	if _, ok := m.NextMaintenance(at(t, "2027-01-01T00:00:00Z")); ok {
		t.Error("no maintenance after the last window")
	}
	a := Announcement{From: at(t, "2026-11-01T00:00:00Z"), Until: at(t, "2026-12-01T00:00:00Z")}
	if !a.ActiveAt(testNow) || a.ActiveAt(at(t, "2026-12-01T00:00:00Z")) {
		t.Error("Announcement.ActiveAt")
	}
}
