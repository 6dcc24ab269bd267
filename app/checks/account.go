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
	Title: i18n.T("账户状态", "Account status"),
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
var officialOnly = i18n.T(
	"只通过本窗口列出的官方渠道联系平台；官方客服不会索要密码、私钥、验证码，也不会要求转账到“安全账户”。",
	"Contact the platform only through the official channels listed here; official support never asks for your password, private keys or verification codes, nor for a transfer to a \"safe account\".")

var (
	msgAccountNoInput = i18n.T("页面未提供账户状态。", "The page did not provide the account status.")
	msgLocked         = i18n.T("账户已被锁定，通常是多次输错密码或存在安全风险。", "The account is locked, usually after repeated wrong passwords or a security risk.")
	fixLocked         = i18n.T(
		"1. 查看注册邮箱中的锁定通知，了解原因；2. 按平台提供的方式完成身份验证（注册邮箱或手机号、安全问题）；3. 无法自助解锁时联系客服，并准备好身份信息；4. 解锁后立即修改密码并开启双重验证（2FA）。",
		"1. Read the lock notice in your registered email for the reason; 2. verify your identity the way the platform offers (registered email or phone, security questions); 3. if self-service does not unlock it, contact support with your identity details ready; 4. once unlocked, change your password and turn on two-factor authentication (2FA).")
	msgRestricted = i18n.T("账户受到限制，部分操作（如付款、提现）不可用。", "The account is restricted; some operations (payments, withdrawals) are unavailable.")
	fixRestricted = i18n.T(
		"1. 查看通知邮件或消息中心，了解限制原因；2. 按通知指引提供身份信息完成验证；3. 如需要，提交解除限制申请，说明账户现状和申请理由；4. 等待审核结果，必要时定期跟进。",
		"1. Read the notice email or message center for the reason; 2. provide the identity information it asks for; 3. if required, submit a request to lift the restriction explaining the account's situation; 4. wait for the review and follow up if needed.")
	msgFrozen = i18n.T("账户已被冻结，资金操作全部暂停。", "The account is frozen; all fund operations are suspended.")
	fixFrozen = i18n.T(
		"1. 查看通知了解冻结原因；2. 如果不是你本人申请冻结，并怀疑账户被盗，立即通过官方渠道联系平台；3. 按指引完成身份验证；4. 恢复后修改密码、开启 2FA，并检查近期登录记录和交易。",
		"1. Read the notice for the reason; 2. if you did not ask for the freeze and suspect theft, contact the platform at once through an official channel; 3. complete identity verification as instructed; 4. once restored, change your password, turn on 2FA and review recent logins and transactions.")
	msgKYCRejected = i18n.T("身份认证未通过。", "Identity verification was rejected.")
	fixKYCRejected = i18n.T(
		"重新提交前：确保证件照片清晰、信息完整、四角可见；证件类型符合要求且在有效期内。可先用“证件检查”自查；多次失败请联系客服询问具体原因。",
		"Before resubmitting: make sure the photo is sharp, complete with all four corners visible, and the document is of an accepted type and not expired. Use the document check first; if it keeps failing, ask support for the exact reason.")
	msgKYCPending = i18n.T("身份认证正在审核中，部分功能可能暂不可用。", "Identity verification is under review; some features may be unavailable until it completes.")
	fixKYCPending = i18n.T("请耐心等待审核结果；如长时间未通过，可通过工单询问进度。", "Wait for the review; if it takes unusually long, ask about its progress through a ticket.")
	msgKYCMissing = i18n.T("账户尚未完成身份认证，提现等功能可能受限。", "The account has not completed identity verification; withdrawals and other features may be limited.")
	fixKYCMissing = i18n.T("在账户设置中完成身份认证；上传前可用“证件检查”确认证件清晰且在有效期内。", "Complete identity verification in the account settings; use the document check first to make sure the document is sharp and valid.")
	msgAccountOK  = i18n.T("账户状态正常。", "The account is in good standing.")
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
	return i18n.Text{ZH: a.ZH + b.ZH, EN: a.EN + " " + b.EN}
}
