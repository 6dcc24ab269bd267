package manifest

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed zoneinfo/*/*
var zoneFiles embed.FS

// embeddedZones are the IANA zones a manifest may name, besides UTC and fixed
// offsets. The set covers the platforms' main markets; it is small because
// the widget ships it to every browser. Keep it sorted.
var embeddedZones = []string{
	"Africa/Lagos",
	"America/Chicago", "America/Los_Angeles", "America/New_York", "America/Sao_Paulo",
	"Asia/Bangkok", "Asia/Dubai", "Asia/Ho_Chi_Minh", "Asia/Hong_Kong", "Asia/Jakarta",
	"Asia/Kolkata", "Asia/Manila", "Asia/Seoul", "Asia/Shanghai", "Asia/Singapore",
	"Asia/Taipei", "Asia/Tokyo",
	"Australia/Sydney",
	"Europe/Amsterdam", "Europe/Berlin", "Europe/Istanbul", "Europe/London", "Europe/Moscow",
	"Europe/Paris",
}

// Zones lists the time zone names a manifest may use: "UTC", a fixed offset
// written "UTC+08:00" or "UTC-05:30", or one of the embedded IANA zones.
func Zones() []string {
	return append([]string{"UTC", "UTC±HH:MM"}, embeddedZones...)
}

var zoneCache sync.Map // name → *time.Location

// LoadZone returns the location for a zone name a manifest may use (see
// Zones). It gives the same answer natively and in the browser, so a
// manifest the CLI accepts is accepted by the widget too.
func LoadZone(name string) (*time.Location, error) {
	if loc, ok := zoneCache.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := loadZone(name)
	if err != nil {
		return nil, err
	}
	zoneCache.Store(name, loc)
	return loc, nil
}

func loadZone(name string) (*time.Location, error) {
	switch {
	case name == "UTC" || name == "Etc/UTC":
		return time.UTC, nil
	case strings.HasPrefix(name, "UTC+") || strings.HasPrefix(name, "UTC-"):
		return fixedZone(name)
	}
	if !strings.Contains(name, "..") {
		if data, err := zoneFiles.ReadFile("zoneinfo/" + name); err == nil {
			return time.LoadLocationFromTZData(name, data)
		}
	}
	return nil, fmt.Errorf("unsupported time zone %q", name)
}

// fixedZone parses "UTC+08:00" / "UTC-05:30".
func fixedZone(name string) (*time.Location, error) {
	rest := name[len("UTC+"):]
	h, m, ok := strings.Cut(rest, ":")
	if !ok || len(h) != 2 || len(m) != 2 {
		return nil, fmt.Errorf("time zone offset %q: want UTC+HH:MM", name)
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh > 14 || mm > 59 || mm%15 != 0 {
		return nil, fmt.Errorf("time zone offset %q is out of range", name)
	}
	secs := (hh*60 + mm) * 60
	if name[3] == '-' {
		secs = -secs
	}
	return time.FixedZone(name, secs), nil
}
