package checks

import (
	"context"
	"strings"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// Signature is the request-signature self-test (seed 000 "签名错误"): it
// recomputes the merchant's OKX v5 signature and, when it differs, finds
// the mistake that reproduces theirs.
var Signature = &diag.Check{
	Name:  "signature",
	Title: i18n.T("请求签名自检", "Request signature self-test"),
	Doc: `signature recomputes an okx-v5 request signature and names the mistake behind a mismatch.

okx-v5: Base64(HMAC-SHA256(secret, timestamp + METHOD + requestPath-with-query
+ body)), timestamp ISO 8601 UTC with milliseconds. On a mismatch every
common mistake is tried alone (hex instead of Base64, Base64 of hex, query
omitted, method case, timestamp format, {} signed on a GET, whitespace in
the secret, passphrase used as the secret, re-serialised JSON body, host in
the path: the manifest's API hosts and origin, and OKX's base URLs) and the
one that reproduces the merchant's signature is named.
The secret and passphrase are only used to compute; comparisons are
constant-time.`,
	Needs: diag.Needs{
		OptionalPlatform: true, // the API origin and hosts
		Auto:             diag.AutoRun{Never: true},
		Form: []diag.Field{
			{Name: "secret", Label: i18n.T("Secret Key", "Secret key"), Kind: diag.KindSecret},
			{Name: "passphrase", Label: i18n.T("Passphrase", "Passphrase"), Kind: diag.KindSecret, Optional: true},
			{Name: "timestamp", Label: i18n.T("时间戳（OK-ACCESS-TIMESTAMP）", "Timestamp (OK-ACCESS-TIMESTAMP)")},
			{Name: "method", Label: i18n.T("请求方法", "Method"), Kind: diag.KindChoice, Options: []string{"GET", "POST", "PUT", "DELETE"}, Open: true},
			{Name: "path", Label: i18n.T("请求路径（含查询串）", "Request path (with query)")},
			{Name: "body", Label: i18n.T("请求体", "Body"), Kind: diag.KindMultiline, Optional: true},
			{Name: "signature", Label: i18n.T("你的代码生成的签名（OK-ACCESS-SIGN）", "Signature your code produced (OK-ACCESS-SIGN)")},
		},
	},
	Timeout: diag.LocalTimeout,
	Run:     runSignature,
}

func init() { register(90, Signature) }

var (
	labelStringToSign = i18n.T("应签名的字符串", "string to sign")
	labelTheySigned   = i18n.T("你的代码签名的字符串", "string your code signed")
	labelVariant      = i18n.T("差异", "difference")
	labelExpected     = i18n.T("正确签名（前 8 位）", "expected signature (first 8)")
	labelTimestamp    = i18n.T("时间戳", "timestamp")

	msgSigMissing   = i18n.T("签名自检需要填写：%s。", "The signature self-test needs: %s.")
	msgSigOK        = i18n.T("签名正确。", "The signature is correct.")
	msgTSInvalid    = i18n.T("时间戳“%s”不是 ISO 8601 UTC 毫秒格式，平台会拒绝（如 OKX 错误 50112）。", "The timestamp %q is not ISO 8601 UTC with milliseconds; the platform rejects it (e.g. OKX error 50112).")
	fixTSInvalid    = i18n.T("使用形如 2020-12-08T09:08:57.715Z 的时间戳，并在请求头和签名中使用同一个值。", "Use a timestamp like 2020-12-08T09:08:57.715Z, and the very same value in the header and in the string to sign.")
	msgSigMismatch  = i18n.T("签名不一致，且不是常见错误之一。", "The signature does not match, and none of the common mistakes reproduces it.")
	fixSigMismatch  = i18n.T("确认使用的是该 API Key 对应的 Secret Key；逐字对比下方“应签名的字符串”与代码实际签名的字符串（时间戳、大写方法、含查询串的路径、原样的请求体）。", "Make sure the secret belongs to this API key, and compare the string to sign below, character by character, with what your code signs (timestamp, upper-case method, path with query, body exactly as sent).")
	fixCauseGeneric = i18n.T("改正后重新生成签名并再次自检。", "Fix it, sign again and rerun the self-test.")
)

// signatureCauses explains each mistake diagnoseOKX can name.
var signatureCauses = map[diag.Code]struct{ msg, fix i18n.Text }{
	diag.CodeSignatureCauseHexInsteadOfBase64: {
		i18n.T("签名用了十六进制编码，而平台要求 Base64。", "The signature is hex-encoded; the platform expects Base64."),
		i18n.T("对 HMAC 的原始字节做 Base64 编码（如 Python：base64.b64encode(mac.digest())）。", "Base64-encode the raw HMAC bytes (e.g. Python: base64.b64encode(mac.digest()))."),
	},
	diag.CodeSignatureCauseBase64OfHex: {
		i18n.T("签名是对十六进制字符串做的 Base64，而不是对 HMAC 原始字节。", "The signature is Base64 of the hex string instead of the raw HMAC bytes."),
		i18n.T("对原始摘要做 Base64：PHP 用 hash_hmac('sha256', $msg, $secret, true)；Node 用 digest('base64')；Python 用 digest() 而不是 hexdigest()。", "Base64-encode the raw digest: PHP hash_hmac('sha256', $msg, $secret, true); Node digest('base64'); Python digest(), not hexdigest()."),
	},
	diag.CodeSignatureCauseQueryOmitted: {
		i18n.T("签名时漏掉了查询串：GET 请求的路径必须包含 ? 及其后的参数。", "The query string was left out of the string to sign: a GET's path must include ? and its parameters."),
		i18n.T("签名使用与实际请求完全一致的路径和查询串（参数顺序也要一致）。", "Sign the path and query exactly as sent, parameters in the same order."),
	},
	diag.CodeSignatureCauseMethodCase: {
		i18n.T("签名中的请求方法不是大写。", "The method in the string to sign is not upper case."),
		i18n.T("签名时使用大写方法名，如 GET、POST。", "Sign the method in upper case: GET, POST."),
	},
	diag.CodeSignatureCauseTimestampFormat: {
		i18n.T("签名用的时间戳格式与请求头中的不同。", "The string to sign uses another timestamp format than the header."),
		i18n.T("签名和 OK-ACCESS-TIMESTAMP 使用同一个 ISO 8601 UTC 毫秒时间戳（如 2020-12-08T09:08:57.715Z），不要用 Unix 秒或毫秒数。", "Sign the same ISO 8601 UTC millisecond timestamp you send in OK-ACCESS-TIMESTAMP (e.g. 2020-12-08T09:08:57.715Z), not Unix seconds or milliseconds."),
	},
	diag.CodeSignatureCauseBodyOnGet: {
		i18n.T("GET 请求签名时带上了请求体（如 {}）。", "A body (such as {}) was signed on a GET request."),
		i18n.T("GET 请求没有请求体：签名串在路径之后不加任何内容。", "A GET has no body: sign nothing after the path."),
	},
	diag.CodeSignatureCauseSecretWhitespace: {
		i18n.T("签名所用的 Secret Key 带有多余的空白字符（如末尾换行）。", "The secret used to sign carries extra whitespace (such as a trailing newline)."),
		i18n.T("读取配置后去掉 Secret Key 首尾的空格和换行。", "Strip spaces and line breaks around the secret after reading it from the configuration."),
	},
	diag.CodeSignatureCausePassphraseAsSecret: {
		i18n.T("签名用的是 Passphrase，而不是 Secret Key。", "The passphrase was used to sign instead of the secret key."),
		i18n.T("用 Secret Key 计算 HMAC；Passphrase 只放在请求头 OK-ACCESS-PASSPHRASE 中。", "Compute the HMAC with the secret key; the passphrase only goes in the OK-ACCESS-PASSPHRASE header."),
	},
	diag.CodeSignatureCauseBodyReserialized: {
		i18n.T("签名用的请求体与实际发送的字节不同（JSON 被重新序列化：空格、键顺序或转义不同）。", "The body that was signed differs from the bytes sent (the JSON was serialised again: spacing, key order or escaping differ)."),
		i18n.T("先把请求体序列化成字符串，再用同一个字符串签名和发送。", "Serialise the body to a string once, then sign and send that same string."),
	},
	diag.CodeSignatureCausePathIncludesHost: {
		i18n.T("签名的路径包含了协议和域名。", "The signed path includes the scheme and host."),
		i18n.T("只签名以 / 开头的路径和查询串，如 /api/v5/account/balance?ccy=BTC。", "Sign only the path and query starting with /, e.g. /api/v5/account/balance?ccy=BTC."),
	},
}

func runSignature(ctx context.Context, p *diag.Pass) error {
	form := p.Form
	var missing []string
	for _, f := range []string{"secret", "timestamp", "method", "path", "signature"} {
		if strings.TrimSpace(form(f)) == "" {
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		p.Report(diag.Skipped(msgSigMissing.Format(strings.Join(missing, ", "))))
		return nil
	}
	raw := okxRequest{secret: form("secret"), passphrase: form("passphrase"), timestamp: form("timestamp"),
		method: form("method"), path: form("path"), body: form("body")}
	if plat := p.Platform(); plat != nil {
		raw.apiOrigin = plat.APIOrigin
		raw.apiHosts = plat.APIHosts
	}
	want := raw.canonical()
	sig := strings.TrimSpace(form("signature"))

	if !isOKXTimestamp(want.timestamp) {
		p.Report(newFinding(diag.CodeSignatureTimestampInvalid, diag.StatusFail, msgTSInvalid.Format(clip(want.timestamp, 40)), fixTSInvalid,
			evidence(labelTimestamp, clip(want.timestamp, 40))))
	}
	expected := want.sign()
	pre := evidence(labelStringToSign, clip(want.prehash(), 300))
	if sameSig(sig, expected) {
		p.Report(newFinding(diag.CodeSignatureOK, diag.StatusPass, msgSigOK, i18n.Text{}, pre))
		return nil
	}
	if m, ok := diagnoseOKX(raw, sig); ok {
		c := signatureCauses[m.code]
		ev := []diag.Evidence{pre}
		if m.signed != want.prehash() {
			ev = append(ev, evidence(labelTheySigned, clip(m.signed, 300)))
		}
		if m.detail != "" {
			ev = append(ev, evidence(labelVariant, clip(m.detail, 80)))
		}
		fix := c.fix
		if !fix.Complete() {
			fix = fixCauseGeneric
		}
		p.Report(newFinding(m.code, diag.StatusFail, c.msg, fix, ev...))
		return nil
	}
	p.Report(newFinding(diag.CodeSignatureMismatch, diag.StatusFail, msgSigMismatch, fixSigMismatch,
		pre, evidence(labelExpected, expected[:8]+"…")))
	return nil
}
