package session

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/bridge"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/manifest"
)

// describing is a session whose verified manifest is the demo
// wallet-merchant one, changed by change; Start loads it.
func describing(t *testing.T, change func(map[string]any)) (*Session, *testLoop, *bridge.Fake) {
	t.Helper()
	sg := newSigner(t)
	doc, sig := sg.edition(t, testPublished, change)
	now := testPublished.Add(time.Hour)
	s, loop, fake := newSession(t, Deps{Fetcher: serving(doc, sig), Store: memStore{}, Pins: []manifest.Pin{sg.pin},
		Now: func() time.Time { return now }})
	s.Start(Config{}, testOrigin)
	loop.until(t, func() bool { return s.State().Platform.Settled })
	if s.State().Platform.Manifest == nil {
		t.Fatal("the test manifest was refused")
	}
	return s, loop, fake
}

func planCategory(st State) string {
	if st.Plan == nil {
		return "(no plan)"
	}
	return st.Plan.Category
}

// TestDescribe: what merchants type, in the three languages and mixed,
// suggests a category and routes by it; gibberish suggests nothing.
func TestDescribe(t *testing.T) {
	s, _, _ := describing(t, nil)
	for _, tc := range []struct {
		text, want string
		emergency  bool
	}{
		{"用户付完款了，我们这边一直没到账", "payment", false},
		{"客戶付款成功，可是我們一直沒入帳", "payment", false},
		{"A customer paid but we never received the money", "payment", false},
		{"接 API 的时候一直 invalid signature", "integration", false},
		{"my merchant 账户被冻结了, can't withdraw", "account", false},
		{"我的帳戶被盜了，有陌生裝置登入", "security", true},
		{"Someone hacked my account!!", "security", true},
		{"qwerty uiop", "", false},
		{"", "", false},
	} {
		s.Describe(tc.text)
		st := s.State()
		if st.Intent.Suggested != tc.want || st.Intent.Emergency != tc.emergency {
			t.Errorf("%q: suggested %q emergency %v, want %q %v (ranked %v)", tc.text, st.Intent.Suggested, st.Intent.Emergency, tc.want, tc.emergency, st.Intent.Ranked)
		}
		if st.Intent.Described != (tc.text != "") {
			t.Errorf("%q: described %v", tc.text, st.Intent.Described)
		}
		if tc.want != "" && (st.Plan == nil || st.Plan.Category != tc.want) {
			t.Errorf("%q: routed to %q, want %q", tc.text, planCategory(st), tc.want)
		}
	}
}

// TestDescribeEmergencyRoutes: a compromise described puts freezing the
// account first, as picking the security category does.
func TestDescribeEmergencyRoutes(t *testing.T) {
	s, _, fake := describing(t, nil)
	s.Describe("昨晚有人用陌生设备登录了我的账户，USDT 被转走了")
	st := s.State()
	if st.Plan == nil || !st.Plan.Emergency || len(st.Plan.Recommendations) == 0 ||
		st.Plan.Recommendations[0].Channel == nil || st.Plan.Recommendations[0].Channel.Kind != manifest.KindFreezeAccount {
		t.Fatalf("plan for %q: emergency %v", planCategory(st), st.Plan != nil && st.Plan.Emergency)
	}
	posted := fake.Posted()
	if len(posted) == 0 || posted[len(posted)-1].Event != bridge.EventRoute || !strings.Contains(posted[len(posted)-1].Payload, "security") {
		t.Fatalf("no route event for the emergency: %+v", posted)
	}
}

// TestDescribeNoEmergencyCategory: a manifest without an emergency
// category suggests none, and the session says Emergency so the panel
// takes its own path.
func TestDescribeNoEmergencyCategory(t *testing.T) {
	s, _, _ := describing(t, func(m map[string]any) {
		var kept []any
		for _, c := range m["categories"].([]any) {
			if c.(map[string]any)["urgency"] != "emergency" {
				kept = append(kept, c)
			}
		}
		m["categories"] = kept
		var rules []any
		for _, r := range m["rules"].([]any) {
			if !strings.Contains(fmt.Sprint(r.(map[string]any)["when"]), "security") {
				rules = append(rules, r)
			}
		}
		m["rules"] = rules
	})
	s.Describe("my account was hacked")
	if st := s.State(); st.Intent.Suggested != "" || !st.Intent.Emergency {
		t.Fatalf("intent %+v", st.Intent)
	}
}

