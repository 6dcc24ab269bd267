package checks

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
)

func answer(resp diag.Response, err error) *fakeNet {
	return &fakeNet{fetch: func(context.Context, diag.Request) (diag.Response, error) { return resp, err }}
}

func TestCallbackURL(t *testing.T) {
	for _, tc := range []struct {
		name  string
		url   string
		net   *fakeNet
		want  []string
		probe bool
		ev    string
	}{
		{"reachable", "https://shop.example/pay/notify", answer(diag.Response{Status: 405, RTT: 80e6}, nil), []string{"callback.reachable"}, true, "HTTP status=405"},
		{"opaque in the browser", "https://shop.example/pay/notify", answer(diag.Response{Opaque: true}, nil), []string{"callback.reachable"}, true, "opaque"},
		{"offline: syntax only", "https://shop.example/pay/notify", nil, []string{"callback.url.ok"}, false, ""},
		{"http still probed", "http://shop.example/pay/notify", answer(diag.Response{Status: 405, RTT: 80e6}, nil), []string{"callback.url.insecure", "callback.reachable"}, true, ""},
		{"e2e: private", "http://192.168.1.20/notify", answer(diag.Response{Status: 405, RTT: 80e6}, nil), []string{"callback.url.insecure", "callback.url.private"}, false, "reason=192.168.1.20"},
		{"obfuscated loopback", "https://2130706433/notify", answer(diag.Response{Status: 405, RTT: 80e6}, nil), []string{"callback.url.private"}, false, "reason=2130706433 = 127.0.0.1"},
		{"credentials", "https://ops:S3cr3tPw@shop.example/notify", answer(diag.Response{Status: 405, RTT: 80e6}, nil), []string{"callback.url.credentials"}, false, "URL=https://ops:xxxxx@shop.example/notify"},
		{"invalid", "shop.example/notify", answer(diag.Response{Status: 405, RTT: 80e6}, nil), []string{"callback.url.invalid"}, false, ""},
		{"resolves to a private address", "https://rebind.example/notify", answer(diag.Response{}, fmt.Errorf("dial 10.0.0.8:443: %w", diag.ErrBlockedAddress)),
			[]string{"callback.url.private"}, true, ""},
		{"timeout", "https://shop.example/notify", answer(diag.Response{}, context.DeadlineExceeded), []string{"callback.timeout"}, true, ""},
		{"refused", "https://shop.example/notify", answer(diag.Response{}, errors.New("connect: connection refused")), []string{"callback.unreachable"}, true, "connection refused"},
		{"redirect to private", "https://shop.example/notify", answer(diag.Response{Status: 302, Redirected: true, Header: map[string]string{"location": "http://127.0.0.1/admin"}}, nil),
			[]string{"callback.url.private"}, true, "redirects to=http://127.0.0.1/admin"},
		{"relative redirect", "https://shop.example/notify", answer(diag.Response{Status: 301, Header: map[string]string{"location": "/notify/"}}, nil),
			[]string{"callback.redirect"}, true, "redirects to=https://shop.example/notify/"},
		{"opaque redirect", "https://shop.example/notify", answer(diag.Response{Opaque: true, Redirected: true}, nil), []string{"callback.redirect"}, true, ""},
		{"server error", "https://shop.example/notify", answer(diag.Response{Status: 502}, nil), []string{"callback.server_error"}, true, "HTTP status=502"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := &diag.Env{Form: map[string]string{"url": tc.url}}
			if tc.net != nil {
				env.Net = tc.net
			}
			fs := run(t, CallbackURL, env)
			if got := codesOf(fs); strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Fatalf("codes %v, want %v", got, tc.want)
			}
			last := fs[len(fs)-1]
			if !strings.Contains(evidenceText(last), tc.ev) {
				t.Errorf("evidence %q lacks %q", evidenceText(last), tc.ev)
			}
			if tc.net == nil {
				return
			}
			reqs := tc.net.requests()
			if tc.probe != (len(reqs) == 1) {
				t.Fatalf("%d probes, want probe=%v", len(reqs), tc.probe)
			}
			if tc.probe && (reqs[0].Method != "GET" || reqs[0].Mode != "no-cors" || reqs[0].Redirect != "manual") {
				t.Errorf("probe %+v: must be GET, no-cors, redirects not followed", reqs[0])
			}
		})
	}
}

func TestCallbackURLFromContext(t *testing.T) {
	fs := run(t, CallbackURL, &diag.Env{Context: hostctx.Context{CallbackURL: "https://localhost/notify"}})
	if codesOf(fs)[0] != "callback.url.private" {
		t.Fatalf("%v", codesOf(fs))
	}
	if fs := run(t, CallbackURL, &diag.Env{}); fs[0].Code != "check.skipped" {
		t.Fatalf("%v", codesOf(fs))
	}
	// An invalid URL with credentials is shown without them.
	fs = run(t, CallbackURL, &diag.Env{Form: map[string]string{"url": "https://u:pw123@exa mple.com/x"}})
	if strings.Contains(evidenceText(fs[0]), "pw123") {
		t.Fatalf("password shown: %s", evidenceText(fs[0]))
	}
}
