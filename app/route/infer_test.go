package route

import (
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// TestInfer: the category from lastError and the findings, per seed.
func TestInfer(t *testing.T) {
	cases := []struct {
		manifest  string
		lastError string
		findings  []diag.Finding
		want      string
		source    Source
		evidence  string
	}{
		// The manifest's error catalogue decides for lastError.
		{walletMerchant, "50113", nil, "integration", SourceErrorCode, "50113"},
		{walletMerchant, "50100", nil, "account", SourceErrorCode, "50100"},
		{walletMerchant, "50102", []diag.Finding{fail("balance.insufficient")}, "integration", SourceErrorCode, "50102"},
		{walletMerchant, "99999", nil, "", SourceNone, ""},
		{exchange, "50113", nil, "", SourceNone, ""},
		// Findings: the manifest's lists, hints to break ties.
		{walletMerchant, "", []diag.Finding{fail("signature.cause.hex_instead_of_base64")}, "integration", SourceFinding, "signature.cause.hex_instead_of_base64"},
		{walletMerchant, "", []diag.Finding{fail("apikey.malformed")}, "integration", SourceFinding, "apikey.malformed"},
		{walletMerchant, "", []diag.Finding{fail("apikey.permission_missing")}, "account", SourceFinding, "apikey.permission_missing"},
		{walletMerchant, "", []diag.Finding{fail("callback.unreachable")}, "payment", SourceFinding, "callback.unreachable"},
		{walletMerchant, "", []diag.Finding{warn("webhook.signature.body_reserialized")}, "payment", SourceFinding, "webhook.signature.body_reserialized"},
		{walletMerchant, "", []diag.Finding{fail("balance.insufficient")}, "account", SourceFinding, "balance.insufficient"},
		{walletMerchant, "", []diag.Finding{warn("tx.deposit_pending")}, "payment", SourceFinding, "tx.deposit_pending"},
		{walletMerchant, "", []diag.Finding{fail("account.locked")}, "account", SourceFinding, "account.locked"},
		{walletMerchant, "", []diag.Finding{fail("account.kyc_rejected")}, "onboarding", SourceFinding, "account.kyc_rejected"},
		{walletMerchant, "", []diag.Finding{fail("account.frozen")}, "account", SourceFinding, "account.frozen"},
		// The environment only counts when nothing else points anywhere.
		{walletMerchant, "", []diag.Finding{fail("network.offline")}, "integration", SourceFinding, "network.offline"},
		{walletMerchant, "", []diag.Finding{fail("network.offline"), warn("tx.deposit_pending")}, "payment", SourceFinding, "tx.deposit_pending"},
		// The most severe finding weighs most: a critical frozen account
		// over a low-severity unknown chain.
		{walletMerchant, "", []diag.Finding{warn("tx.chain_unknown"), fail("account.frozen")}, "account", SourceFinding, "account.frozen"},
		{eWallet, "", []diag.Finding{fail("account.locked")}, "locked", SourceFinding, "account.locked"},
		{eWallet, "", []diag.Finding{fail("account.restricted")}, "restricted", SourceFinding, "account.restricted"},
		{eWallet, "", []diag.Finding{fail("balance.insufficient")}, "payment-failed", SourceFinding, "balance.insufficient"},
		{eWallet, "", []diag.Finding{fail("network.unreachable")}, "payment-failed", SourceFinding, "network.unreachable"},
		{exchange, "", []diag.Finding{warn("tx.deposit_pending")}, "deposit-delay", SourceFinding, "tx.deposit_pending"},
		{exchange, "", []diag.Finding{fail("account.kyc_rejected")}, "kyc", SourceFinding, "account.kyc_rejected"},
		{exchange, "", []diag.Finding{fail("kyc.document_blurry")}, "kyc", SourceFinding, "kyc.document_blurry"},
		{exchange, "", []diag.Finding{fail("balance.insufficient")}, "trade-failed", SourceFinding, "balance.insufficient"},
		{exchange, "", []diag.Finding{fail("clock.skew")}, "trade-failed", SourceFinding, "clock.skew"},
		{exchange, "", []diag.Finding{fail("signature.mismatch")}, "", SourceNone, ""},
		// Passing, skipped and could-not-run findings point nowhere.
		{walletMerchant, "", []diag.Finding{
			{Code: "signature.ok", Status: diag.StatusPass},
			{Code: "tx.ok", Status: diag.StatusSkip},
			{Code: "callback.timeout", Status: diag.StatusError},
		}, "", SourceNone, ""},
	}
	for _, tc := range cases {
		r := Plan(Input{Manifest: demo(t, tc.manifest), LastError: tc.lastError, Findings: tc.findings, Now: validAt, Online: true})
		if r.Category != tc.want || r.Source != tc.source || r.Evidence != tc.evidence {
			t.Errorf("%s %q %v: got %q via %s:%s, want %q via %s:%s", tc.manifest, tc.lastError, codes(tc.findings),
				r.Category, r.Source, r.Evidence, tc.want, tc.source, tc.evidence)
		}
		checkTexts(t, r)
	}
}

// TestInferWhy: the reason for the category names its evidence.
func TestInferWhy(t *testing.T) {
	m := demo(t, walletMerchant)
	r := Plan(Input{Manifest: m, LastError: "50113", Now: validAt, Online: true})
	if r.Why.In(i18n.EN) != "Inferred from the platform error code 50113: The signature is invalid." || r.Why.In(i18n.ZH) != "根据平台返回的错误码 50113 推断：签名无效。" {
		t.Errorf("%+v", r.Why)
	}
	r = Plan(Input{Manifest: m, Now: validAt, Online: true, Findings: []diag.Finding{fail("callback.url.private")}})
	if !strings.Contains(r.Why.In(i18n.EN), "callback.url.private: The callback URL is not a public address.") || !strings.Contains(r.Why.In(i18n.ZH), "回调地址不是公网地址") {
		t.Errorf("%+v", r.Why)
	}
	// A pick wins over everything; an unknown pick is ignored, and said so.
	r = Plan(Input{Manifest: m, Category: "fees", LastError: "50113", Now: validAt, Online: true})
	if r.Category != "fees" || r.Why != msgWhyPicked {
		t.Errorf("pick: %s %+v", r.Category, r.Why)
	}
	r = Plan(Input{Manifest: m, Category: "deposit-delay", LastError: "50113", Now: validAt, Online: true})
	if r.Category != "integration" || !strings.HasPrefix(r.Why.In(i18n.EN), `The chosen category "deposit-delay" is not offered`) || !strings.Contains(r.Why.In(i18n.ZH), "50113") {
		t.Errorf("unknown pick: %s %+v", r.Category, r.Why)
	}
	r = Plan(Input{Manifest: m, Now: validAt, Online: true})
	if r.Why != msgWhyNone || r.Inferred() {
		t.Errorf("none: %+v", r.Inference)
	}
}

// TestInferNeverEmergency: no finding the engine can report leads to a
// security emergency by inference in any seed profile; only a pick or the
// platform's own error catalogue can.
func TestInferNeverEmergency(t *testing.T) {
	for _, n := range demoNames {
		m := demo(t, n)
		for _, info := range diag.Codes() {
			r := Plan(Input{Manifest: m, Now: validAt, Online: true, Findings: []diag.Finding{fail(string(info.Code))}})
			if r.Emergency || r.Urgency == manifest.UrgencyEmergency {
				t.Errorf("%s: %s inferred the emergency %s", n, info.Code, r.Category)
			}
		}
	}
	// The platform may classify an error code as a security matter itself.
	m := *demo(t, walletMerchant)
	m.ErrorCodes = []manifest.ErrorCode{{Code: "70001", Message: "Suspicious login", Category: "security",
		Meaning: i18n.T("检测到异常登录。", "A suspicious login was detected."), Fix: i18n.T("冻结账户。", "Freeze the account.")}}
	if r := Plan(Input{Manifest: &m, LastError: "70001", Now: validAt, Online: true}); !r.Emergency || r.Recommendations[0].Kind != KindFreeze {
		t.Errorf("platform-classified emergency: %s", r.Summary())
	}
}
