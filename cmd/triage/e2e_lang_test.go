package main

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/triage-widget/triage/app/i18n"
)

// TestE2ETraditionalChinese: a dashboard in zh-TW gets the launcher, the
// panel and the case report in Traditional Chinese; the demo manifest,
// written in zh-CN and en only, shows in zh-CN (its fallback).
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
	// Its title names the platform (its zh-CN name: the manifest has no zh-TW).
	if title := i18n.M(i18n.ReportTitleFor).Format("演示钱包 · 商家服务（DEMO）").In(i18n.TW); !strings.Contains(report, title) {
		t.Errorf("report preview lacks %q:\n%s", title, report)
	}
	// The merchant's time zone, from the browser (Go in the wasm knows none).
	if !strings.Contains(report, "Asia/Taipei") {
		t.Errorf("report preview lacks the browser's time zone:\n%s", report)
	}
	// The platform's own texts fall back to its zh-CN.
	frameText(t, p.Frame, "演示钱包")
}
