package checks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
)

// Public test vectors.
const (
	// GitHub's documented webhook example ("Validating webhook
	// deliveries").
	githubSecret = "It's a Secret to Everybody"
	githubBody   = "Hello, World!"
	githubSig    = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"

	// The Coinbase Commerce SDK's webhook test (coinbase-commerce-php,
	// tests/WebhookTest.php testSuccessfullyVerifyBody).
	coinbaseSecret = "30291a20-0bd1-4267-9b0f-e6e7b123c0bf"
	coinbaseBody   = `{"id":1,"scheduled_for":"2017-01-31T20:50:02Z","attempt_number":1,"event":{"id":"24934862-d980-46cb-9402-43c81b0cdba6","type":"charge:created","api_version":"2018-03-22","created_at":"2017-01-31T20:49:02Z","data":{"code":"66BEOV2A","name":"The Sovereign Individual","description":"Mastering the Transition to the Information Age","hosted_url":"https://commerce.coinbase.com/charges/66BEOV2A","created_at":"2017-01-31T20:49:02Z","expires_at":"2017-01-31T21:04:02Z","timeline":[{"time":"2017-01-31T20:49:02Z","status":"NEW"}],"metadata":{},"pricing_type":"no_price","payments":[],"addresses":{"bitcoin":"0000000000000000000000000000000000","ethereum":"0x0000000000000000000000000000000000000000","litecoin":"3000000000000000000000000000000000","bitcoincash":"bitcoincash:000000000000000000000000000000000000000000"}}}}`
	coinbaseSig    = "8be7742c7d372f08a6a3224edadf18a22b65fa9e28f3f2de97376cdaa092590d"
)

// One notification as three encoders print it, each from the same decoded
// document: Node.js JSON.stringify, Python json.dumps and PHP json_encode
// at their defaults.
const (
	notifyJS     = `{"url":"https://shop.example/pay/notify","msg":"支付成功","amount":12.5,"fee":0}`
	notifyPython = `{"url": "https://shop.example/pay/notify", "msg": "\u652f\u4ed8\u6210\u529f", "amount": 12.5, "fee": 0}`
	notifyPHP    = `{"url":"https:\/\/shop.example\/pay\/notify","msg":"\u652f\u4ed8\u6210\u529f","amount":12.5,"fee":0}`
)

func hmacHex(key, msg string) string {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}

func stripeHeaderFor(secret string, t int64, body string) string {
	ts := strconv.FormatInt(t, 10)
	return "t=" + ts + ",v1=" + hmacHex(secret, ts+"."+body)
}

