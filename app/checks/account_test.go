package checks

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
)

func TestAccount(t *testing.T) {
	for _, tc := range []struct {
		acct hostctx.Account
		want []string
		next string
		fix  string // expected in the first finding's English fix
	}{
		{hostctx.Account{}, []string{"check.skipped"}, "", ""},
		{hostctx.Account{Status: "active", KYC: "verified"}, []string{"account.ok"}, "", ""},
		{hostctx.Account{Status: "locked", Reason: "too many password attempts"}, []string{"account.locked"}, "", "turn on two-factor authentication"},
		{hostctx.Account{Status: "restricted"}, []string{"account.restricted"}, "", "request to lift the restriction"},
		{hostctx.Account{Status: "frozen"}, []string{"account.frozen"}, "", "never asks for your password"},
		{hostctx.Account{Status: "active", KYC: "rejected"}, []string{"account.kyc_rejected"}, "kyc-document", "all four corners"},
		{hostctx.Account{KYC: "pending"}, []string{"account.kyc_pending"}, "", "ticket"},
		{hostctx.Account{Status: "locked", KYC: "none"}, []string{"account.locked", "account.kyc_missing"}, "", "verify your identity"},
	} {
		fs := run(t, Account, &diag.Env{Context: hostctx.Context{Account: tc.acct}})
		if got := codesOf(fs); strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%+v: codes %v, want %v", tc.acct, got, tc.want)
			continue
		}
		if fs[0].Next != tc.next {
			t.Errorf("%+v: next %q, want %q", tc.acct, fs[0].Next, tc.next)
		}
		if !strings.Contains(fs[0].Fix.In(i18n.EN), tc.fix) {
			t.Errorf("%+v: fix %q lacks %q", tc.acct, fs[0].Fix.In(i18n.EN), tc.fix)
		}
		if tc.acct.Reason != "" && !strings.Contains(evidenceText(fs[0]), tc.acct.Reason) {
			t.Errorf("reason not in evidence: %s", evidenceText(fs[0]))
		}
	}
}
