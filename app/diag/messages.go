package diag

import "github.com/triage-widget/triage/app/i18n"

// The engine's texts.
var (
	msgNeedsPlatform = i18n.T("此检查需要平台的已签名配置（清单），当前没有。", "This check needs the platform's signed manifest, which is not available.")
	msgNeedsNetwork  = i18n.T("此检查需要联网，当前处于离线模式。", "This check needs the network and is running offline.")
	msgNeedsBrowser  = i18n.T("此检查只能在浏览器中运行。", "This check only runs in a browser.")
	msgError         = i18n.T("检查未能完成：%s", "The check could not run: %s")
	msgTimeout       = i18n.T("检查在 %s 内未完成，结果未知。", "The check did not finish within %s; the result is unknown.")
	msgPanic         = i18n.T("检查内部出错，结果未知。", "The check failed internally; the result is unknown.")
	msgCanceled      = i18n.T("检查已取消。", "The check was canceled.")
	fixRetry         = i18n.T("稍后重试；如果一直出现，请在报告中附上此结果。", "Try again later; if it keeps happening, include this result in your report.")
)

// messages lists the engine's texts for the completeness test.
var messages = map[string]i18n.Text{
	"needsPlatform": msgNeedsPlatform, "needsNetwork": msgNeedsNetwork, "needsBrowser": msgNeedsBrowser,
	"error": msgError, "timeout": msgTimeout, "panic": msgPanic, "canceled": msgCanceled, "retry": fixRetry,
}
