package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/jscall"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/report"
	"github.com/triage-widget/triage/app/session"
)

// reportView is the case report section: the fields, the redacted preview
// and the ways to share it.
type reportView struct {
	Section
}

func (v *reportView) Render() app.UI { return v.guarded(v.render) }

func (v *reportView) render() app.UI {
	st := v.p.state
	rep := st.Report
	if rep.CaseID == "" {
		return app.Section().ID("triage-report")
	}
	// The redacted preview and the links made from it wait until the checks
	// have reported: redaction is the costliest part of a render, and the
	// merchant's first wait is for the findings.
	preview := v.t(strReportPending)
	var mailto, ticket string
	if st.Done {
		sh := v.p.sess.Sharing()
		preview = sh.Text()
		if c := st.Platform.FirstChannel(manifest.KindEmail); c != nil {
			mailto = sh.Mailto(strings.TrimPrefix(c.Value, "mailto:"))
		}
		if c := st.Platform.FirstChannel(manifest.KindTicket); c != nil {
			ticket, _ = sh.TicketURL(c.Value)
		}
	}
	demo := v.p.demoTag
	fields := session.ReportFields()
	return app.Section().ID("triage-report").Class("triage-report").Aria("labelledby", "triage-report-h").Body(
		app.H2().ID("triage-report-h").TabIndex(-1).Text(v.t(strReportHeading)),
		app.P().Class("triage-hint").Text(v.t(strReportIntro)),
		app.P().Body(app.Span().Text(v.t(strCaseID)+" "), app.Code().ID("triage-case-id").Text(rep.CaseID)),
		// Each field has a slot in both lists, empty in one: go-app reuses
		// elements by position, and a field must never take another's input.
		app.Range(fields).Slice(func(i int) app.UI { return v.renderField(rep, fields[i], true) }),
		app.If(rep.Asks != nil, app.Details().ID("triage-report-more").Body(
			app.Summary().Text(v.t(strReportMore)),
			app.Range(fields).Slice(func(i int) app.UI { return v.renderField(rep, fields[i], false) }),
		)),
		app.Details().Body(
			app.Summary().Text(v.t(strReportPreview)),
			app.Pre().ID("triage-report-text").Class("triage-report-text").Text(preview),
		),
		app.P().Class("triage-actions").Body(
			app.Button().Type("button").ID("triage-copy").OnClick(v.do(v.copyReport)).Text(v.t(strCopyReport)),
			app.Button().Type("button").ID("triage-download").OnClick(v.do(v.downloadReport)).Text(v.t(strDownloadReport)),
			app.If(mailto != "", app.A().ID("triage-mailto").Href(mailto).Class("triage-button").OnClick(v.do(v.reportLink("emailed"))).Body(app.Text(v.t(strEmailReport)), demo())),
			app.If(ticket != "", app.A().ID("triage-ticket").Href(ticket).Target("_blank").Rel("noopener noreferrer").Class("triage-button").OnClick(v.do(v.reportLink("ticket"))).Body(app.Text(v.t(strOpenTicket)), demo())),
			app.Button().Type("button").ID("triage-new-case").Title(v.t(strNewCaseHint)).OnClick(v.do(v.newCase)).Text(v.t(strNewCase)),
		),
		app.If(rep.Shared != "", app.P().Role("status").ID("triage-shared").Text(v.t(reportStatus(rep.Shared)))),
	)
}

// renderField draws a field in the list of those the category asks for
// (first), or under "more details"; an empty text in the other.
func (v *reportView) renderField(rep session.ReportView, f report.Field, first bool) app.UI {
	name, limit := f.Name, f.Max
	if rep.Asks != nil && rep.Asks[name] != first {
		return app.Text("")
	}
	id := "triage-report-" + name
	var input app.UI
	if f.Multiline {
		input = app.Textarea().ID(id).Name(name).Rows(3).Attr("value", rep.Seeds[name]).
			OnInput(v.do(v.onInput(name, limit)))
	} else {
		input = app.Input().ID(id).Name(name).Type("text").Attr("autocomplete", "off").Value(rep.Seeds[name]).
			OnInput(v.do(v.onInput(name, limit)))
	}
	return app.Div().Class("triage-field").Body(
		app.Label().For(id).Text(v.t(f.Label)),
		input,
		app.If(rep.Warned[name], app.P().Class("triage-scam").Role("alert").Text(v.t(strScamPaste))),
		app.If(rep.Refused[name] > 0, app.P().Class("triage-refused").Role("alert").Text(v.t(strRefused.Format(rep.Refused[name], limit)))),
		app.If(rep.Notice[name] != "", app.P().Class("triage-refused").Role("alert").Text(rep.Notice[name])),
	)
}

// onInput hands a report field's value to the session, and writes back
// what the session says the field must hold.
func (v *reportView) onInput(field string, limit int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		in, ok := readInput(ctx, limit)
		if !ok {
			return
		}
		if w, rewrite := v.p.sess.ReportInput(field, in); rewrite {
			setInputValue(ctx, w)
		}
	}
}

func (v *reportView) copyReport(ctx app.Context, e app.Event) {
	if v.p.deps.CopyText != nil {
		v.p.sess.CopyReport(v.p.deps.CopyText)
	}
}

func (v *reportView) downloadReport(ctx app.Context, e app.Event) {
	if v.p.deps.Download != nil {
		v.p.sess.DownloadReport(v.p.deps.Download)
	}
}

// reportLink records a mailto: or ticket link being followed.
func (v *reportView) reportLink(how string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		stopPropagation(e)
		v.p.sess.Shared(how, v.p.sess.Sharing().Report())
	}
}

// newCase starts a new case; the secret fields are cleared in the page.
func (v *reportView) newCase(ctx app.Context, e app.Event) {
	v.p.clearSecrets()
	v.p.sess.NewCase()
	// The fields keep what the merchant typed in the page; set them to
	// what the new case holds (empty, or what the dashboard prefilled).
	fields := v.p.sess.State().Report.Fields
	for _, f := range session.ReportFields() {
		setInputByID("triage-report-"+f.Name, fields[f.Name])
	}
	setInputByID("triage-describe", "")
}

// setInputByID writes the value of the input with the given id.
func setInputByID(id, val string) {
	_ = jscall.Do("write input", func() {
		if el := app.Window().GetElementByID(id); el != nil && el.Truthy() {
			el.Set("value", val)
		}
	})
}
