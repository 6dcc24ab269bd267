package route

import (
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/manifest"
)

// emergencyChannels are what a security emergency puts first: every
// freeze-account channel, then the hotlines staffed around the clock (seed
// 000 "紧急安全事件…需立即冻结账户并排查风险"; seed 001 "7天24小时"). When no
// hotline is 24/7, the hotlines open now take their place; a closed hotline
// is no help in an emergency and is left to the manifest's rules, which show
// it with its next opening. Only phones serving the merchant's region count,
// so a 24/7 line for another country does not hide one open here.
func emergencyChannels(m *manifest.Manifest, now time.Time, region string) (freeze, hotlines []manifest.Channel, always bool) {
	freeze = m.ChannelsOfKind(manifest.KindFreezeAccount)
	var phones []manifest.Channel
	for _, c := range m.ChannelsOfKind(manifest.KindPhone) {
		if c.Serves(region) {
			phones = append(phones, c)
		}
	}
	for _, c := range phones {
		if c.Hours.Always {
			hotlines = append(hotlines, c)
		}
	}
	if len(hotlines) > 0 {
		return freeze, hotlines, true
	}
	for _, c := range phones {
		if c.OpenAt(now) {
			hotlines = append(hotlines, c)
		}
	}
	return freeze, hotlines, false
}

// escalation returns the manifest's emergency category to offer when a
// finding may hide a theft without proving one: a frozen account is usually
// the platform's own protective step (seed 000 lists "账户被冻结" under account
// problems, not emergencies), so Plan does not freeze-first on it but lets
// the merchant say "this was not me". "" when there is nothing to offer.
func escalation(m *manifest.Manifest, problems []diag.Finding, emergency bool) string {
	if emergency {
		return ""
	}
	for _, f := range problems {
		if f.Code != diag.CodeAccountFrozen {
			continue
		}
		for _, c := range m.Categories {
			if c.Urgency == manifest.UrgencyEmergency {
				return c.ID
			}
		}
	}
	return ""
}
