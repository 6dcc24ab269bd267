package session

import (
	"unicode/utf8"

	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/report"
)

// Input bounds. A larger paste is refused with a message and the field
// keeps what the merchant had typed before.
const (
	maxBodyInput  = 1 << 20 // a request or webhook body
	maxFieldInput = 8 << 10 // any other field (a signature header, a path)
	maxNotesInput = 16 << 10
)

// FormLimit is a self-test field's input bound.
func FormLimit(f diag.Field) int {
	if f.Kind == diag.KindMultiline {
		return maxBodyInput
	}
	return maxFieldInput
}

// FieldOf returns a check's declared form field (the zero Field when the
// check declares none of that name).
func FieldOf(check, field string) diag.Field {
	if c, ok := checks.ByName(check); ok {
		f, _ := c.Field(field)
		return f
	}
	return diag.Field{}
}

// Input is a field's value as read from the page. A value over the
// field's bound is not read: TooLong is set and Size is its length.
type Input struct {
	Value   string
	Size    int
	TooLong bool
}

// FormState is what the merchant typed in one self-test's form. It lives
// only in this program's memory; secret fields are cleared on close.
type FormState struct {
	Values  map[string]string
	Refused map[string]int    // field -> size of a refused paste (-1: a wallet secret)
	Notice  map[string]string // field -> unusual characters it holds
	Missing []string          // required fields left empty at the last submit
	Running bool
	Open    bool // the tool is open
	Opened  bool // it has been open once: its form is shown from then on
}

// Forms are the self-tests' forms, made on first use.
type Forms struct {
	lang  i18n.Lang
	forms map[string]*FormState
}

// Toggle records a self-test tool being opened or closed, so a re-render
// keeps it as the merchant left it.
func (fs *Forms) Toggle(check string, open bool) {
	f := fs.Form(check)
	f.Open = open
	f.Opened = f.Opened || open
}

// Form is the state of a self-test's form, made on first use.
func (fs *Forms) Form(check string) *FormState {
	if fs.forms == nil {
		fs.forms = map[string]*FormState{}
	}
	f, ok := fs.forms[check]
	if !ok {
		f = &FormState{Values: map[string]string{}, Refused: map[string]int{}, Notice: map[string]string{}}
		if c, ok := checks.ByName(check); ok {
			for _, fld := range c.Needs.Form {
				if opts := fld.Options; len(opts) > 0 {
					f.Values[fld.Name] = opts[0] // what the select shows before any change
				}
			}
		}
		fs.forms[check] = f
	}
	return f
}

// Input stores a field's value. A value over the field's bound keeps the
// previous one; one that looks like a wallet secret is dropped. When
// rewrite is set, the page's field must be set to write.
func (fs *Forms) Input(check, field string, in Input) (write string, rewrite bool) {
	f := fs.Form(check)
	if in.TooLong {
		f.Refused[field] = in.Size
		return f.Values[field], true
	}
	if !FieldOf(check, field).Secret() && looksLikeWalletSecret(in.Value) {
		// Cleared, not restored: what came before was most of the phrase.
		f.Refused[field] = -1 // the scam warning, not the size one
		f.Values[field] = ""
		return "", true
	}
	delete(f.Refused, field)
	f.Values[field] = toValidUTF8(in.Value)
	f.Notice[field] = unusualNotice(fs.lang, f.Values[field])
	return "", false
}

// toValidUTF8 replaces invalid sequences (a JS string with lone surrogates)
// so every check sees valid text.
func toValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
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

// ReadDocument decodes the picked identity document off the UI goroutine
// (read blocks); the document check waits for it.
func (s *Session) ReadDocument(read func() (*diag.Document, error)) {
	f := s.forms.Form(checks.KYCDocument.Name)
	f.Running = true
	s.loop.Async(func() {
		doc, err := read()
		s.loop.Apply(func() {
			f.Running = false
			s.document = doc
			if err != nil {
				s.document = nil
			}
		})
	})
}

// clearSecrets forgets every secret field typed in the forms; what they
// held stays in secrets, the case report's redaction set, until a new case.
func (fs *Forms) clearSecrets(secrets *typedSecrets) {
	for _, c := range SelfTests() {
		f, ok := fs.forms[c.Name]
		if !ok {
			continue
		}
		for _, fld := range c.Needs.Form {
			if fld.Secret() {
				secrets.remember(f.Values[fld.Name])
				delete(f.Values, fld.Name)
			}
		}
	}
}
