package report

import (
	"encoding/json"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

var testNow = time.Date(2026, 11, 22, 8, 30, 0, 0, time.FixedZone("UTC+8", 8*3600))

func demoManifest(t *testing.T) *manifest.Manifest {
	t.Helper()
	data, err := os.ReadFile("../../web/manifests/wallet-merchant.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := manifest.Parse(data, testNow)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// sample is a report as the panel would fill it after the payment checks,
// with a seed phrase pasted into the steps by mistake and the API secret
// typed into the signature form.
func sample(t *testing.T) (Report, string) {
	t.Helper()
	r, err := New(testNow, i18n.ZH)
	if err != nil {
		t.Fatal(err)
	}
	r.Environment = Environment{Browser: "Chromium 156", TimeZone: "Asia/Shanghai", Language: "zh-CN", Online: true, Widget: "0.1.0", ManifestKey: "d578 0ab3"}
	r.ForManifest(demoManifest(t), "payment") // after Environment: it sets the manifest revision
	r.CreatedAt = r.CreatedAt.In(time.FixedZone("Local", 8*3600))
	r.MerchantID = "M1001"
	r.Contact = "shop@example.com"
	r.Store = "shop.example"
	r.OccurredAt = "2026-11-21T10:00:00Z"
	r.Steps = "客户 10:05 支付成功 & 后台无回调。我的助记词 abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
	r.Error = "50113 Invalid signature"
	r.TxHash = "0x" + hex64
	r.OrderID = "2026112100012345"
	r.Tried = []Attempt{
		{Check: "network", Code: "network.ok", Status: "pass"},
		{Check: "signature", Code: "signature.cause.hex_instead_of_base64", Status: "fail", Message: i18n.T("签名是十六进制", "the signature is hex")},
		{Note: "重启服务器后问题依旧，secret 是 S3cr3t-Api-Key"},
	}
	return r, "S3cr3t-Api-Key"
}

func TestNewCaseID(t *testing.T) {
	r, err := New(testNow, i18n.EN)
	if err != nil {
		t.Fatal(err)
	}
	id, err := uuid.Parse(r.CaseID)
	if err != nil || id.Version() != 7 {
		t.Fatalf("case id %q is not a UUID v7 (%v)", r.CaseID, err)
	}
	if r.CreatedAt.Location() != time.UTC || !r.CreatedAt.Equal(testNow) {
		t.Errorf("CreatedAt = %v", r.CreatedAt)
	}
	r2, _ := New(testNow, i18n.EN)
	if r2.CaseID == r.CaseID {
		t.Error("two reports share a case id")
	}
}

func TestTextBothLanguages(t *testing.T) {
	r, secret := sample(t)
	r = r.Redacted(secret)
	for _, tc := range []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.ZH, []string{"演示钱包 · 商家服务（DEMO）客服案件报告\n", "平台：演示钱包 · 商家服务（DEMO）\n", "创建时间：2026-11-22T08:30:00+08:00\n",
			"请通过客服渠道自行发送以下文件（本面板不上传任何内容）：\n- 错误提示截图\n- 支付截图\n已尝试", "案件编号：" + r.CaseID, "问题类别：支付交易异常", "商家账户 ID：M1001",
			"交易哈希（TX ID）：0x" + hex64, "订单号：2026112100012345", "- network：通过 (network.ok)", "- signature：失败", "签名是十六进制",
			"[REDACTED:mnemonic]", "时区：Asia/Shanghai", "渠道清单版本：demo-2026.11.1", "官方客服不会索要"}},
		{i18n.EN, []string{"Support case for Demo Wallet · Merchant services (DEMO)\n", "Created: 2026-11-22T08:30:00+08:00\n",
			"Send these files through the support channel itself (nothing is uploaded from here): \n- A screenshot of the error\n- Payment screenshot\n", "Case ID: " + r.CaseID, "Category: Payment anomaly", "Merchant ID: M1001",
			"Store name or website domain: shop.example", "- network: pass (network.ok)", "the signature is hex", "Network: online", "Official support never asks"}},
	} {
		text := r.Text(tc.lang)
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s text lacks %q:\n%s", tc.lang, w, text)
			}
		}
		for _, leak := range []string{"abandon", secret} {
			if strings.Contains(text, leak) {
				t.Errorf("%s text leaks %q", tc.lang, leak)
			}
		}
	}
}

// Without a verified manifest the title names no platform (and no
// product), and no files are asked for.
func TestTextWithoutManifest(t *testing.T) {
	r, err := New(testNow, i18n.ZH)
	if err != nil {
		t.Fatal(err)
	}
	r.Platform = "wallet-merchant"
	text := r.Text(i18n.ZH)
	if !strings.HasPrefix(text, "客服案件报告\n") || !strings.Contains(text, "平台：wallet-merchant\n") || strings.Contains(text, "Triage") || strings.Contains(text, "文件") {
		t.Errorf("report without a manifest:\n%s", text)
	}
}

// TestRenderingsRedactWithoutHelp: even if the caller forgets Redacted, no
// rendering carries a recognisable secret.
func TestRenderingsRedactWithoutHelp(t *testing.T) {
	r, _ := sample(t)
	js, err := r.JSON()
	if err != nil {
		t.Fatal(err)
	}
	ticket, err := r.TicketURL("https://merchant.example.com/t?case={caseId}&e={error}")
	if err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{
		"text zh": r.Text(i18n.ZH), "text en": r.Text(i18n.EN), "json": string(js),
		"mailto": r.Mailto("mailto:merchant-support@example.com", i18n.EN), "subject": r.Subject(i18n.ZH), "ticket": ticket,
	} {
		if strings.Contains(out, "abandon") {
			t.Errorf("%s leaks the mnemonic", name)
		}
	}
}

