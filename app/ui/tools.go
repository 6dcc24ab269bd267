package ui

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/jscall"
	"github.com/triage-widget/triage/app/session"
)

// documentCheck is the self-test that reads an identity document.
var documentCheck = checks.KYCDocument.Name

// toolsView is the self-test tools section: one form per self-test.
type toolsView struct {
	Section
}

// onToggle keeps a tool's open state, so a re-render keeps it.
func (v *toolsView) onToggle(check string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		var open bool
		if jscall.Do("details.open", func() { open = ctx.JSSrc().Get("open").Bool() }) == nil {
			v.p.sess.Forms().Toggle(check, open)
		}
	}
}

// readInput reads the field that fired ctx's event for the session.
func readInput(ctx app.Context, limit int) (session.Input, bool) {
	value, size, err := inputValue(ctx, limit)
	if errors.Is(err, errTooLong) {
		return session.Input{Size: size, TooLong: true}, true
	}
	return session.Input{Value: value, Size: size}, err == nil
}

// onInput hands a field's value to the session, and writes back what the
// session says the field must hold (a refused paste, a wallet secret).
func (v *toolsView) onInput(check, field string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		in, ok := readInput(ctx, session.FormLimit(session.FieldOf(check, field)))
		if !ok {
			return
		}
		if w, rewrite := v.p.sess.Forms().Input(check, field, in); rewrite {
			setInputValue(ctx, w)
		}
	}
}

func (v *toolsView) submit(c *diag.Check) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		_ = jscall.Do("preventDefault", func() { e.PreventDefault() })
		v.p.sess.Submit(c)
		// The answer is read where it appears: under the form, focused once
		// the check has run (Panel.focusAnswer).
		v.p.answer = c.Name
		v.p.focusAnswer(ctx)
	}
}

// onDocument decodes the picked identity document in the browser.
func (v *toolsView) onDocument(ctx app.Context, e app.Event) {
	if v.p.deps.ReadDocument == nil {
		return
	}
	input, read := ctx.JSSrc(), v.p.deps.ReadDocument
	v.p.sess.ReadDocument(func() (*diag.Document, error) { return read(input) })
}

func (v *toolsView) Render() app.UI { return v.guarded(v.render) }

func (v *toolsView) render() app.UI {
	tools := v.p.state.Tools
	return app.Section().Class("triage-tools").Aria("labelledby", "triage-tools-h").Body(
		app.H2().ID("triage-tools-h").Text(v.t(strToolsHeading)),
		app.P().Class("triage-hint").Text(v.t(strToolsIntro)),
		app.Range(tools).Slice(func(i int) app.UI { return v.renderTool(tools[i]) }),
	)
}

// renderTool draws a self-test tool. Its form is rendered from the first
// time the tool is opened, and kept (its fields hold what was typed): four
// closed tools' forms were a fifth of the panel's first render.
func (v *toolsView) renderTool(t session.Tool) app.UI {
	c, open := t.Check, t.Form.Open
	var form app.UI
	if open || t.Form.Opened {
		form = v.renderForm(c, t.Form)
	}
	return app.Details().ID("triage-tool-"+c.Name).Class("triage-tool").
		Open(open).OnToggle(v.do(v.onToggle(c.Name))).Body(
		app.Summary().Text(v.t(c.Title)),
		form,
	)
}

func (v *toolsView) renderForm(c *diag.Check, f *session.FormState) app.UI {
	return app.Form().
		DataSet("check", c.Name).
		Attr("novalidate", true).
		OnSubmit(v.do(v.submit(c))).
		Body(
			app.Range(c.Needs.Form).Slice(func(i int) app.UI { return v.renderField(c, f, c.Needs.Form[i]) }),
			app.Button().Type("submit").Disabled(f.Running).Text(v.t(strRunCheck)),
			app.If(f.Running, app.Span().Role("status").Text(" "+v.t(strChecking))),
			v.renderAnswer(c, f),
		)
}

