package checks

import (
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// OKXAuthErrors is the demo error catalogue: the OKX v5 REST API's
// authentication ("API class") codes 50100–50121 (50117 is not assigned),
// with their documented meaning, a fix, and the check that diagnoses each.
// Demo manifests put it into Platform.ErrorCodes.
var OKXAuthErrors = map[string]diag.ErrorCode{
	"50100": {
		Meaning: i18n.M(i18n.CheckOkxerrors50100Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50100Fix),
		Next:    "account",
	},
	"50101": {
		Meaning: i18n.M(i18n.CheckOkxerrors50101Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50101Fix),
		Next:    "apikey",
	},
	"50102": {
		Meaning: i18n.M(i18n.CheckOkxerrors50102Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50102Fix),
		Next:    "clock",
	},
	"50103": {
		Meaning: i18n.M(i18n.CheckOkxerrors50103Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50103Fix),
		Next:    "apikey",
	},
	"50104": {
		Meaning: i18n.M(i18n.CheckOkxerrors50104Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50104Fix),
		Next:    "apikey",
	},
	"50105": {
		Meaning: i18n.M(i18n.CheckOkxerrors50105Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50105Fix),
		Next:    "apikey",
	},
	"50106": {
		Meaning: i18n.M(i18n.CheckOkxerrors50106Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50106Fix),
		Next:    "signature",
	},
	"50107": {
		Meaning: i18n.M(i18n.CheckOkxerrors50107Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50107Fix),
		Next:    "signature",
	},
	"50108": {
		Meaning: i18n.M(i18n.CheckOkxerrors50108Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50108Fix),
	},
	"50109": {
		Meaning: i18n.M(i18n.CheckOkxerrors50109Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50109Fix),
	},
	"50110": {
		Meaning: i18n.M(i18n.CheckOkxerrors50110Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50110Fix),
		Next:    "apikey",
	},
	"50111": {
		Meaning: i18n.M(i18n.CheckOkxerrors50111Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50111Fix),
		Next:    "apikey",
	},
	"50112": {
		Meaning: i18n.M(i18n.CheckOkxerrors50112Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50112Fix),
		Next:    "signature",
	},
	"50113": {
		Meaning: i18n.M(i18n.CheckOkxerrors50113Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50113Fix),
		Next:    "signature",
	},
	"50114": {
		Meaning: i18n.M(i18n.CheckOkxerrors50114Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50114Fix),
		Next:    "apikey",
	},
	"50115": {
		Meaning: i18n.M(i18n.CheckOkxerrors50115Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50115Fix),
		Next:    "signature",
	},
	"50116": {
		Meaning: i18n.M(i18n.CheckOkxerrors50116Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50116Fix),
	},
	"50118": {
		Meaning: i18n.M(i18n.CheckOkxerrors50118Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50118Fix),
		Next:    "apikey",
	},
	"50119": {
		Meaning: i18n.M(i18n.CheckOkxerrors50119Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50119Fix),
		Next:    "apikey",
	},
	"50120": {
		Meaning: i18n.M(i18n.CheckOkxerrors50120Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50120Fix),
		Next:    "apikey",
	},
	"50121": {
		Meaning: i18n.M(i18n.CheckOkxerrors50121Meaning),
		Fix:     i18n.M(i18n.CheckOkxerrors50121Fix),
	},
}
