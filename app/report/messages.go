package report

import "github.com/triage-widget/triage/app/i18n"

// The text form's title, headings and sentences; the fields' labels are
// in Fields.
var (
	msgTitle       = i18n.T("Triage 案件报告", "Triage case report")
	msgCaseID      = i18n.T("案件编号", "Case ID")
	msgCreated     = i18n.T("创建时间", "Created")
	msgPlatform    = i18n.T("平台", "Platform")
	msgCategory    = i18n.T("问题类别", "Category")
	msgTried       = i18n.T("已尝试的方法", "Already tried")
	msgEnvironment = i18n.T("环境", "Environment")
	msgBrowser     = i18n.T("浏览器", "Browser")
	msgTimeZone    = i18n.T("时区", "Time zone")
	msgLanguage    = i18n.T("语言", "Language")
	msgOnline      = i18n.T("网络", "Network")
	msgOnlineYes   = i18n.T("在线", "online")
	msgOnlineNo    = i18n.T("离线", "offline")
	msgWidget      = i18n.T("组件版本", "Widget version")
	msgManifest    = i18n.T("渠道清单版本", "Manifest revision")
	msgKey         = i18n.T("清单密钥指纹", "Manifest key fingerprint")
	msgSubject     = i18n.T("[案件 %s] %s", "[Case %s] %s")
	msgNoCategory  = i18n.T("求助", "Help request")
	msgMerchantTag = i18n.T("（商家 %s）", " (merchant %s)")
	msgFooter      = i18n.T("本报告已自动隐去密码、私钥、助记词、验证码等机密信息。官方客服不会索要这些信息。", "Passwords, private keys, seed phrases, verification codes and other secrets were removed from this report. Official support never asks for them.")
	msgStatusPass  = i18n.T("通过", "pass")
	msgStatusWarn  = i18n.T("警告", "warning")
	msgStatusFail  = i18n.T("失败", "failed")
	msgStatusSkip  = i18n.T("跳过", "skipped")
	msgStatusError = i18n.T("无法检查", "could not check")
)

// messages lists the catalogue for the completeness test.
var messages = map[string]i18n.Text{
	"title": msgTitle, "caseId": msgCaseID, "created": msgCreated, "platform": msgPlatform,
	"category": msgCategory, "tried": msgTried, "environment": msgEnvironment, "browser": msgBrowser, "timeZone": msgTimeZone,
	"language": msgLanguage, "online": msgOnline, "onlineYes": msgOnlineYes, "onlineNo": msgOnlineNo,
	"widget": msgWidget, "manifest": msgManifest, "key": msgKey, "subject": msgSubject,
	"noCategory": msgNoCategory, "merchantTag": msgMerchantTag, "footer": msgFooter,
	"statusPass": msgStatusPass, "statusWarn": msgStatusWarn, "statusFail": msgStatusFail,
	"statusSkip": msgStatusSkip, "statusError": msgStatusError,
}
