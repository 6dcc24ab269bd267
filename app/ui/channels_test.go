package ui

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/route"
)

// TestOfflineNotice: a platform out of reach while the browser is online is
// not "you are offline".
func TestOfflineNotice(t *testing.T) {
	offline := offlineNotice(&route.Result{Offline: true})
	unreachable := offlineNotice(&route.Result{Offline: true, Unreachable: true})
	if !strings.Contains(offline.In(i18n.EN), "You are offline") || !strings.Contains(offline.In(i18n.ZH), "离线") {
		t.Errorf("offline notice %+v", offline)
	}
	for _, l := range []i18n.Lang{i18n.ZH, i18n.TW, i18n.EN} {
		if s := unreachable.In(l); strings.Contains(s, "offline") || strings.Contains(s, "离线") || strings.Contains(s, "離線") {
			t.Errorf("unreachable notice in %s says offline: %q", l, s)
		}
	}
	if !strings.Contains(unreachable.In(i18n.ZH), "无法连接平台") || !strings.Contains(unreachable.In(i18n.EN), "platform cannot be reached") {
		t.Errorf("unreachable notice %+v", unreachable)
	}
}
