package checks

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// serverAt answers with the server clock at offset from testNow, in the
// given form, after a 200 ms round trip.
func serverAt(offset time.Duration, form string) *fakeNet {
	return &fakeNet{fetch: func(ctx context.Context, r diag.Request) (diag.Response, error) {
		// The server reads its clock halfway through the round trip.
		st := testNow.Add(100 * time.Millisecond).Add(offset)
		resp := diag.Response{Status: 200, RTT: 200 * time.Millisecond, Header: map[string]string{}}
		switch form {
		case "epochMs":
			resp.Body = []byte(`{"epochMs":` + strconv.FormatInt(st.UnixMilli(), 10) + `}`)
		case "epochMsString":
			resp.Body = []byte(`{"epochMs":"` + strconv.FormatInt(st.UnixMilli(), 10) + `"}`)
		case "iso":
			resp.Body = []byte(`{"iso":"` + st.Format(time.RFC3339Nano) + `"}`)
		case "okx":
			resp.Body = []byte(`{"code":"0","data":[{"ts":"` + strconv.FormatInt(st.UnixMilli(), 10) + `"}],"msg":""}`)
		case "date":
			resp.Body = []byte("<html>not json</html>")
			resp.Header["date"] = st.UTC().Format(httpTimeFormat)
		case "nothing":
			resp.Body = []byte(`{"hello":"world"}`)
		case "bad date":
			resp.Header["date"] = "yesterday"
		}
		return resp, nil
	}}
}

func TestClock(t *testing.T) {
	plat := &diag.Platform{APIOrigin: testAPI, TimeURL: testTime}
	for _, tc := range []struct {
		name   string
		net    *fakeNet
		code   string
		status diag.Status
		msg    string
	}{
		// Server 42 s behind the local clock: local is ahead.
		{"epochMs, far ahead", serverAt(-42*time.Second, "epochMs"), "clock.skew", diag.StatusFail, "42s ahead"},
		{"epochMs as string", serverAt(-42*time.Second, "epochMsString"), "clock.skew", diag.StatusFail, "42s ahead"},
		{"iso, behind", serverAt(6*time.Second, "iso"), "clock.skew", diag.StatusWarn, "6s behind"},
		{"okx time API", serverAt(31*time.Second, "okx"), "clock.skew", diag.StatusFail, "31s behind"},
		{"accurate", serverAt(300*time.Millisecond, "okx"), "clock.ok", diag.StatusPass, "300ms"},
		{"just under the warning", serverAt(-4900*time.Millisecond, "iso"), "clock.ok", diag.StatusPass, ""},
		{"Date header", serverAt(10*time.Second, "date"), "clock.skew", diag.StatusWarn, "behind"},
		{"no time in response", serverAt(0, "nothing"), "check.error", diag.StatusError, "neither a known time body nor a Date header"},
		{"bad Date header", serverAt(0, "bad date"), "check.error", diag.StatusError, "bad Date header"},
		{"fetch fails", &fakeNet{fetch: func(context.Context, diag.Request) (diag.Response, error) {
			return diag.Response{}, errors.New("TypeError: Failed to fetch")
		}}, "check.error", diag.StatusError, "fetching the server time from https://time.platform.example"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := run(t, Clock, &diag.Env{Platform: plat, Net: tc.net})
			if len(fs) != 1 || string(fs[0].Code) != tc.code || fs[0].Status != tc.status {
				t.Fatalf("got %v %s, want %s %s", codesOf(fs), fs[0].Status, tc.code, tc.status)
			}
			if !strings.Contains(fs[0].Message.In(i18n.EN), tc.msg) {
				t.Errorf("message %q lacks %q", fs[0].Message.In(i18n.EN), tc.msg)
			}
			if r := tc.net.requests(); len(r) != 1 || r[0].URL != testTime || r[0].Mode != "cors" {
				t.Errorf("requests %+v", r)
			}
		})
	}
}

func TestClockSourceAndSkips(t *testing.T) {
	net := serverAt(0, "date")
	fs := run(t, Clock, &diag.Env{Platform: &diag.Platform{APIOrigin: testAPI}, Net: net})
	if fs[0].Code != "clock.ok" || net.requests()[0].URL != testAPI {
		t.Errorf("without a time URL the API origin's Date header is used: %v %+v", codesOf(fs), net.requests())
	}
	for _, env := range []*diag.Env{{Platform: &diag.Platform{}, Net: net}, {Net: net}, {Platform: &diag.Platform{APIOrigin: testAPI}}} {
		if fs := run(t, Clock, env); fs[0].Code != "check.skipped" {
			t.Errorf("%+v: %v", env, codesOf(fs))
		}
	}
}
