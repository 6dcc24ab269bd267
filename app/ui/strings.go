package ui

import "github.com/triage-widget/triage/app/i18n"

// The panel's strings. Every one exists in zh-CN and en (TestStringsComplete).
var (
	strTitle          = i18n.T("帮助与自助诊断", "Help and self-diagnosis")
	strDialogLabel    = i18n.T("帮助面板", "Help panel")
	strClose          = i18n.T("关闭帮助", "Close help")
	strChecksHeading  = i18n.T("自助检查", "Self-checks")
	strChecksIdle     = i18n.T("诊断将在这里逐项显示。", "Checks appear here one by one.")
	strRunning        = i18n.T("检查中…", "Checking…")
	strDone           = i18n.T("完成", "Done")
	strChannels       = i18n.T("官方渠道", "Official channels")
	strChannelsLater  = i18n.T("完成检查后，这里会显示适合您问题的官方渠道。", "After the checks, the official channel for your problem appears here.")
	strContextHeading = i18n.T("您的商户信息", "Your merchant details")
	strContextIssues  = i18n.T("宿主页面提供的部分信息无法使用：", "Some details from the dashboard could not be used:")
	strScamWarning    = i18n.T(
		"谨防诈骗：官方客服绝不会索要您的密码、私钥、助记词、验证码，也不会要求您转账到“安全账户”。接到此类电话或消息请立即挂断，并通过官方渠道核实。",
		"Beware of scams: official support never asks for your password, private key, seed phrase or verification code, and never asks you to move funds to a \"safe account\". If someone does, hang up and check through an official channel.")
	strLoading = i18n.T("正在加载帮助…", "Loading help…")
)

// strings lists the catalogue for the completeness test.
var strings_ = map[string]i18n.Text{
	"title": strTitle, "dialogLabel": strDialogLabel, "close": strClose,
	"checksHeading": strChecksHeading, "checksIdle": strChecksIdle, "running": strRunning,
	"done": strDone, "channels": strChannels, "channelsLater": strChannelsLater,
	"contextHeading": strContextHeading,
	"contextIssues":  strContextIssues, "scamWarning": strScamWarning, "loading": strLoading,
}

// LoadingLabel is go-app's loading label, in both languages since the page
// is served before the language is known.
func LoadingLabel() string { return strLoading.ZH + " / " + strLoading.EN }

// Strings of the diagnosis and the forms.
var (
	strStatusFail      = i18n.T("有问题", "Problem")
	strStatusWarn      = i18n.T("注意", "Warning")
	strStatusError     = i18n.T("无法检查", "Could not check")
	strStatusPass      = i18n.T("正常", "OK")
	strStatusSkip      = i18n.T("不适用", "Not applicable")
	strProblems        = i18n.T("发现的问题", "Problems found")
	strNoProblems      = i18n.T("自动检查没有发现问题。", "The automatic checks found no problem.")
	strPassedChecks    = i18n.T("通过的检查（%d）", "Checks that passed (%d)")
	strSkippedChecks   = i18n.T("未适用的检查（%d）", "Checks that did not apply (%d)")
	strFix             = i18n.T("怎么解决：", "How to fix: ")
	strCode            = i18n.T("代码", "Code")
	strToolsHeading    = i18n.T("自助排查工具", "Self-test tools")
	strToolsIntro      = i18n.T("以下工具只在您的浏览器中运行，您输入的内容不会发送到任何服务器。", "These tools run only in your browser; nothing you type is sent to any server.")
	strRunCheck        = i18n.T("检查", "Check")
	strChecking        = i18n.T("正在检查…", "Checking…")
	strRefused         = i18n.T("粘贴的内容过大（%d 个字符，上限 %d），未被接受；之前输入的内容已保留。", "That paste is too large (%d characters, limit %d) and was not accepted; what you typed before is kept.")
	strOptional        = i18n.T("（可选）", " (optional)")
	strSecretHint      = i18n.T("仅用于本次本地计算，永不保存或发送；关闭面板即清空输入框，在您新建案例前，它在报告中会一直被隐去。", "Used only for this local computation, never stored or sent; the field is cleared when the panel closes, and the value stays hidden in the report until you start a new case.")
	strVerified        = i18n.T("官方渠道已验证", "Official channels verified")
	strKeyFingerprint  = i18n.T("平台公钥指纹", "Platform key fingerprint")
	strDemo            = i18n.T("演示", "DEMO")
	strUnverified      = i18n.T("无法验证官方渠道，因此不显示任何联系方式。请只通过平台官网联系客服，切勿使用他人提供的号码。", "The official channels could not be verified, so no contact details are shown. Contact support only through the platform's official website, never through a number someone gave you.")
	strFault           = i18n.T("面板遇到一个内部错误，已恢复；您输入的内容仍在。如果某个操作没有反应，请重试。", "The panel hit an internal error and recovered; what you typed is still here. If an action did nothing, try it again.")
	strDocumentRead    = i18n.T("已在您的浏览器中读取（未上传）：%s，%d KB%s", "Read in your browser (not uploaded): %s, %d KB%s")
	strLoadingManifest = i18n.T("正在验证官方渠道…", "Verifying the official channels…")
)

