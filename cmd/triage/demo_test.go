package main

import (
	"encoding/json"
	"html/template"
	"io"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/manifest"
)

// TestDemoPages: every profile in every page language shows its own
// context's numbers, its page and embed in that language, human profile
// names, and buttons for categories its manifest has.
func TestDemoPages(t *testing.T) {
	demo, err := signDemoManifests("../../web")
	if err != nil {
		t.Fatal(err)
	}
	h, err := newDemoHandler(siteOptions{webDir: "../../web", demo: demo}, "http://127.0.0.1:1")
	if err != nil {
		t.Fatal(err)
	}
	get := func(target string) string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		b, _ := io.ReadAll(rec.Result().Body)
		return string(b)
	}
	contextRe := regexp.MustCompile(`var merchantContext = (.*);\n`)
	balanceRe := regexp.MustCompile(`id="balance">([^<]*)<`)
	buttonRe := regexp.MustCompile(`data-category="([^"]*)"`)
	for _, p := range demoProfiles {
		doc, err := os.ReadFile("../../web/manifests/" + p.Name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var m struct{ Categories []manifest.Category }
		if err := json.Unmarshal(doc, &m); err != nil {
			t.Fatal(err)
		}
		has := map[string]bool{}
		for _, c := range m.Categories {
			has[c.ID] = true
		}
		for _, l := range demoLangNames {
			html := get(demoURL(p.Name, l.Lang))
			if !strings.Contains(html, `<html lang="`+string(l.Lang)+`">`) || !strings.Contains(html, `data-lang="`+string(l.Lang)+`"`) {
				t.Errorf("%s %s: page or embed not in the language", p.Name, l.Lang)
			}
			if strings.Contains(strings.ToLower(html), "seed") {
				t.Errorf("%s %s: the page says seed", p.Name, l.Lang)
			}
			if !strings.Contains(html, template.HTMLEscapeString(p.Title[l.Lang])) || p.Title[l.Lang] == "" {
				t.Errorf("%s %s: no profile name %q", p.Name, l.Lang, p.Title[l.Lang])
			}
			cm := contextRe.FindStringSubmatch(html)
			if cm == nil {
				t.Fatalf("%s %s: no context in the page", p.Name, l.Lang)
			}
			var c hostctx.Context
			if err := json.Unmarshal([]byte(cm[1]), &c); err != nil {
				t.Fatalf("%s: context: %v", p.Name, err)
			}
			bm := balanceRe.FindStringSubmatch(html)
			want := c.Balance.Available + " " + c.Balance.Currency
			if c.Balance.Available == "" {
				want = "—"
			}
			if bm == nil || bm[1] != want {
				t.Errorf("%s %s: page balance %v, context balance %q", p.Name, l.Lang, bm, want)
			}
			if c.MerchantID != p.Context.MerchantID || !strings.Contains(html, "<code>"+c.MerchantID+"</code>") {
				t.Errorf("%s %s: merchant id %q not shown", p.Name, l.Lang, c.MerchantID)
			}
			for _, o := range c.RecentOrders {
				if !strings.Contains(html, "<td>"+o.ID+"</td>") {
					t.Errorf("%s %s: order %s not in the table", p.Name, l.Lang, o.ID)
				}
			}
			buttons := buttonRe.FindAllStringSubmatch(html, -1)
			if len(buttons) != len(m.Categories) {
				t.Errorf("%s %s: %d buttons for %d categories", p.Name, l.Lang, len(buttons), len(m.Categories))
			}
			for _, b := range buttons {
				if !has[b[1]] {
					t.Errorf("%s %s: button for category %q the manifest lacks", p.Name, l.Lang, b[1])
				}
			}
			if sec := strings.Contains(html, demoText[l.Lang].Security); sec != has["security"] {
				t.Errorf("%s %s: security button shown %v, manifest has security %v", p.Name, l.Lang, sec, has["security"])
			}
		}
	}
	// Unknown values fall back: English, the first profile.
	if html := get("/?profile=nope&lang=xx"); !strings.Contains(html, `<html lang="en">`) || !strings.Contains(html, demoProfiles[0].Context.MerchantID) {
		t.Error("unknown profile and language do not fall back to the first profile in English")
	}
}

// TestDemoStringsComplete: every page text exists in every page language.
func TestDemoStringsComplete(t *testing.T) {
	for _, l := range demoLangNames {
		s, ok := demoText[l.Lang]
		if !ok {
			t.Fatalf("no page texts in %s", l.Lang)
		}
		b, _ := json.Marshal(s)
		var fields map[string]any
		json.Unmarshal(b, &fields)
		for k, v := range fields {
			if v == "" {
				t.Errorf("%s: %s is empty", l.Lang, k)
			}
		}
		if len(s.Values) != len(demoText[demoLangNames[0].Lang].Values) {
			t.Errorf("%s: %d value words, English has %d", l.Lang, len(s.Values), len(demoText[demoLangNames[0].Lang].Values))
		}
		for _, p := range demoProfiles {
			if p.Title[l.Lang] == "" {
				t.Errorf("%s: profile %s has no name", l.Lang, p.Name)
			}
		}
	}
}
