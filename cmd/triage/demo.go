package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"path/filepath"
	"time"

	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// demoProfile is one of the seed guides' platforms, with a merchant context
// that shows its typical problems. The dashboard's tables and the context
// handed to triage('context', …) are both made from Context, so the page
// never shows numbers the widget does not see.
type demoProfile struct {
	Name    string          // manifest name: web/manifests/NAME.json
	Title   demoWords       // shown in the profile switcher
	Context hostctx.Context // the triage('context', …) object
}

// demoWords is one page text in each of the page's languages.
type demoWords map[i18n.Lang]string

// demoProfiles are the three seed profiles, in switcher order.
var demoProfiles = []demoProfile{
	{"wallet-merchant", demoWords{i18n.EN: "Wallet merchant (payments & API)", i18n.ZH: "钱包商户（支付与 API）", i18n.TW: "錢包商家（支付與 API）"}, hostctx.Context{
		MerchantID: "M1001", StoreDomain: "shop.example",
		Balance:     hostctx.Balance{Available: "5.00", Currency: "USDT"},
		Pending:     hostctx.Pending{Kind: "withdrawal", Amount: "10.00", Fee: "1.00", Minimum: "20.00", Currency: "USDT"},
		CallbackURL: "http://192.168.1.20/pay/notify",
		APIKey:      hostctx.APIKey{Key: "not-a-uuid-key", Permissions: []string{"read"}, Environment: "live"},
		LastError:   hostctx.Error{Code: "50113", Message: "Invalid Sign", At: "2026-11-21T10:00:00Z"},
		// No transaction hashes: these orders show the page's table
		// without adding deposit checks to this profile's findings.
		RecentOrders: []hostctx.Order{
			{ID: "O-20261121-0042", Amount: "25.00", Currency: "USDT", Chain: "tron", Status: "paid", At: "2026-11-21T09:52:00Z"},
			{ID: "O-20261120-0040", Amount: "120.00", Currency: "USDT", Chain: "tron", Status: "failed", At: "2026-11-20T18:07:00Z"},
		},
	}},
	{"e-wallet", demoWords{i18n.EN: "E-wallet (consumer wallet)", i18n.ZH: "电子钱包（个人钱包）", i18n.TW: "電子錢包（個人錢包）"}, hostctx.Context{
		MerchantID: "W-2002", Contact: hostctx.Contact{Email: "owner@shop.example"},
		Balance: hostctx.Balance{Available: "80.00", Currency: "USD"},
		Pending: hostctx.Pending{Kind: "withdrawal", Amount: "15.00", Fee: "0.50", Minimum: "20.00", Currency: "USD"},
		Account: hostctx.Account{Status: "locked", KYC: "verified", Reason: "too many wrong passwords"},
	}},
	{"exchange", demoWords{i18n.EN: "Crypto exchange", i18n.ZH: "加密货币交易所", i18n.TW: "加密貨幣交易所"}, hostctx.Context{
		MerchantID:   "X-3003",
		Balance:      hostctx.Balance{Available: "1250.00", Currency: "USDT"},
		RecentOrders: []hostctx.Order{{ID: "D-881", TxHash: "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060", Chain: "eth", Status: "pending", Amount: "0.5", Currency: "ETH", At: "2026-11-21T09:40:00Z"}},
		Account:      hostctx.Account{Status: "active", KYC: "rejected", Reason: "document blurry"},
	}},
}

// demoLangNames are the page's languages, each named in itself, in
// switcher order; the first is the default.
var demoLangNames = []struct {
	Lang i18n.Lang
	Name string
}{{i18n.EN, "English"}, {i18n.ZH, "简体中文"}, {i18n.TW, "繁體中文"}}

// demoStrings are the dashboard page's own texts in one language. The
// page is the platform's, not the widget's: its texts live here, not in
// the widget's catalogues.
type demoStrings struct {
	Title, Profile, Language, MainNav                    string
	Orders, API, Account                                 string
	Available, PendingWithdrawal, PendingPayment, FeeMin string
	LastError, NoError, MerchantID, Contact              string
	OrderID, Amount, Chain, Status, Tx, NoOrders         string
	APIKey, Permissions, Callback, Environment, NotSet   string
	AccountStatus, KYC, Reason, Colon                    string
	Help, Security, Events                               string
	Values                                               map[string]string // context codes shown as words
}

