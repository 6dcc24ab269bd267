package checks

import (
	"context"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// Account reports a locked, restricted or frozen account and an incomplete
// identity verification, each with the recovery steps of the support guides
// (seed 001 §1 and §5, seed 000 "紧急安全事件", seed 002 "账户认证失败").
var Account = &diag.Check{
	Name:  "account",
	Title: i18n.M(i18n.CheckAccountTitle),
	Doc: `account reports a locked, restricted or frozen account and incomplete identity verification.

It reads account.{status,kyc,reason} from the host context. Each problem
comes with the recovery steps of the support guides: find the reason in the
notice, verify identity, then change the password and turn on 2FA.`,
	Needs:   diag.Needs{Context: []string{"account.status", "account.kyc", "account.reason"}},
	Timeout: diag.LocalTimeout,
	Run:     runAccount,
}

func init() { register(50, Account) }

// officialOnly is the anti-fraud reminder of the support guides: fake
// support numbers are how accounts get stolen.
var officialOnly = i18n.M(i18n.CheckAccountOfficialOnly)

var (
	msgAccountNoInput = i18n.M(i18n.CheckAccountAccountNoInput)
	msgLocked         = i18n.M(i18n.CheckAccountLocked)
	fixLocked         = i18n.M(i18n.CheckAccountFixLocked)
	msgRestricted     = i18n.M(i18n.CheckAccountRestricted)
	fixRestricted     = i18n.M(i18n.CheckAccountFixRestricted)
	msgFrozen         = i18n.M(i18n.CheckAccountFrozen)
	fixFrozen         = i18n.M(i18n.CheckAccountFixFrozen)
	msgKYCRejected    = i18n.M(i18n.CheckAccountKYCRejected)
	fixKYCRejected    = i18n.M(i18n.CheckAccountFixKYCRejected)
	msgKYCPending     = i18n.M(i18n.CheckAccountKYCPending)
	fixKYCPending     = i18n.M(i18n.CheckAccountFixKYCPending)
	msgKYCMissing     = i18n.M(i18n.CheckAccountKYCMissing)
	fixKYCMissing     = i18n.M(i18n.CheckAccountFixKYCMissing)
	msgAccountOK      = i18n.M(i18n.CheckAccountAccountOK)
)

func runAccount(ctx context.Context, p *diag.Pass) error {
	a := p.Context().Account
	if a.Status == "" && a.KYC == "" {
		p.Report(diag.Skipped(msgAccountNoInput))
		return nil
	}
	var ev []diag.Evidence
	if a.Reason != "" {
		ev = append(ev, evidence(labelReason, clip(a.Reason, 200)))
	}
	problem := false
	report := func(code diag.Code, status diag.Status, msg, fix i18n.Text, next string) {
		f := newFinding(code, status, msg, fix, ev...)
		f.Next = next
		p.Report(f)
		problem = true
	}
	switch a.Status {
	case "locked":
		report(diag.CodeAccountLocked, diag.StatusFail, msgLocked, join(fixLocked, officialOnly), "")
	case "restricted":
		report(diag.CodeAccountRestricted, diag.StatusFail, msgRestricted, join(fixRestricted, officialOnly), "")
	case "frozen":
		report(diag.CodeAccountFrozen, diag.StatusFail, msgFrozen, join(fixFrozen, officialOnly), "")
	}
	switch a.KYC {
	case "rejected":
		report(diag.CodeAccountKYCRejected, diag.StatusFail, msgKYCRejected, fixKYCRejected, "kyc-document")
	case "pending":
		report(diag.CodeAccountKYCPending, diag.StatusWarn, msgKYCPending, fixKYCPending, "")
	case "none":
		report(diag.CodeAccountKYCMissing, diag.StatusWarn, msgKYCMissing, fixKYCMissing, "kyc-document")
	}
	if !problem {
		p.Report(newFinding(diag.CodeAccountOK, diag.StatusPass, msgAccountOK, i18n.Text{}))
	}
	return nil
}

// join puts two texts one after the other, language by language.
func join(a, b i18n.Text) i18n.Text {
	return a.Then(b)
}
