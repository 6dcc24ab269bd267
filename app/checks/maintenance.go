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
	Title: i18n.T("平台维护", "Platform maintenance"),
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
	labelStart = i18n.T("开始", "start")
	labelEnd   = i18n.T("结束", "end")

	msgMaintenance    = i18n.T("平台正在维护，预计 %s（UTC）结束。", "The platform is under maintenance until %s (UTC).")
	fixMaintenance    = i18n.T("维护期间付款和 API 请求可能失败，这不是你的配置问题，无需修改设置。请在维护结束后重试。", "Payments and API calls may fail during maintenance; this is not a problem with your setup and nothing needs changing. Retry after it ends.")
	msgMaintenanceDue = i18n.T("平台将于 %s（UTC）开始维护，至 %s 结束。", "The platform has announced maintenance from %s to %s (UTC).")
	fixMaintenanceDue = i18n.T("避开维护时段安排提现、结算和系统上线。", "Schedule withdrawals, settlements and deployments outside the window.")
	msgNoMaintenance  = i18n.T("没有进行中或即将开始的维护。", "No maintenance is under way or announced.")
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
