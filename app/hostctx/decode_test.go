package hostctx

import (
	"reflect"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/strictjson"
)

func TestDecodeFull(t *testing.T) {
	in := `{"merchantId":"M1001","storeDomain":"shop.example",
	 "contact":{"email":"ops@shop.example","phone":"+1 555 0100"},
	 "balance":{"available":"12.50","currency":"USDT"},
	 "pending":{"kind":"Withdrawal","amount":10,"fee":"1.5","minimum":"20","currency":"USDT"},
	 "apiKey":{"key":"k","permissions":["read","TRADE"],"ipWhitelist":["10.0.0.0/8"],"serverIp":"203.0.113.7",
	           "environment":"live","region":"eu","lastUsedAt":"2026-11-01T00:00:00Z","secret":"never-kept"},
	 "callbackUrl":"https://shop.example/pay/notify",
	 "lastError":{"code":50113,"message":"Invalid Sign","at":"2026-11-21T10:00:00Z"},
	 "recentOrders":[{"id":"O-1","txHash":"0xab","chain":"eth","status":"paid","amount":"1","currency":"ETH","at":"x"}],
	 "account":{"status":"locked","kyc":"verified","reason":"too many password attempts"},
	 "somethingNew":{"deep":[1,2,3]}}`
	c, probs := Decode([]byte(in))
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	want := Context{
		MerchantID: "M1001", StoreDomain: "shop.example",
		Contact:      Contact{Email: "ops@shop.example", Phone: "+1 555 0100"},
		Balance:      Balance{Available: "12.50", Currency: "USDT"},
		Pending:      Pending{Kind: "withdrawal", Amount: "10", Fee: "1.5", Minimum: "20", Currency: "USDT"},
		APIKey:       APIKey{Key: "k", Permissions: []string{"read", "trade"}, IPWhitelist: []string{"10.0.0.0/8"}, ServerIP: "203.0.113.7", Environment: "live", Region: "eu", LastUsedAt: "2026-11-01T00:00:00Z"},
		CallbackURL:  "https://shop.example/pay/notify",
		LastError:    Error{Code: "50113", Message: "Invalid Sign", At: "2026-11-21T10:00:00Z"},
		RecentOrders: []Order{{ID: "O-1", TxHash: "0xab", Chain: "eth", Status: "paid", Amount: "1", Currency: "ETH", At: "x"}},
		Account:      Account{Status: "locked", KYC: "verified", Reason: "too many password attempts"},
	}
	if !reflect.DeepEqual(c, want) {
		t.Fatalf("got  %+v\nwant %+v", c, want)
	}
}

func TestDecodeProblems(t *testing.T) {
	for _, tc := range []struct {
		name, in  string
		wantPaths []string
		check     func(Context) bool
	}{
		{"not json", `{`, []string{""}, nil},
		{"not object", `[1]`, []string{""}, nil},
		{"wrong type keeps the rest", `{"balance":{"available":true,"currency":"USDT"},"merchantId":"M"}`,
			[]string{"balance.available"}, func(c Context) bool { return c.Balance.Currency == "USDT" && c.MerchantID == "M" }},
		{"object expected", `{"apiKey":"abc"}`, []string{"apiKey"}, nil},
		{"bad enum", `{"account":{"status":"sleeping"}}`, []string{"account.status"}, func(c Context) bool { return c.Account.Status == "" }},
		{"bad permission", `{"apiKey":{"permissions":["read","admin",7]}}`, []string{"apiKey.permissions[1]", "apiKey.permissions[2]"},
			func(c Context) bool { return reflect.DeepEqual(c.APIKey.Permissions, []string{"read"}) }},
		{"bad order", `{"recentOrders":[1,{"id":"a"}]}`, []string{"recentOrders[0]"}, func(c Context) bool { return len(c.RecentOrders) == 1 }},
		{"too long", `{"merchantId":"` + strings.Repeat("x", MaxString+1) + `"}`, []string{"merchantId"}, nil},
		{"too large", `{"merchantId":"` + strings.Repeat("x", MaxBytes) + `"}`, []string{""}, nil},
		{"null is absent", `{"balance":null,"merchantId":null}`, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, probs := Decode([]byte(tc.in))
			var paths []string
			for _, p := range probs {
				paths = append(paths, p.Path)
				if !p.Message.Complete() {
					t.Errorf("problem %q lacks a language: %+v", p.Path, p.Message)
				}
			}
			if !reflect.DeepEqual(paths, tc.wantPaths) {
				t.Fatalf("paths = %q, want %q", paths, tc.wantPaths)
			}
			if tc.check != nil && !tc.check(c) {
				t.Fatalf("context = %+v", c)
			}
		})
	}
}

func TestDecodeTruncatesOrders(t *testing.T) {
	in := `{"recentOrders":[` + strings.TrimSuffix(strings.Repeat(`{"id":"x"},`, MaxOrders+5), ",") + `]}`
	c, probs := Decode([]byte(in))
	if len(c.RecentOrders) != MaxOrders || len(probs) != 1 {
		t.Fatalf("orders=%d problems=%v", len(c.RecentOrders), probs)
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{}`, `{"balance":{"available":"1"}}`, `{"recentOrders":[{"id":1}]}`, `[]`, `{"apiKey":{"permissions":["x"]}}`, `{"__proto__":{"a":1}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, probs := Decode(data)
		for _, p := range probs {
			if !p.Message.Complete() {
				t.Fatalf("incomplete message %+v", p)
			}
		}
		if len(c.RecentOrders) > MaxOrders || len(c.APIKey.IPWhitelist) > MaxListItems {
			t.Fatalf("bounds not applied")
		}
	})
}

// Data after the context's object was ignored without a word; it is now
// named, and the context read before it kept.
func TestDecodeNamesTrailingData(t *testing.T) {
	c, probs := Decode([]byte(`{"merchantId":"M"} {"merchantId":"N"}`))
	if c.MerchantID != "M" || len(probs) != 1 || probs[0].Path != "" || !probs[0].Message.Complete() {
		t.Fatalf("context %+v, problems %v", c, probs)
	}
}

func TestContextDecodable(t *testing.T) {
	if err := strictjson.Decodable(reflect.TypeFor[Context]()); err != nil {
		t.Fatal(err)
	}
}

// The max tags on the lists are the documented bounds.
func TestDecodeTruncatesLists(t *testing.T) {
	items := `[` + strings.TrimSuffix(strings.Repeat(`"read",`, MaxListItems+1), ",") + `]`
	c, probs := Decode([]byte(`{"apiKey":{"permissions":` + items + `,"ipWhitelist":` + items + `}}`))
	if len(c.APIKey.Permissions) != MaxListItems || len(c.APIKey.IPWhitelist) != MaxListItems || len(probs) != 2 {
		t.Fatalf("permissions=%d ipWhitelist=%d problems=%v", len(c.APIKey.Permissions), len(c.APIKey.IPWhitelist), probs)
	}
}