var demoText = map[i18n.Lang]demoStrings{
	i18n.EN: {
		Title: "Merchant dashboard · DEMO", Profile: "Profile:", Language: "Language:", MainNav: "Main",
		Orders: "Recent orders", API: "API settings", Account: "Account",
		Available: "Available", PendingWithdrawal: "Pending withdrawal", PendingPayment: "Pending payment", FeeMin: "fee %s · minimum %s",
		LastError: "Last API error", NoError: "None", MerchantID: "Merchant ID", Contact: "Contact email",
		OrderID: "Order", Amount: "Amount", Chain: "Chain", Status: "Status", Tx: "Transaction", NoOrders: "No recent orders.",
		APIKey: "API Key", Permissions: "Permissions", Callback: "Callback URL", Environment: "Environment", NotSet: "Not set",
		AccountStatus: "Account status", KYC: "Identity verification", Reason: "Reason", Colon: ": ",
		Help: "Need help?", Security: "Report a security problem", Events: "Widget events",
		Values: map[string]string{"paid": "paid", "failed": "failed", "pending": "pending", "credited": "credited",
			"active": "active", "locked": "locked", "restricted": "restricted", "frozen": "frozen",
			"none": "not started", "rejected": "rejected", "verified": "verified",
			"read": "read", "trade": "trade", "withdraw": "withdraw", "live": "live", "demo": "test"},
	},
	i18n.ZH: {
		Title: "商户后台 · 演示", Profile: "演示场景：", Language: "语言：", MainNav: "主菜单",
		Orders: "最近订单", API: "API 设置", Account: "账户",
		Available: "可用余额", PendingWithdrawal: "待处理的提现", PendingPayment: "待处理的付款", FeeMin: "手续费 %s · 最低 %s",
		LastError: "最近一次 API 错误", NoError: "无", MerchantID: "商户号", Contact: "联系邮箱",
		OrderID: "订单号", Amount: "金额", Chain: "链", Status: "状态", Tx: "交易哈希", NoOrders: "暂无订单。",
		APIKey: "API Key", Permissions: "权限", Callback: "回调地址", Environment: "环境", NotSet: "未设置",
		AccountStatus: "账户状态", KYC: "实名认证", Reason: "原因", Colon: "：",
		Help: "需要帮助？", Security: "报告安全问题", Events: "帮助组件事件",
		Values: map[string]string{"paid": "已支付", "failed": "失败", "pending": "处理中", "credited": "已入账",
			"active": "正常", "locked": "已锁定", "restricted": "受限", "frozen": "已冻结",
			"none": "未认证", "rejected": "未通过", "verified": "已通过",
			"read": "只读", "trade": "交易", "withdraw": "提现", "live": "正式", "demo": "测试"},
	},
	i18n.TW: {
		Title: "商家後台 · 示範", Profile: "示範情境：", Language: "語言：", MainNav: "主選單",
		Orders: "最近訂單", API: "API 設定", Account: "帳戶",
		Available: "可用餘額", PendingWithdrawal: "待處理的提領", PendingPayment: "待處理的付款", FeeMin: "手續費 %s · 最低 %s",
		LastError: "最近一次 API 錯誤", NoError: "無", MerchantID: "商家編號", Contact: "聯絡信箱",
		OrderID: "訂單編號", Amount: "金額", Chain: "鏈", Status: "狀態", Tx: "交易雜湊", NoOrders: "目前沒有訂單。",
		APIKey: "API Key", Permissions: "權限", Callback: "回呼網址", Environment: "環境", NotSet: "未設定",
		AccountStatus: "帳戶狀態", KYC: "身分驗證", Reason: "原因", Colon: "：",
		Help: "需要協助？", Security: "回報安全問題", Events: "說明元件事件",
		Values: map[string]string{"paid": "已付款", "failed": "失敗", "pending": "處理中", "credited": "已入帳",
			"active": "正常", "locked": "已鎖定", "restricted": "受限", "frozen": "已凍結",
			"none": "未驗證", "rejected": "未通過", "verified": "已通過",
			"read": "唯讀", "trade": "交易", "withdraw": "提領", "live": "正式", "demo": "測試"},
	},
}

// demoLink is one entry of a switcher.
type demoLink struct {
	Text, Href, Lang string
	Current          bool
}

// demoButton is one of the dashboard's own help buttons: it opens the
// panel on a category of the profile's manifest.
type demoButton struct{ Category, Text string }

// demoRow is one order of the orders table, ready to print.
type demoRow struct{ ID, Amount, Chain, Status, Tx string }

// demoPage is what the demo dashboard's template is filled with: one
// profile in one language.
type demoPage struct {
	Lang      i18n.Lang
	S         demoStrings
	WidgetURL string // the widget's origin, as browsers see it
	Platform  string // data-platform: the profile's pinned platform id
	Profiles  []demoLink
	Langs     []demoLink
	Context   template.JS // the profile's context as JSON
	Ctx       hostctx.Context
	Balance   string // "5.00 USDT", or "" when the context has none
	Pending   string
	PendingOf string // the pending card's title
	FeeMin    string
	LastError string // "code · message · time"
	Orders    []demoRow
	Perms     string
	Env       string
	Status    string
	KYC       string
	HasAPI    bool        // the context has API settings to show
	Warn      bool        // the account is not in good standing
	Security  *demoButton // the emergency button, when the manifest has the category
	Buttons   []demoButton
}

// word shows a context code in the page's language, or as it is.
func (s demoStrings) word(code string) string {
	if w, ok := s.Values[code]; ok {
		return w
	}
	return code
}

// money is an amount and its currency, or "" without an amount.
func money(amount, currency string) string {
	if amount == "" {
		return ""
	}
	return amount + " " + currency
}

// shortHash keeps a hash's ends, as dashboards print them.
func shortHash(h string) string {
	if len(h) <= 12 {
		return h
	}
	return h[:6] + "…" + h[len(h)-4:]
}

