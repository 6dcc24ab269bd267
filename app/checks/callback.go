package checks

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// CallbackURL checks the merchant's callback (notification) URL (seed 000
// "订单回调接口配置错误"): strictly parsed, public, over https, without
// credentials, and answering.
var CallbackURL = &diag.Check{
	Name:  "callback-url",
	Title: i18n.M(i18n.CheckCallbackTitle),
	Doc: `callback-url checks that the callback URL is valid, https, public, credential-free and reachable.

The URL (form "url", else callbackUrl from the host context) is parsed
strictly: callback.url.invalid, .insecure (http), .credentials (user:pass@)
and .private (loopback, private, link-local, CGNAT, unique-local,
multicast, unspecified, reserved and documentation ranges, cloud metadata,
numeric forms such as 2130706433 or 0x7f.1, IPv4-mapped IPv6, localhost,
*.local, *.internal, single-label names), judging the host as browsers map
it (IDNA/UTS-46: with fullwidth or circled digits or ideographic full
stops, "１２７.０.０.１" is 127.0.0.1). When the network is available
and nothing rules it out, one GET in no-cors mode with redirects not
followed: callback.unreachable, callback.timeout (CallbackTimeout),
callback.redirect. It never POSTs to the merchant's endpoint.`,
	Needs: diag.Needs{
		Context:         []string{"callbackUrl"},
		Form:            []diag.Field{{Name: "url", Label: i18n.M(i18n.CheckCallbackFieldUrl), Optional: true}},
		OptionalNetwork: true,
	},
	Timeout: diag.CallbackTimeout,
	Run:     runCallbackURL,
}

func init() { register(100, CallbackURL) }

// urlReasons explains urlProblem reasons to the merchant.
var urlReasons = map[string]i18n.Text{
	"empty":         i18n.M(i18n.CheckCallbackEmpty),
	"too_long":      i18n.M(i18n.CheckCallbackTooLong),
	"characters":    i18n.M(i18n.CheckCallbackCharacters),
	"syntax":        i18n.M(i18n.CheckCallbackSyntax),
	"percent_host":  i18n.M(i18n.CheckCallbackPercentHost),
	"no_scheme":     i18n.M(i18n.CheckCallbackNoScheme),
	"scheme":        i18n.M(i18n.CheckCallbackScheme),
	"no_host":       i18n.M(i18n.CheckCallbackNoHost),
	"port":          i18n.M(i18n.CheckCallbackPort),
	"ipv6":          i18n.M(i18n.CheckCallbackIpv6),
	"ipv4":          i18n.M(i18n.CheckCallbackIpv4),
	"obfuscated":    i18n.M(i18n.CheckCallbackObfuscated),
	"hostname":      i18n.M(i18n.CheckCallbackHostname),
	"credentials":   i18n.M(i18n.CheckCallbackCredentials),
	"http":          i18n.M(i18n.CheckCallbackHttp),
	"loopback":      i18n.M(i18n.CheckCallbackLoopback),
	"private":       i18n.M(i18n.CheckCallbackPrivate),
	"link-local":    i18n.M(i18n.CheckCallbackLinkLocal),
	"cgnat":         i18n.M(i18n.CheckCallbackCgnat),
	"unique-local":  i18n.M(i18n.CheckCallbackUniqueLocal),
	"multicast":     i18n.M(i18n.CheckCallbackMulticast),
	"unspecified":   i18n.M(i18n.CheckCallbackUnspecified),
	"reserved":      i18n.M(i18n.CheckCallbackReserved),
	"documentation": i18n.M(i18n.CheckCallbackDocumentation),
	"benchmarking":  i18n.M(i18n.CheckCallbackBenchmarking),
	"metadata":      i18n.M(i18n.CheckCallbackMetadata),
	"local_name":    i18n.M(i18n.CheckCallbackLocalName),
	"single_label":  i18n.M(i18n.CheckCallbackSingleLabel),
	"embedded_ip":   i18n.M(i18n.CheckCallbackEmbeddedIp),
	"resolves":      i18n.M(i18n.CheckCallbackResolves),
	"redirect":      i18n.M(i18n.CheckCallbackRedirect),
}

var (
	labelStatus   = i18n.M(i18n.CheckCallbackStatus)
	labelLocation = i18n.M(i18n.CheckCallbackLocation)

	msgCBNoInput     = i18n.M(i18n.CheckCallbackCBNoInput)
	msgCBInvalid     = i18n.M(i18n.CheckCallbackCBInvalid)
	fixCBInvalid     = i18n.M(i18n.CheckCallbackFixCBInvalid)
	msgCBInsecure    = i18n.M(i18n.CheckCallbackCBInsecure)
	fixCBInsecure    = i18n.M(i18n.CheckCallbackFixCBInsecure)
	msgCBPrivate     = i18n.M(i18n.CheckCallbackCBPrivate)
	fixCBPrivate     = i18n.M(i18n.CheckCallbackFixCBPrivate)
	msgCBCredentials = i18n.M(i18n.CheckCallbackCBCredentials)
	fixCBCredentials = i18n.M(i18n.CheckCallbackFixCBCredentials)
	msgCBUnreachable = i18n.M(i18n.CheckCallbackCBUnreachable)
	fixCBUnreachable = i18n.M(i18n.CheckCallbackFixCBUnreachable)
	msgCBTimeout     = i18n.M(i18n.CheckCallbackCBTimeout)
	fixCBTimeout     = i18n.M(i18n.CheckCallbackFixCBTimeout)
	msgCBRedirect    = i18n.M(i18n.CheckCallbackCBRedirect)
	fixCBRedirect    = i18n.M(i18n.CheckCallbackFixCBRedirect)
	msgCBServerError = i18n.M(i18n.CheckCallbackCBServerError)
	fixCBServerError = i18n.M(i18n.CheckCallbackFixCBServerError)
	msgCBReachable   = i18n.M(i18n.CheckCallbackCBReachable)
	msgCBValid       = i18n.M(i18n.CheckCallbackCBValid)
)

