package ui

import (
	"context"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/jscall"
)

// Input bounds. A larger paste is refused with a message and the field
// keeps what the merchant had typed before.
const (
	maxBodyInput  = 1 << 20 // a request or webhook body
	maxFieldInput = 8 << 10 // any other field (a signature header, a path)
)

// formChecks are the checks the merchant runs from a form, in display order.
func formChecks() []*diag.Check { return checks.SelfTests() }

func inputLimit(field diag.Field) int {
	if field.Kind == diag.KindMultiline {
		return maxBodyInput
	}
	return maxFieldInput
}

// formState is what the merchant typed in one check's form. It lives only
// in this Go program's memory; secret fields are cleared on close.
type formState struct {
	values  map[string]string
	refused map[string]int    // field -> size of a refused paste, for the message
	notice  map[string]string // field -> unusual characters it holds
	running bool
	open    bool // the tool's <details> is open
	opened  bool // it has been open once: its form is rendered from then on
}

// onToggle keeps a tool's open state in Go, so a re-render keeps it.
func (p *Panel) onToggle(f *formState) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		_ = jscall.Do("details.open", func() {
			f.open = ctx.JSSrc().Get("open").Bool()
			f.opened = f.opened || f.open
		})
	}
}

func (p *Panel) form(check string) *formState {
	if p.forms == nil {
		p.forms = map[string]*formState{}
	}
	f, ok := p.forms[check]
	if !ok {
		f = &formState{values: map[string]string{}, refused: map[string]int{}, notice: map[string]string{}}
		if c, ok := checks.ByName(check); ok {
			for _, fld := range c.Needs.Form {
				if len(fld.Options) > 0 {
					f.values[fld.Name] = fld.Options[0] // what the select shows before any change
				}
			}
		}
		p.forms[check] = f
	}
	return f
}

// onInput stores a field's value, refusing one over the field's bound
// without copying it into Go, and keeping the previous value.
func (p *Panel) onInput(check, field string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		f := p.form(check)
		value, size, err := inputValue(ctx, inputLimit(fieldOf(check, field)))
		if errors.Is(err, errTooLong) {
			f.refused[field] = size
			setInputValue(ctx, f.values[field])
			return
		}
		if err != nil {
			return
		}
		if !fieldOf(check, field).Secret() && looksLikeWalletSecret(value) {
			// Cleared, not restored: what came before was most of the phrase.
			f.refused[field] = -1 // the scam warning, not the size one
			f.values[field] = ""
			setInputValue(ctx, "")
			return
		}
		delete(f.refused, field)
		f.values[field] = toValidUTF8(value)
		f.notice[field] = p.unusualNotice(f.values[field])
	}
}

// fieldOf returns a check's declared form field.
func fieldOf(check, field string) diag.Field {
	if c, ok := checks.ByName(check); ok {
		f, _ := c.Field(field)
		return f
	}
	return diag.Field{}
}

// toValidUTF8 replaces invalid sequences (a JS string with lone surrogates)
// so every check sees valid text.
func toValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}

// submit runs one form's check with what was typed.
func (p *Panel) submit(c *diag.Check) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		_ = jscall.Do("preventDefault", func() { e.PreventDefault() })
		f := p.form(c.Name)
		if f.running {
			return
		}
		values := make(map[string]string, len(f.values))
		for k, v := range f.values {
			values[k] = v
		}
		f.running = true
		env := p.env(values)
		plat := p.plat
		env.Document = p.document
		ctx.Async(func() {
			if plat.settled() {
				env.Platform = plat.platform
			}
			rep := diag.Run(context.Background(), []*diag.Check{c}, env, diag.RunOptions{})
			p.apply(ctx, func() {
				f.running = false
				if p.formResults == nil {
					p.formResults = map[string]diag.Result{}
				}
				if len(rep.Results) == 1 {
					p.formResults[c.Name] = rep.Results[0]
				}
				p.postFindings()
				p.replan()
			})
		})
	}
}

// onDocument decodes the picked identity document in the browser.
func (p *Panel) onDocument(ctx app.Context, e app.Event) {
	if p.deps.ReadDocument == nil {
		return
	}
	input, read := ctx.JSSrc(), p.deps.ReadDocument
	f := p.form(checks.KYCDocument.Name)
	f.running = true // the check waits for the decoded document
	ctx.Async(func() {
		doc, err := read(input)
		p.apply(ctx, func() {
			f.running = false
			p.document = doc
			if err != nil {
				p.document = nil
			}
		})
	})
}

// renderDocument says what was read of the picked document, and that it
// stays in the browser.
func (p *Panel) renderDocument() app.UI {
	d := p.document
	if d == nil {
		return nil
	}
	dims := ""
	if d.Width > 0 {
		dims = fmt.Sprintf(", %d×%d", d.Width, d.Height)
	}
	return app.P().ID("triage-document-read").Class("triage-hint").Role("status").
		Text(p.t(strDocumentRead.Format(d.Name, d.Size/1024, dims)))
}

