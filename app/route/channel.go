package route

import (
	"strings"
	"time"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// channelRec builds the recommendation for one manifest channel: what it
// is, how to reach it, whether it is open, how soon it answers. ok is false
// for a channel that is not the manifest's own (see official).
func channelRec(m *manifest.Manifest, c manifest.Channel, in Input, source string, reason i18n.Text) (Recommendation, bool) {
	if !official(m, c) {
		return Recommendation{}, false
	}
	own := c // a copy: the caller may not change the manifest through it
	r := Recommendation{Kind: kindOf(c.Kind), Source: source, Reason: reason, Channel: &own}
	if strings.HasPrefix(c.Value, "tel:") {
		r.Phone = &Phone{
			Number:          strings.TrimPrefix(c.Value, "tel:"),
			Digits:          manifest.TelDigits(c.Value),
			Href:            c.Value,
			StopPropagation: true,
		}
	} else {
		r.Link = c.Value
		r.LinkTemplate = len(manifest.Placeholders(c.Value)) > 0
	}
	av := availabilityOf(m, c, in.Now, in.zone())
	r.OpenNow, r.NextOpen, r.Availability = av.open, av.next, av.text
	r.Peak, r.PeakAdvice = av.peak, av.peakAdvice
	if c.Response != nil {
		r.Response = spanText(time.Duration(c.Response.Min), time.Duration(c.Response.Max))
	}
	r.SpeaksLang = in.Lang == "" || c.Speaks(string(in.Lang))
	if !r.SpeaksLang {
		r.Notes = append(r.Notes, noteOtherLanguage)
	}
	r.Reachable = in.Online || offlineReachable(c)
	if !r.Reachable {
		r.Notes = append(r.Notes, noteNeedsInternet)
	}
	return r, true
}

// kindOf says what choosing a channel means for deflection: reading the help
// center, the docs or the status page is the merchant helping themselves.
func kindOf(k manifest.Kind) Kind {
	switch k {
	case manifest.KindFreezeAccount:
		return KindFreeze
	case manifest.KindHelpCenter, manifest.KindDocs, manifest.KindStatus:
		return KindSelfFix
	}
	return KindContact
}

// offlineReachable reports channels that work without the network: a phone
// call, and an email the mail app keeps in its outbox until the merchant is
// back online. A freeze-account channel can be a tel: number too.
func offlineReachable(c manifest.Channel) bool {
	return strings.HasPrefix(c.Value, "tel:") || strings.HasPrefix(c.Value, "mailto:")
}

// official is the last guard of "only channels from the manifest": the
// channel must be the manifest's own, value and all, and its value must pass
// the manifest's link rule (https on an official domain) or be a tel: or
// mailto: value, whose shape and domain validation already checked.
// Validation refuses any manifest that breaks this, so a false here means a
// hand-made channel, and it is dropped rather than shown.
func official(m *manifest.Manifest, c manifest.Channel) bool {
	own, ok := m.Channel(c.ID)
	if !ok || own.Value != c.Value || own.Kind != c.Kind {
		return false
	}
	switch {
	case strings.HasPrefix(c.Value, "tel:+"), strings.HasPrefix(c.Value, "mailto:"):
		return true
	}
	return m.CheckLink(c.Value) == nil
}
