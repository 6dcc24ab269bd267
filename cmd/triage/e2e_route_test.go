package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestE2ETamperedManifestShowsNoChannel: one changed byte in the manifest
// (a phone number) and the panel shows no channel at all, only the advice
// and the official site the server pins.
func TestE2ETamperedManifestShowsNoChannel(t *testing.T) {
	requireE2E(t)
	web := testWeb(t)
	acme := newPlatformFiles(t, web, "acme-pay", "acme")
	acme.publish(t, time.Now().Add(-time.Hour), time.Now().Add(30*24*time.Hour), "+1-555-0101", nil)
	path := filepath.Join(web, "manifests", "acme.json")
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tampered := bytes.Replace(doc, []byte("555-01"), []byte("555-09"), 1)
	if bytes.Equal(tampered, doc) {
		t.Fatal("test manifest has no phone number to tamper with")
	}
	if err := os.WriteFile(path, tampered, 0o644); err != nil {
		t.Fatal(err)
	}
	srv := startServer(t, "--web", web, "--platform", acme.flag(), "--frame-ancestors", "*")
	text := openUnverified(t, srv, embedPage(srv.URL, `data-platform="acme-pay"`, `triage('open', {category: 'payment'});`))
	if strings.Contains(text, "555-0") || !strings.Contains(text, "acme-pay.example.com") {
		t.Fatalf("tampered manifest: a number shows, or the official site is not named:\n%s", text)
	}
}

