package route

import (
	"fmt"

	"github.com/triage-widget/triage/app/i18n"
)

// Why a category was chosen.
var (
	msgWhyPicked        = i18n.T("您选择了这一问题类别。", "You picked this category.")
	msgWhyPickedUnknown = i18n.T("所选类别“%s”不在该平台的清单中，已忽略。", "The chosen category %q is not offered by this platform and was ignored.")
	msgWhyErrorCode     = i18n.T("根据平台返回的错误码 %s 推断：%s", "Inferred from the platform error code %s: %s")
	msgWhyFinding       = i18n.T("根据检查结果 %s 推断：%s", "Inferred from the check result %s: %s")
	msgWhyNone          = i18n.T("检查结果无法确定问题类别，请选择最接近的一项。", "The checks do not point to one category; please pick the closest one.")
	msgWhyNoManifest    = i18n.T("没有经过验证的官方渠道清单，因此不推荐任何渠道。", "There is no verified channel manifest, so no channel is recommended.")
)

// Reasons written by the built-in rules. Channels named by a manifest rule
// carry that rule's reason instead.
var (
	reasonFreeze = i18n.T(
		"疑似安全事件：请先冻结账户，阻止任何人继续动用资金，再联系客服排查风险。",
		"Possible security incident: freeze the account first so nobody can move funds, then contact support to investigate.")
	reasonEmergencyHotline = i18n.T(
		"7×24 小时热线：冻结后立即拨打，说明异常登录或可疑交易。",
		"24/7 hotline: call right after freezing and describe the unknown login or suspicious transactions.")
	reasonEmergencyPhoneOpen = i18n.T(
		"热线现在开放：冻结后立即拨打，说明异常登录或可疑交易。",
		"The hotline is open now: call right after freezing and describe the unknown login or suspicious transactions.")
	reasonSelfFix = i18n.T(
		"检查发现：%s 您可以按下面的方法自行修复，无需等待客服。",
		"Found: %s You can fix this yourself with the steps below, without waiting for support.")
	reasonFrozen = i18n.T(
		"账户已被冻结。冻结通常是平台的保护措施；如果既不是您本人操作、也没有平台通知，并且怀疑账户被盗，请按“安全紧急情况”处理。",
		"The account is frozen. A freeze is usually the platform protecting you; if neither you nor a platform notice explains it and you suspect theft, treat it as a security emergency.")
	reasonGuide = i18n.T(
		"您当前离线：本指南的步骤已保存在本页，可以直接照做。",
		"You are offline: the steps of this guide are saved in this panel and still work.")
	reasonMoneyPhone = i18n.T(
		"资金已扣款但未到账：请准备好交易哈希和订单号后拨打热线。",
		"Money debited but not credited: call the hotline with the transaction hash and order number ready.")
	reasonOfflinePhone = i18n.T(
		"您当前离线：电话热线仍然可以拨打。",
		"You are offline: the phone hotline still works.")
	reasonOfflineEmail = i18n.T(
		"您当前离线：可以先写好邮件，邮件应用会在恢复网络后发送。",
		"You are offline: you can write the email now; your mail app sends it once you are back online.")
)

// Notes on a recommendation.
var (
	noteNeedsInternet     = i18n.T("需要联网：恢复网络后可用。", "Needs the internet: available once you are back online.")
	noteLinkNeedsInternet = i18n.T("文档链接需要联网；修复方法已显示在本页。", "The linked doc needs the internet; the fix itself is shown here.")
	noteOtherLanguage     = i18n.T("该渠道不提供您所用语言的服务。", "This channel is not staffed in your language.")
)

