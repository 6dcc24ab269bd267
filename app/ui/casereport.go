package ui

import (
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/report"
)

// reportFields are the case report fields the merchant can edit, in
// display order; their names are the manifest's preparation field names.
var reportFields = []struct {
	name  string
	multi bool
}{
	{"merchantId", false}, {"contact", false}, {"store", false}, {"occurredAt", false},
	{"error", false}, {"txHash", false}, {"orderId", false}, {"lastLogin", false},
	{"steps", true}, {"notes", true},
}

// maxNotesInput bounds the free-text report fields.
const maxNotesInput = 16 << 10

// caseReport is the case report being prepared in the panel.
type caseReport struct {
	id      string
	created time.Time
	fields  map[string]string // what the fields hold now
	// seeds are what the fields are rendered with: the values the dashboard
	// prefilled. Typing never changes them (see renderField in forms.go).
	seeds     map[string]string
	warned    map[string]bool   // a field whose last input looked like a wallet secret
	refused   map[string]int    // a field whose last paste was too large: its size
	notice    map[string]string // a field holding unusual characters
	prefilled bool
	shared    string       // what was done last: "copied", "downloaded", …
	secrets   typedSecrets // what the secret fields held during this case (secrets.go)
}

func (c *caseReport) has(field string) bool {
	switch field {
	case "tried", "environment":
		return true // the widget fills these itself
	}
	return strings.TrimSpace(c.fields[field]) != ""
}

// startReport gives the case its id on the first open.
func (p *Panel) startReport() {
	if p.caseRep.id != "" {
		return
	}
	now := p.now()
	r, err := report.New(now, p.lang)
	if err != nil {
		return
	}
	p.caseRep.id, p.caseRep.created = r.CaseID, r.CreatedAt
	p.caseRep.init()
}

func (c *caseReport) init() {
	if c.fields == nil {
		c.fields, c.seeds, c.warned = map[string]string{}, map[string]string{}, map[string]bool{}
		c.refused, c.notice = map[string]int{}, map[string]string{}
	}
}

// prefillReport copies what the dashboard knows into empty report fields.
func (p *Panel) prefillReport() {
	p.caseRep.init()
	c := p.context
	contact := c.Contact.Email
	if contact == "" {
		contact = c.Contact.Phone
	}
	errText := strings.TrimSpace(c.LastError.Code + " " + c.LastError.Message)
	var txHash, orderID string
	for _, o := range c.RecentOrders {
		if o.TxHash != "" || o.ID != "" {
			txHash, orderID = o.TxHash, o.ID
			break
		}
	}
	for field, v := range map[string]string{
		"merchantId": c.MerchantID, "contact": contact, "store": c.StoreDomain,
		"occurredAt": c.LastError.At, "error": errText, "txHash": txHash, "orderId": orderID,
	} {
		if strings.TrimSpace(p.caseRep.fields[field]) == "" && v != "" {
			p.caseRep.fields[field], p.caseRep.seeds[field] = v, v
		}
	}
}

// reportInput is the case report before redaction, with what was tried
// filled from the checks that ran.
func (p *Panel) reportInput() report.Report {
	f := p.caseRep.fields
	login := strings.Fields(f["lastLogin"])
	r := report.Report{
		CaseID: p.caseRep.id, CreatedAt: p.caseRep.created, Lang: p.lang,
		MerchantID: f["merchantId"], Contact: f["contact"], Store: f["store"],
		OccurredAt: f["occurredAt"], Steps: f["steps"], Error: f["error"],
		TxHash: f["txHash"], OrderID: f["orderId"], Notes: f["notes"],
		Balance: strings.TrimSpace(p.context.Balance.Available + " " + p.context.Balance.Currency),
	}
	if len(login) > 0 {
		r.LastLogin.At = login[0]
		r.LastLogin.IP = strings.Join(login[1:], " ")
	}
	if p.plat != nil && p.plat.manifest != nil {
		cat := p.category
		if p.plan != nil {
			cat = p.plan.Category
		}
		r.ForManifest(p.plat.manifest, cat)
		r.Environment.ManifestKey = p.plat.keyPrint
	}
	for _, res := range p.allResults() {
		for _, fd := range res.Findings {
			if fd.Status != diag.StatusSkip {
				r.Tried = append(r.Tried, report.Attempt{Check: fd.Check, Code: string(fd.Code), Status: string(fd.Status), Message: fd.Message})
			}
		}
	}
	r.Environment.Widget = p.deps.Version
	if p.deps.Browser != nil {
		b := p.deps.Browser()
		r.Environment.Browser, r.Environment.Online = b.UserAgent, b.Online
	}
	r.Environment.TimeZone = time.Local.String()
	return r
}

