package route

import (
	"github.com/triage-widget/triage/app/i18n"
)

// Why a category was chosen.
var (
	msgWhyPicked        = i18n.M(i18n.RouteWhyPicked)
	msgWhyPickedUnknown = i18n.M(i18n.RouteWhyPickedUnknown)
	msgWhyErrorCode     = i18n.M(i18n.RouteWhyErrorCode)
	msgWhyFinding       = i18n.M(i18n.RouteWhyFinding)
	msgWhyNone          = i18n.M(i18n.RouteWhyNone)
	msgWhyNoManifest    = i18n.M(i18n.RouteWhyNoManifest)
	msgWhyEmergency     = i18n.M(i18n.RouteWhyEmergency)
	msgWhyReported      = i18n.M(i18n.RouteWhyReported)
)

// Reasons written by the built-in rules. Channels named by a manifest rule
// carry that rule's reason instead.
var (
	reasonFreeze             = i18n.M(i18n.RouteReasonFreeze)
	reasonEmergencyHotline   = i18n.M(i18n.RouteReasonEmergencyHotline)
	reasonEmergencyPhoneOpen = i18n.M(i18n.RouteReasonEmergencyPhoneOpen)
	reasonEmergencyContact   = i18n.M(i18n.RouteReasonEmergencyContact)
	reasonSelfFix            = i18n.M(i18n.RouteReasonSelfFix)
	reasonFrozen             = i18n.M(i18n.RouteReasonFrozen)
	reasonGuide              = i18n.M(i18n.RouteReasonGuide)
	reasonMoneyPhone         = i18n.M(i18n.RouteReasonMoneyPhone)
	reasonOfflinePhone       = i18n.M(i18n.RouteReasonOfflinePhone)
	reasonOfflineEmail       = i18n.M(i18n.RouteReasonOfflineEmail)
)

// Notes on a recommendation.
var (
	noteNeedsInternet     = i18n.M(i18n.RouteNoteNeedsInternet)
	noteLinkNeedsInternet = i18n.M(i18n.RouteNoteLinkNeedsInternet)
	noteOtherLanguage     = i18n.M(i18n.RouteNoteOtherLanguage)
)

// When a channel can be used. %[n] verbs let each language put the parts in
// its own order.
var (
	avAlways          = i18n.M(i18n.RouteAvAlways)
	avOpen            = i18n.M(i18n.RouteAvOpen)
	avOpenUntil       = i18n.M(i18n.RouteAvOpenUntil)
	avClosedNext      = i18n.M(i18n.RouteAvClosedNext)
	avClosedNextThere = i18n.M(i18n.RouteAvClosedNextThere)
	avClosedNever     = i18n.M(i18n.RouteAvClosedNever)
	avMaintenance     = i18n.M(i18n.RouteAvMaintenance)
)

// Times and durations.
var (
	timeToday    = i18n.M(i18n.RouteTimeToday)
	timeTomorrow = i18n.M(i18n.RouteTimeTomorrow)
	timeDate     = i18n.M(i18n.RouteTimeDate)
	timeWeekday  = i18n.M(i18n.RouteTimeWeekday)
	respWithin   = i18n.M(i18n.RouteRespWithin)
	respRange    = i18n.M(i18n.RouteRespRange)
	unitHours    = i18n.M(i18n.RouteUnitHours)
	unitMinutes  = i18n.M(i18n.RouteUnitMinutes)
	unitSeconds  = i18n.M(i18n.RouteUnitSeconds)
)

// peakDefault is the queue advice for a channel at peak that gives none of
// its own (seed 002: queues at peak times; help yourself first or ask
// off-peak).
var peakDefault = i18n.M(i18n.RoutePeakDefault)

// Day and month names, indexed by time.Weekday and time.Month-1. They are
// written out rather than taken from a locale library: the widget carries no
// x/text.
var (
	weekdays = [7]i18n.Text{
		i18n.M(i18n.RouteSun), i18n.M(i18n.RouteMon), i18n.M(i18n.RouteTue), i18n.M(i18n.RouteWed),
		i18n.M(i18n.RouteThu), i18n.M(i18n.RouteFri), i18n.M(i18n.RouteSat),
	}
	monthsEN = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// stepsEmergency are the generic first steps in a security emergency.
var stepsEmergency = []i18n.Text{
	i18n.M(i18n.RouteStepEmergencyPassword),
	i18n.M(i18n.RouteStepEmergencyShare),
	i18n.M(i18n.RouteStepEmergencyRecords),
}
