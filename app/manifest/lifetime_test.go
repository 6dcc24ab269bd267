package manifest

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/i18n"
)

// TestLifetimeCap: an expiry up to MaxLifetime after publication is
// accepted, one second more is refused with the latest allowed expiry.
func TestLifetimeCap(t *testing.T) {
	atCap := mutate(t, func(d map[string]any) { d["expires"] = "2027-04-30T00:00:00Z" }) // 2026-11-01 + 180 days
	if _, err := Parse(atCap, testNow); err != nil {
		t.Errorf("expiry exactly MaxLifetime after publication refused: %v", err)
	}
	over := mutate(t, func(d map[string]any) { d["expires"] = "2027-04-30T00:00:01Z" })
	_, err := Parse(over, testNow)
	ps := Problems(err)
	if len(ps) != 1 || ps[0].Code != codeLifetime || ps[0].Path != "expires" {
		t.Fatalf("want one %s at expires, got %v", codeLifetime, err)
	}
	if m := ps[0].Message; !strings.Contains(m.In(i18n.EN), "180 days") || !strings.Contains(m.In(i18n.EN), "2027-04-30T00:00:00Z") ||
		!strings.Contains(m.In(i18n.ZH), "180 天") || !strings.Contains(m.In(i18n.ZH), "2027-04-30T00:00:00Z") {
		t.Errorf("message does not give the cap and the latest expiry: %+v", m)
	}
}
