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
	Title: i18n.T("身份证件检查", "Identity document"),
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
			{Name: "document", Label: i18n.T("证件照片或 PDF", "Document photo or PDF"), Kind: diag.KindFile, Optional: true},
			{Name: "expiry", Label: i18n.T("证件有效期至（YYYY-MM-DD）", "Valid until (YYYY-MM-DD)"), Optional: true},
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
	labelType      = i18n.T("类型", "type")
	labelSize      = i18n.T("大小", "size")
	labelPixels    = i18n.T("尺寸", "dimensions")
	labelSharpness = i18n.T("清晰度（拉普拉斯方差）", "sharpness (Laplacian variance)")
	labelExpiry    = i18n.T("有效期至", "valid until")

	msgDocNoInput      = i18n.T("没有选择证件文件，也没有填写有效期。", "No document was picked and no expiry date was entered.")
	msgDocType         = i18n.T("不支持的文件类型（%s）；只接受 JPEG、PNG 或 PDF。", "Unsupported file type (%s); only JPEG, PNG or PDF are accepted.")
	fixDocType         = i18n.T("用手机拍照保存为 JPEG，或导出为 PDF；HEIC 照片请在相机设置中改为“兼容性最佳”。", "Take the photo as JPEG or export a PDF; for HEIC photos choose \"Most Compatible\" in the camera settings.")
	msgDocTooLarge     = i18n.T("文件过大（%s），上限为 %s。", "The file is too large (%s); the limit is %s.")
	fixDocTooLarge     = i18n.T("降低照片分辨率或压缩后再上传，保证文字仍然清晰。", "Lower the photo's resolution or compress it, keeping the text readable.")
	msgDocResolution   = i18n.T("图片分辨率太低（%d×%d），至少需要 %d×%d。", "The image resolution is too low (%d×%d); at least %d×%d is needed.")
	fixDocResolution   = i18n.T("用原相机重新拍摄，证件占满画面，不要截图或从聊天软件转发（会被压缩）。", "Retake the photo with the camera app, the document filling the frame; do not use screenshots or photos forwarded through chat apps (they are compressed).")
	msgDocBlurry       = i18n.T("照片模糊，文字可能无法识别。", "The photo is blurred; the text may not be readable.")
	fixDocBlurry       = i18n.T("在光线充足处拍摄，手机保持稳定并对焦证件，避免反光，四角完整入镜。", "Shoot in good light with the phone steady and focused on the document, without glare, all four corners in the frame.")
	msgDocExpired      = i18n.T("证件已于 %s 过期，认证会被拒绝。", "The document expired on %s; verification will be rejected.")
	fixDocExpired      = i18n.T("使用在有效期内的证件；证件过期请先到签发机关换发。", "Use a document that is still valid; renew an expired one with the issuing authority first.")
	msgDocExpiring     = i18n.T("证件将于 %s 过期。", "The document expires on %s.")
	fixDocExpiring     = i18n.T("可以提交，但请尽快换发，过期后可能需要重新认证。", "You can submit it, but renew it soon: verification may be needed again once it expires.")
	msgDocExpiryFormat = i18n.T("无法识别有效期“%s”。", "The expiry date %q is not recognised.")
	fixDocExpiryFormat = i18n.T("按 YYYY-MM-DD 填写，如 2030-05-31。", "Enter it as YYYY-MM-DD, e.g. 2030-05-31.")
	msgDocOK           = i18n.T("证件文件检查通过。", "The document passed the checks.")
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