func TestWebhook(t *testing.T) {
	form := func(scheme, secret, sig, body string, kv ...string) map[string]string {
		f := map[string]string{"scheme": scheme, "secret": secret, "signature": sig, "body": body}
		for i := 0; i < len(kv); i += 2 {
			f[kv[i]] = kv[i+1]
		}
		return f
	}
	now := testNow.Unix()
	const whsec = "whsec_test_secret"
	event := `{"id":"evt_1","object":"event","data":{"amount":1000}}`
	pretty := "{\n  \"id\": \"evt_1\",\n  \"object\": \"event\",\n  \"data\": {\n    \"amount\": 1000\n  }\n}"
	okxTSHeader := "2026-11-21T09:59:58.000Z"
	okxSig := base64.StdEncoding.EncodeToString(func() []byte {
		m := hmac.New(sha256.New, []byte(whsec))
		m.Write([]byte(okxTSHeader + event))
		return m.Sum(nil)
	}())

	for _, tc := range []struct {
		name string
		form map[string]string
		want string
		ev   string
	}{
		{"GitHub example", form("hmac-sha256-hex", githubSecret, githubSig, githubBody), "webhook.signature.ok", ""},
		{"GitHub example, upper-case hex", form("hmac-sha256-hex", githubSecret, strings.ToUpper(githubSig[7:]), githubBody), "webhook.signature.ok", ""},
		{"Coinbase Commerce SDK vector", form("hmac-sha256-hex", coinbaseSecret, coinbaseSig, coinbaseBody), "webhook.signature.ok", ""},
		{"Coinbase vector, wrong secret", form("hmac-sha256-hex", coinbaseSecret[:35]+"g", coinbaseSig, coinbaseBody), "webhook.signature.mismatch", "sha256 "},
		{"Coinbase vector, body re-encoded by the framework", form("hmac-sha256-hex", coinbaseSecret, coinbaseSig,
			strings.ReplaceAll(strings.ReplaceAll(coinbaseBody, `":`, `": `), `,"`, `, "`)), "webhook.signature.body_reserialized", ""},
		// The platform signed the first body; the merchant's framework
		// re-encoded it and the merchant verified (and pasted) the second.
		{"platform JSON.stringify, verified Python json.dumps", form("hmac-sha256-hex", githubSecret, hmacHex(githubSecret, notifyJS), notifyPython),
			"webhook.signature.body_reserialized", "body verified=JavaScript JSON.stringify"},
		{"platform JSON.stringify, verified PHP json_encode", form("hmac-sha256-hex", githubSecret, hmacHex(githubSecret, notifyJS), notifyPHP),
			"webhook.signature.body_reserialized", "body verified=JavaScript JSON.stringify"},
		{"platform PHP json_encode, verified JSON.stringify", form("stripe", whsec, stripeHeaderFor(whsec, now-10, notifyPHP), notifyJS),
			"webhook.signature.body_reserialized", "body verified=PHP json_encode"},
		{"platform Python json.dumps, verified PHP json_encode", form("hmac-sha256-hex", githubSecret, hmacHex(githubSecret, notifyPython), notifyPHP),
			"webhook.signature.body_reserialized", "body verified=Python json.dumps"},
		{"pretty-printed body", form("stripe", whsec, stripeHeaderFor(whsec, now-10, event), pretty), "webhook.signature.body_reserialized", ""},
		{"trailing newline from an editor", form("hmac-sha256-hex", githubSecret, githubSig, githubBody+"\n"), "webhook.signature.body_reserialized", ""},
		{"secret configured with a newline", form("hmac-sha256-hex", githubSecret+"\n", githubSig, githubBody), "webhook.signature.secret_whitespace", "where=trailing"},
		{"stripe fresh", form("stripe", whsec, stripeHeaderFor(whsec, now-10, event), event), "webhook.signature.ok", ""},
		{"stripe with rotated secrets", form("stripe", whsec, stripeHeaderFor(whsec, now-10, event)+",v1="+strings.Repeat("0", 64)+",v0=abc", event), "webhook.signature.ok", ""},
		{"stripe stale", form("stripe", whsec, stripeHeaderFor(whsec, now-600, event), event), "webhook.signature.stale", "age=10m0s"},
		{"stripe from the future: accepted, clock skew", form("stripe", whsec, stripeHeaderFor(whsec, now+400, event), event), "webhook.signature.clock_skew", "skew=6m40s"},
		{"stripe from the near future", form("stripe", whsec, stripeHeaderFor(whsec, now+3, event), event), "webhook.signature.ok", ""},
		{"stripe from the far future", form("stripe", whsec, stripeHeaderFor(whsec, now+86400, event), event), "webhook.signature.clock_skew", "skew=24h0m0s"},
		{"stripe wrong secret", form("stripe", whsec, stripeHeaderFor("whsec_other", now, event), event), "webhook.signature.mismatch", ""},
		{"GitHub header checked as stripe", form("stripe", githubSecret, githubSig, githubBody), "webhook.signature.wrong_scheme", "matches scheme=hmac-sha256-hex"},
		{"Stripe header checked as hex", form("hmac-sha256-hex", whsec, stripeHeaderFor(whsec, now, event), event), "webhook.signature.wrong_scheme", "matches scheme=stripe"},
		{"okx-v5", form("okx-v5", whsec, okxSig, event, "timestamp", okxTSHeader), "webhook.signature.ok", ""},
		{"okx-v5 signature checked as hex", form("hmac-sha256-hex", whsec, okxSig, event, "timestamp", okxTSHeader), "webhook.signature.wrong_scheme", "matches scheme=okx-v5"},
		{"garbage header", form("hmac-sha256-hex", githubSecret, "sha1=abc", githubBody), "webhook.signature.header_malformed", "problem=not a hex SHA-256 signature"},
		{"stripe header without t", form("stripe", whsec, "v1="+strings.Repeat("a", 64), event), "webhook.signature.header_malformed", "no t= timestamp"},
		{"missing", form("stripe", "", "", event), "check.skipped", ""},
		{"unknown scheme", form("paypal", "s", "x", "b"), "check.skipped", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := run(t, Webhook, &diag.Env{Form: tc.form})
			if len(fs) != 1 || string(fs[0].Code) != tc.want {
				t.Fatalf("codes %v, want %s", codesOf(fs), tc.want)
			}
			if !strings.Contains(evidenceText(fs[0]), tc.ev) {
				t.Errorf("evidence %q lacks %q", evidenceText(fs[0]), tc.ev)
			}
		})
	}
}
