package report

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/i18n"
)

// TestAttemptStatusText: every status a check can end with reads as words
// in the report, in each language; "error" used to show the raw status.
func TestAttemptStatusText(t *testing.T) {
	for _, tc := range []struct{ status, zh, en string }{
		{"pass", "通过", "pass"},
		{"warn", "警告", "warning"},
		{"fail", "失败", "failed"},
		{"skip", "跳过", "skipped"},
		{"error", "无法检查", "could not check"},
	} {
		a := Attempt{Check: "network", Status: tc.status, Code: "network.ok"}
		zh, en := a.text(i18n.ZH), a.text(i18n.EN)
		if !strings.Contains(zh, tc.zh) || !strings.Contains(en, tc.en) {
			t.Errorf("%s: %q / %q", tc.status, zh, en)
		}
		if tc.status == "error" && strings.Contains(zh, "error") {
			t.Errorf("the Chinese report shows the raw status: %q", zh)
		}
	}
}
