package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// viewport is a screen the panel must fit.
type viewport struct {
	name string
	w, h int64
}

var (
	desktop = viewport{"desktop", 1280, 800}
	phone   = viewport{"phone", 390, 844}
)

// openDemo opens the demo dashboard of a profile in lang at a viewport
// size, then the panel with the open options given (a JS object), and
// returns the panel with its frame attached once the checks have settled.
func openDemo(t *testing.T, srv *widgetServer, profile, lang string, vp viewport, open string) *openedPanel {
	t.Helper()
	panel := openPanel(t, panelOpts{Server: srv, URL: srv.DemoURL + "/?profile=" + profile + "&lang=" + lang, Closed: true})
	opts := []chromedp.EmulateViewportOption{}
	if vp.w < 600 {
		opts = append(opts, chromedp.EmulateMobile)
	}
	do(t, panel.Ctx, chromedp.EmulateViewport(vp.w, vp.h, opts...))
	waitJS(t, panel.Ctx, `typeof triage === 'function' && triage.loaded`, 10*time.Second)
	do(t, panel.Ctx, chromedp.Evaluate(`triage('open', `+open+`); true`, nil))
	fctx := panel.frame(t)
	waitJS(t, fctx, `!!document.querySelector('#triage-primary, #triage-emergency, #triage-unverified') && !document.querySelector('#triage-running li')`, 30*time.Second)
	return panel
}

// inView is a JS expression: the element matching sel is in the frame's
// viewport, whole, without scrolling.
func inView(sel string) string {
	return fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (!e) return false;
  const r = e.getBoundingClientRect(), b = document.querySelector('.triage-body');
  return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && b.scrollTop === 0; })()`, sel)
}

// TestE2EFirstScreen: on every demo profile, in every widget language, on a
// desktop and a phone, the first screen says what is wrong and offers one
// thing to do, without scrolling; no code or internal term is on screen,
// and no finding's text is repeated among the channels.
func TestE2EFirstScreen(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	for _, profile := range []string{"wallet-merchant", "e-wallet", "exchange"} {
		for _, lang := range []string{"zh-CN", "zh-TW", "en"} {
			for _, vp := range []viewport{desktop, phone} {
				t.Run(profile+"/"+lang+"/"+vp.name, func(t *testing.T) {
					fctx := openDemo(t, srv, profile, lang, vp, `{}`).Frame
					waitJS(t, fctx, inView("#triage-summary-h"), 5*time.Second)
					waitJS(t, fctx, inView("#triage-primary .triage-button"), 5*time.Second)
					var screen struct {
						Primaries int
						Visible   string
						Codes     []string
						Rows      []string
						Channels  string
					}
					do(t, fctx, chromedp.Evaluate(`({
  Primaries: document.querySelectorAll('.triage-primary').length,
  Visible: document.querySelector('.triage-body').innerText,
  Codes: [...document.querySelectorAll('[data-code]')].map(e => e.dataset.code),
  Rows: [...document.querySelectorAll('#triage-findings .triage-row-text')].map(e => e.textContent),
  Channels: document.querySelector('#triage-recommendations').innerText })`, &screen))
					if screen.Primaries != 1 {
						t.Errorf("%d primary actions, want one", screen.Primaries)
					}
					if len(screen.Codes) == 0 {
						t.Fatal("no findings: every demo profile has problems")
					}
					for _, c := range screen.Codes {
						if strings.Contains(screen.Visible, c) {
							t.Errorf("code %q on screen", c)
						}
					}
					for _, term := range []string{"TypeError", "manifest", "Manifest", "Laplacian", "拉普拉斯", " bytes", "代码：", "代碼：", "Code:"} {
						if i := strings.Index(screen.Visible, term); i >= 0 {
							t.Errorf("internal term %q on screen: …%s…", term, screen.Visible[max(0, i-60):min(len(screen.Visible), i+60)])
						}
					}
					for _, row := range screen.Rows {
						if strings.Contains(screen.Channels, row) {
							t.Errorf("finding %q repeated among the channels", row)
						}
					}
				})
			}
		}
	}
}

// TestE2EEmergency: a security emergency turns the first screen into the
// freeze action, the 24/7 line and three steps, with nothing above them —
// also on a platform whose manifest has no security category, and when
// the merchant says someone else may be using the account.
func TestE2EEmergency(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	check := func(t *testing.T, fctx context.Context, freeze bool) {
		t.Helper()
		waitJS(t, fctx, `!!document.querySelector('#triage-emergency')`, 10*time.Second)
		waitJS(t, fctx, `(() => { const first = [...document.querySelector('.triage-body').children]
  .find(e => e.getBoundingClientRect().height > 0);
  return first && (first.id === 'triage-emergency' || first.firstElementChild.id === 'triage-emergency'); })()`, 5*time.Second)
		waitJS(t, fctx, inView("#triage-emergency-steps li:nth-child(3)"), 5*time.Second)
		if freeze {
			waitJS(t, fctx, inView("#triage-emergency .triage-rec-freeze a"), 5*time.Second)
			waitJS(t, fctx, inView(`#triage-emergency a[href^="tel:"]`), 5*time.Second)
		} else {
			waitJS(t, fctx, inView("#triage-emergency .triage-rec-contact a"), 5*time.Second)
		}
	}
	t.Run("wallet-merchant/zh-CN/phone", func(t *testing.T) {
		check(t, openDemo(t, srv, "wallet-merchant", "zh-CN", phone, `{category: 'security'}`).Frame, true)
	})
	t.Run("exchange/en/desktop", func(t *testing.T) {
		// The exchange's manifest has no security category and no phone.
		check(t, openDemo(t, srv, "exchange", "en", desktop, `{category: 'security'}`).Frame, false)
	})
	t.Run("reported/e-wallet/en/phone", func(t *testing.T) {
		panel := openDemo(t, srv, "e-wallet", "en", phone, `{}`)
		press(t, panel.Ctx, panel.Frame, "#triage-compromised", kb.Enter)
		check(t, panel.Frame, true)
		waitJS(t, panel.Frame, `document.activeElement && document.activeElement.id === 'triage-emergency-h'`, 5*time.Second)
	})
}