// TestE2ESecurityEmergencyFreezeFirst: the security category puts
// "freeze the account now" and the 24/7 hotline first, and the route event
// says so; choosing freeze is reported as a contact, not a self-fix.
func TestE2ESecurityEmergencyFreezeFirst(t *testing.T) {
	requireE2E(t)
	p := openPanel(t, panelOpts{Script: `triage('open', {category: 'security'});`})
	ctx := p.Ctx
	waitJS(t, ctx, countEvents("route")+` >= 1`, 30*time.Second)
	var raw string
	do(t, ctx, chromedp.Evaluate(`JSON.stringify(window.events.filter(e => e.name === 'route')[0].payload)`, &raw))
	var ev struct {
		Category    string
		Emergency   bool
		Recommended []struct{ Kind, Channel string }
	}
	if err := json.Unmarshal([]byte(raw), &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Category != "security" || !ev.Emergency || len(ev.Recommended) < 2 ||
		ev.Recommended[0].Kind != "freeze" || ev.Recommended[1].Channel != "hotline-global" {
		t.Fatalf("route event %s: want security, freeze then the 24/7 hotline", raw)
	}
	fctx := p.Frame
	waitJS(t, fctx, `(() => { const r = document.querySelectorAll('#triage-emergency .triage-emergency-actions > li');
	  return r.length >= 2 && r[0].classList.contains('triage-rec-freeze') && r[1].querySelector('a[href^="tel:"]'); })()`, 10*time.Second)
	// The hotline's number is a tel: link and text to copy; following the
	// freeze link reports the choice.
	var number string
	do(t, fctx, chromedp.Evaluate(`document.querySelectorAll('#triage-emergency .triage-emergency-actions > li')[1].querySelector('.triage-number').textContent`, &number))
	if !strings.HasPrefix(number, "+") {
		t.Fatalf("hotline number text %q", number)
	}
	press(t, ctx, fctx, `#triage-emergency .triage-emergency-actions > li:first-child a`, kb.Enter)
	waitJS(t, ctx, `window.events.some(e => e.name === 'route' && e.payload.choice && e.payload.choice.kind === 'freeze' && e.payload.choice.selfFix === false)`, 10*time.Second)
}

// TestE2EReportCopiedAndDownloadedMatchesPanel: the case report copied and
// downloaded is the one the panel shows, and carries no secret typed in
// the signature form.
func TestE2EReportCopiedAndDownloadedMatchesPanel(t *testing.T) {
	requireE2E(t)
	p := openPanel(t, panelOpts{Script: `
	  triage('context', { merchantId: 'M-REPORT', storeDomain: 'shop.example', lastError: { code: '50113', message: 'Invalid Sign' } });
	  triage('open');`})
	ctx := p.Ctx
	waitJS(t, ctx, countEvents("route")+` >= 1`, 30*time.Second)
	fctx := p.Frame
	pageRequests, frameRequests := captureRequests(t, ctx), captureRequests(t, fctx)
	var consoleMu sync.Mutex
	var console []string
	for _, c := range []context.Context{ctx, fctx} {
		chromedp.ListenTarget(c, func(ev any) {
			if e, ok := ev.(*runtime.EventConsoleAPICalled); ok {
				consoleMu.Lock()
				for _, a := range e.Args {
					console = append(console, string(a.Value)+a.Description)
				}
				consoleMu.Unlock()
			}
		})
	}
	// Capture what the panel writes to the clipboard and the file it hands
	// the browser to download.
	do(t, fctx, chromedp.Evaluate(`navigator.clipboard.writeText = t => { window.__copied = t; return Promise.resolve(); };
	  const create = URL.createObjectURL; URL.createObjectURL = b => { b.text().then(t => window.__downloaded = t); return create(b); };
	  const dispatch = EventTarget.prototype.dispatchEvent;
	  EventTarget.prototype.dispatchEvent = function (e) { if (this.download) window.__downloadName = this.download; return dispatch.call(this, e); }; true`, nil))

	openTool(t, ctx, fctx, "signature")
	// Copied with a double-click, the secret carries spaces; the notes
	// hold it without them.
	typeInto(t, ctx, fctx, "signature", "secret", " "+e2eSecret+" ")
	typeInto(t, ctx, fctx, "signature", "passphrase", e2ePassphrase)
	typeInto(t, ctx, fctx, "report", "notes", "my secret is "+e2eSecret+" and passphrase "+e2ePassphrase)

	press(t, ctx, fctx, `#triage-copy`, kb.Enter)
	waitJS(t, fctx, `window.__copied`, 10*time.Second)
	var copied, shown string
	do(t, fctx, chromedp.Evaluate(`window.__copied`, &copied),
		chromedp.Evaluate(`document.querySelector('#triage-report-text').textContent`, &shown))
	if copied != shown {
		t.Fatalf("copied report differs from the panel's:\ncopied: %q\nshown:  %q", copied, shown)
	}
	for _, want := range []string{"M-REPORT", "50113", "[REDACTED:secret]"} {
		if !strings.Contains(copied, want) {
			t.Errorf("copied report lacks %q:\n%s", want, copied)
		}
	}

	press(t, ctx, fctx, `#triage-download`, kb.Enter)
	waitJS(t, fctx, `window.__downloaded`, 10*time.Second)
	var downloaded, name, caseID string
	do(t, fctx, chromedp.Evaluate(`window.__downloaded`, &downloaded),
		chromedp.Evaluate(`window.__downloadName || ''`, &name),
		chromedp.Evaluate(`document.querySelector('#triage-case-id').textContent`, &caseID))
	file := []byte(downloaded)
	if name != "triage-case-"+caseID+".json" {
		t.Errorf("download named %q", name)
	}
	var rep struct {
		CaseID, MerchantID, Notes string
	}
	if err := json.Unmarshal(file, &rep); err != nil || rep.CaseID != caseID || rep.MerchantID != "M-REPORT" {
		t.Fatalf("downloaded report %s (%v), case id on screen %q", file, err, caseID)
	}
	var events, storage string
	do(t, ctx, chromedp.Evaluate(`JSON.stringify(window.events)`, &events))
	if !strings.Contains(events, `"name":"report"`) {
		t.Fatal("no report event")
	}
	// Close and reopen, then look in every store the panel could write.
	do(t, ctx, chromedp.Evaluate(`triage('close'); triage('open'); true`, nil))
	waitJS(t, ctx, countEvents("ready")+` >= 2`, 10*time.Second)
	do(t, fctx, chromedp.Evaluate(`(async () => {
	  const out = [JSON.stringify(localStorage), JSON.stringify(sessionStorage), document.cookie];
	  for (const name of await caches.keys()) { const c = await caches.open(name);
	    for (const req of await c.keys()) { out.push(req.url); out.push(await (await c.match(req)).clone().text().catch(() => '')); } }
	  if (indexedDB.databases) out.push(JSON.stringify(await indexedDB.databases()));
	  return out.join('\n'); })()`, &storage, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
	// The case kept for a reload is there, its notes redacted: the storage
	// searched is the one the panel writes.
	if !strings.Contains(storage, caseID) || !strings.Contains(storage, "[REDACTED:secret]") {
		t.Fatalf("the kept case is not in sessionStorage, redacted:\n%s", storage)
	}
	for _, s := range []string{e2eSecret, e2ePassphrase} {
		if strings.Contains(storage, s) {
			t.Fatalf("secret %q in the panel's storage", s)
		}
		if pageRequests.contains(s) || frameRequests.contains(s) {
			t.Fatalf("secret %q in a request", s)
		}
		do(t, fctx, chromedp.Evaluate(`console.log('console-capture-works'); true`, nil))
		if !poll(5*time.Second, func() bool {
			consoleMu.Lock()
			defer consoleMu.Unlock()
			return strings.Contains(strings.Join(console, "\n"), "console-capture-works")
		}) {
			t.Fatal("the console capture does not work: this check proves nothing")
		}
		consoleMu.Lock()
		logged := strings.Contains(strings.Join(console, "\n"), s)
		consoleMu.Unlock()
		if logged {
			t.Fatalf("secret %q in a console message", s)
		}
	}
	for _, s := range []string{e2eSecret, e2ePassphrase} {
		for what, text := range map[string]string{"copied": copied, "downloaded": string(file), "events": events} {
			if strings.Contains(text, s) {
				t.Fatalf("secret %q in the %s report", s, what)
			}
		}
	}

	// After the close the secret fields are empty, yet what they held is
	// still a secret: typed again in the notes, it stays out of the
	// preview, the mailto link and the report event.
	var field string
	do(t, fctx, chromedp.Evaluate(`document.querySelector('#triage-signature-secret').value`, &field))
	if field != "" {
		t.Fatalf("the secret field kept %q after the close", field)
	}
	reports := strings.Count(events, `"name":"report"`)
	// The old notes named the secret ("my secret is …"), which the
	// redactor finds by itself; the new ones give no such hint.
	do(t, fctx, chromedp.Evaluate(`const n = document.querySelector('#triage-report-notes');
	  n.value = ''; n.dispatchEvent(new Event('input', { bubbles: true })); true`, nil))
	waitJS(t, fctx, `!document.querySelector('#triage-report-text').textContent.includes('my secret is')`, 10*time.Second)
	typeInto(t, ctx, fctx, "report", "notes", "again after reopening: "+e2eSecret+" / "+e2ePassphrase)
	waitJS(t, fctx, `document.querySelector('#triage-report-text').textContent.includes('again after reopening')`, 10*time.Second)
	var preview, mailto string
	do(t, fctx, chromedp.Evaluate(`document.querySelector('#triage-report-text').textContent`, &preview),
		chromedp.Evaluate(`(document.querySelector('#triage-mailto') || {}).href || ''`, &mailto))
	if mailto == "" || !strings.Contains(mailto, "again%20after%20reopening") {
		t.Fatalf("no mailto link made from the new notes: %q", mailto)
	}
	press(t, ctx, fctx, `#triage-copy`, kb.Enter)
	waitJS(t, ctx, fmt.Sprintf(`window.events.filter(e => e.name === 'report').length > %d`, reports), 10*time.Second)
	do(t, ctx, chromedp.Evaluate(`JSON.stringify(window.events.filter(e => e.name === 'report').pop())`, &events))
	if !strings.Contains(events, "again after reopening") {
		t.Fatalf("the report event does not carry the new notes: %s", events)
	}
	for _, s := range []string{e2eSecret, e2ePassphrase} {
		for what, text := range map[string]string{"preview": preview, "mailto link": mailto, "report event": events} {
			if strings.Contains(text, s) {
				t.Fatalf("secret %q typed before the close is in the %s after reopening:\n%s", s, what, text)
			}
		}
	}

	// A new case forgets the report and the secrets with it.
	var oldID, newID, notes string
	do(t, fctx, chromedp.Evaluate(`document.querySelector('#triage-case-id').textContent`, &oldID))
	press(t, ctx, fctx, `#triage-new-case`, kb.Enter)
	waitJS(t, fctx, fmt.Sprintf(`document.querySelector('#triage-case-id').textContent !== %q`, oldID), 10*time.Second)
	do(t, fctx, chromedp.Evaluate(`document.querySelector('#triage-case-id').textContent`, &newID),
		chromedp.Evaluate(`document.querySelector('#triage-report-notes').value`, &notes))
	if newID == "" || notes != "" {
		t.Fatalf("a new case kept the old report: case %q, notes %q", newID, notes)
	}
}

// A seed phrase (BIP-39 test vector) a scammer would ask for.
const e2eMnemonic = "legal winner thank year wave sausage worth useful legal winner thank yellow"

// TestE2EScamGuardPhoneAndFeedback: a seed phrase typed into the report is
// refused with the warning and never kept; calling the hotline (a tel:
// link, fatal to go-app when it bubbles) leaves the panel working; the
// feedback answer reaches the host.
func TestE2EScamGuardPhoneAndFeedback(t *testing.T) {
	requireE2E(t)
	p := openPanel(t, panelOpts{Script: `triage('open', {category: 'security'});`})
	ctx := p.Ctx
	waitJS(t, ctx, countEvents("route")+` >= 1`, 30*time.Second)
	fctx := p.Frame

	typeInto(t, ctx, fctx, "report", "notes", "support asked for my words: "+e2eMnemonic)
	waitJS(t, fctx, `document.querySelector('#triage-report-notes').closest('.triage-field').querySelector('.triage-scam')`, 5*time.Second)
	var notes, preview string
	do(t, fctx, chromedp.Evaluate(`document.querySelector('#triage-report-notes').value`, &notes),
		chromedp.Evaluate(`document.querySelector('#triage-report-text').textContent`, &preview))
	if strings.Contains(notes, "sausage") || strings.Contains(preview, "sausage") {
		t.Fatalf("the seed phrase was kept: field %q, report %q", notes, preview)
	}

	press(t, ctx, fctx, `#triage-recommendations a[href^="tel:"]`, kb.Enter)
	waitJS(t, ctx, `window.events.some(e => e.name === 'route' && e.payload.choice && e.payload.choice.kind === 'contact')`, 10*time.Second)
	// Still alive: the feedback buttons answer.
	press(t, ctx, fctx, `#triage-feedback-yes`, kb.Enter)
	waitJS(t, ctx, `window.events.some(e => e.name === 'feedback' && e.payload.helpful === true)`, 10*time.Second)
	waitJS(t, fctx, `document.querySelector('#triage-feedback').textContent.includes('Thank you')`, 5*time.Second)
}

// TestE2EDemoProfiles: the demo dashboard switches between the three seed
// profiles; each shows its own context's numbers, its manifest verifies and
// routes its own categories, the panel speaks the page's language, and each
// of the page's help buttons opens a category the manifest has.
func TestE2EDemoProfiles(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	for _, p := range []struct{ profile, lang, platform, heading, category string }{
		{"wallet-merchant", "en", "Demo Wallet", "What is the problem?", "integration"},
		{"e-wallet", "zh-CN", "演示电子钱包", "您遇到了什么问题？", "locked"},
		{"exchange", "zh-TW", "示範交易所", "您遇到了什麼問題？", "deposit-delay"},
	} {
		t.Run(p.profile, func(t *testing.T) {
			categories := demoManifestCategories(t, p.profile)
			panel := openPanel(t, panelOpts{Server: srv, URL: srv.DemoURL + "/?profile=" + p.profile + "&lang=" + p.lang, Closed: true})
			ctx := panel.Ctx
			waitJS(t, ctx, `typeof triage === 'function' && triage.loaded`, 10*time.Second)
			// The page's numbers are the context's.
			var shown struct{ Balance, Want, Merchant, Profiles string }
			do(t, ctx, chromedp.Evaluate(`({
  Balance: document.querySelector('#balance').textContent,
  Want: merchantContext.balance ? merchantContext.balance.available + ' ' + merchantContext.balance.currency : '—',
  Merchant: merchantContext.merchantId,
  Profiles: document.querySelector('nav.profiles').textContent })`, &shown))
			if shown.Balance != shown.Want {
				t.Fatalf("page balance %q, context balance %q", shown.Balance, shown.Want)
			}
			if strings.Contains(strings.ToLower(shown.Profiles), "seed") {
				t.Fatalf("profile names say seed: %q", shown.Profiles)
			}
			var lang, dataLang string
			do(t, ctx, chromedp.Evaluate(`document.documentElement.lang`, &lang))
			do(t, ctx, chromedp.Evaluate(`document.querySelector('script[data-lang]').dataset.lang`, &dataLang))
			if lang != p.lang || dataLang != p.lang {
				t.Fatalf("page lang %q, data-lang %q, want %q", lang, dataLang, p.lang)
			}

			do(t, ctx, chromedp.Evaluate(`window.events = []; triage('on', 'route', p => window.events.push({name: 'route', payload: p})); triage('open'); true`, nil))
			waitJS(t, ctx, countEvents("route")+` >= 1`, 30*time.Second)
			fctx := panel.frame(t)
			waitJS(t, fctx, fmt.Sprintf(`document.querySelector('#triage-verified').textContent.includes(%q)`, p.platform), 5*time.Second)
			frameText(t, fctx, p.heading)
			frameText(t, fctx, shown.Merchant)
			var category string
			do(t, ctx, chromedp.Evaluate(`window.events[0].payload.category`, &category))
			if category != p.category {
				t.Fatalf("profile %s routed category %q, want %q", p.profile, category, p.category)
			}

			// Each of the page's own help buttons opens its category.
			var buttons []string
			do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll('button[data-category]')].map(b => b.dataset.category)`, &buttons))
			if len(buttons) != len(categories) {
				t.Fatalf("help buttons %v, manifest categories %v", buttons, categories)
			}
			if _, ok := categories["security"]; ok != (len(buttons) > 0 && buttons[0] == "security") {
				t.Fatalf("security button first: %v; manifest has security: %v", buttons, ok)
			}
			for i, b := range buttons {
				if _, ok := categories[b]; !ok {
					t.Fatalf("button for category %q, not in the manifest", b)
				}
				// The page's own button, clicked as a merchant would (by
				// script: the open panel may cover it on a small window).
				do(t, ctx, chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll('button[data-category]')[%d].click(); true`, i), nil))
				waitJS(t, ctx, fmt.Sprintf(`%s >= %d && window.events[%d].payload.category === %q`, countEvents("route"), i+2, i+1, b), 30*time.Second)
			}
		})
	}
}

