package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/i18n"
)

// preRender renders the panel as the server does for a request to query.
func preRender(t *testing.T, shell *Shell, query string) string {
	t.Helper()
	p := &Panel{deps: Deps{Shell: shell, Location: mustURL(t, "https://widget.example/?"+query)}}
	disp := app.NewServerTester(p)
	defer disp.Close()
	disp.Consume()
	return app.HTMLString(p)
}

func TestShellCarriesEveryLanguage(t *testing.T) {
	page := preRender(t, &Shell{}, "lang=zh-CN")
	if !strings.Contains(page, `class="triage-panel triage-shell"`) {
		t.Fatalf("the server did not render the shell:\n%s", page)
	}
	for _, lang := range i18n.Langs {
		for _, id := range []i18n.ID{i18n.UITitle, i18n.UIClose, i18n.UIScamShort, i18n.UIChecking} {
			want := `<span lang="` + string(lang) + `">` + app.HTMLString(app.Text(i18n.M(id).In(lang))) + `</span>`
			if !strings.Contains(page, want) {
				t.Errorf("the shell lacks %s", want)
			}
		}
	}
	for _, absent := range []string{"triage-demo", "data-platform", "triage-tools"} {
		if strings.Contains(page, absent) {
			t.Errorf("the shell of a site without names or demo has %q", absent)
		}
	}
}

func TestShellNamesTheFramesPlatform(t *testing.T) {
	shell := &Shell{Demo: true, Platforms: []ShellPlatform{
		{ID: "alpha", Name: i18n.T("甲平台", "Alpha")}, {ID: "beta", Name: i18n.T("乙平台", "Beta")}, {ID: "nameless"},
	}}
	tag := regexp.MustCompile(`<span[^>]*\sdata-platform="([a-z]+)"[^>]*>`) // go-app writes attributes in map order
	hidden := regexp.MustCompile(`\shidden[\s>=]`)
	for query, want := range map[string]string{"": "alpha", "platform=beta": "beta", "platform=other": ""} {
		page := preRender(t, shell, query)
		var visible, named []string
		for _, m := range tag.FindAllStringSubmatch(page, -1) {
			named = append(named, m[1])
			if !hidden.MatchString(m[0]) {
				visible = append(visible, m[1])
			}
		}
		if strings.Join(named, ",") != "alpha,beta" {
			t.Errorf("%q: names %v, want alpha and beta (nameless has none)", query, named)
		}
		if strings.Join(visible, ",") != want {
			t.Errorf("%q: shows %v, want %q", query, visible, want)
		}
		if !strings.Contains(page, `<span lang="en"> `+i18n.M(i18n.UIDemo).In(i18n.EN)+`</span>`) {
			t.Errorf("%q: a demo's shell does not say %s", query, i18n.M(i18n.UIDemo).In(i18n.EN))
		}
	}
}

func TestPanelWithoutShellIsThePanel(t *testing.T) {
	page := preRender(t, nil, "lang=en")
	if strings.Contains(page, "triage-shell") || !strings.Contains(page, "triage-tools") {
		t.Fatalf("without Deps.Shell the server must render the panel:\n%.300s", page)
	}
}