// reportForSharing is the case report as it leaves the panel: redacted.
func (p *Panel) reportForSharing() report.Report { return p.sharing().rep }

// onReportInput stores a report field. Text that looks like a seed phrase
// or a private key is refused on the spot, with the scam warning: official
// staff never ask for it, and it must not travel in a report.
func (p *Panel) onReportInput(field string, limit int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		value, size, err := inputValue(ctx, limit)
		if errors.Is(err, errTooLong) {
			p.caseRep.refused[field] = size
			setInputValue(ctx, p.caseRep.fields[field])
			return
		}
		if err != nil {
			return
		}
		delete(p.caseRep.refused, field)
		if looksLikeWalletSecret(value) {
			// Cleared, not restored: what came before was most of the phrase.
			p.caseRep.warned[field] = true
			p.caseRep.fields[field] = ""
			setInputValue(ctx, "")
			return
		}
		delete(p.caseRep.warned, field)
		p.caseRep.fields[field] = toValidUTF8(value)
		p.caseRep.notice[field] = p.unusualNotice(p.caseRep.fields[field])
	}
}

// walletSecretKinds are what no one should ever paste into a help panel.
var walletSecretKinds = map[report.Kind]bool{
	report.KindMnemonic: true, report.KindXPrv: true, report.KindWIF: true,
	report.KindBIP38: true, report.KindPrivateKey: true,
}

func looksLikeWalletSecret(s string) bool {
	for _, m := range report.Find(s) {
		if walletSecretKinds[m.Kind] {
			return true
		}
	}
	return false
}

// share hands the redacted report to the host page (the report event) and
// records what the merchant did with it.
func (p *Panel) share(how string, r report.Report) {
	p.caseRep.shared = how
	p.asked = true
	if p.host == nil {
		return
	}
	b, err := r.JSON()
	if err != nil {
		return
	}
	p.host.Post(bridge.EventReport, json.RawMessage(b))
}

func (p *Panel) copyReport(ctx app.Context, e app.Event) {
	sh := p.sharing()
	r, text := sh.rep, sh.text
	if p.deps.CopyText == nil {
		return
	}
	copyText := p.deps.CopyText
	ctx.Async(func() {
		err := copyText(text)
		p.apply(ctx, func() {
			if err != nil {
				p.caseRep.shared = "copy-failed"
				return
			}
			p.share("copied", r)
		})
	})
}

func (p *Panel) downloadReport(ctx app.Context, e app.Event) {
	r := p.reportForSharing()
	b, err := r.JSON()
	if err != nil || p.deps.Download == nil {
		return
	}
	if p.deps.Download("triage-case-"+r.CaseID+".json", "application/json", b) == nil {
		p.share("downloaded", r)
	}
}

// reportLink records a mailto: or ticket link being followed.
func (p *Panel) reportLink(how string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		stopPropagation(e)
		p.share(how, p.reportForSharing())
	}
}

// firstChannel is the manifest's first channel of a kind.
func (p *Panel) firstChannel(k manifest.Kind) *manifest.Channel {
	if p.plat == nil || p.plat.manifest == nil {
		return nil
	}
	for _, c := range p.plat.manifest.Channels {
		if c.Kind == k {
			return &c
		}
	}
	return nil
}

