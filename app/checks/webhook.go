package checks

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// Webhook verifies a callback (webhook) signature the merchant pasted and
// names the mistake behind a mismatch (seed 000 "回调验签失败").
var Webhook = &diag.Check{
	Name:  "webhook",
	Title: i18n.T("回调签名验证", "Webhook signature"),
	Doc: `webhook verifies a webhook signature over the raw body and names the mistake behind a mismatch.

Schemes: hmac-sha256-hex (GitHub X-Hub-Signature-256 "sha256=<hex>",
Coinbase Commerce X-CC-Webhook-Signature "<hex>"), stripe (Stripe-Signature
"t=…,v1=…" over "t.body", tolerance StripeTolerance for past timestamps; like
Stripe's libraries it accepts future ones, reported as clock skew) and okx-v5
(Base64(HMAC-SHA256(secret, timestamp + body))). On a mismatch it tries the
other schemes, whitespace around the secret, and re-serialisations of a JSON
body (the framework parsed and re-encoded it). Constant-time comparisons.`,
	Needs: diag.Needs{
		Auto: diag.AutoRun{Never: true},
		Form: []diag.Field{
			{Name: "scheme", Label: i18n.T("签名方案", "Scheme"), Kind: diag.KindChoice, Options: WebhookSchemes},
			{Name: "secret", Label: i18n.T("回调签名密钥", "Webhook secret"), Kind: diag.KindSecret},
			{Name: "signature", Label: i18n.T("签名请求头的值", "Signature header value")},
			{Name: "body", Label: i18n.T("原始请求体", "Raw body"), Kind: diag.KindMultiline},
			{Name: "timestamp", Label: i18n.T("时间戳请求头（okx-v5）", "Timestamp header (okx-v5)"), Optional: true},
		},
	},
	Timeout: diag.LocalTimeout,
	Run:     runWebhook,
}

func init() { register(110, Webhook) }

// StripeTolerance is how old a Stripe-signed event may be, Stripe's own
// default against replays. Stripe's libraries bound only the age: a
// timestamp in the future passes whatever its distance.
const StripeTolerance = 300 * time.Second

// WebhookSchemes lists the schemes the webhook check verifies.
var WebhookSchemes = []string{"hmac-sha256-hex", "stripe", "okx-v5"}

