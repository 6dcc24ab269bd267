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
	Title: i18n.M(i18n.CheckSignatureTitle),
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
			{Name: "secret", Label: i18n.M(i18n.CheckSignatureFieldSecret), Kind: diag.KindSecret},
			{Name: "passphrase", Label: i18n.M(i18n.CheckSignatureFieldPassphrase), Kind: diag.KindSecret, Optional: true},
			{Name: "timestamp", Label: i18n.M(i18n.CheckSignatureFieldTimestamp)},
			{Name: "method", Label: i18n.M(i18n.CheckSignatureFieldMethod), Kind: diag.KindChoice, Options: []string{"GET", "POST", "PUT", "DELETE"}, Open: true},
			{Name: "path", Label: i18n.M(i18n.CheckSignatureFieldPath)},
			{Name: "body", Label: i18n.M(i18n.CheckSignatureFieldBody), Kind: diag.KindMultiline, Optional: true},
			{Name: "signature", Label: i18n.M(i18n.CheckSignatureFieldSignature)},
		},
	},
	Timeout: diag.LocalTimeout,
	Run:     runSignature,
}

func init() { register(90, Signature) }

// msgSigScheme says why the self-test does not apply to the platform.
var msgSigScheme = i18n.M(i18n.CheckSignatureScheme)

var (
	labelStringToSign = i18n.M(i18n.CheckSignatureStringToSign)
	labelTheySigned   = i18n.M(i18n.CheckSignatureTheySigned)
	labelVariant      = i18n.M(i18n.CheckSignatureVariant)
	labelExpected     = i18n.M(i18n.CheckSignatureExpected)
	labelTimestamp    = i18n.M(i18n.CheckSignatureTimestamp)

	msgSigMissing   = i18n.M(i18n.CheckSignatureSigMissing)
	msgSigOK        = i18n.M(i18n.CheckSignatureSigOK)
	msgTSInvalid    = i18n.M(i18n.CheckSignatureTSInvalid)
	fixTSInvalid    = i18n.M(i18n.CheckSignatureFixTSInvalid)
	msgSigMismatch  = i18n.M(i18n.CheckSignatureSigMismatch)
	fixSigMismatch  = i18n.M(i18n.CheckSignatureFixSigMismatch)
	fixCauseGeneric = i18n.M(i18n.CheckSignatureFixCauseGeneric)
)

// signatureCauses explains each mistake diagnoseOKX can name.
var signatureCauses = map[diag.Code]struct{ msg, fix i18n.Text }{
	diag.CodeSignatureCauseHexInsteadOfBase64: {
		i18n.M(i18n.CheckSignatureCauseHexInsteadOfBase64Message),
		i18n.M(i18n.CheckSignatureCauseHexInsteadOfBase64Fix),
	},
	diag.CodeSignatureCauseBase64OfHex: {
		i18n.M(i18n.CheckSignatureCauseBase64OfHexMessage),
		i18n.M(i18n.CheckSignatureCauseBase64OfHexFix),
	},
	diag.CodeSignatureCauseQueryOmitted: {
		i18n.M(i18n.CheckSignatureCauseQueryOmittedMessage),
		i18n.M(i18n.CheckSignatureCauseQueryOmittedFix),
	},
	diag.CodeSignatureCauseMethodCase: {
		i18n.M(i18n.CheckSignatureCauseMethodCaseMessage),
		i18n.M(i18n.CheckSignatureCauseMethodCaseFix),
	},
	diag.CodeSignatureCauseTimestampFormat: {
		i18n.M(i18n.CheckSignatureCauseTimestampFormatMessage),
		i18n.M(i18n.CheckSignatureCauseTimestampFormatFix),
	},
	diag.CodeSignatureCauseBodyOnGet: {
		i18n.M(i18n.CheckSignatureCauseBodyOnGetMessage),
		i18n.M(i18n.CheckSignatureCauseBodyOnGetFix),
	},
	diag.CodeSignatureCauseSecretWhitespace: {
		i18n.M(i18n.CheckSignatureCauseSecretWhitespaceMessage),
		i18n.M(i18n.CheckSignatureCauseSecretWhitespaceFix),
	},
	diag.CodeSignatureCausePassphraseAsSecret: {
		i18n.M(i18n.CheckSignatureCausePassphraseAsSecretMessage),
		i18n.M(i18n.CheckSignatureCausePassphraseAsSecretFix),
	},
	diag.CodeSignatureCauseBodyReserialized: {
		i18n.M(i18n.CheckSignatureCauseBodyReserializedMessage),
		i18n.M(i18n.CheckSignatureCauseBodyReserializedFix),
	},
	diag.CodeSignatureCausePathIncludesHost: {
		i18n.M(i18n.CheckSignatureCausePathIncludesHostMessage),
		i18n.M(i18n.CheckSignatureCausePathIncludesHostFix),
	},
}

func runSignature(ctx context.Context, p *diag.Pass) error {
	// The self-test reproduces okx-v5 request signatures; another scheme's
	// would read as a false mismatch.
	if p.Platform().Scheme() != "okx-v5" {
		p.Report(diag.Skipped(msgSigScheme))
		return nil
	}
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
