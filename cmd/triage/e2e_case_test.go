package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// fieldsOutsideMore lists the report fields the form shows first (not
// under "more details"), by name.
const fieldsOutsideMore = `[...document.querySelectorAll('#triage-report .triage-field input, #triage-report .triage-field textarea')]
  .filter(e => !e.closest('#triage-report-more')).map(e => e.name).join(' ')`

// TestE2ECaseSurvivesReload: the case id, the category and the notes,
// redacted, come back after a reload of the dashboard, from the widget
// origin's sessionStorage; the secret typed in a tool is in no storage.
// The form asks first for the category's preparation list; the report's
// title names the platform and its time is in the browser's zone.
func TestE2ECaseSurvivesReload(t *testing.T) {
	// The host opens the onboarding category on the first load only: after
	// the reload the category comes from the kept case.
	p := openPanel(t, panelOpts{
		Script: `const first = !sessionStorage.getItem('opened'); sessionStorage.setItem('opened', '1');
		  triage('open', first ? {category: 'onboarding'} : {});`,
		// A zone other than the machine's, so the report's cannot be UTC by chance.
		Browser: []chromedp.ExecAllocatorOption{chromedp.Env("TZ=Asia/Shanghai")}})
	ctx, fctx := p.Ctx, p.Frame
	waitJS(t, ctx, countEvents("route")+` >= 1`, 30*time.Second)
	waitJS(t, fctx, fieldsOutsideMore+` === 'merchantId contact store occurredAt notes'`, 10*time.Second)

	openTool(t, ctx, fctx, "signature")
	typeInto(t, ctx, fctx, "signature", "secret", e2eSecret)
	typeInto(t, ctx, fctx, "report", "merchantId", "M-77")
	typeInto(t, ctx, fctx, "report", "notes", "cannot sign, key "+e2eSecret)
	var caseID string
	do(t, fctx, chromedp.Evaluate(`document.querySelector('#triage-case-id').textContent`, &caseID))
	const wantNotes = "cannot sign, key [REDACTED:secret]"
	waitJS(t, fctx, `(sessionStorage.getItem('triage:case') || '').includes('[REDACTED:secret]')`, 10*time.Second)

	fctx = p.reload(t)
	waitJS(t, ctx, countEvents("route")+` >= 1`, 30*time.Second)
	var category string
	do(t, ctx, chromedp.Evaluate(`window.events.find(e => e.name === 'route').payload.category`, &category))
	if category != "onboarding" {
		t.Errorf("category after the reload %q, want onboarding", category)
	}
	waitJS(t, fctx, `document.querySelector('#triage-case-id') && document.querySelector('#triage-case-id').textContent === `+strconv.Quote(caseID), 30*time.Second)
	waitJS(t, fctx, `document.querySelector('#triage-report-notes').value === `+strconv.Quote(wantNotes), 10*time.Second)
	if v := fieldValue(t, fctx, `#triage-report-merchantId`); v != "M-77" {
		t.Errorf("merchant id after the reload: %q", v)
	}
	waitJS(t, fctx, fieldsOutsideMore+` === 'merchantId contact store occurredAt notes'`, 10*time.Second)
	waitJS(t, fctx, `document.querySelector('#triage-report-text').textContent.includes('Support case for Demo Wallet')`, 30*time.Second)
	var text string
	do(t, fctx, chromedp.Evaluate(`document.querySelector('#triage-report-text').textContent`, &text))
	for _, want := range []string{"Support case for Demo Wallet · Merchant services (DEMO)\n", "Platform: Demo Wallet · Merchant services (DEMO)\n",
		"+08:00\n", "Time zone: Asia/Shanghai\n", "Anything else: " + wantNotes + "\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report after the reload lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Triage") {
		t.Errorf("the report names the product:\n%s", text)
	}

	var storage string
	do(t, fctx, chromedp.Evaluate(`JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie`, &storage))
	if !strings.Contains(storage, caseID) {
		t.Fatalf("the case is not in the storage searched: this check proves nothing: %s", storage)
	}
	if strings.Contains(storage, e2eSecret) {
		t.Fatalf("the secret is in the panel's storage: %s", storage)
	}
}

