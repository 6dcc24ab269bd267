package checks

import (
	"context"
	"errors"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// Network checks that the platform's API can be reached, and how fast (seed
// 001 "检查网络连接", seed 002 "交易失败 → 网络延迟").
var Network = &diag.Check{
	Name:  "network",
	Title: i18n.M(i18n.CheckNetworkTitle),
	Doc: `network checks that the platform's API origin is reachable and measures the round trip.

The browser reports itself offline (navigator.onLine) or every probe fails:
network.offline. The API origin fails while another target answers:
network.unreachable. The median of three round trips exceeds the manifest's
slow threshold (default 1 s): network.slow. Probes are GETs in no-cors mode,
because in cors mode a CORS rejection is indistinguishable from a network
failure.`,
	Needs:   diag.Needs{Network: true, OptionalPlatform: true, OptionalBrowser: true},
	Timeout: diag.NetworkTimeout,
	Run:     runNetwork,
}

func init() { register(20, Network) }

var (
	labelMedian    = i18n.M(i18n.CheckNetworkMedian)
	labelSamples   = i18n.M(i18n.CheckNetworkSamples)
	labelThreshold = i18n.M(i18n.CheckNetworkThreshold)
	labelPhases    = i18n.M(i18n.CheckNetworkPhases)

	msgNetNoTarget  = i18n.M(i18n.CheckNetworkNetNoTarget)
	msgOffline      = i18n.M(i18n.CheckNetworkOffline)
	msgOfflineProbe = i18n.M(i18n.CheckNetworkOfflineProbe)
	fixOffline      = i18n.M(i18n.CheckNetworkFixOffline)
	msgUnreachable  = i18n.M(i18n.CheckNetworkUnreachable)
	fixUnreachable  = i18n.M(i18n.CheckNetworkFixUnreachable)
	msgSlow         = i18n.M(i18n.CheckNetworkSlow)
	fixSlow         = i18n.M(i18n.CheckNetworkFixSlow)
	msgNetOK        = i18n.M(i18n.CheckNetworkNetOK)
)

// probeResult is one round trip.
type probeResult struct {
	rtt  time.Duration
	resp diag.Response
	err  error
}

func runNetwork(ctx context.Context, p *diag.Pass) error {
	plat, net := p.Platform(), p.Net()
	if b := p.Browser(); b != nil && !b.Online {
		p.Report(newFinding(diag.CodeNetworkOffline, diag.StatusFail, msgOffline, fixOffline))
		return nil
	}
	if plat == nil || plat.APIOrigin == "" {
		p.Report(diag.Skipped(msgNetNoTarget))
		return nil
	}
	api := plat.APIOrigin
	targets := []string{api}
	// A second, independent target tells "offline" from "the platform is
	// unreachable from here".
	if ref := plat.TimeURL; ref != "" && origin(ref) != origin(api) {
		targets = append(targets, ref)
	}

	first := make([]probeResult, len(targets))
	done := make(chan struct{}, len(targets))
	for i, t := range targets {
		go func() {
			first[i] = probe(ctx, net, t)
			done <- struct{}{}
		}()
	}
	for range targets {
		<-done
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if first[0].err != nil {
		allFailed := true
		for _, r := range first[1:] {
			allFailed = allFailed && r.err != nil
		}
		ev := []diag.Evidence{evidence(labelURL, api), evidence(labelError, clip(first[0].err.Error(), 160))}
		if allFailed && len(targets) > 1 {
			p.Report(newFinding(diag.CodeNetworkOffline, diag.StatusFail, msgOfflineProbe, fixOffline, ev...))
		} else {
			p.Report(newFinding(diag.CodeNetworkUnreachable, diag.StatusFail, msgUnreachable.Format(api), fixUnreachable, ev...))
		}
		return nil
	}

	samples := []time.Duration{first[0].rtt}
	for len(samples) < 3 {
		r := probe(ctx, net, api)
		if err := ctx.Err(); err != nil {
			return err
		}
		if r.err != nil {
			// A later probe that timed out took at least ProbeTimeout:
			// count that as its round trip rather than dropping it.
			r.rtt = diag.ProbeTimeout
		}
		samples = append(samples, r.rtt)
	}
	sorted := append([]time.Duration(nil), samples...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	median := sorted[1]
	threshold := plat.SlowThreshold
	if threshold <= 0 {
		threshold = diag.DefaultSlowThreshold
	}
	ev := []diag.Evidence{evidence(labelURL, api), evidence(labelMedian, ms(median)), evidence(labelSamples, msList(samples)),
		evidence(labelThreshold, ms(threshold))}
	if ph := phases(first[0].resp.Phases); ph != "" {
		ev = append(ev, evidence(labelPhases, ph))
	}
	if median > threshold {
		p.Report(newFinding(diag.CodeNetworkSlow, diag.StatusWarn, msgSlow.Format(ms(median), ms(threshold)), fixSlow, ev...))
		return nil
	}
	p.Report(newFinding(diag.CodeNetworkOK, diag.StatusPass, msgNetOK.Format(ms(median)), i18n.Text{}, ev...))
	return nil
}

// probe makes one reachability round trip, bounded by ProbeTimeout. Any
// answer, even an error status or an opaque response, means reachable.
func probe(ctx context.Context, net diag.Fetcher, target string) probeResult {
	pctx, cancel := context.WithTimeout(ctx, diag.ProbeTimeout)
	defer cancel()
	start := time.Now()
	resp, err := net.Fetch(pctx, diag.Request{URL: target, Method: "GET", Mode: "no-cors", Redirect: "follow"})
	rtt := resp.RTT
	if rtt <= 0 {
		rtt = time.Since(start)
	}
	if err == nil && pctx.Err() != nil {
		err = pctx.Err()
	}
	if errors.Is(err, context.DeadlineExceeded) {
		err = errProbeTimeout
	}
	return probeResult{rtt: rtt, resp: resp, err: err}
}

var errProbeTimeout = errors.New("no answer within " + diag.ProbeTimeout.String())

// origin returns scheme://host of a URL, or the input when it does not parse.
func origin(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	return strings.ToLower(u.Scheme + "://" + u.Host)
}

// ms formats a duration in whole milliseconds, e.g. "120ms"; loopback
// round trips below a millisecond keep two more digits.
func ms(d time.Duration) string {
	if d < time.Millisecond {
		return d.Round(10 * time.Microsecond).String()
	}
	return d.Round(time.Millisecond).String()
}

func msList(ds []time.Duration) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = ms(d)
	}
	return strings.Join(parts, ", ")
}

// phases formats the native timing phases in a fixed order.
func phases(ph map[string]time.Duration) string {
	var parts []string
	for _, name := range []string{"dns", "connect", "tls", "ttfb"} {
		if d, ok := ph[name]; ok {
			parts = append(parts, name+" "+ms(d))
		}
	}
	return strings.Join(parts, ", ")
}