// TestE2EToolAnswersWhereAsked: a self-test answers under its form, the
// answer takes focus and is a live region; an empty submit names the
// missing field.
func TestE2EToolAnswersWhereAsked(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	for _, vp := range []viewport{desktop, phone} {
		t.Run(vp.name, func(t *testing.T) {
			panel := openDemo(t, srv, "exchange", "zh-CN", vp, `{}`)
			ctx, fctx := panel.Ctx, panel.Frame
			openTool(t, ctx, fctx, "tx")
			press(t, ctx, fctx, `#triage-tool-tx button[type=submit]`, kb.Enter)
			answer := `#triage-answer-tx`
			waitJS(t, fctx, fmt.Sprintf(`document.activeElement === document.querySelector(%q) && document.querySelector(%q).innerText.includes('交易哈希')`, answer, answer), 10*time.Second)
			typeInto(t, ctx, fctx, "tx", "hash", "0x123")
			press(t, ctx, fctx, `#triage-tool-tx button[type=submit]`, kb.Enter)
			waitJS(t, fctx, fmt.Sprintf(`document.activeElement === document.querySelector(%q) && !!document.querySelector(%q+' [data-code="tx.hash_malformed"] .triage-fix')`, answer, answer), 10*time.Second)
			var live string
			do(t, fctx, chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q).getAttribute('aria-live')`, answer), &live))
			if live != "polite" {
				t.Errorf("answer aria-live %q", live)
			}
			var elsewhere bool
			do(t, fctx, chromedp.Evaluate(`!!document.querySelector('#triage-findings [data-code="tx.hash_malformed"]')`, &elsewhere))
			if elsewhere {
				t.Error("the answer also landed among the first screen's findings")
			}
		})
	}
}

// TestE2EDescribeProblem: what the merchant types in their own words is
// matched as they type: the choices follow it and the panel says what it
// matched; words of a compromise open the emergency path.
func TestE2EDescribeProblem(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	t.Run("exchange/en/desktop", func(t *testing.T) {
		panel := openDemo(t, srv, "exchange", "en", desktop, `{}`)
		press(t, panel.Ctx, panel.Frame, "#triage-describe", "my ETH deposit still has not arrived after two hours")
		waitJS(t, panel.Frame, `(() => { const first = document.querySelector('#triage-categories button');
  return first.dataset.category === 'deposit-delay' && first.getAttribute('aria-pressed') === 'true' &&
    document.querySelector('#triage-match').textContent.includes(first.textContent); })()`, 10*time.Second)
	})
	t.Run("wallet-merchant/zh-CN/phone", func(t *testing.T) {
		panel := openDemo(t, srv, "wallet-merchant", "zh-CN", phone, `{}`)
		press(t, panel.Ctx, panel.Frame, "#triage-describe", "我的账户好像被盗了，有陌生设备登录")
		waitJS(t, panel.Frame, `!!document.querySelector('#triage-emergency') && document.querySelector('#triage-match').textContent.includes('紧急')`, 10*time.Second)
		waitJS(t, panel.Frame, `!!document.querySelector('#triage-emergency .triage-rec-freeze a')`, 5*time.Second)
	})
}
