package checks

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// KYCDocument checks an identity document before it is uploaded (seed 002
// "账户认证失败": clear and complete, an accepted type, not expired). The
// file is examined in the browser and never uploaded by the widget.
var KYCDocument = &diag.Check{
	Name:  "kyc-document",
	Title: i18n.M(i18n.CheckKycTitle),
	Doc: `kyc-document checks an identity document's type, size, resolution, sharpness and expiry before upload.

Accepted types are JPEG, PNG and PDF up to MaxDocumentBytes; images need
MinDocumentShortSide × MinDocumentLongSide pixels; the variance of the
Laplacian of the luminance must reach MinSharpness; the expiry date typed in
the form ("expiry", YYYY-MM-DD) must not be past, and a warning is given
within ExpiryNotice.`,
	Needs: diag.Needs{
		Document: true,
		Auto:     diag.AutoRun{Never: true},
		Form: []diag.Field{
			{Name: "document", Label: i18n.M(i18n.CheckKycFieldDocument), Kind: diag.KindFile, Optional: true},
			{Name: "expiry", Label: i18n.M(i18n.CheckKycFieldExpiry), Optional: true},
		},
	},
	Timeout: diag.LocalTimeout,
	Run:     runKYCDocument,
}

func init() { register(130, KYCDocument) }

// Document limits, typical of identity-verification providers.
const (
	MaxDocumentBytes     = 10 << 20
	MinDocumentShortSide = 600
	MinDocumentLongSide  = 800
	// MinSharpness is the Laplacian variance below which a photo is too
	// blurred to read (the common rule of thumb for 8-bit images).
	MinSharpness = 100
	ExpiryNotice = 30 * 24 * time.Hour
)

// acceptedDocTypes are the MIME types identity verification accepts.
var acceptedDocTypes = []string{"image/jpeg", "image/png", "application/pdf"}

var (
	labelType      = i18n.M(i18n.CheckKycType)
	labelSize      = i18n.M(i18n.CheckKycSize)
	labelPixels    = i18n.M(i18n.CheckKycPixels)
	labelSharpness = i18n.M(i18n.CheckKycSharpness)
	labelExpiry    = i18n.M(i18n.CheckKycExpiry)

	msgDocNoInput      = i18n.M(i18n.CheckKycDocNoInput)
	msgDocType         = i18n.M(i18n.CheckKycDocType)
	fixDocType         = i18n.M(i18n.CheckKycFixDocType)
	msgDocTooLarge     = i18n.M(i18n.CheckKycDocTooLarge)
	fixDocTooLarge     = i18n.M(i18n.CheckKycFixDocTooLarge)
	msgDocResolution   = i18n.M(i18n.CheckKycDocResolution)
	fixDocResolution   = i18n.M(i18n.CheckKycFixDocResolution)
	msgDocBlurry       = i18n.M(i18n.CheckKycDocBlurry)
	fixDocBlurry       = i18n.M(i18n.CheckKycFixDocBlurry)
	msgDocExpired      = i18n.M(i18n.CheckKycDocExpired)
	fixDocExpired      = i18n.M(i18n.CheckKycFixDocExpired)
	msgDocExpiring     = i18n.M(i18n.CheckKycDocExpiring)
	fixDocExpiring     = i18n.M(i18n.CheckKycFixDocExpiring)
	msgDocExpiryFormat = i18n.M(i18n.CheckKycDocExpiryFormat)
	fixDocExpiryFormat = i18n.M(i18n.CheckKycFixDocExpiryFormat)
	msgDocOK           = i18n.M(i18n.CheckKycDocOK)
)

func runKYCDocument(ctx context.Context, p *diag.Pass) error {
	doc := p.Document()
	expiry := strings.TrimSpace(p.Form("expiry"))
	if doc == nil && expiry == "" {
		p.Report(diag.Skipped(msgDocNoInput))
		return nil
	}
	problem := false
	report := func(code diag.Code, status diag.Status, msg, fix i18n.Text, ev ...diag.Evidence) {
		p.Report(newFinding(code, status, msg, fix, ev...))
		problem = true
	}
	if doc != nil {
		mime := strings.ToLower(strings.TrimSpace(doc.MIME))
		if !contains(acceptedDocTypes, mime) {
			shown := mime
			if shown == "" {
				shown = "?"
			}
			report(diag.CodeKYCDocumentType, diag.StatusFail, msgDocType.Format(clip(shown, 40)), fixDocType, evidence(labelType, clip(shown, 40)))
		}
		if doc.Size > MaxDocumentBytes {
			report(diag.CodeKYCDocumentTooLarge, diag.StatusFail, msgDocTooLarge.Format(mb(doc.Size), mb(MaxDocumentBytes)), fixDocTooLarge,
				evidence(labelSize, mb(doc.Size)))
		}
		if doc.Width > 0 && doc.Height > 0 {
			short, long := min(doc.Width, doc.Height), max(doc.Width, doc.Height)
			if short < MinDocumentShortSide || long < MinDocumentLongSide {
				report(diag.CodeKYCDocumentResolution, diag.StatusFail,
					msgDocResolution.Format(doc.Width, doc.Height, MinDocumentLongSide, MinDocumentShortSide), fixDocResolution,
					evidence(labelPixels, strconv.Itoa(doc.Width)+"×"+strconv.Itoa(doc.Height)))
			}
		}
		if v, ok := laplacianVariance(doc.Gray, doc.GrayWidth); ok && v < MinSharpness {
			report(diag.CodeKYCDocumentBlurry, diag.StatusFail, msgDocBlurry, fixDocBlurry,
				evidence(labelSharpness, strconv.FormatFloat(v, 'f', 1, 64)+" < "+strconv.Itoa(MinSharpness)))
		}
	}
	if expiry != "" {
		ev := evidence(labelExpiry, clip(expiry, 20))
		day, ok := parseDate(expiry)
		today := p.Now().UTC().Truncate(24 * time.Hour)
		switch {
		case !ok:
			report(diag.CodeKYCDocumentExpiryInvalid, diag.StatusWarn, msgDocExpiryFormat.Format(clip(expiry, 20)), fixDocExpiryFormat, ev)
		case day.Before(today):
			report(diag.CodeKYCDocumentExpired, diag.StatusFail, msgDocExpired.Format(day.Format("2006-01-02")), fixDocExpired, ev)
		case day.Sub(today) <= ExpiryNotice:
			report(diag.CodeKYCDocumentExpiring, diag.StatusWarn, msgDocExpiring.Format(day.Format("2006-01-02")), fixDocExpiring, ev)
		}
	}
	if !problem {
		p.Report(newFinding(diag.CodeKYCDocumentOK, diag.StatusPass, msgDocOK, i18n.Text{}))
	}
	return nil
}

// parseDate reads a calendar date as people type it: 2030-05-31,
// 2030/05/31, 2030.05.31 or 20300531. The date is valid through its last
// day.
func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006/01/02", "2006.01.02", "20060102", "2006-1-2", "2006/1/2"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// mb formats a byte count in megabytes with one decimal.
func mb(n int64) string {
	return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
}
