package report

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// Text renders the report for copying into a chat or reading out on the
// phone, in one language. It redacts first.
func (r Report) Text(lang i18n.Lang) string {
	r = r.Redacted()
	var b strings.Builder
	line := func(label i18n.Text, value string) {
		if value = strings.TrimSpace(value); value != "" {
			fmt.Fprintf(&b, "%s%s%s\n", label.In(lang), colon(lang), value)
		}
	}
	// The title and the platform line name the platform as the merchant
	// knows it, when a verified manifest gave its name.
	title, platform := msgTitle, r.PlatformName.In(lang)
	if platform != "" {
		title = msgTitleFor.Format(platform)
	} else {
		platform = r.Platform
	}
	b.WriteString(title.In(lang) + "\n")
	line(msgCaseID, r.CaseID)
	if !r.CreatedAt.IsZero() {
		// In the zone CreatedAt carries: the merchant's, as the panel sets it.
		line(msgCreated, r.CreatedAt.Format(time.RFC3339))
	}
	line(msgPlatform, platform)
	line(msgCategory, r.categoryName(lang))
	for _, f := range Fields {
		v, _ := r.Field(f.Name)
		line(f.Label, v)
	}
	if len(r.Attach) > 0 {
		b.WriteString(msgAttach.In(lang) + colon(lang) + "\n")
		for _, a := range r.Attach {
			b.WriteString("- " + a.In(lang) + "\n")
		}
	}
	if len(r.Tried) > 0 {
		b.WriteString(msgTried.In(lang) + colon(lang) + "\n")
		for _, a := range r.Tried {
			b.WriteString("- " + a.text(lang) + "\n")
		}
	}
	e := r.Environment
	b.WriteString(msgEnvironment.In(lang) + colon(lang) + "\n")
	online := msgOnlineNo
	if e.Online {
		online = msgOnlineYes
	}
	for _, kv := range []struct {
		label i18n.Text
		value string
	}{{msgBrowser, e.Browser}, {msgTimeZone, e.TimeZone}, {msgLanguage, e.Language}, {msgOnline, online.In(lang)},
		{msgWidget, e.Widget}, {msgManifest, e.Manifest}, {msgKey, e.ManifestKey}} {
		if kv.value != "" {
			fmt.Fprintf(&b, "- %s%s%s\n", kv.label.In(lang), colon(lang), kv.value)
		}
	}
	b.WriteString("\n" + msgFooter.In(lang) + "\n")
	return b.String()
}

func colon(lang i18n.Lang) string {
	if lang.Chinese() {
		return "："
	}
	return ": "
}

func (r Report) categoryName(lang i18n.Lang) string {
	if t := r.CategoryTitle.In(lang); t != "" {
		return t
	}
	return r.Category
}

func (a Attempt) text(lang i18n.Lang) string {
	var parts []string
	if a.Check != "" {
		s := a.Check
		if st := statusText(a.Status); st != (i18n.Text{}) {
			s += colon(lang) + st.In(lang)
		} else if a.Status != "" {
			s += colon(lang) + a.Status
		}
		if a.Code != "" {
			s += " (" + a.Code + ")"
		}
		parts = append(parts, s)
	}
	if m := a.Message.In(lang); m != "" {
		parts = append(parts, m)
	}
	if a.Note != "" {
		parts = append(parts, a.Note)
	}
	return strings.Join(parts, " — ")
}

func statusText(s string) i18n.Text {
	switch s {
	case "pass":
		return msgStatusPass
	case "warn":
		return msgStatusWarn
	case "fail":
		return msgStatusFail
	case "skip":
		return msgStatusSkip
	case "error":
		return msgStatusError
	}
	return i18n.Text{}
}

// JSON renders the report for download and for the host's report event. It
// redacts first.
func (r Report) JSON() ([]byte, error) {
	return json.MarshalIndent(r.Redacted(), "", "  ")
}

// Subject is the one-line summary used as the email subject.
func (r Report) Subject(lang i18n.Lang) string {
	r = r.Redacted()
	what := r.categoryName(lang)
	if what == "" {
		what = msgNoCategory.In(lang)
	}
	s := msgSubject.Format(r.CaseID, what).In(lang)
	if r.MerchantID != "" {
		s += msgMerchantTag.Format(r.MerchantID).In(lang)
	}
	return s
}

// Mailto returns a mailto: URL to the support address with the subject and
// the text report as body, percent-encoded as RFC 6068 asks (line breaks as
// %0D%0A). address is the manifest's email channel value, with or without
// "mailto:".
func (r Report) Mailto(address string, lang i18n.Lang) string {
	addr := strings.TrimPrefix(address, "mailto:")
	addr, _, _ = strings.Cut(addr, "?")
	body := strings.ReplaceAll(r.Text(lang), "\n", "\r\n")
	return "mailto:" + addr + "?subject=" + pctEncode(r.Subject(lang)) + "&body=" + pctEncode(body)
}

// pctEncode escapes every byte but the RFC 3986 unreserved characters, so
// that "&", "=", "#" and "+" in a report cannot end or alter the mailto
// fields.
func pctEncode(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// TicketURL fills a ticket channel's URL template (see
// manifest.TicketPlaceholders) from the redacted report.
func (r Report) TicketURL(tmpl string) (string, error) {
	r = r.Redacted()
	return manifest.Expand(tmpl, map[string]string{
		"caseId":     r.CaseID,
		"category":   r.Category,
		"lang":       string(r.Lang),
		"merchantId": r.MerchantID,
		"orderId":    r.OrderID,
		"txHash":     r.TxHash,
		"error":      r.Error,
	})
}
