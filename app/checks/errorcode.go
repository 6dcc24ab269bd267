package checks

import (
	"context"
	"strings"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// ErrorCode explains the last error the platform returned to the merchant
// and names the check that diagnoses it (seed 000 "错误提示截图或代码",
// "开发者文档…错误码查询").
var ErrorCode = &diag.Check{
	Name:  "errorcode",
	Title: i18n.M(i18n.CheckErrorcodeTitle),
	Doc: `errorcode looks the platform's last error code up in the manifest's catalogue.

The code comes from the form ("code") or lastError.code in the host
context. The finding says what the code means, how to fix it, and in Next
which check to run (e.g. 50113 → signature, 50102 → clock). Without a
manifest, or when an okx-v5 manifest lists no codes, OKXAuthErrors is used.`,
	Needs: diag.Needs{
		OptionalPlatform: true, // the manifest's error codes
		Context:          []string{"lastError.code", "lastError.message", "lastError.at"},
		Form:             []diag.Field{{Name: "code", Label: i18n.M(i18n.CheckErrorcodeFieldCode), Optional: true}},
	},
	Timeout: diag.LocalTimeout,
	Run:     runErrorCode,
}

func init() { register(70, ErrorCode) }

var (
	labelCode     = i18n.M(i18n.CheckErrorcodeCode)
	labelErrorMsg = i18n.M(i18n.CheckErrorcodeErrorMsg)
	labelAt       = i18n.M(i18n.CheckErrorcodeAt)

	msgNoError        = i18n.M(i18n.CheckErrorcodeNoError)
	msgErrorKnown     = i18n.M(i18n.CheckErrorcodeErrorKnown)
	msgErrorUnknown   = i18n.M(i18n.CheckErrorcodeErrorUnknown)
	fixErrorUnknown   = i18n.M(i18n.CheckErrorcodeFixErrorUnknown)
	fixErrorKnownNone = i18n.M(i18n.CheckErrorcodeFixErrorKnownNone)
)

func runErrorCode(ctx context.Context, p *diag.Pass) error {
	le := p.Context().LastError
	code := strings.TrimSpace(p.Form("code"))
	if code == "" {
		code = le.Code
	}
	if code == "" {
		p.Report(diag.Skipped(msgNoError))
		return nil
	}
	ev := []diag.Evidence{evidence(labelCode, clip(code, 32))}
	if le.Code == code && le.Message != "" {
		ev = append(ev, evidence(labelErrorMsg, clip(le.Message, 200)))
	}
	if le.Code == code && le.At != "" {
		ev = append(ev, evidence(labelAt, clip(le.At, 40)))
	}
	ec, ok := errorCatalogue(p.Platform())[code]
	if !ok {
		p.Report(newFinding(diag.CodeErrorCodeUnknown, diag.StatusWarn, msgErrorUnknown.Format(clip(code, 32)), fixErrorUnknown, ev...))
		return nil
	}
	fix := ec.Fix
	if !fix.Complete() {
		fix = fixErrorKnownNone
	}
	f := newFinding(diag.CodeErrorCodeKnown, diag.StatusFail, msgErrorKnown.Format(code, ec.Meaning), fix, ev...)
	f.Next = ec.Next
	p.Report(f)
	return nil
}

// errorCatalogue picks the platform's catalogue, falling back to the OKX v5
// demo catalogue natively (no manifest) and for okx-v5 manifests that list
// no codes.
func errorCatalogue(plat *diag.Platform) map[string]diag.ErrorCode {
	if plat != nil && len(plat.ErrorCodes) > 0 {
		return plat.ErrorCodes
	}
	if plat == nil || plat.Scheme() == "okx-v5" {
		return OKXAuthErrors
	}
	return nil
}