// TestE2EDemoLanguageSwitch: the header's language switch keeps the
// profile and sets the page's language, its texts and data-lang; the
// panel then opens in that language.
func TestE2EDemoLanguageSwitch(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	panel := openPanel(t, panelOpts{Server: srv, URL: srv.DemoURL + "/?profile=e-wallet", Closed: true})
	ctx := panel.Ctx
	var lang, dataLang, title string
	do(t, ctx, chromedp.Evaluate(`document.documentElement.lang`, &lang))
	do(t, ctx, chromedp.Evaluate(`document.querySelector('script[data-lang]').dataset.lang`, &dataLang))
	if lang != "en" || dataLang != "en" {
		t.Fatalf("default page lang %q, data-lang %q, want en", lang, dataLang)
	}
	do(t, ctx, chromedp.Click(`nav.langs a[hreflang="zh-TW"]`, chromedp.ByQuery))
	waitJS(t, ctx, `document.documentElement.lang === 'zh-TW'`, 10*time.Second)
	var search string
	do(t, ctx, chromedp.Evaluate(`location.search`, &search))
	do(t, ctx, chromedp.Evaluate(`document.querySelector('script[data-lang]').dataset.lang`, &dataLang))
	do(t, ctx, chromedp.Evaluate(`document.querySelector('.cards h2').textContent + ' ' + document.querySelector('nav.profiles a[aria-current]').textContent`, &title))
	if !strings.Contains(search, "profile=e-wallet") || dataLang != "zh-TW" || title != "可用餘額 電子錢包（個人錢包）" {
		t.Fatalf("after the switch: %s, data-lang %q, texts %q", search, dataLang, title)
	}
	waitJS(t, ctx, `typeof triage === 'function' && triage.loaded`, 10*time.Second)
	do(t, ctx, chromedp.Evaluate(`triage('open'); true`, nil))
	frameText(t, panel.frame(t), "您遇到了什麼問題？")
}

// demoManifestCategories reads the category ids of a demo manifest.
func demoManifestCategories(t *testing.T, profile string) map[string]bool {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join("..", "..", "web", "manifests", profile+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct{ Categories []struct{ ID string } }
	if err := json.Unmarshal(doc, &m); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, c := range m.Categories {
		ids[c.ID] = true
	}
	return ids
}
