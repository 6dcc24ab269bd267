package checks

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
)

const (
	testAPI  = "https://api.platform.example"
	testTime = "https://time.platform.example/now"
)

// rtts answers each URL with the next round trip of its list; a zero
// duration is a network error.
func rtts(byURL map[string][]time.Duration) *fakeNet {
	var mu sync.Mutex // the check probes its targets concurrently
	calls := map[string]int{}
	return &fakeNet{fetch: func(ctx context.Context, r diag.Request) (diag.Response, error) {
		mu.Lock()
		list := byURL[r.URL]
		i := calls[r.URL]
		calls[r.URL]++
		mu.Unlock()
		if len(list) == 0 || list[min(i, len(list)-1)] == 0 {
			return diag.Response{}, errors.New("net::ERR_CONNECTION_REFUSED")
		}
		return diag.Response{Opaque: true, RTT: list[min(i, len(list)-1)],
			Phases: map[string]time.Duration{"dns": 2 * time.Millisecond, "ttfb": 30 * time.Millisecond}}, nil
	}}
}

func TestNetwork(t *testing.T) {
	ms := time.Millisecond
	plat := &diag.Platform{APIOrigin: testAPI, TimeURL: testTime}
	for _, tc := range []struct {
		name    string
		env     diag.Env
		net     *fakeNet
		want    string
		evid    string
		noProbe bool
	}{
		{"browser offline", diag.Env{Platform: plat, Browser: &diag.Browser{Online: false}}, rtts(nil), "network.offline", "", true},
		{"fast", diag.Env{Platform: plat}, rtts(map[string][]time.Duration{testAPI: {40 * ms, 60 * ms, 50 * ms}, testTime: {30 * ms}}),
			"network.ok", "median round trip=50ms", false},
		{"native phases", diag.Env{Platform: plat}, rtts(map[string][]time.Duration{testAPI: {40 * ms}, testTime: {30 * ms}}),
			"network.ok", "phases=dns 2ms, ttfb 30ms", false},
		{"slow", diag.Env{Platform: plat}, rtts(map[string][]time.Duration{testAPI: {1200 * ms, 900 * ms, 1300 * ms}, testTime: {30 * ms}}),
			"network.slow", "median round trip=1.2s", false},
		{"manifest threshold", diag.Env{Platform: &diag.Platform{APIOrigin: testAPI, SlowThreshold: 100 * ms}},
			rtts(map[string][]time.Duration{testAPI: {150 * ms}}), "network.slow", "threshold=100ms", false},
		{"one lost probe counts as slow, median holds", diag.Env{Platform: plat},
			rtts(map[string][]time.Duration{testAPI: {40 * ms, 0, 50 * ms}, testTime: {30 * ms}}), "network.ok", "round trips=40ms, 1.5s, 50ms", false},
		{"api down, reference up", diag.Env{Platform: plat}, rtts(map[string][]time.Duration{testTime: {30 * ms}}),
			"network.unreachable", "ERR_CONNECTION_REFUSED", false},
		{"everything down", diag.Env{Platform: plat}, rtts(nil), "network.offline", "", false},
		{"single target down", diag.Env{Platform: &diag.Platform{APIOrigin: testAPI}}, rtts(nil), "network.unreachable", "", false},
		{"no API origin", diag.Env{Platform: &diag.Platform{}}, rtts(nil), "check.skipped", "", true},
		{"no manifest", diag.Env{}, rtts(nil), "check.skipped", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := tc.env
			env.Net = tc.net
			fs := run(t, Network, &env)
			if len(fs) != 1 || string(fs[0].Code) != tc.want {
				t.Fatalf("codes %v, want %s", codesOf(fs), tc.want)
			}
			if !strings.Contains(evidenceText(fs[0]), tc.evid) {
				t.Errorf("evidence %q lacks %q", evidenceText(fs[0]), tc.evid)
			}
			reqs := tc.net.requests()
			if tc.noProbe != (len(reqs) == 0) {
				t.Errorf("%d probes", len(reqs))
			}
			for _, r := range reqs {
				if r.Mode != "no-cors" || r.Method != "GET" {
					t.Errorf("probe %+v: reachability must use GET no-cors", r)
				}
			}
		})
	}
}

func TestNetworkOfflineFlagSkipsWithoutNet(t *testing.T) {
	fs := run(t, Network, &diag.Env{Platform: &diag.Platform{APIOrigin: testAPI}})
	if fs[0].Code != "check.skipped" {
		t.Fatalf("without a fetcher (--offline) the check is skipped, got %v", codesOf(fs))
	}
}

func TestNetworkProbeTimeout(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: this test waits out the whole ProbeTimeout on a probe that never answers")
	}
	hang := &fakeNet{fetch: func(ctx context.Context, r diag.Request) (diag.Response, error) {
		<-ctx.Done()
		return diag.Response{}, ctx.Err()
	}}
	fs := run(t, Network, &diag.Env{Platform: &diag.Platform{APIOrigin: testAPI}, Net: hang})
	if fs[0].Code != "network.unreachable" || !strings.Contains(evidenceText(fs[0]), "no answer within 1.5s") {
		t.Fatalf("%v %s", codesOf(fs), evidenceText(fs[0]))
	}
}
