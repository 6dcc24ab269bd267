package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// TestDetailKeepsRawErrorsForSupport: a finding's details show its
// evidence but not a raw browser error, which is for support.
func TestDetailKeepsRawErrorsForSupport(t *testing.T) {
	f := diag.Finding{Code: diag.CodeNetworkUnreachable, Status: diag.StatusFail, Message: i18n.T("无法连接。", "Cannot connect."),
		Evidence: []diag.Evidence{
			{Label: i18n.M(i18n.CheckFindingURL), Value: "https://api.example.com/ping"},
			{Label: i18n.M(i18n.CheckFindingError), Value: "TypeError: Failed to fetch"},
		}}
	html := app.HTMLString(Section{p: &Panel{}}.renderDetail(f))
	if strings.Contains(html, "TypeError") {
		t.Errorf("a raw error in the merchant's details:\n%s", html)
	}
	if !strings.Contains(html, "https://api.example.com/ping") {
		t.Errorf("the other evidence is gone:\n%s", html)
	}
}
