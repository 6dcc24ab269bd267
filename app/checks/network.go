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
	Title: i18n.T("网络连接", "Network"),
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
	labelMedian    = i18n.T("中位往返时间", "median round trip")
	labelSamples   = i18n.T("各次往返", "round trips")
	labelThreshold = i18n.T("阈值", "threshold")
	labelPhases    = i18n.T("各阶段耗时", "phases")

	msgNetNoTarget  = i18n.T("平台配置中没有可探测的 API 地址。", "The platform's manifest names no API origin to probe.")
	msgOffline      = i18n.T("设备当前处于离线状态，无法连接任何服务器。", "This device is offline: no server can be reached.")
	msgOfflineProbe = i18n.T("所有探测都失败了，设备似乎没有连接到互联网。", "Every probe failed; this device does not seem to be connected to the internet.")
	fixOffline      = i18n.T("检查 Wi-Fi 或网线、关闭飞行模式，必要时重启路由器；恢复连接后重试付款。", "Check Wi-Fi or the cable, turn off airplane mode, restart the router if needed; then retry the payment.")
	msgUnreachable  = i18n.T("无法连接平台 API（%s）。", "The platform API (%s) cannot be reached.")
	fixUnreachable  = i18n.T("检查防火墙、代理、VPN 或公司网络是否拦截了该域名；换一个网络（如手机热点）重试。如果其他网络也不行，请查看平台公告是否有故障。", "Check whether a firewall, proxy, VPN or company network blocks this domain; try another network (e.g. a phone hotspot). If that fails too, check the platform's announcements for an outage.")
	msgSlow         = i18n.T("网络较慢：到平台 API 的中位往返时间 %s，超过 %s。", "The network is slow: median round trip to the platform API is %s, above %s.")
	fixSlow         = i18n.T("请求可能超时或签名过期。换用更稳定的网络，关闭占用带宽的下载，或把服务器部署在离平台更近的地区。", "Requests may time out or their signatures expire. Use a more stable network, stop bandwidth-heavy downloads, or host your server closer to the platform.")
	msgNetOK        = i18n.T("可以连接平台 API，中位往返时间 %s。", "The platform API is reachable; median round trip %s.")
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
