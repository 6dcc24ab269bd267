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
	Title: i18n.T("回调地址", "Callback URL"),
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
		Form:            []diag.Field{{Name: "url", Label: i18n.T("回调地址", "Callback URL"), Optional: true}},
		OptionalNetwork: true,
	},
	Timeout: diag.CallbackTimeout,
	Run:     runCallbackURL,
}

func init() { register(100, CallbackURL) }

// urlReasons explains urlProblem reasons to the merchant.
var urlReasons = map[string]i18n.Text{
	"empty":         i18n.T("地址为空", "the URL is empty"),
	"too_long":      i18n.T("地址过长", "the URL is too long"),
	"characters":    i18n.T("含有空格、控制字符或反斜杠", "it contains spaces, control characters or backslashes"),
	"syntax":        i18n.T("不是合法的网址", "it is not a well-formed URL"),
	"percent_host":  i18n.T("域名部分使用了百分号编码", "the host is percent-encoded"),
	"no_scheme":     i18n.T("缺少 https://", "https:// is missing"),
	"scheme":        i18n.T("协议不是 http 或 https", "the scheme is neither http nor https"),
	"no_host":       i18n.T("缺少域名", "the host is missing"),
	"port":          i18n.T("端口号无效", "the port is invalid"),
	"ipv6":          i18n.T("IPv6 地址无效", "the IPv6 address is invalid"),
	"ipv4":          i18n.T("数字地址无效", "the numeric address is invalid"),
	"obfuscated":    i18n.T("使用了非常规写法的数字 IP 地址", "it writes an IP address in an unusual numeric form"),
	"hostname":      i18n.T("域名含有非法字符", "the host name has invalid characters"),
	"credentials":   i18n.T("地址中包含用户名和密码", "the URL carries a user name and password"),
	"http":          i18n.T("使用不加密的 http", "it uses unencrypted http"),
	"loopback":      i18n.T("指向本机（回环地址）", "it points at the machine itself (loopback)"),
	"private":       i18n.T("是内网地址", "it is a private network address"),
	"link-local":    i18n.T("是链路本地地址", "it is a link-local address"),
	"cgnat":         i18n.T("是运营商级 NAT 地址（100.64.0.0/10）", "it is a carrier-grade NAT address (100.64.0.0/10)"),
	"unique-local":  i18n.T("是 IPv6 内网地址（fc00::/7）", "it is an IPv6 unique-local address (fc00::/7)"),
	"multicast":     i18n.T("是组播地址", "it is a multicast address"),
	"unspecified":   i18n.T("是未指定地址（0.0.0.0 或 ::）", "it is the unspecified address (0.0.0.0 or ::)"),
	"reserved":      i18n.T("是保留地址", "it is a reserved address"),
	"documentation": i18n.T("是仅供文档示例使用的地址", "it is a documentation-only example address"),
	"benchmarking":  i18n.T("是网络测试专用地址", "it is a benchmarking address"),
	"metadata":      i18n.T("是云服务器元数据地址", "it is a cloud metadata address"),
	"local_name":    i18n.T("是只在本地网络有效的域名", "it is a name that only resolves on a local network"),
	"single_label":  i18n.T("是没有后缀的单段主机名，只在内网有效", "it is a single-label host name, valid only inside a network"),
	"embedded_ip":   i18n.T("是解析到内网地址的通配域名", "it is a wildcard-DNS name that resolves to a private address"),
	"resolves":      i18n.T("域名解析到了内网地址", "the name resolves to a private address"),
	"redirect":      i18n.T("重定向到了内网地址", "it redirects to a private address"),
}

var (
	labelStatus   = i18n.T("HTTP 状态", "HTTP status")
	labelLocation = i18n.T("重定向到", "redirects to")

	msgCBNoInput     = i18n.T("没有回调地址可检查。", "There is no callback URL to check.")
	msgCBInvalid     = i18n.T("回调地址无效：%s。", "The callback URL is invalid: %s.")
	fixCBInvalid     = i18n.T("填写完整的公网地址，如 https://shop.example/pay/notify。", "Enter a complete public URL, such as https://shop.example/pay/notify.")
	msgCBInsecure    = i18n.T("回调地址使用 http，通知内容会以明文传输，很多平台会拒绝。", "The callback URL uses http: notifications travel in clear text, and many platforms refuse it.")
	fixCBInsecure    = i18n.T("为服务器配置 TLS 证书（如 Let's Encrypt），改用 https://。", "Give the server a TLS certificate (e.g. Let's Encrypt) and use https://.")
	msgCBPrivate     = i18n.T("平台无法从公网访问此回调地址：%s。", "The platform cannot reach this callback URL from the internet: %s.")
	fixCBPrivate     = i18n.T("使用公网域名，并确认它解析到服务器的公网 IP；本机或内网地址只能用于本地测试。", "Use a public domain name resolving to the server's public IP; local and private addresses only work for local testing.")
	msgCBCredentials = i18n.T("回调地址中包含用户名和密码，会出现在日志中，很多平台会拒绝。", "The callback URL carries a user name and password, which end up in logs; many platforms refuse it.")
	fixCBCredentials = i18n.T("从地址中删除 user:password@，改用回调签名验证请求来源，并更换已暴露的密码。", "Remove user:password@ from the URL, authenticate notifications with the webhook signature instead, and change the exposed password.")
	msgCBUnreachable = i18n.T("无法连接回调地址。", "The callback URL cannot be reached.")
	fixCBUnreachable = i18n.T("确认域名解析正确、服务器在运行、防火墙和安全组放行 443 端口，并且证书有效。", "Check that the name resolves, the server is running, the firewall and security groups allow port 443, and the certificate is valid.")
	msgCBTimeout     = i18n.T("回调地址在 %s 内没有响应，平台的通知会超时。", "The callback URL did not answer within %s; the platform's notifications will time out.")
	fixCBTimeout     = i18n.T("让回调接口立即返回成功，耗时处理放到后台队列；检查服务器负载和网络。", "Make the endpoint acknowledge at once and do slow work in a background queue; check the server's load and network.")
	msgCBRedirect    = i18n.T("回调地址返回了重定向；平台通常不跟随重定向，POST 通知可能丢失。", "The callback URL answers with a redirect; platforms usually do not follow it, and POST notifications may be lost.")
	fixCBRedirect    = i18n.T("直接填写最终地址（注意 http→https、带不带 www、末尾斜杠）。", "Enter the final URL directly (mind http→https, www and trailing slashes).")
	msgCBServerError = i18n.T("回调地址返回服务器错误（HTTP %d）。", "The callback URL answers with a server error (HTTP %d).")
	fixCBServerError = i18n.T("查看服务器错误日志；回调接口出错时平台会判定通知失败并重试。", "Check the server's error log; when the endpoint fails, the platform treats the notification as failed and retries.")
	msgCBReachable   = i18n.T("回调地址可以访问。", "The callback URL is reachable.")
	msgCBValid       = i18n.T("回调地址格式正确（离线，未测试连通性）。", "The callback URL is well-formed (offline: reachability not tested).")
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
