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
	Title: i18n.M(i18n.CheckWebhookTitle),
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
			{Name: "scheme", Label: i18n.M(i18n.CheckWebhookFieldScheme), Kind: diag.KindChoice, Options: WebhookSchemes},
			{Name: "secret", Label: i18n.M(i18n.CheckWebhookFieldSecret), Kind: diag.KindSecret},
			{Name: "signature", Label: i18n.M(i18n.CheckWebhookFieldSignature)},
			{Name: "body", Label: i18n.M(i18n.CheckWebhookFieldBody), Kind: diag.KindMultiline},
			{Name: "timestamp", Label: i18n.M(i18n.CheckWebhookFieldTimestamp), Optional: true},
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
	labelScheme     = i18n.M(i18n.CheckWebhookScheme)
	labelBody       = i18n.M(i18n.CheckWebhookBody)
	labelSignedAt   = i18n.M(i18n.CheckWebhookSignedAt)
	labelAge        = i18n.M(i18n.CheckWebhookAge)
	labelMatchedAs  = i18n.M(i18n.CheckWebhookMatchedAs)
	labelHeaderProb = i18n.M(i18n.CheckWebhookHeaderProb)
	labelEncodedAs  = i18n.M(i18n.CheckWebhookEncodedAs)

	msgWHMissing     = i18n.M(i18n.CheckWebhookWHMissing)
	msgWHScheme      = i18n.M(i18n.CheckWebhookWHScheme)
	msgWHOK          = i18n.M(i18n.CheckWebhookWHOK)
	msgWHMismatch    = i18n.M(i18n.CheckWebhookWHMismatch)
	fixWHMismatch    = i18n.M(i18n.CheckWebhookFixWHMismatch)
	msgWHReserial    = i18n.M(i18n.CheckWebhookWHReserial)
	fixWHReserial    = i18n.M(i18n.CheckWebhookFixWHReserial)
	msgWHWhitespace  = i18n.M(i18n.CheckWebhookWHWhitespace)
	fixWHWhitespace  = i18n.M(i18n.CheckWebhookFixWHWhitespace)
	msgWHStale       = i18n.M(i18n.CheckWebhookWHStale)
	msgWHSkew        = i18n.M(i18n.CheckWebhookWHSkew)
	fixWHSkew        = i18n.M(i18n.CheckWebhookFixWHSkew)
	fixWHStale       = i18n.M(i18n.CheckWebhookFixWHStale)
	msgWHWrongScheme = i18n.M(i18n.CheckWebhookWHWrongScheme)
	fixWHWrongScheme = i18n.M(i18n.CheckWebhookFixWHWrongScheme)
	msgWHHeader      = i18n.M(i18n.CheckWebhookWHHeader)
	fixWHHeader      = i18n.M(i18n.CheckWebhookFixWHHeader)
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