func init() {
	for k, v := range map[string]i18n.Text{
		"statusFail": strStatusFail, "statusWarn": strStatusWarn, "statusError": strStatusError,
		"statusPass": strStatusPass, "statusSkip": strStatusSkip, "problems": strProblems,
		"noProblems": strNoProblems, "passedChecks": strPassedChecks, "skippedChecks": strSkippedChecks,
		"fix": strFix, "code": strCode, "toolsHeading": strToolsHeading, "toolsIntro": strToolsIntro,
		"runCheck": strRunCheck, "checking": strChecking, "refused": strRefused, "optional": strOptional,
		"secretHint": strSecretHint, "verified": strVerified, "keyFingerprint": strKeyFingerprint,
		"documentRead": strDocumentRead, "fault": strFault, "demo": strDemo, "unverified": strUnverified, "loadingManifest": strLoadingManifest,
	} {
		strings_[k] = v
	}
}

// Strings of routing, the case report and feedback.
var (
	strEscalate       = i18n.T("不是您自己冻结的？立即按安全紧急情况处理", "Didn't freeze it yourself? Treat it as a security emergency")
	strOffline        = i18n.T("您目前处于离线状态：以下是电话渠道和已保存的处理步骤。", "You are offline: here are the phone channels and the saved steps.")
	strCategory       = i18n.T("问题类型", "Problem type")
	strCategoryAuto   = i18n.T("自动判断", "Decide from the checks")
	strKindSelfFix    = i18n.T("自行解决", "Fix it yourself")
	strKindFreeze     = i18n.T("立即冻结", "Freeze now")
	strKindContact    = i18n.T("联系客服", "Contact support")
	strGuide          = i18n.T("处理步骤", "Step by step")
	strOfficial       = i18n.T("已验证的官方渠道", "Verified official channel")
	strVerifiedTitle  = i18n.T("此渠道来自平台签名并已验证的渠道清单", "This channel comes from the platform's signed and verified channel list")
	strCall           = i18n.T("拨打", "Call")
	strCopyNumber     = i18n.T("号码：", "Number:")
	strFreezeNow      = i18n.T("立即冻结账户", "Freeze the account now")
	strWriteEmail     = i18n.T("写邮件", "Write an email")
	strOpenTicket     = i18n.T("提交工单", "Open a ticket")
	strOpenLink       = i18n.T("打开", "Open")
	strPrepare        = i18n.T("联系客服前请准备", "Have this ready before you contact support")
	strOfficialSite   = i18n.T("平台官网：", "Platform's official site:")
	strReportHeading  = i18n.T("案件报告", "Case report")
	strReportIntro    = i18n.T("把准备好的信息交给客服，通话更短。分享前会自动去除密钥、助记词、私钥、密码和验证码。", "Hand support the prepared details and the call is shorter. Keys, seed phrases, private keys, passwords and codes are removed before anything is shared.")
	strCaseID         = i18n.T("案件编号：", "Case id:")
	strReportPreview  = i18n.T("预览将要分享的内容", "Preview what will be shared")
	strReportPending  = i18n.T("检查完成后生成预览……", "The preview is made once the checks are done…")
	strCopyReport     = i18n.T("复制报告", "Copy report")
	strDownloadReport = i18n.T("下载 JSON", "Download JSON")
	strEmailReport    = i18n.T("通过邮件发送", "Send by email")
	strScamPaste      = i18n.T("这看起来像助记词或私钥，已拒绝保存。官方客服绝不会索要它；如果有人向您索要，请立即停止并通过官方渠道核实。", "That looks like a seed phrase or private key, so it was not kept. Official support never asks for it; if someone does, stop and check through an official channel.")
	strSolved         = i18n.T("这解决了您的问题吗？", "Did this solve your problem?")
	strYes            = i18n.T("解决了", "Yes")
	strNo             = i18n.T("没有", "No")
	strThanks         = i18n.T("感谢反馈！", "Thank you for the feedback!")
	strShared         = i18n.T("报告已复制。", "Report copied.")
	strDownloaded     = i18n.T("报告已下载。", "Report downloaded.")
	strEmailed        = i18n.T("已打开邮件。", "Email opened.")
	strTicketed       = i18n.T("已打开工单页面。", "Ticket page opened.")
	strCopyFailed     = i18n.T("无法复制到剪贴板，请在预览中手动选择复制。", "Could not copy to the clipboard; select the preview and copy it by hand.")
)

func sharedText(how string) i18n.Text {
	switch how {
	case "downloaded":
		return strDownloaded
	case "emailed":
		return strEmailed
	case "ticket":
		return strTicketed
	case "copy-failed":
		return strCopyFailed
	}
	return strShared
}

func init() {
	for k, v := range map[string]i18n.Text{
		"escalate": strEscalate, "offline": strOffline, "category": strCategory, "categoryAuto": strCategoryAuto,
		"kindSelfFix": strKindSelfFix, "kindFreeze": strKindFreeze, "kindContact": strKindContact, "guide": strGuide,
		"official": strOfficial, "verifiedTitle": strVerifiedTitle, "call": strCall, "copyNumber": strCopyNumber,
		"freezeNow": strFreezeNow, "writeEmail": strWriteEmail, "openTicket": strOpenTicket, "openLink": strOpenLink,
		"prepare": strPrepare, "officialSite": strOfficialSite, "reportHeading": strReportHeading,
		"reportIntro": strReportIntro, "caseID": strCaseID, "reportPreview": strReportPreview, "reportPending": strReportPending,
		"copyReport": strCopyReport, "downloadReport": strDownloadReport, "emailReport": strEmailReport,
		"scamPaste": strScamPaste, "solved": strSolved, "yes": strYes, "no": strNo, "thanks": strThanks,
		"shared": strShared, "downloaded": strDownloaded, "emailed": strEmailed, "ticketed": strTicketed,
		"copyFailed": strCopyFailed,
	} {
		strings_[k] = v
	}
}
