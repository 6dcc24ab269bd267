package route

import (
	"sort"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// Tiers of the ranking, best first (see the package doc for why).
const (
	tierFreeze   = iota // emergency: freeze the account
	tierHotline         // emergency: the 24/7 hotline
	tierFinding         // fix a finding yourself
	tierGuide           // offline: the saved guide
	tierChannels        // the manifest's rules, money in transit and offline additions
)

// Plan ranks what the merchant should do. It is pure: the same Input gives
// the same Result, and it reads no clock, storage or network.
func Plan(in Input) Result {
	r := Result{Now: in.Now, Offline: !in.Online, Unreachable: !in.Online && in.PlatformUnreachable}
	m := in.Manifest
	if m == nil {
		r.Inference = Inference{Source: SourceNone, Why: msgWhyNoManifest}
		return r
	}
	problems := problemFindings(in.Findings)
	r.Inference = infer(m, in.Category, problems, in.LastError)
	if in.Emergency {
		r.Inference = emergencyInference(m, r.Inference)
	}
	var cat *manifest.Category
	if c, ok := m.Category(r.Category); ok {
		cat = &c
		r.Title, r.Urgency, r.Guide = c.Title, c.Urgency, c.Flow
	}
	r.Emergency = in.Emergency || cat != nil && cat.Urgency == manifest.UrgencyEmergency
	if r.Emergency {
		r.Steps = emergencySteps(m, cat)
	}
	money := moneyInTransit(cat, problems)
	r.Prepare = preparation(cat, money, r.Emergency)
	r.Escalate = escalation(m, problems, r.Emergency)

	sit := manifest.Situation{Category: r.Category, Findings: codes(problems), ErrorCode: in.LastError, Offline: !in.Online}
	rules := matching(m, sit)

	b := &ranking{m: m, in: in, seen: map[string]bool{}}
	if r.Emergency {
		freeze, hotlines, always := emergencyChannels(m, in.Now, in.Region)
		for _, c := range freeze {
			b.channel(tierFreeze, c, "emergency", reasonFreeze)
		}
		reason := reasonEmergencyHotline
		if !always {
			reason = reasonEmergencyPhoneOpen
		}
		for _, c := range hotlines {
			if c.Kind != manifest.KindPhone {
				reason = reasonEmergencyContact // a chat or a mailbox is no hotline
			}
			b.channel(tierHotline, c, "emergency", reason)
		}
	}
	for _, rec := range selfFixes(m, in, problems, cat, routed(rules)) {
		b.add(tierFinding, rec)
	}
	if !in.Online && cat != nil && len(cat.Flow) > 0 {
		b.add(tierGuide, guide(cat))
	}
	for _, rule := range rules {
		for _, id := range rule.Route {
			if c, ok := m.Channel(id); ok {
				b.channel(tierChannels, c, "rule:"+rule.ID, rule.Reason)
			}
		}
	}
	// Hotlines are general-purpose, so the built-in rules may add those the
	// manifest's rules left out; purpose-specific channels (a ticket form for
	// appeals) are only ever reordered, never added.
	phones := m.ChannelsOfKind(manifest.KindPhone)
	if money {
		for _, c := range phones {
			b.channel(tierChannels, c, "money", reasonMoneyPhone)
		}
	}
	if !in.Online {
		// Offline, a phone is the way to a person. A platform without one
		// (seed 002) still has email, which the mail app keeps until the
		// merchant is back online.
		offline := phones
		reason := reasonOfflinePhone
		if !anyServes(phones, in.Region) {
			offline, reason = m.ChannelsOfKind(manifest.KindEmail), reasonOfflineEmail
		}
		for _, c := range offline {
			b.channel(tierChannels, c, "offline", reason)
		}
	}
	r.Recommendations = b.ranked(cat, money, r.Prepare)
	return r
}

// matching returns the manifest's rules whose condition holds, in manifest
// order.
func matching(m *manifest.Manifest, sit manifest.Situation) []manifest.Rule {
	var out []manifest.Rule
	for _, rule := range m.Rules {
		if rule.When.Matches(sit) {
			out = append(out, rule)
		}
	}
	return out
}

// routed lists the channel ids of rules, in order.
func routed(rules []manifest.Rule) []string {
	var ids []string
	for _, rule := range rules {
		ids = append(ids, rule.Route...)
	}
	return ids
}

// guide is the offline recommendation to follow the category's saved steps.
func guide(cat *manifest.Category) Recommendation {
	steps := make([]i18n.Text, len(cat.Flow))
	for i, s := range cat.Flow {
		steps[i] = s.Text
	}
	return Recommendation{Kind: KindSelfFix, Source: "guide", Reason: reasonGuide, Steps: steps, Reachable: true, OpenNow: true}
}

// anyServes reports whether one of cs serves the region.
func anyServes(cs []manifest.Channel, region string) bool {
	for _, c := range cs {
		if c.Serves(region) {
			return true
		}
	}
	return false
}

// codes lists the codes of findings.
func codes(fs []diag.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = string(f.Code)
	}
	return out
}

// ranking collects recommendations with what they are ranked by.
type ranking struct {
	m       *manifest.Manifest
	in      Input
	seen    map[string]bool // channel ids already placed
	entries []entry
}

type entry struct {
	rec  Recommendation
	tier int
	seq  int // insertion order: the order of the rules that named it
}

func (b *ranking) add(tier int, rec Recommendation) {
	b.entries = append(b.entries, entry{rec: rec, tier: tier, seq: len(b.entries)})
}

// channel adds a channel once, at the first (best) place that names it,
// unless it does not serve the merchant's region.
func (b *ranking) channel(tier int, c manifest.Channel, source string, reason i18n.Text) {
	if b.seen[c.ID] || !c.Serves(b.in.Region) {
		return
	}
	rec, ok := channelRec(b.m, c, b.in, source, reason)
	if !ok {
		return
	}
	b.seen[c.ID] = true
	b.add(tier, rec)
}

// ranked sorts the entries: offline, what is reachable first; then by tier;
// among the channels of the rules, open before closed, then by the
// category's preference (see preference), then those staffed in the
// merchant's language, then rule order. Contacts and freezes get the
// preparation list.
func (b *ranking) ranked(cat *manifest.Category, money bool, prep []manifest.Prep) []Recommendation {
	es := b.entries
	sort.SliceStable(es, func(i, j int) bool {
		a, c := es[i], es[j]
		if !b.in.Online && a.rec.Reachable != c.rec.Reachable {
			return a.rec.Reachable
		}
		if a.tier != c.tier {
			return a.tier < c.tier
		}
		if a.tier == tierChannels {
			if a.rec.OpenNow != c.rec.OpenNow {
				return a.rec.OpenNow
			}
			pa := preference(cat, money, a.rec.Channel)
			pc := preference(cat, money, c.rec.Channel)
			if pa != pc {
				return pa < pc
			}
			if a.rec.SpeaksLang != c.rec.SpeaksLang {
				return a.rec.SpeaksLang
			}
		}
		return a.seq < c.seq
	})
	out := make([]Recommendation, len(es))
	for i, e := range es {
		if e.rec.Kind != KindSelfFix {
			e.rec.Prepare = prep
		}
		if !b.in.Online && e.rec.Finding != nil && e.rec.Link != "" {
			e.rec.Notes = append(e.rec.Notes, noteLinkNeedsInternet)
		}
		out[i] = e.rec
	}
	return out
}
