package checks

import (
	"context"
	"net/url"
	"strconv"
	"strings"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// Browser reports browser settings that break payment pages (seed 000
// "支付页面无法加载"; seed 001 "检查网络连接").
var Browser = &diag.Check{
	Name:  "browser",
	Title: i18n.T("浏览器环境", "Browser"),
	Doc: `browser reports cookies or storage blocked and payment scripts that failed to load.

It reads facts the widget observed in the browser (diag.Browser): cookies
disabled, localStorage or sessionStorage unusable (private mode, strict
privacy settings), and payment-page scripts blocked by an extension or a
content security policy.`,
	Needs:   diag.Needs{Browser: true},
	Timeout: diag.LocalTimeout,
	Run:     runBrowser,
}

func init() { register(10, Browser) }

var (
	labelScripts = i18n.T("被拦截的脚本", "blocked scripts")
	labelStorage = i18n.T("不可用的存储", "unavailable storage")

	msgCookies   = i18n.T("浏览器禁用了 Cookie，登录状态和支付页面无法正常工作。", "Cookies are disabled: sign-in and payment pages cannot work.")
	fixCookies   = i18n.T("在浏览器设置中允许本站点的 Cookie（或关闭“阻止所有 Cookie”），然后刷新页面。", "Allow cookies for this site in the browser settings (or turn off \"block all cookies\"), then reload.")
	msgStorage   = i18n.T("浏览器存储不可用（常见于无痕模式或严格的隐私设置），页面可能无法保存支付状态。", "Browser storage is unavailable (common in private mode or strict privacy settings); the page may lose the payment state.")
	fixStorage   = i18n.T("改用普通窗口，或在隐私设置中允许本站点保存数据。", "Use a normal window, or allow this site to store data in the privacy settings.")
	msgScripts   = i18n.T("支付页面需要的脚本被拦截（%d 个），页面可能无法加载或付款按钮无响应。", "Scripts the payment page needs were blocked (%d); the page may not load or the pay button may not respond.")
	fixScripts   = i18n.T("暂时关闭广告拦截或隐私扩展（或把本站加入白名单），然后刷新页面；公司网络请联系管理员放行。", "Turn off ad-blocking or privacy extensions for this site (or allowlist it) and reload; on a company network ask the administrator to allow it.")
	msgBrowserOK = i18n.T("浏览器设置未发现问题。", "No problem found in the browser settings.")
)

func runBrowser(ctx context.Context, p *diag.Pass) error {
	b := p.Browser()
	problem := false
	if !b.CookiesEnabled {
		p.Report(newFinding(diag.CodeBrowserCookiesBlocked, diag.StatusFail, msgCookies, fixCookies))
		problem = true
	}
	var blocked []string
	if !b.LocalStorage {
		blocked = append(blocked, "localStorage")
	}
	if !b.SessionStorage {
		blocked = append(blocked, "sessionStorage")
	}
	if len(blocked) > 0 {
		p.Report(newFinding(diag.CodeBrowserStorageBlocked, diag.StatusWarn, msgStorage, fixStorage, evidence(labelStorage, strings.Join(blocked, ", "))))
		problem = true
	}
	if n := len(b.BlockedScripts); n > 0 {
		var hosts []string
		for _, s := range b.BlockedScripts[:min(n, 10)] {
			hosts = append(hosts, scriptName(s))
		}
		p.Report(newFinding(diag.CodeBrowserScriptBlocked, diag.StatusFail, msgScripts.Format(n), fixScripts,
			evidence(labelScripts, strings.Join(hosts, ", ")+more(n, 10))))
		problem = true
	}
	if !problem {
		p.Report(newFinding(diag.CodeBrowserOK, diag.StatusPass, msgBrowserOK, i18n.Text{}))
	}
	return nil
}

// scriptName shows a script URL without its query (which may carry
// tokens): host and path.
func scriptName(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return clip(s, 80)
	}
	return clip(u.Host+u.Path, 80)
}

func more(n, shown int) string {
	if n <= shown {
		return ""
	}
	return " (+" + strconv.Itoa(n-shown) + ")"
}