// clearSecrets forgets every secret field typed in the panel, and the
// identity document, in Go and in the page. What the fields held stays in
// the case report's redaction set (typedSecrets) until a new case.
func (p *Panel) clearSecrets() {
	p.document = nil
	clearInput("triage-" + checks.KYCDocument.Name + "-document")
	for _, c := range formChecks() {
		f, ok := p.forms[c.Name]
		if !ok {
			continue
		}
		for _, fld := range c.Needs.Form {
			if fld.Secret() {
				p.caseRep.secrets.remember(f.values[fld.Name])
				delete(f.values, fld.Name)
				clearInput("triage-" + c.Name + "-" + fld.Name)
			}
		}
	}
}

func (p *Panel) renderForms() app.UI {
	return app.Section().Class("triage-tools").Aria("labelledby", "triage-tools-h").Body(
		app.H2().ID("triage-tools-h").Text(p.t(strToolsHeading)),
		app.P().Class("triage-hint").Text(p.t(strToolsIntro)),
		app.Range(formChecks()).Slice(func(i int) app.UI { return p.renderForm(formChecks()[i]) }),
	)
}

// renderForm draws a self-test tool. Its form is rendered from the first
// time the tool is opened, and kept (its fields hold what was typed): four
// closed tools' forms were a fifth of the panel's first render.
func (p *Panel) renderForm(c *diag.Check) app.UI {
	f := p.form(c.Name)
	var form app.UI
	if f.opened || f.open {
		form = p.renderFormBody(c, f)
	}
	return app.Details().ID("triage-tool-"+c.Name).Class("triage-tool").
		Open(f.open).OnToggle(p.guard(p.onToggle(f))).Body(
		app.Summary().Text(p.t(c.Title)),
		form,
	)
}

func (p *Panel) renderFormBody(c *diag.Check, f *formState) app.UI {
	return app.Form().
		DataSet("check", c.Name).
		Attr("novalidate", true).
		OnSubmit(p.guard(p.submit(c))).
		Body(
			app.Range(c.Needs.Form).Slice(func(i int) app.UI { return p.renderField(c, f, c.Needs.Form[i]) }),
			app.Button().Type("submit").Disabled(f.running).Text(p.t(strRunCheck)),
			app.If(f.running, app.Span().Role("status").Text(" "+p.t(strChecking))),
		)
}

// renderField draws one form field. Text fields are uncontrolled: the panel
// reads what is typed but never writes it back on render, because a render
// that lands between two fast keystrokes would overwrite the second one.
// The panel writes a field only to restore it after a refused paste and to
// clear secrets (see setInputValue, clearSecrets).
func (p *Panel) renderField(c *diag.Check, f *formState, fld diag.Field) app.UI {
	id := "triage-" + c.Name + "-" + fld.Name
	label := p.t(fld.Label)
	if fld.Optional {
		label += p.t(strOptional)
	}
	var input app.UI
	switch {
	case fld.Kind == diag.KindFile:
		input = app.Input().ID(id).Name(fld.Name).Type("file").Accept("image/jpeg,image/png,application/pdf").
			OnChange(p.guard(p.onDocument))
	case fld.Kind == diag.KindMultiline:
		input = app.Textarea().ID(id).Name(fld.Name).Rows(4).Attr("spellcheck", "false").
			OnInput(p.guard(p.onInput(c.Name, fld.Name)))
	case fld.Kind == diag.KindChoice:
		opts := fld.Options
		input = app.Select().ID(id).Name(fld.Name).OnChange(p.guard(p.onInput(c.Name, fld.Name))).Body(
			app.Range(opts).Slice(func(i int) app.UI {
				return app.Option().Value(opts[i]).Selected(f.values[fld.Name] == opts[i]).Text(opts[i])
			}),
		)
	default:
		typ := "text"
		if fld.Secret() {
			typ = "password"
		}
		input = app.Input().ID(id).Name(fld.Name).Type(typ).Attr("autocomplete", "off").Attr("spellcheck", "false").
			OnInput(p.guard(p.onInput(c.Name, fld.Name)))
	}
	refused, isRefused := f.refused[fld.Name]
	return app.Div().Class("triage-field").Body(
		app.Label().For(id).Text(label),
		input,
		app.If(fld.Kind == diag.KindFile, p.renderDocument()),
		app.If(fld.Secret(), app.Small().Class("triage-hint").Text(p.t(strSecretHint))),
		app.If(isRefused && refused < 0, app.P().Class("triage-scam").Role("alert").Text(p.t(strScamPaste))),
		app.If(isRefused && refused >= 0, app.P().Class("triage-refused").Role("alert").Text(p.t(strRefused.Format(refused, inputLimit(fld))))),
		app.If(f.notice[fld.Name] != "", app.P().Class("triage-refused").Role("alert").Text(f.notice[fld.Name])),
	)
}