func (p *Panel) renderCaseReport() app.UI {
	if p.caseRep.id == "" {
		return app.Section().ID("triage-report")
	}
	// The redacted preview and the links made from it wait until the checks
	// have reported: redaction is the costliest part of a render, and the
	// merchant's first wait is for the findings.
	preview := p.t(strReportPending)
	var mailto, ticket string
	if p.diag.done {
		sh := p.sharing()
		preview = sh.text
		if c := p.firstChannel(manifest.KindEmail); c != nil {
			mailto = sh.mailto(strings.TrimPrefix(c.Value, "mailto:"), p.lang)
		}
		if c := p.firstChannel(manifest.KindTicket); c != nil {
			ticket, _ = sh.ticketURL(c.Value)
		}
	}
	return app.Section().ID("triage-report").Class("triage-report").Aria("labelledby", "triage-report-h").Body(
		app.H2().ID("triage-report-h").Text(p.t(strReportHeading)),
		app.P().Class("triage-hint").Text(p.t(strReportIntro)),
		app.P().Body(app.Span().Text(p.t(strCaseID)+" "), app.Code().ID("triage-case-id").Text(p.caseRep.id)),
		app.Range(reportFields).Slice(func(i int) app.UI { return p.renderReportField(reportFields[i].name, reportFields[i].multi) }),
		app.Details().Body(
			app.Summary().Text(p.t(strReportPreview)),
			app.Pre().ID("triage-report-text").Class("triage-report-text").Text(preview),
		),
		app.P().Class("triage-actions").Body(
			app.Button().Type("button").ID("triage-copy").OnClick(p.guard(p.copyReport)).Text(p.t(strCopyReport)),
			app.Button().Type("button").ID("triage-download").OnClick(p.guard(p.downloadReport)).Text(p.t(strDownloadReport)),
			app.If(mailto != "", app.A().ID("triage-mailto").Href(mailto).Class("triage-button").OnClick(p.guard(p.reportLink("emailed"))).Body(app.Text(p.t(strEmailReport)), p.demoTag())),
			app.If(ticket != "", app.A().ID("triage-ticket").Href(ticket).Target("_blank").Rel("noopener noreferrer").Class("triage-button").OnClick(p.guard(p.reportLink("ticket"))).Body(app.Text(p.t(strOpenTicket)), p.demoTag())),
			app.Button().Type("button").ID("triage-new-case").Title(p.t(strNewCaseHint)).OnClick(p.guard(p.newCase)).Text(p.t(strNewCase)),
		),
		app.If(p.caseRep.shared != "", app.P().Role("status").ID("triage-shared").Text(p.t(reportStatus(p.caseRep.shared)))),
	)
}

// limitOf is the input bound of a report field.
func limitOf(multi bool) int {
	if multi {
		return maxNotesInput
	}
	return maxFieldInput
}

func (p *Panel) renderReportField(name string, multi bool) app.UI {
	id := "triage-report-" + name
	label := reportLabels[name]
	var input app.UI
	if multi {
		input = app.Textarea().ID(id).Name(name).Rows(3).Attr("value", p.caseRep.seeds[name]).
			OnInput(p.guard(p.onReportInput(name, limitOf(multi))))
	} else {
		input = app.Input().ID(id).Name(name).Type("text").Attr("autocomplete", "off").Value(p.caseRep.seeds[name]).
			OnInput(p.guard(p.onReportInput(name, limitOf(multi))))
	}
	return app.Div().Class("triage-field").Body(
		app.Label().For(id).Text(p.t(label)),
		input,
		app.If(p.caseRep.warned[name], app.P().Class("triage-scam").Role("alert").Text(p.t(strScamPaste))),
		app.If(p.caseRep.refused[name] > 0, app.P().Class("triage-refused").Role("alert").Text(p.t(strRefused.Format(p.caseRep.refused[name], limitOf(multi))))),
		app.If(p.caseRep.notice[name] != "", app.P().Class("triage-refused").Role("alert").Text(p.caseRep.notice[name])),
	)
}
