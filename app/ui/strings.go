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
	strMerchant       = i18n.T("商户 ID", "Merchant ID")
	strStore          = i18n.T("店铺", "Store")
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
	"contextHeading": strContextHeading, "merchant": strMerchant, "store": strStore,
	"contextIssues": strContextIssues, "scamWarning": strScamWarning, "loading": strLoading,
}

// LoadingLabel is go-app's loading label, in both languages since the page
// is served before the language is known.
func LoadingLabel() string { return strLoading.ZH + " / " + strLoading.EN + " {progress}%" }