// TestDescribePickWins: the merchant's pick routes, whatever the
// description suggests.
func TestDescribePickWins(t *testing.T) {
	s, _, _ := describing(t, nil)
	s.ChooseCategory("fees")
	s.Describe("customer paid, money not received")
	st := s.State()
	if st.Intent.Suggested != "payment" || st.Plan == nil || st.Plan.Category != "fees" {
		t.Fatalf("suggested %q, routed to %q", st.Intent.Suggested, planCategory(st))
	}
}

// TestDescribeOverUnknownPick: a category the manifest lacks, as a host
// may ask for, gives way to the description.
func TestDescribeOverUnknownPick(t *testing.T) {
	s, _, _ := describing(t, nil)
	s.ChooseCategory("no-such-category")
	s.Describe("签名一直报错，验签失败")
	if st := s.State(); st.Plan == nil || st.Plan.Category != "integration" {
		t.Fatalf("routed to %q", planCategory(st))
	}
}

// TestDescribeBeforeTheManifest: a description typed while the manifest
// loads is matched once it arrives; meanwhile only a redacted copy waits.
func TestDescribeBeforeTheManifest(t *testing.T) {
	sg := newSigner(t)
	doc, sig := sg.edition(t, testPublished, nil)
	now := testPublished.Add(time.Hour)
	gate := &gatedFetcher{Fetcher: serving(doc, sig), open: make(chan struct{})}
	s, loop, _ := newSession(t, Deps{Fetcher: gate, Store: memStore{}, Pins: []manifest.Pin{sg.pin},
		Now: func() time.Time { return now }})
	s.Start(Config{}, testOrigin)
	const secret = "0123456789abcdef0123456789abcdef"
	s.Describe("签名一直报错 50113，我的 secret 是 " + secret)
	if s.State().Platform.Settled || s.State().Intent.Suggested != "" {
		t.Fatalf("matched before the manifest: %+v", s.State().Intent)
	}
	if s.desc.pending == "" || strings.Contains(s.desc.pending, secret) {
		t.Fatalf("waiting: %q", s.desc.pending)
	}
	close(gate.open)
	loop.until(t, func() bool { return s.State().Plan != nil })
	if st := s.State(); st.Intent.Suggested != "integration" || st.Plan.Category != "integration" || s.desc.pending != "" {
		t.Fatalf("after the manifest: intent %+v, plan %q, pending %q", st.Intent, st.Plan.Category, s.desc.pending)
	}
}

// gatedFetcher holds every fetch until open is closed.
type gatedFetcher struct {
	diag.Fetcher
	open chan struct{}
}

func (g *gatedFetcher) Fetch(ctx context.Context, r diag.Request) (diag.Response, error) {
	<-g.open
	return g.Fetcher.Fetch(ctx, r)
}

// TestDescribeKeepsNoSecret: what the merchant typed, secrets included,
// is in neither the state nor the events.
func TestDescribeKeepsNoSecret(t *testing.T) {
	s, _, fake := describing(t, nil)
	for _, text := range []string{
		"my api secret is 0123456789abcdef0123456789abcdef and the signature fails",
		"助记词 abandon ability able about above absent absorb abstract absurd abuse access accident 泄露了，资金被转走",
		"密码是 Hunter2-Secret!，登录后发现提现不是我操作的",
	} {
		s.Describe(text)
		dump := fmt.Sprintf("%+v %+v", s.State(), s.desc)
		for _, w := range []string{"0123456789abcdef", "abandon", "Hunter2"} {
			if strings.Contains(dump, w) {
				t.Errorf("%q is kept: %s", w, dump)
			}
		}
		for _, ev := range fake.Posted() {
			for _, w := range []string{"0123456789abcdef", "abandon", "Hunter2"} {
				if strings.Contains(ev.Payload, w) {
					t.Errorf("%q reached the host: %+v", w, ev)
				}
			}
		}
	}
	if !s.State().Intent.Emergency {
		t.Error("the last description is an emergency")
	}
}
