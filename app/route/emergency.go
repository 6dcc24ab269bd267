package route

import (
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
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
	if len(hotlines) > 0 || len(phones) > 0 {
		return freeze, hotlines, false
	}
	// A platform without a phone (seed 002) still staffs some channel
	// around the clock: a chat, a ticket form or an email address.
	for _, kind := range []manifest.Kind{manifest.KindChat, manifest.KindTicket, manifest.KindEmail} {
		for _, c := range m.ChannelsOfKind(kind) {
			if c.Hours.Always && c.Serves(region) {
				hotlines = append(hotlines, c)
			}
		}
	}
	return freeze, hotlines, len(hotlines) > 0
}

// emergencyInference settles the category when a compromise was reported:
// the manifest's emergency category, or none (the emergency path is then
// built from the channels alone).
func emergencyInference(m *manifest.Manifest, inf Inference) Inference {
	if c, ok := m.Category(inf.Category); ok && c.Urgency == manifest.UrgencyEmergency {
		return inf
	}
	for _, c := range m.Categories {
		if c.Urgency == manifest.UrgencyEmergency {
			return Inference{Category: c.ID, Source: SourceReported, Why: msgWhyReported}
		}
	}
	return Inference{Source: SourceReported, Why: msgWhyEmergency}
}

// emergencySteps are the short steps after the freeze and the hotline:
// the emergency category's own, less those that are the freeze or a call
// (the panel shows those as its actions), up to three; the generic ones
// (seed 000's "修改密码…检查登录记录", every guide's "never share codes")
// when the category has fewer than two of its own.
func emergencySteps(m *manifest.Manifest, cat *manifest.Category) []i18n.Text {
	var steps []i18n.Text
	if cat != nil {
		for _, s := range cat.Flow {
			if c, ok := m.Channel(s.Channel); ok && (c.Kind == manifest.KindFreezeAccount || c.Kind == manifest.KindPhone) {
				continue
			}
			if len(steps) < len(stepsEmergency) {
				steps = append(steps, s.Text)
			}
		}
	}
	if len(steps) < 2 {
		return stepsEmergency
	}
	return steps
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