func TestJSON(t *testing.T) {
	r, secret := sample(t)
	js, err := r.Redacted(secret).JSON()
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	if back.CaseID != r.CaseID || back.OrderID != r.OrderID || back.TxHash != r.TxHash || len(back.Tried) != 3 || back.CategoryTitle.In(i18n.EN) != "Payment anomaly" {
		t.Errorf("round trip lost fields: %+v", back)
	}
	if strings.Contains(string(js), secret) || !strings.Contains(back.Tried[2].Note, "[REDACTED:") {
		t.Errorf("secret in JSON: %s", back.Tried[2].Note)
	}
	if !strings.Contains(string(js), `"caseId"`) || !strings.Contains(string(js), `"zh-CN": "支付交易异常"`) {
		t.Errorf("unexpected JSON shape:\n%s", js)
	}
}

func TestMailto(t *testing.T) {
	r, secret := sample(t)
	raw := r.Redacted(secret).Mailto("mailto:merchant-support@example.com", i18n.ZH)
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "mailto" || u.Opaque != "merchant-support@example.com" {
		t.Fatalf("bad mailto %q: %v", raw, err)
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil || len(q) != 2 {
		t.Fatalf("query %q: %v, %v", u.RawQuery, q, err)
	}
	if q.Get("subject") != "[案件 "+r.CaseID+"] 支付交易异常（商家 M1001）" {
		t.Errorf("subject %q", q.Get("subject"))
	}
	body := q.Get("body")
	if !strings.Contains(body, "\r\n") || !strings.Contains(body, "支付成功 & 后台无回调") || strings.Contains(body, secret) {
		t.Errorf("body %q", body)
	}
	if strings.Contains(raw, "+") || strings.Contains(raw, " ") {
		t.Error("mailto must use %20, not + or raw spaces")
	}
}

func TestTicketURL(t *testing.T) {
	r, _ := sample(t)
	ch, _ := demoManifest(t).Channel("ticket")
	u, err := r.TicketURL(ch.Value)
	if err != nil {
		t.Fatal(err)
	}
	want := "https://merchant.example.com/tickets/new?case=" + r.CaseID + "&category=payment&lang=zh-CN"
	if u != want {
		t.Errorf("TicketURL = %q, want %q", u, want)
	}
	if err := demoManifest(t).CheckLink(u); err != nil {
		t.Errorf("filled ticket URL is off the official domains: %v", err)
	}
}

func TestMissingAndPrepFields(t *testing.T) {
	r, _ := sample(t)
	m := demoManifest(t)
	c, _ := m.Category("payment")
	for _, p := range r.Missing(c) {
		if p.Field != "steps" && p.Field != "" {
			// Only fields the sample left empty may be missing.
			if v, _ := r.Field(p.Field); v != "" {
				t.Errorf("%s reported missing but set", p.Field)
			}
		}
	}
	empty := Report{}
	if len(empty.Missing(c)) == 0 {
		t.Error("an empty report should miss the payment items")
	}
	// Every field a manifest may name is either held by the report or
	// something only the merchant can bring.
	bring := map[string]bool{"screenshot": true, "identity": true, "notice": true, "transfer": true}
	for _, f := range manifest.PrepFields {
		if _, known := r.Field(f); !known && !bring[f] {
			t.Errorf("prep field %q is neither in the report nor a bring-it-yourself item", f)
		}
	}
}

// Every field of the table is a field of the report, named once, labelled
// in both languages, and bounded when the merchant types it.
func TestFields(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range Fields {
		if _, known := (&Report{}).Field(f.Name); !known || seen[f.Name] {
			t.Errorf("field %q: known %v, listed twice %v", f.Name, known, seen[f.Name])
		}
		seen[f.Name] = true
		if !f.Label.Complete() {
			t.Errorf("field %q lacks a label: %+v", f.Name, f.Label)
		}
		if f.Typed != (f.Max > 0) || f.Multiline && f.Max != MaxText {
			t.Errorf("field %q: typed %v, multiline %v, max %d", f.Name, f.Typed, f.Multiline, f.Max)
		}
		if g, ok := FieldNamed(f.Name); !ok || g.Name != f.Name {
			t.Errorf("FieldNamed(%q) = %+v, %v", f.Name, g, ok)
		}
	}
	if _, ok := FieldNamed("screenshot"); ok {
		t.Error("FieldNamed found a field the report does not hold")
	}
}

// Each field shows in the text form with its value, under its label.
func TestTextListsEveryField(t *testing.T) {
	var r Report
	for _, f := range Fields {
		v := "value-of-" + f.Name
		switch f.Name {
		case "merchantId":
			r.MerchantID = v
		case "contact":
			r.Contact = v
		case "store":
			r.Store = v
		case "occurredAt":
			r.OccurredAt = v
		case "error":
			r.Error = v
		case "txHash":
			r.TxHash = v
		case "orderId":
			r.OrderID = v
		case "balance":
			r.Balance = v
		case "lastLogin":
			r.LastLogin = LastLogin{At: v}
		case "steps":
			r.Steps = v
		case "notes":
			r.Notes = v
		default:
			t.Fatalf("field %q is not set by this test", f.Name)
		}
	}
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		text := r.Text(lang)
		for _, f := range Fields {
			if want := f.Label.In(lang) + colon(lang) + "value-of-" + f.Name + "\n"; !strings.Contains(text, want) {
				t.Errorf("%s text lacks %q:\n%s", lang, want, text)
			}
		}
	}
}
