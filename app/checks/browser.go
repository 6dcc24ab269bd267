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
	Title: i18n.M(i18n.CheckBrowserTitle),
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
	labelScripts = i18n.M(i18n.CheckBrowserScripts)
	labelStorage = i18n.M(i18n.CheckBrowserStorage)

	msgCookies   = i18n.M(i18n.CheckBrowserCookies)
	fixCookies   = i18n.M(i18n.CheckBrowserFixCookies)
	msgStorage   = i18n.M(i18n.CheckBrowserStorage2)
	fixStorage   = i18n.M(i18n.CheckBrowserFixStorage)
	msgScripts   = i18n.M(i18n.CheckBrowserScripts2)
	fixScripts   = i18n.M(i18n.CheckBrowserFixScripts)
	msgBrowserOK = i18n.M(i18n.CheckBrowserBrowserOK)
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