var (
	labelScheme     = i18n.T("方案", "scheme")
	labelBody       = i18n.T("请求体", "body")
	labelSignedAt   = i18n.T("签名时间", "signed at")
	labelAge        = i18n.T("距今", "age")
	labelMatchedAs  = i18n.T("实际匹配的方案", "matches scheme")
	labelHeaderProb = i18n.T("问题", "problem")
	labelEncodedAs  = i18n.T("验签所用的请求体", "body verified")

	msgWHMissing     = i18n.T("回调签名验证需要填写：%s。", "The webhook check needs: %s.")
	msgWHScheme      = i18n.T("不支持的签名方案“%s”（支持：%s）。", "Unsupported scheme %q (supported: %s).")
	msgWHOK          = i18n.T("回调签名正确。", "The webhook signature is valid.")
	msgWHMismatch    = i18n.T("回调签名不匹配，且不是常见错误之一。", "The webhook signature does not match, and none of the common mistakes reproduces it.")
	fixWHMismatch    = i18n.T("确认使用的是该回调地址对应的签名密钥（测试和正式环境的密钥不同），并用收到的原始字节验签。", "Check that the secret belongs to this endpoint (test and live secrets differ) and that you verify the raw bytes received.")
	msgWHReserial    = i18n.T("签名与请求体重新序列化后的 JSON 匹配：你的框架解析并重新编码了请求体，验签用的不是原始字节。", "The signature matches a re-serialisation of the JSON body: your framework parsed and re-encoded it, so you verify other bytes than those received.")
	fixWHReserial    = i18n.T("用收到的原始请求体验签（Express：express.raw()；Flask：request.get_data()；Go：io.ReadAll(r.Body)），验签通过后再解析 JSON。", "Verify the raw request body (Express: express.raw(); Flask: request.get_data(); Go: io.ReadAll(r.Body)), and parse the JSON only after verifying.")
	msgWHWhitespace  = i18n.T("签名密钥带有多余的空白字符（如末尾换行）。", "The webhook secret carries extra whitespace (such as a trailing newline).")
	fixWHWhitespace  = i18n.T("读取配置后去掉密钥首尾的空格和换行。", "Strip spaces and line breaks around the secret after reading it from the configuration.")
	msgWHStale       = i18n.T("签名有效，但签名时间距今 %s，超过 %s 的容忍窗口，会被当作重放拒绝。", "The signature is valid but was made %s ago, outside the %s tolerance; it will be rejected as a replay.")
	msgWHSkew        = i18n.T("签名有效，Stripe 的官方库也会接受；但签名时间比本机当前时间晚 %s，说明本机时钟慢了（或签名方的时钟快了）。", "The signature is valid and Stripe's own libraries accept it, but it was made %s later than this computer's current time: this clock is behind (or the signer's is ahead).")
	fixWHSkew        = i18n.T("开启 NTP 时间同步（服务器上运行 chrony 或 ntpd）。时钟偏慢时，旧的回调在更长时间内仍能通过验签，重放窗口随之变大；您签名的 API 请求也会因时间戳过期而被拒绝。", "Turn on NTP time sync (chrony or ntpd on servers). With a slow clock, old webhooks keep passing verification for longer, which widens the replay window, and the API requests you sign are rejected for an expired timestamp.")
	fixWHStale       = i18n.T("检查服务器时钟（NTP），并尽快处理收到的回调；测试时请使用新发送的事件。", "Check the server clock (NTP) and process events promptly; test with a freshly sent event.")
	msgWHWrongScheme = i18n.T("签名按“%s”方案验证失败，但按“%s”方案是正确的。", "The signature fails as %s but is valid as %s.")
	fixWHWrongScheme = i18n.T("按平台文档为该回调选择正确的验签方案。", "Verify with the scheme the platform documents for this webhook.")
	msgWHHeader      = i18n.T("签名请求头的格式不符合“%s”方案。", "The signature header is not in the %s format.")
	fixWHHeader      = i18n.T("粘贴签名请求头的完整值（hmac-sha256-hex：64 位十六进制，可带 sha256= 前缀；stripe：t=…,v1=…；okx-v5：Base64）。", "Paste the signature header's whole value (hmac-sha256-hex: 64 hex characters, optionally after sha256=; stripe: t=…,v1=…; okx-v5: Base64).")
)

// webhookInput is one signed delivery as pasted in the form.
type webhookInput struct{ secret, body, header, timestamp string }

// verifyWebhook reports whether in.header is a valid signature of in.body
// under scheme; err says why the header cannot be of this scheme. signedAt
// is the Stripe timestamp.
func verifyWebhook(scheme string, in webhookInput) (ok bool, signedAt int64, err error) {
	switch scheme {
	case "hmac-sha256-hex":
		sig, _, err := parseHexSignature(in.header)
		if err != nil {
			return false, 0, err
		}
		return sameSig(sig, hex.EncodeToString(hmacSHA256(in.secret, in.body))), 0, nil
	case "stripe":
		sh, err := parseStripeHeader(in.header)
		if err != nil {
			return false, 0, err
		}
		want := hex.EncodeToString(hmacSHA256(in.secret, strconv.FormatInt(sh.t, 10)+"."+in.body))
		match := false
		for _, v := range sh.v1 {
			// Compare against every candidate so timing does not reveal
			// which one matched.
			if sameSig(v, want) {
				match = true
			}
		}
		return match, sh.t, nil
	case "okx-v5":
		sig, err := parseBase64Signature(in.header)
		if err != nil {
			return false, 0, err
		}
		return sameSig(sig, base64.StdEncoding.EncodeToString(hmacSHA256(in.secret, strings.TrimSpace(in.timestamp)+in.body))), 0, nil
	}
	return false, 0, errUnknownScheme
}

var errUnknownScheme = errors.New("unknown webhook scheme")