// renderAnswer is the tool's answer under its form: the fields still to
// fill, or each finding with its fix. It is a live region, and takes focus
// when the answer arrives.
func (v *toolsView) renderAnswer(c *diag.Check, f *session.FormState) app.UI {
	var result *diag.Result
	for _, t := range v.p.state.Tools {
		if t.Check == c {
			result = t.Result
		}
	}
	div := app.Div().ID(answerID(c.Name)).Class("triage-answer").TabIndex(-1).Role("status").Aria("live", "polite")
	switch {
	case len(f.Missing) > 0:
		names := ""
		for i, name := range f.Missing {
			if i > 0 {
				names += v.t(strListSep)
			}
			fld, _ := c.Field(name)
			names += v.t(fld.Label)
		}
		return div.Body(app.P().Class("triage-refused").Text(v.t(strMissingFields.Format(names))))
	case result == nil || f.Running:
		return div
	}
	findings := result.Findings
	return div.Body(
		app.H3().Text(v.t(strAnswerHeading)),
		app.Ul().Class("triage-findings").Body(app.Range(findings).Slice(func(i int) app.UI {
			fd := findings[i]
			mark := ""
			if fd.Status == diag.StatusPass {
				mark = "✓ "
			}
			return app.Li().Class("triage-finding", "triage-"+string(fd.Status)).DataSet("code", fd.Code).DataSet("status", string(fd.Status)).Body(
				app.P().Class("triage-finding-head").Body(
					app.Span().Class("triage-badge").Text(mark+v.t(statusLabel(fd.Status))),
				),
				v.renderDetail(fd),
			)
		})),
	)
}

func answerID(check string) string { return "triage-answer-" + check }

// renderField draws one form field. Text fields are uncontrolled: the panel
// reads what is typed but never writes it back on render, because a render
// that lands between two fast keystrokes would overwrite the second one.
// The panel writes a field only to restore it after a refused paste and to
// clear secrets (see setInputValue, Panel.clearSecrets).
func (v *toolsView) renderField(c *diag.Check, f *session.FormState, fld diag.Field) app.UI {
	id := "triage-" + c.Name + "-" + fld.Name
	label := v.t(fld.Label)
	if fld.Optional {
		label += v.t(strOptional)
	}
	var input app.UI
	switch opts := fld.Options; {
	case fld.Kind == diag.KindFile:
		input = app.Input().ID(id).Name(fld.Name).Type("file").Accept("image/jpeg,image/png,application/pdf").
			OnChange(v.do(v.onDocument))
	case fld.Kind == diag.KindMultiline:
		input = app.Textarea().ID(id).Name(fld.Name).Rows(4).Attr("spellcheck", "false").
			OnInput(v.do(v.onInput(c.Name, fld.Name)))
	case fld.Kind == diag.KindChoice:
		input = app.Select().ID(id).Name(fld.Name).OnChange(v.do(v.onInput(c.Name, fld.Name))).Body(
			app.Range(opts).Slice(func(i int) app.UI {
				return app.Option().Value(opts[i]).Selected(f.Values[fld.Name] == opts[i]).Text(opts[i])
			}),
		)
	default:
		typ := "text"
		if fld.Secret() {
			typ = "password"
		}
		input = app.Input().ID(id).Name(fld.Name).Type(typ).Attr("autocomplete", "off").Attr("spellcheck", "false").
			OnInput(v.do(v.onInput(c.Name, fld.Name)))
	}
	refused, isRefused := f.Refused[fld.Name]
	return app.Div().Class("triage-field").Body(
		app.Label().For(id).Text(label),
		input,
		app.If(fld.Kind == diag.KindFile, v.renderDocument()),
		app.If(fld.Secret(), app.Small().Class("triage-hint").Text(v.t(strSecretHint))),
		app.If(isRefused && refused < 0, app.P().Class("triage-scam").Role("alert").Text(v.t(strScamPaste))),
		app.If(isRefused && refused >= 0, app.P().Class("triage-refused").Role("alert").Text(v.t(strRefused.Format(refused, session.FormLimit(fld))))),
		app.If(f.Notice[fld.Name] != "", app.P().Class("triage-refused").Role("alert").Text(f.Notice[fld.Name])),
	)
}

// renderDocument says what was read of the picked document, and that it
// stays in the browser.
func (v *toolsView) renderDocument() app.UI {
	d := v.p.state.Document
	if d == nil {
		return nil
	}
	dims := ""
	if d.Width > 0 {
		dims = fmt.Sprintf(", %d×%d", d.Width, d.Height)
	}
	return app.P().ID("triage-document-read").Class("triage-hint").Role("status").
		Text(v.t(strDocumentRead.Format(d.Name, d.Size/1024, dims)))
}
