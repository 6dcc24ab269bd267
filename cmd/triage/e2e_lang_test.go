package main

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/triage-widget/triage/app/i18n"
)

// TestE2ETraditionalChinese: a dashboard in zh-TW gets the launcher, the
// panel and the case report in Traditional Chinese, the demo manifest's
// platform texts included (it is written in zh-TW too).
func TestE2ETraditionalChinese(t *testing.T) {
	p := openPanel(t, panelOpts{Lang: "zh-TW", Script: `triage('context', {merchantId: 'TW-1'}); triage('open', {category: 'payment'});`,
		Browser: []chromedp.ExecAllocatorOption{chromedp.Env("TZ=Asia/Taipei")}})
	var label string
	do(t, p.Ctx, chromedp.Evaluate(`window.__triageRoot.querySelector('button.l').textContent`, &label))
	if label != "幫助" {
		t.Errorf("launcher label %q, want 幫助", label)
	}
	waitJS(t, p.Frame, `document.documentElement.lang === 'zh-TW'`, 10*time.Second)
	for _, want := range []i18n.Text{i18n.M(i18n.UIHelp), i18n.M(i18n.UIToolsHeading), i18n.M(i18n.UIReportHeading)} {
		frameText(t, p.Frame, want.In(i18n.TW))
	}
	// The report's preview, once the checks are done, is in zh-TW too.
	waitJS(t, p.Frame, `document.querySelector('#triage-report-text') && document.querySelector('#triage-report-text').textContent.includes('TW-1')`, 30*time.Second)
	var report string
	do(t, p.Frame, chromedp.Evaluate(`document.querySelector('#triage-report-text').textContent`, &report))
	// Its title names the platform by its zh-TW name.
	if title := i18n.M(i18n.ReportTitleFor).Format("示範錢包 · 商家服務（DEMO）").In(i18n.TW); !strings.Contains(report, title) {
		t.Errorf("report preview lacks %q:\n%s", title, report)
	}
	// The merchant's time zone, from the browser (Go in the wasm knows none).
	if !strings.Contains(report, "Asia/Taipei") {
		t.Errorf("report preview lacks the browser's time zone:\n%s", report)
	}
	// The platform's own texts are its zh-TW ones, not its zh-CN fallback:
	// its name and the opened category's title.
	frameText(t, p.Frame, "示範錢包")
	frameText(t, p.Frame, "支付交易異常")
	var shown string
	do(t, p.Frame, chromedp.Evaluate(`document.body.innerText`, &shown))
	for _, zhCN := range []string{"演示钱包", "支付交易异常"} {
		if strings.Contains(shown, zhCN) {
			t.Errorf("panel shows the zh-CN %q on a zh-TW page", zhCN)
		}
	}
}
