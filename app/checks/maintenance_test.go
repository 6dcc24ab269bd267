package checks

import (
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

func TestMaintenance(t *testing.T) {
	h := time.Hour
	win := func(from, to time.Duration, msg i18n.Text) diag.Window {
		return diag.Window{Start: testNow.Add(from), End: testNow.Add(to), Message: msg}
	}
	note := i18n.T("钱包系统升级。", "Wallet upgrade.")
	for _, tc := range []struct {
		name string
		ws   []diag.Window
		want []string
		msg  string
	}{
		{"none", nil, []string{"platform.ok"}, ""},
		{"under way", []diag.Window{win(-h, h, note)}, []string{"platform.maintenance"}, "until 2026-11-21 11:00 (UTC). Wallet upgrade."},
		{"starts now", []diag.Window{win(0, h, i18n.Text{})}, []string{"platform.maintenance"}, ""},
		{"ends now", []diag.Window{win(-h, 0, i18n.Text{})}, []string{"platform.ok"}, ""},
		{"tomorrow", []diag.Window{win(24*h, 26*h, note)}, []string{"platform.maintenance_scheduled"}, "from 2026-11-22 10:00 to 2026-11-22 12:00"},
		{"next month", []diag.Window{win(30*24*h, 31*24*h, note)}, []string{"platform.ok"}, ""},
		{"inverted window ignored", []diag.Window{win(h, -h, note)}, []string{"platform.ok"}, ""},
		{"both", []diag.Window{win(-h, h, note), win(2*h, 3*h, note)}, []string{"platform.maintenance", "platform.maintenance_scheduled"}, ""},
	} {
		fs := run(t, Maintenance, &diag.Env{Platform: &diag.Platform{Maintenance: tc.ws}})
		if got := codesOf(fs); strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%s: codes %v, want %v", tc.name, got, tc.want)
			continue
		}
		if !strings.Contains(fs[0].Message.In(i18n.EN), tc.msg) {
			t.Errorf("%s: message %q lacks %q", tc.name, fs[0].Message.In(i18n.EN), tc.msg)
		}
	}
	if fs := run(t, Maintenance, &diag.Env{}); fs[0].Code != "check.skipped" {
		t.Errorf("without a manifest: %v", codesOf(fs))
	}
}
