package checks

import (
	"context"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// Maintenance reports maintenance announced in the signed manifest (seed
// 000 "关注官方公告：了解系统维护…提前规避潜在问题").
var Maintenance = &diag.Check{
	Name:  "maintenance",
	Title: i18n.M(i18n.CheckMaintenanceTitle),
	Doc: `maintenance reports a maintenance window of the signed manifest that is under way or coming soon.

platform.maintenance fails while now is inside an announced window: payments
and API calls may fail and nothing on the merchant's side needs fixing.
Windows starting within MaintenanceNotice are reported as a warning.`,
	Needs:   diag.Needs{Platform: true},
	Timeout: diag.LocalTimeout,
	Run:     runMaintenance,
}

func init() { register(40, Maintenance) }

// MaintenanceNotice is how far ahead an announced window is worth a warning.
const MaintenanceNotice = 72 * time.Hour

var (
	labelStart = i18n.M(i18n.CheckMaintenanceStart)
	labelEnd   = i18n.M(i18n.CheckMaintenanceEnd)

	msgMaintenance    = i18n.M(i18n.CheckMaintenanceMaintenance)
	fixMaintenance    = i18n.M(i18n.CheckMaintenanceFixMaintenance)
	msgMaintenanceDue = i18n.M(i18n.CheckMaintenanceMaintenanceDue)
	fixMaintenanceDue = i18n.M(i18n.CheckMaintenanceFixMaintenanceDue)
	msgNoMaintenance  = i18n.M(i18n.CheckMaintenanceNoMaintenance)
)

func runMaintenance(ctx context.Context, p *diag.Pass) error {
	now := p.Now()
	found := false
	for _, w := range p.Platform().Maintenance {
		if !w.End.After(w.Start) {
			continue // an empty or inverted window announces nothing
		}
		ev := []diag.Evidence{evidence(labelStart, utc(w.Start)), evidence(labelEnd, utc(w.End))}
		// The platform's own announcement follows ours, in the same language.
		withNote := func(msg i18n.Text) i18n.Text {
			if w.Message.Complete() {
				return join(msg, w.Message)
			}
			return msg
		}
		switch {
		case !now.Before(w.Start) && now.Before(w.End):
			p.Report(newFinding(diag.CodePlatformMaintenance, diag.StatusFail, withNote(msgMaintenance.Format(utc(w.End))), fixMaintenance, ev...))
			found = true
		case w.Start.After(now) && w.Start.Sub(now) <= MaintenanceNotice:
			p.Report(newFinding(diag.CodePlatformMaintenanceScheduled, diag.StatusWarn, withNote(msgMaintenanceDue.Format(utc(w.Start), utc(w.End))), fixMaintenanceDue, ev...))
			found = true
		}
	}
	if !found {
		p.Report(newFinding(diag.CodePlatformOK, diag.StatusPass, msgNoMaintenance, i18n.Text{}))
	}
	return nil
}

// utc formats a time for a message: minutes are enough and UTC is
// unambiguous for support.
func utc(t time.Time) string { return t.UTC().Format("2006-01-02 15:04") }
