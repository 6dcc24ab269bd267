package ui

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/i18n"
)

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// mountPanel mounts a panel framed by https://shop.example with a fake host.
func mountPanel(t *testing.T, query string, browserLangs ...string) (*Panel, *bridge.Fake, app.ClientDispatcher) {
	t.Helper()
	fake := &bridge.Fake{}
	p := &Panel{deps: Deps{
		Host:      func(string) bridge.Host { return fake },
		Languages: func() []string { return browserLangs },
		Version:   "v-test",
		Location:  mustURL(t, "https://widget.example/?host=https%3A%2F%2Fshop.example&"+query),
	}}
	disp := app.NewClientTester(p)
	t.Cleanup(disp.Close)
	return p, fake, disp
}

func TestPanelAnnouncesReady(t *testing.T) {
	_, fake, _ := mountPanel(t, "lang=zh-CN")
	posted := fake.Posted()
	if len(posted) != 1 || posted[0].Event != bridge.EventReady {
		t.Fatalf("posted %+v, want one ready", posted)
	}
	var ready bridge.Ready
	if err := json.Unmarshal([]byte(posted[0].Payload), &ready); err != nil || ready.Version != "v-test" || ready.Lang != "zh-CN" ||
		!slices.Equal(ready.Events, bridge.Names()) {
		t.Fatalf("ready payload %s (%v)", posted[0].Payload, err)
	}
}

func TestPanelLanguage(t *testing.T) {
	for _, tc := range []struct {
		query   string
		browser []string
		want    i18n.Lang
		heading string
	}{
		{"lang=zh-CN", []string{"en-US"}, i18n.ZH, strTitle.In(i18n.ZH)},
		{"lang=en", []string{"zh-CN"}, i18n.EN, strTitle.In(i18n.EN)},
		{"", []string{"zh-TW", "en"}, i18n.TW, strTitle.In(i18n.TW)},
		{"lang=zh-HK", nil, i18n.TW, strTitle.In(i18n.TW)},
		{"", []string{"zh-Hans-SG"}, i18n.ZH, strTitle.In(i18n.ZH)},
		{"lang=fr", []string{"de"}, i18n.EN, strTitle.In(i18n.EN)},
	} {
		p, _, _ := mountPanel(t, tc.query, tc.browser...)
		if p.sess.Lang() != tc.want {
			t.Errorf("%q %v: lang %q, want %q", tc.query, tc.browser, p.sess.Lang(), tc.want)
		}
		if html := app.HTMLString(p); !strings.Contains(html, tc.heading) {
			t.Errorf("%q: heading %q not rendered", tc.query, tc.heading)
		}
	}
}

func TestPanelContextRoundTrip(t *testing.T) {
	p, fake, disp := mountPanel(t, "lang=en")
	fake.Deliver(bridge.Message{Type: bridge.TypeContext, Payload: json.RawMessage(`{"merchantId":"M1001","storeDomain":"shop.example","balance":{"available":true}}`)})
	disp.Consume()
	html := app.HTMLString(p)
	// The dashboard's data is the report's (once the case opens); what could
	// not be used is for support.
	for _, want := range []string{"balance.available", strContextIssues.In(i18n.EN)} {
		if !strings.Contains(html, want) {
			t.Errorf("panel lacks %q:\n%s", want, html)
		}
	}
}

func TestPanelIgnoresBadPayloads(t *testing.T) {
	p, fake, disp := mountPanel(t, "lang=en")
	for _, payload := range []string{``, `null`, `"x"`, `[1]`, `{"merchantId":`} {
		fake.Deliver(bridge.Message{Type: bridge.TypeContext, Payload: json.RawMessage(payload)})
		fake.Deliver(bridge.Message{Type: bridge.TypeOpen, Payload: json.RawMessage(payload)})
		disp.Consume()
	}
	fake.Deliver(bridge.Message{Type: "unknown", Payload: json.RawMessage(`{}`)})
	fake.Deliver(bridge.Message{Type: bridge.TypeContext, Payload: json.RawMessage(`{"merchantId":"STILL-ALIVE","balance":{"available":true}}`)})
	disp.Consume()
	if html := app.HTMLString(p); !strings.Contains(html, "balance.available") {
		t.Fatalf("panel stopped taking context:\n%s", html)
	}
}

func TestPanelCloseButtonAsksLoaderToClose(t *testing.T) {
	p, fake, disp := mountPanel(t, "lang=en")
	p.close(disp.Context(), app.Event{})
	posted := fake.Posted()
	if last := posted[len(posted)-1]; last.Event != bridge.EventClose {
		t.Fatalf("last event %q, want close", last.Event)
	}
}

func TestPanelWithoutHostStillRenders(t *testing.T) {
	p := &Panel{deps: Deps{Location: mustURL(t, "https://widget.example/?host=javascript:alert(1)")}}
	disp := app.NewClientTester(p)
	defer disp.Close()
	if p.host != nil {
		t.Fatal("a malformed host origin must not get a bridge")
	}
	if !strings.Contains(app.HTMLString(p), "Beware of scams") {
		t.Fatal("the scam warning must always show")
	}
}

func TestGuardRecoversAndShowsNotice(t *testing.T) {
	p, _, disp := mountPanel(t, "lang=en")
	p.guard(func(app.Context, app.Event) { panic("boom") })(disp.Context(), app.Event{})
	if p.fault == "" {
		t.Fatal("a recovered panic must leave a notice")
	}
	p.Update()
	disp.Consume()
	if !strings.Contains(app.HTMLString(p), "internal error and recovered") {
		t.Fatal("notice not shown")
	}
}