func runWebhook(ctx context.Context, p *diag.Pass) error {
	form := p.Form
	scheme := strings.ToLower(strings.TrimSpace(form("scheme")))
	in := webhookInput{secret: form("secret"), body: form("body"), header: form("signature"), timestamp: form("timestamp")}
	var missing []string
	for _, f := range []struct{ name, val string }{{"scheme", scheme}, {"secret", in.secret}, {"signature", in.header}, {"body", in.body}} {
		if strings.TrimSpace(f.val) == "" {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		p.Report(diag.Skipped(msgWHMissing.Format(strings.Join(missing, ", "))))
		return nil
	}
	if !contains(WebhookSchemes, scheme) {
		p.Report(diag.Skipped(msgWHScheme.Format(clip(scheme, 32), strings.Join(WebhookSchemes, ", "))))
		return nil
	}
	sum := sha256.Sum256([]byte(in.body))
	ev := []diag.Evidence{evidence(labelScheme, scheme),
		evidence(labelBody, strconv.Itoa(len(in.body))+" bytes, sha256 "+hex.EncodeToString(sum[:])[:12]+"…")}

	// The platform signed with the secret it issued, which has no
	// whitespace; the merchant verifies with the secret as configured.
	ok, signedAt, perr := verifyWebhook(scheme, in)
	if trimmed := strings.TrimSpace(in.secret); !ok && trimmed != in.secret {
		alt := in
		alt.secret = trimmed
		if ok, _, _ := verifyWebhook(scheme, alt); ok {
			p.Report(newFinding(diag.CodeWebhookSignatureSecretWhitespace, diag.StatusFail, msgWHWhitespace, fixWHWhitespace,
				append(ev, evidence(labelWhere, whitespaceAt(in.secret)))...))
			return nil
		}
		in = alt // the remaining hypotheses start from the secret as issued
	}
	if ok {
		if scheme == "stripe" {
			age := p.Now().Sub(time.Unix(signedAt, 0))
			signed := evidence(labelSignedAt, time.Unix(signedAt, 0).UTC().Format(time.RFC3339))
			switch {
			case age > StripeTolerance:
				p.Report(newFinding(diag.CodeWebhookSignatureStale, diag.StatusFail,
					msgWHStale.Format(age.Round(time.Second).String(), StripeTolerance.String()), fixWHStale,
					append(ev, signed, evidence(labelAge, age.Round(time.Second).String()))...))
				return nil
			case -age > ClockWarnSkew:
				// Accepted, as by Stripe's libraries; the clocks disagree.
				ahead := (-age).Round(time.Second).String()
				p.Report(newFinding(diag.CodeWebhookSignatureClockSkew, diag.StatusWarn, msgWHSkew.Format(ahead), fixWHSkew,
					append(ev, signed, evidence(labelSkew, ahead))...))
				return nil
			}
		}
		p.Report(newFinding(diag.CodeWebhookSignatureOK, diag.StatusPass, msgWHOK, i18n.Text{}, ev...))
		return nil
	}

	for _, other := range WebhookSchemes {
		if other == scheme {
			continue
		}
		if ok, _, _ := verifyWebhook(other, in); ok {
			p.Report(newFinding(diag.CodeWebhookSignatureWrongScheme, diag.StatusFail, msgWHWrongScheme.Format(scheme, other), fixWHWrongScheme,
				append(ev, evidence(labelMatchedAs, other))...))
			return nil
		}
	}
	if perr != nil {
		p.Report(newFinding(diag.CodeWebhookSignatureHeaderMalformed, diag.StatusFail, msgWHHeader.Format(scheme), fixWHHeader,
			append(ev, evidence(labelHeaderProb, perr.Error()))...))
		return nil
	}
	for _, b := range bodyForms(in.body) {
		alt := in
		alt.body = b.value
		if ok, _, _ := verifyWebhook(scheme, alt); ok {
			p.Report(newFinding(diag.CodeWebhookSignatureBodyReserialized, diag.StatusFail, msgWHReserial, fixWHReserial,
				append(ev, evidence(labelEncodedAs, b.detail))...))
			return nil
		}
	}
	p.Report(newFinding(diag.CodeWebhookSignatureMismatch, diag.StatusFail, msgWHMismatch, fixWHMismatch, ev...))
	return nil
}