// demoURL is the dashboard's address for a profile and a language.
func demoURL(profile string, lang i18n.Lang) string {
	return "/?" + url.Values{"profile": {profile}, "lang": {string(lang)}}.Encode()
}

// newDemoPage fills the template for profile p in lang, with the
// categories of its manifest.
func newDemoPage(p demoProfile, lang i18n.Lang, categories []manifest.Category, widgetURL, platform string) (demoPage, error) {
	s := demoText[lang]
	ctx, err := json.Marshal(p.Context)
	if err != nil {
		return demoPage{}, err
	}
	c := p.Context
	page := demoPage{Lang: lang, S: s, WidgetURL: widgetURL, Platform: platform, Context: template.JS(ctx), Ctx: c,
		Balance: money(c.Balance.Available, c.Balance.Currency), Pending: money(c.Pending.Amount, c.Pending.Currency),
		Status: s.word(c.Account.Status), KYC: s.word(c.Account.KYC), Env: s.word(c.APIKey.Environment)}
	page.HasAPI = c.APIKey.Key != "" || c.CallbackURL != "" || c.LastError.Code != ""
	page.Warn = c.Account.Status != "" && c.Account.Status != "active" || c.Account.KYC == "rejected"
	page.PendingOf = s.PendingWithdrawal
	if c.Pending.Kind == "payment" {
		page.PendingOf = s.PendingPayment
	}
	if c.Pending.Fee != "" || c.Pending.Minimum != "" {
		page.FeeMin = fmt.Sprintf(s.FeeMin, money(c.Pending.Fee, c.Pending.Currency), money(c.Pending.Minimum, c.Pending.Currency))
	}
	if e := c.LastError; e.Code != "" {
		page.LastError = e.Message
		if at, err := time.Parse(time.RFC3339, e.At); err == nil {
			page.LastError += " · " + at.UTC().Format("2006-01-02 15:04 UTC")
		}
	}
	for _, o := range c.RecentOrders {
		tx := shortHash(o.TxHash)
		if tx == "" {
			tx = "—"
		}
		page.Orders = append(page.Orders, demoRow{o.ID, money(o.Amount, o.Currency), o.Chain, s.word(o.Status), tx})
	}
	for i, perm := range c.APIKey.Permissions {
		if i > 0 {
			page.Perms += ", "
		}
		page.Perms += s.word(perm)
	}
	for _, q := range demoProfiles {
		page.Profiles = append(page.Profiles, demoLink{Text: q.Title[lang], Href: demoURL(q.Name, lang), Current: q.Name == p.Name})
	}
	for _, l := range demoLangNames {
		page.Langs = append(page.Langs, demoLink{Text: l.Name, Href: demoURL(p.Name, l.Lang), Lang: string(l.Lang), Current: l.Lang == lang})
	}
	for _, cat := range categories {
		if cat.Urgency == manifest.UrgencyEmergency {
			page.Security = &demoButton{cat.ID, s.Security}
			continue
		}
		page.Buttons = append(page.Buttons, demoButton{cat.ID, cat.Title.In(lang)})
	}
	return page, nil
}

// newDemoHandler serves the demo merchant dashboard: a page of another
// origin that embeds the widget exactly as the README tells platforms to.
// ?profile=NAME switches between the three seed profiles, ?lang= between
// the page's languages (English by default).
func newDemoHandler(site siteOptions, widgetURL string) (http.Handler, error) {
	dir := filepath.Join(site.webDir, "demo")
	tmpl, err := template.ParseFiles(filepath.Join(dir, "index.html"))
	if err != nil {
		return nil, fmt.Errorf("demo dashboard: %w", err)
	}
	if site.demo == nil || len(site.demo.pins) != len(demoProfiles) {
		return nil, fmt.Errorf("demo dashboard: needs --demo")
	}
	pages := map[string][]byte{} // by demoURL
	for i, p := range demoProfiles {
		// The buttons offer the categories the manifest the widget verifies
		// really has, so they cannot drift from it.
		m, err := manifest.Parse(site.demo.files[p.Name+".json"], time.Now())
		if err != nil {
			return nil, fmt.Errorf("demo dashboard: manifest %s: %w", p.Name, err)
		}
		for _, l := range demoLangNames {
			page, err := newDemoPage(p, l.Lang, m.Categories, widgetURL, site.demo.pins[i].Platform)
			if err != nil {
				return nil, fmt.Errorf("demo dashboard: %w", err)
			}
			var buf bytes.Buffer
			if err := tmpl.Execute(&buf, page); err != nil {
				return nil, fmt.Errorf("demo dashboard: %w", err)
			}
			pages[demoURL(p.Name, l.Lang)] = buf.Bytes()
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		profile, lang := q.Get("profile"), i18n.Lang(q.Get("lang"))
		if _, ok := demoText[lang]; !ok {
			lang = demoLangNames[0].Lang
		}
		html, ok := pages[demoURL(profile, lang)]
		if !ok {
			html = pages[demoURL(demoProfiles[0].Name, lang)]
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(html)
	})
	mux.HandleFunc("GET /demo.css", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(dir, "demo.css"))
	})
	return mux, nil
}
