package route

import (
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// Kind is what a recommendation asks the merchant to do. The platform
// measures deflection by it: a chosen self-fix is a contact avoided.
type Kind string

// The kinds of recommendation.
const (
	// KindSelfFix: act on a finding's fix, read a help article or the docs,
	// or follow the saved guide.
	KindSelfFix Kind = "self-fix"
	// KindFreeze: freeze the account now (a freeze-account channel).
	KindFreeze Kind = "freeze"
	// KindContact: reach a person (phone, email, ticket, chat, community,
	// social).
	KindContact Kind = "contact"
)

// Result is the outcome of Plan: the category it settled on and what to do,
// best first. (It is not called Plan because the function is.)
type Result struct {
	Inference
	// Title is the category's title from the manifest; empty without one.
	Title i18n.Text
	// Urgency is the category's urgency from the manifest.
	Urgency manifest.Urgency
	// Emergency is true for a security emergency: freeze and the 24/7
	// hotline lead.
	Emergency bool
	// Steps are the three short things to do at once in an emergency: the
	// emergency category's first steps, or generic ones when the manifest
	// has no emergency category or no steps for it.
	Steps []i18n.Text
	// Offline echoes !Input.Online.
	Offline bool
	// Unreachable is true when Offline comes from the platform being out of
	// reach while the browser is online (Input.PlatformUnreachable).
	Unreachable bool
	// Now is Input.Now, kept so Summary and the panel agree on the instant.
	Now time.Time
	// Recommendations, best first.
	Recommendations []Recommendation
	// Prepare is what to have ready before contacting support: the
	// category's list from the manifest, completed by the built-in rules
	// (transaction hash and order number for money not credited, last login
	// for a security emergency).
	Prepare []manifest.Prep
	// Guide is the category's flow from the manifest, step by step. It is in
	// the panel already, so it works offline too.
	Guide []manifest.Step
	// Escalate, if set, is the id of the manifest's emergency category that
	// the panel should offer ("did you freeze it yourself?"): set when a
	// finding (account.frozen) may hide a theft but does not prove one.
	Escalate string
}

// Recommendation is one thing the merchant can do.
type Recommendation struct {
	Kind Kind
	// Source says which rule put it in the list: "emergency", "finding",
	// "guide", "money", "offline", or "rule:" + the manifest rule id.
	Source string
	// Reason explains, in plain words, why this is recommended.
	Reason i18n.Text
	// Channel is the manifest channel for a contact or a freeze, and for a
	// self-fix through a help-center, docs or status channel; nil for a
	// finding's self-fix and the guide.
	Channel *manifest.Channel
	// Finding is the finding a self-fix acts on; nil otherwise.
	Finding *diag.Finding
	// Link is the https (or mailto:) address to open: a finding's doc link or
	// the channel's value. It is "" for a phone (see Phone) and when no
	// official link is known.
	Link string
	// LinkTemplate is true when Link holds {placeholders} that the case
	// report fills (a ticket form) before it is opened.
	LinkTemplate bool
	// Phone is set for tel: channels.
	Phone *Phone
	// Reachable is false when the merchant is offline and the
	// recommendation needs the network.
	Reachable bool
	// OpenNow is whether the channel is staffed now (always true for a
	// self-fix). A channel under maintenance is not open.
	OpenNow bool
	// NextOpen is when a closed channel opens next; zero when open or when
	// no opening is published.
	NextOpen time.Time
	// Availability says when the channel can be used: "Available 24/7",
	// "Open now, until 21:00", or "Closed now. Opens tomorrow 09:00 your
	// time (UTC+01:00), Mon 16:00 in Asia/Shanghai."
	Availability i18n.Text
	// Response is how soon an answer comes ("Reply within 24–48 h"); empty
	// when the manifest does not say.
	Response i18n.Text
	// Peak is true during the channel's peak hours; PeakAdvice then carries
	// the queue advice (seed 002: try the help center, or ask off-peak).
	Peak       bool
	PeakAdvice i18n.Text
	// SpeaksLang is whether the channel is staffed in Input.Lang.
	SpeaksLang bool
	// Prepare is the preparation list for contacts and freezes (the same as
	// Result.Prepare); nil for self-fixes.
	Prepare []manifest.Prep
	// Steps are the saved guide's steps for the offline guide.
	Steps []i18n.Text
	// Notes are extra remarks: needs the internet, under maintenance.
	Notes []i18n.Text
}

// Phone is a phone number to show and dial.
//
// The UI must render Href as an <a href="tel:…"> whose click handler stops
// propagation: go-app intercepts anchor clicks and treats a URL without a
// host that is not mailto: as in-app navigation, so a bubbling tel: click
// remounts the panel instead of dialling. Number is also shown as plain text
// for a merchant on a desktop without a dialler, to read or copy.
type Phone struct {
	// Number as published, for reading: "+1-555-0101".
	Number string
	// Digits for copying into a dialler: "+15550101".
	Digits string
	// Href is the tel: URI.
	Href string
	// StopPropagation is always true; it is a field so that the rule
	// travels with the data to whoever renders it.
	StopPropagation bool
}
