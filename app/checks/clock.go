package checks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// Clock compares the local clock with the platform's server time. Signed API
// requests carry a timestamp and expire (OKX rejects a timestamp more than
// 30 s off with 50102), so a drifting clock breaks every request.
var Clock = &diag.Check{
	Name:  "clock",
	Title: i18n.M(i18n.CheckClockTitle),
	Doc: `clock compares the local clock with the platform's server time.

The server time comes from the manifest's time endpoint: a JSON body
{"epochMs":N}, {"iso":"…"} or OKX's {"data":[{"ts":"…"}]}, else the Date
header (1 s resolution). Half the round trip is added to the server time.
clock.skew warns at 5 s and fails at 30 s, when signed requests expire.`,
	Needs:   diag.Needs{Network: true, Platform: true},
	Timeout: diag.ClockTimeout,
	Run:     runClock,
}

func init() { register(30, Clock) }

// Skew thresholds.
const (
	ClockWarnSkew = 5 * time.Second
	ClockFailSkew = 30 * time.Second // OKX's request validity window
)

// httpTimeFormat is the Date header's format (net/http.TimeFormat, which
// this package cannot import).
const httpTimeFormat = "Mon, 02 Jan 2006 15:04:05 GMT"

var (
	labelLocal  = i18n.M(i18n.CheckClockLocal)
	labelServer = i18n.M(i18n.CheckClockServer)
	labelSkew   = i18n.M(i18n.CheckClockSkew)
	labelSource = i18n.M(i18n.CheckClockSource)

	msgClockNoSource = i18n.M(i18n.CheckClockClockNoSource)
	msgSkewAhead     = i18n.M(i18n.CheckClockSkewAhead)
	msgSkewBehind    = i18n.M(i18n.CheckClockSkewBehind)
	fixSkew          = i18n.M(i18n.CheckClockFixSkew)
	msgClockOK       = i18n.M(i18n.CheckClockClockOK)
)

func runClock(ctx context.Context, p *diag.Pass) error {
	plat := p.Platform()
	src := plat.TimeURL
	if src == "" {
		src = plat.APIOrigin
	}
	if src == "" {
		p.Report(diag.Skipped(msgClockNoSource))
		return nil
	}
	t0 := p.Now()
	start := time.Now()
	resp, err := p.Net().Fetch(ctx, diag.Request{URL: src, Method: "GET", Mode: "cors", Redirect: "follow"})
	if err != nil {
		return fmt.Errorf("fetching the server time from %s: %w", origin(src), err)
	}
	rtt := resp.RTT
	if rtt <= 0 {
		rtt = time.Since(start)
	}
	server, how, err := serverTime(resp)
	if err != nil {
		return fmt.Errorf("reading the server time from %s: %w", origin(src), err)
	}
	// The server read its clock about halfway through the round trip.
	local := t0.Add(rtt / 2)
	skew := local.Sub(server)
	abs := skew.Abs()
	ev := []diag.Evidence{
		evidence(labelLocal, local.UTC().Format(time.RFC3339Nano)),
		evidence(labelServer, server.UTC().Format(time.RFC3339Nano)),
		evidence(labelSkew, signedDuration(skew)),
		evidence(labelSource, how+" "+origin(src)),
		evidence(labelRTT, ms(rtt)),
	}
	switch {
	case abs >= ClockWarnSkew:
		status := diag.StatusWarn
		if abs >= ClockFailSkew {
			status = diag.StatusFail
		}
		msg := msgSkewAhead
		if skew < 0 {
			msg = msgSkewBehind
		}
		f := newFinding(diag.CodeClockSkew, status, msg.Format(abs.Round(100*time.Millisecond).String()), fixSkew, ev...)
		if status == diag.StatusWarn {
			f.Severity = diag.SeverityMedium
		}
		p.Report(f)
	default:
		p.Report(newFinding(diag.CodeClockOK, diag.StatusPass, msgClockOK.Format(abs.Round(time.Millisecond).String()), i18n.Text{}, ev...))
	}
	return nil
}

// signedDuration formats a skew with its sign: "+42.1s" is ahead.
func signedDuration(d time.Duration) string {
	s := d.Round(time.Millisecond).String()
	if d >= 0 {
		s = "+" + s
	}
	return s
}

// serverTime reads the server's clock from a time endpoint's response: a
// JSON body in one of the known shapes, else the Date header. how names the
// source for the evidence.
func serverTime(resp diag.Response) (t time.Time, how string, err error) {
	if len(resp.Body) > 0 {
		if t, ok := bodyTime(resp.Body); ok {
			return t, "body", nil
		}
	}
	if d := resp.Header["date"]; d != "" {
		t, err := time.Parse(httpTimeFormat, d)
		if err != nil {
			return time.Time{}, "", fmt.Errorf("bad Date header %q: %w", clip(d, 40), err)
		}
		// The header truncates to the second: the true time is in [t, t+1s).
		return t.Add(500 * time.Millisecond), "Date header", nil
	}
	return time.Time{}, "", errNoServerTime
}

var errNoServerTime = errors.New("the response has neither a known time body nor a Date header")

// bodyTime recognises {"epochMs":N}, {"iso":"RFC 3339"} and OKX's
// {"data":[{"ts":"ms"}]}. Numbers are read as integers, never floats.
func bodyTime(body []byte) (time.Time, bool) {
	var v struct {
		EpochMs json.RawMessage `json:"epochMs"`
		ISO     string          `json:"iso"`
		Data    []struct {
			TS json.RawMessage `json:"ts"`
		} `json:"data"`
	}
	if json.Unmarshal(body, &v) != nil {
		return time.Time{}, false
	}
	if ms, ok := epochMillis(v.EpochMs); ok {
		return time.UnixMilli(ms), true
	}
	if v.ISO != "" {
		if t, err := time.Parse(time.RFC3339Nano, v.ISO); err == nil {
			return t, true
		}
	}
	if len(v.Data) > 0 {
		if ms, ok := epochMillis(v.Data[0].TS); ok {
			return time.UnixMilli(ms), true
		}
	}
	return time.Time{}, false
}

// epochMillis reads milliseconds given as a JSON integer or a string of
// digits.
func epochMillis(raw json.RawMessage) (int64, bool) {
	s := strings.Trim(string(raw), `"`)
	if s == "" {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil && n > 0
}