// When a channel can be used. %[n] verbs let each language put the parts in
// its own order.
var (
	avAlways          = i18n.T("7×24 小时可用", "Available 24/7")
	avOpen            = i18n.T("现在开放", "Open now")
	avOpenUntil       = i18n.T("现在开放，至%s（您的时间，%s）", "Open now, until %s your time (%s)")
	avClosedNext      = i18n.T("当前休息，下次开放：%s（您的时间，%s）。", "Closed now. Opens %s your time (%s).")
	avClosedNextThere = i18n.T("当前休息，下次开放：%[1]s（您的时间，%[2]s），即 %[4]s 时间%[3]s。", "Closed now. Opens %[1]s your time (%[2]s), %[3]s in %[4]s.")
	avClosedNever     = i18n.T("当前休息，未公布开放时间。", "Closed now; no opening hours are published.")
	avMaintenance     = i18n.T("系统维护中，预计 %s 恢复（您的时间，%s）。", "Under maintenance until %s your time (%s).")
)

// Times and durations.
var (
	timeToday    = i18n.T("今天 %s", "today %s")
	timeTomorrow = i18n.T("明天 %s", "tomorrow %s")
	timeDate     = i18n.T("%[2]d月%[3]d日（%[1]s）%[5]s", "%[1]s %[3]d %[4]s %[5]s")
	timeWeekday  = i18n.T("%s %s", "%s %s")
	respWithin   = i18n.T("%s内回复", "Reply within %s")
	respRange    = i18n.T("%s–%s内回复", "Reply within %s–%s")
	unitHours    = i18n.T("%d 小时", "%d h")
	unitMinutes  = i18n.T("%d 分钟", "%d min")
	unitSeconds  = i18n.T("%d 秒", "%d s")
)

// peakDefault is the queue advice for a channel at peak that gives none of
// its own (seed 002: queues at peak times; help yourself first or ask
// off-peak).
var peakDefault = i18n.T(
	"高峰时段可能需要排队：可先在帮助中心自助解决常见问题，或改在非高峰时段联系。",
	"Peak hours: expect a queue. Try the help center for common questions first, or get in touch off-peak.")

// Day and month names, indexed by time.Weekday and time.Month-1. They are
// written out rather than taken from a locale library: the widget carries no
// x/text.
var (
	weekdays = [7]i18n.Text{
		i18n.T("周日", "Sun"), i18n.T("周一", "Mon"), i18n.T("周二", "Tue"), i18n.T("周三", "Wed"),
		i18n.T("周四", "Thu"), i18n.T("周五", "Fri"), i18n.T("周六", "Sat"),
	}
	monthsEN = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// messages lists every text of the package for the completeness test.
var messages = func() map[string]i18n.Text {
	m := map[string]i18n.Text{
		"whyPicked": msgWhyPicked, "whyPickedUnknown": msgWhyPickedUnknown,
		"whyErrorCode": msgWhyErrorCode, "whyFinding": msgWhyFinding, "whyNone": msgWhyNone,
		"whyNoManifest": msgWhyNoManifest,
		"freeze":        reasonFreeze, "emergencyHotline": reasonEmergencyHotline,
		"emergencyPhoneOpen": reasonEmergencyPhoneOpen, "selfFix": reasonSelfFix, "frozen": reasonFrozen,
		"guide": reasonGuide, "moneyPhone": reasonMoneyPhone, "offlinePhone": reasonOfflinePhone, "offlineEmail": reasonOfflineEmail,
		"needsInternet": noteNeedsInternet, "linkNeedsInternet": noteLinkNeedsInternet,
		"otherLanguage": noteOtherLanguage,
		"always":        avAlways, "open": avOpen, "openUntil": avOpenUntil, "closedNext": avClosedNext,
		"closedNextThere": avClosedNextThere, "closedNever": avClosedNever, "maintenance": avMaintenance,
		"today": timeToday, "tomorrow": timeTomorrow, "date": timeDate, "weekday": timeWeekday,
		"respWithin": respWithin, "respRange": respRange,
		"hours": unitHours, "minutes": unitMinutes, "seconds": unitSeconds,
		"peakDefault": peakDefault,
	}
	for i, d := range weekdays {
		m[fmt.Sprintf("weekday%d", i)] = d
	}
	return m
}()