// TestE2ENotSolvedLeadsToHuman: "no" to "did this solve it?" shows the best
// human channel's action and the report ready to send, not a thank-you.
func TestE2ENotSolvedLeadsToHuman(t *testing.T) {
	p := openPanel(t, panelOpts{Script: `triage('open', {category: 'payment'});`})
	ctx, fctx := p.Ctx, p.Frame
	waitJS(t, fctx, `document.querySelector('#triage-feedback-no')`, 30*time.Second)
	press(t, ctx, fctx, `#triage-feedback-no`, kb.Enter)
	waitJS(t, ctx, `window.events.some(e => e.name === 'feedback' && e.payload.helpful === false)`, 10*time.Second)
	waitJS(t, fctx, `document.querySelector('#triage-human .triage-action a')`, 10*time.Second)
	var got struct{ Status, Report, Case, Kind, Href string }
	do(t, fctx, chromedp.Evaluate(`({
	  Status: document.querySelector('#triage-feedback [role=status]').textContent,
	  Report: document.querySelector('#triage-feedback-report').textContent,
	  Case: document.querySelector('#triage-case-id').textContent,
	  Kind: document.querySelector('#triage-human li').dataset.kind,
	  Href: document.querySelector('#triage-human .triage-action a').getAttribute('href') })`, &got))
	if strings.Contains(got.Status, "Thank") || got.Kind != "contact" || !(strings.HasPrefix(got.Href, "tel:") || strings.HasPrefix(got.Href, "https://") || strings.HasPrefix(got.Href, "mailto:")) {
		t.Fatalf("after \"no\": %+v", got)
	}
	if !strings.HasPrefix(got.Report, "Support case for Demo Wallet") || !strings.Contains(got.Report, got.Case) {
		t.Fatalf("the report shown after \"no\":\n%s", got.Report)
	}
	// The channel's action works from there, as in the channels section.
	press(t, ctx, fctx, `#triage-human .triage-action a`, kb.Enter)
	waitJS(t, ctx, `window.events.some(e => e.name === 'route' && e.payload.choice && e.payload.choice.kind === 'contact')`, 10*time.Second)
}

// TestE2ELockedAccountReport: a locked e-wallet account is asked for its
// category's few fields, not the ten of a payment problem, and the report
// names the files to send through the channel.
func TestE2ELockedAccountReport(t *testing.T) {
	srv := startServer(t)
	p := openPanel(t, panelOpts{Server: srv, URL: srv.DemoURL + "/?profile=e-wallet&lang=en", Closed: true})
	ctx := p.Ctx
	waitJS(t, ctx, `typeof triage === 'function' && triage.loaded`, 10*time.Second)
	do(t, ctx, chromedp.Evaluate(`triage('open', {category: 'locked'}); true`, nil))
	fctx := p.frame(t)
	waitJS(t, fctx, fieldsOutsideMore+` === 'contact notes'`, 30*time.Second)
	waitJS(t, fctx, `document.querySelectorAll('#triage-report-more .triage-field').length >= 5`, 5*time.Second)

	doc, err := os.ReadFile(filepath.Join("..", "..", "web", "manifests", "e-wallet.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Categories []struct {
			ID      string
			Prepare []struct {
				Field string
				Text  map[string]string
			}
		}
	}
	if err := json.Unmarshal(doc, &m); err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, c := range m.Categories {
		for _, p := range c.Prepare {
			if c.ID == "locked" && (p.Field == "identity" || p.Field == "notice") {
				files = append(files, p.Text["en"])
			}
		}
	}
	if len(files) != 2 {
		t.Fatalf("the manifest's files for a locked account: %v", files)
	}
	waitJS(t, fctx, `document.querySelector('#triage-report-text').textContent.includes('Send these files')`, 30*time.Second)
	var text string
	do(t, fctx, chromedp.Evaluate(`document.querySelector('#triage-report-text').textContent`, &text))
	for _, f := range files {
		if !strings.Contains(text, fmt.Sprintf("\n- %s\n", f)) {
			t.Errorf("the report does not ask for %q:\n%s", f, text)
		}
	}
}
