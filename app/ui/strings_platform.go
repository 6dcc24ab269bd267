package ui

import "github.com/triage-widget/triage/app/i18n"

// Texts about the platform's manifest: its state and the demo label.
var (
	strExpiredManifest = i18n.T("该平台的官方渠道清单已过期，因此暂不显示联系方式。请通过平台官网联系客服，切勿使用他人提供的号码。", "This platform's list of official channels has expired, so no contact details are shown for now. Contact support through the platform's official website, never through a number someone gave you.")
	strExpiresSoon     = i18n.T("官方渠道清单将于 %s 到期。如有疑问，请以平台官网公布的联系方式为准。", "This list of official channels expires on %s. If in doubt, use the contact details on the platform's official website.")
	strHostWarning     = i18n.T("该平台的部分链接使用了含特殊字符的网址（国际化域名或混用多种文字）。打开前，请核对网址与您熟悉的平台官网完全一致。", "Some of this platform's links use web addresses with unusual characters (international or mixed-script names). Before you open one, check that the address matches the platform's website you know.")
	strDemoServer      = i18n.T("演示环境：以下渠道均为虚构，请勿拨打或发送真实信息。", "Demo: every channel below is fictional; do not call it or send real information.")
)

func init() {
	for k, v := range map[string]i18n.Text{
		"expiredManifest": strExpiredManifest, "expiresSoon": strExpiresSoon, "demoServer": strDemoServer, "hostWarning": strHostWarning,
	} {
		strings_[k] = v
	}
}