func runCallbackURL(ctx context.Context, p *diag.Pass) error {
	raw, inForm := p.FormValue("url")
	if !inForm || strings.TrimSpace(raw) == "" {
		raw = p.Context().CallbackURL
	}
	if strings.TrimSpace(raw) == "" {
		p.Report(diag.Skipped(msgCBNoInput))
		return nil
	}
	mapHost := hostMapper(p.MapHost())
	c := classifyCallbackURL(raw, mapHost)
	shown := redactURL(raw, c)
	for _, pr := range c.problems {
		ev := []diag.Evidence{evidence(labelURL, shown)}
		if pr.detail != "" && pr.code != diag.CodeCallbackURLCredentials {
			ev = append(ev, evidence(labelReason, clip(pr.detail, 80)))
		}
		reason := urlReasons[pr.reason]
		switch pr.code {
		case diag.CodeCallbackURLInvalid:
			p.Report(newFinding(pr.code, diag.StatusFail, msgCBInvalid.Format(reason), fixCBInvalid, ev...))
		case diag.CodeCallbackURLInsecure:
			p.Report(newFinding(pr.code, diag.StatusFail, msgCBInsecure, fixCBInsecure, ev...))
		case diag.CodeCallbackURLPrivate:
			p.Report(newFinding(pr.code, diag.StatusFail, msgCBPrivate.Format(reason), fixCBPrivate, ev...))
		case diag.CodeCallbackURLCredentials:
			p.Report(newFinding(pr.code, diag.StatusFail, msgCBCredentials, fixCBCredentials, ev...))
		}
	}
	if c.blocks() {
		return nil
	}
	if p.Net() == nil {
		if len(c.problems) == 0 {
			p.Report(newFinding(diag.CodeCallbackURLOK, diag.StatusPass, msgCBValid, i18n.Text{}, evidence(labelURL, shown)))
		}
		return nil
	}
	return probeCallback(ctx, p, c, shown, mapHost)
}

// probeCallback makes one GET to the URL, never following redirects: a
// redirect could lead to a private address, and the merchant's endpoint
// must be the one configured.
func probeCallback(ctx context.Context, p *diag.Pass, c callbackURL, shown string, mapHost func(string) (string, error)) error {
	ev := []diag.Evidence{evidence(labelURL, shown)}
	resp, err := p.Net().Fetch(ctx, diag.Request{URL: c.url.String(), Method: "GET", Mode: "no-cors", Redirect: "manual"})
	switch {
	case errors.Is(err, diag.ErrBlockedAddress):
		p.Report(newFinding(diag.CodeCallbackURLPrivate, diag.StatusFail, msgCBPrivate.Format(urlReasons["resolves"]), fixCBPrivate, ev...))
		return nil
	case err != nil && (ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded)):
		p.Report(newFinding(diag.CodeCallbackTimeout, diag.StatusFail, msgCBTimeout.Format(diag.CallbackTimeout.String()), fixCBTimeout, ev...))
		return nil
	case err != nil:
		p.Report(newFinding(diag.CodeCallbackUnreachable, diag.StatusFail, msgCBUnreachable, fixCBUnreachable,
			append(ev, evidence(labelError, clip(err.Error(), 160)))...))
		return nil
	}
	ev = append(ev, evidence(labelRTT, ms(resp.RTT)))
	if resp.Opaque {
		ev = append(ev, evidence(labelStatus, "opaque (browser no-cors)"))
	} else {
		ev = append(ev, evidence(labelStatus, strconv.Itoa(resp.Status)))
	}
	if resp.Redirected || resp.Status >= 300 && resp.Status < 400 {
		if loc := resp.Header["location"]; loc != "" {
			target := c.url.ResolveReference(parseRef(loc))
			ev = append(ev, evidence(labelLocation, clip(redactURL(target.String(), callbackURL{url: target}), 200)))
			if t := classifyCallbackURL(target.String(), mapHost); hasCode(t.problems, diag.CodeCallbackURLPrivate) {
				p.Report(newFinding(diag.CodeCallbackURLPrivate, diag.StatusFail, msgCBPrivate.Format(urlReasons["redirect"]), fixCBPrivate, ev...))
				return nil
			}
		}
		p.Report(newFinding(diag.CodeCallbackRedirect, diag.StatusWarn, msgCBRedirect, fixCBRedirect, ev...))
		return nil
	}
	if resp.Status >= 500 {
		p.Report(newFinding(diag.CodeCallbackServerError, diag.StatusWarn, msgCBServerError.Format(resp.Status), fixCBServerError, ev...))
		return nil
	}
	p.Report(newFinding(diag.CodeCallbackReachable, diag.StatusPass, msgCBReachable, i18n.Text{}, ev...))
	return nil
}

// redactURL shows a URL without its password. An invalid URL is shown
// clipped, with anything between "://" and "@" removed.
func redactURL(raw string, c callbackURL) string {
	if c.url != nil {
		return clip(c.url.Redacted(), 200)
	}
	s := strings.TrimSpace(raw)
	if i := strings.Index(s, "://"); i >= 0 {
		if j := strings.LastIndex(s, "@"); j > i {
			s = s[:i+3] + "…@" + s[j+1:]
		}
	}
	return clip(s, 200)
}
