package checks

import (
	"strconv"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
)

func TestErrorCode(t *testing.T) {
	custom := &diag.Platform{ErrorCodes: map[string]diag.ErrorCode{"E42": {Meaning: i18n.T("余额不足", "Insufficient funds"), Next: "balance"}}}
	for _, tc := range []struct {
		name string
		env  diag.Env
		code string
		next string
		msg  string
	}{
		{"no error", diag.Env{}, "check.skipped", "", ""},
		{"e2e: 50113 → signature", diag.Env{Context: hostctx.Context{LastError: hostctx.Error{Code: "50113", Message: "Invalid Sign", At: "2026-11-21T10:00:00Z"}}},
			"errorcode.known", "signature", "Error 50113: Invalid signature."},
		{"50102 → clock", diag.Env{Form: map[string]string{"code": "50102"}}, "errorcode.known", "clock", "Timestamp request expired"},
		{"50110 → apikey", diag.Env{Form: map[string]string{"code": " 50110 "}}, "errorcode.known", "apikey", "IP whitelist"},
		{"unknown", diag.Env{Form: map[string]string{"code": "99999"}}, "errorcode.unknown", "", "99999 is not in"},
		{"manifest catalogue", diag.Env{Platform: custom, Form: map[string]string{"code": "E42"}}, "errorcode.known", "balance", "Error E42: Insufficient funds"},
		{"manifest catalogue replaces the demo", diag.Env{Platform: custom, Form: map[string]string{"code": "50113"}}, "errorcode.unknown", "", ""},
		{"other scheme, no catalogue", diag.Env{Platform: &diag.Platform{APIScheme: "other"}, Form: map[string]string{"code": "50113"}}, "errorcode.unknown", "", ""},
	} {
		fs := run(t, ErrorCode, &tc.env)
		if len(fs) != 1 || string(fs[0].Code) != tc.code || fs[0].Next != tc.next || !strings.Contains(fs[0].Message.In(i18n.EN), tc.msg) {
			t.Errorf("%s: got %v next=%q %q", tc.name, codesOf(fs), fs[0].Next, fs[0].Message.In(i18n.EN))
		}
	}
	fs := run(t, ErrorCode, &diag.Env{Context: hostctx.Context{LastError: hostctx.Error{Code: "50113", Message: "Invalid Sign"}}})
	if !strings.Contains(evidenceText(fs[0]), "platform message=Invalid Sign") {
		t.Errorf("evidence %s", evidenceText(fs[0]))
	}
}

func TestOKXAuthErrors(t *testing.T) {
	for code := 50100; code <= 50121; code++ {
		c := strconv.Itoa(code)
		ec, ok := OKXAuthErrors[c]
		if code == 50117 {
			if ok {
				t.Error("50117 is not assigned by OKX")
			}
			continue
		}
		if !ok {
			t.Errorf("%s missing", c)
			continue
		}
		if !ec.Meaning.Complete() || !ec.Fix.Complete() {
			t.Errorf("%s: incomplete texts", c)
		}
		if ec.Next != "" {
			if _, ok := ByName(ec.Next); !ok {
				t.Errorf("%s: next check %q does not exist", c, ec.Next)
			}
		}
	}
	if len(OKXAuthErrors) != 21 {
		t.Errorf("%d codes, want 21", len(OKXAuthErrors))
	}
	// The documented English messages, verbatim where it matters.
	for code, want := range map[string]string{
		"50100": "API frozen, please contact customer service.",
		"50101": "APIKey does not match current environment.",
		"50102": "Timestamp request expired.",
		"50111": "Invalid OK-ACCESS-KEY.",
		"50112": "Invalid OK-ACCESS-TIMESTAMP.",
		"50113": "Invalid signature.",
		"50114": "Invalid authorization.",
		"50115": "Invalid request method.",
		"50119": "API key doesn't exist.",
	} {
		if got := OKXAuthErrors[code].Meaning.In(i18n.EN); got != want {
			t.Errorf("%s: %q, want %q", code, got, want)
		}
	}
}
