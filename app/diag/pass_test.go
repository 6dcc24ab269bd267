package diag

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
)

type nopFetcher struct{}

func (nopFetcher) Fetch(context.Context, Request) (Response, error) {
	return Response{}, errors.New("not used")
}

// TestPassEnforcesNeeds: a check reads only what it declared. Each Pass
// method gives a declared input and stops a check that reads an undeclared
// one, which the driver reports as a crash (check.panic).
func TestPassEnforcesNeeds(t *testing.T) {
	env := &Env{
		Context:  hostctx.Context{CallbackURL: "https://shop.example/n", Account: hostctx.Account{Status: "locked"}},
		Form:     map[string]string{"url": "https://a.example", "code": "50113"},
		Document: &Document{Name: "id.png"},
		Platform: &Platform{APIOrigin: "https://api.example"},
		Browser:  &Browser{Online: true},
		Net:      nopFetcher{},
	}
	reads := map[string]func(p *Pass) bool{
		"form":     func(p *Pass) bool { return p.Form("url") == "https://a.example" },
		"platform": func(p *Pass) bool { return p.Platform() != nil },
		"net":      func(p *Pass) bool { return p.Net() != nil },
		"document": func(p *Pass) bool { return p.Document() != nil },
		"browser":  func(p *Pass) bool { return p.Browser() != nil },
	}
	declared := map[string]Needs{
		"form":     {Form: []Field{{Name: "url", Label: i18n.T("网址", "URL"), Optional: true}}},
		"platform": {OptionalPlatform: true},
		"net":      {OptionalNetwork: true},
		"document": {Document: true, Auto: AutoRun{Never: true}},
		"browser":  {OptionalBrowser: true},
	}
	for name, read := range reads {
		for _, declare := range []bool{true, false} {
			var needs Needs
			if declare {
				needs = declared[name]
			}
			c := &Check{Name: "reader", Title: i18n.T("测", "t"), Doc: "reads", Timeout: time.Second, Needs: needs,
				Run: func(ctx context.Context, p *Pass) error {
					if !read(p) {
						return errors.New("declared input not given")
					}
					p.Report(Finding{Code: CodeSkipped, Status: StatusSkip, Message: i18n.T("好", "ok")})
					return nil
				}}
			rep := Run(context.Background(), []*Check{c}, env, RunOptions{})
			got := rep.Findings()[len(rep.Findings())-1].Code
			want := CodeSkipped
			if !declare {
				want = CodePanic
			}
			if got != want {
				t.Errorf("%s, declared %v: %s, want %s (%s)", name, declare, got, want, rep.Results[0].Err)
			}
			if !declare && rep.Results[0].Err == "" {
				t.Errorf("%s: no error text", name)
			}
		}
	}
}

// TestPassContextProjects: the host context a check sees holds only the
// paths it declared.
func TestPassContextProjects(t *testing.T) {
	full := hostctx.Context{
		MerchantID:   "M-1",
		CallbackURL:  "https://shop.example/n",
		Balance:      hostctx.Balance{Available: "5", Currency: "USDT"},
		APIKey:       hostctx.APIKey{Key: "k", Permissions: []string{"read"}},
		RecentOrders: []hostctx.Order{{ID: "O-1", TxHash: "0xab", Chain: "eth", Amount: "1"}},
	}
	var seen hostctx.Context
	c := &Check{Name: "reader", Title: i18n.T("测", "t"), Doc: "reads", Timeout: time.Second,
		Needs: Needs{Context: []string{"balance.available", "apiKey.permissions", "recentOrders.txHash"}},
		Run:   func(ctx context.Context, p *Pass) error { seen = *p.Context(); return nil }}
	Run(context.Background(), []*Check{c}, &Env{Context: full}, RunOptions{})
	want := hostctx.Context{
		Balance:      hostctx.Balance{Available: "5"},
		APIKey:       hostctx.APIKey{Permissions: []string{"read"}},
		RecentOrders: []hostctx.Order{{TxHash: "0xab"}},
	}
	if seen.Balance != want.Balance || len(seen.APIKey.Permissions) != 1 || seen.APIKey.Key != "" ||
		seen.MerchantID != "" || seen.CallbackURL != "" || len(seen.RecentOrders) != 1 || seen.RecentOrders[0] != want.RecentOrders[0] {
		t.Errorf("projected context %+v, want %+v", seen, want)
	}
}

func TestGivenAndRunsAtOpen(t *testing.T) {
	ctx := hostctx.Context{RecentOrders: []hostctx.Order{{ID: "O-1"}, {ID: "O-2", TxHash: "0xab"}}}
	if !Given(ctx, "recentOrders.txHash") || Given(ctx, "recentOrders.chain") || Given(ctx, "no.such") {
		t.Error("Given is wrong")
	}
	always := &Check{}
	never := &Check{Needs: Needs{Auto: AutoRun{Never: true}}}
	when := &Check{Needs: Needs{Context: []string{"recentOrders.txHash"}, Auto: AutoRun{When: "recentOrders.txHash"}}}
	if !always.RunsAtOpen(hostctx.Context{}) || always.SelfTest() {
		t.Error("the zero AutoRun must run at open and not be a self-test")
	}
	if never.RunsAtOpen(ctx) || !never.SelfTest() {
		t.Error("Never must not run at open")
	}
	if !when.RunsAtOpen(ctx) || when.RunsAtOpen(hostctx.Context{}) || !when.SelfTest() {
		t.Error("When runs at open only when the context gives the field")
	}
	for _, p := range ContextPaths() {
		if !knownPath(p) {
			t.Errorf("ContextPaths lists %q", p)
		}
	}
}

// TestContextPathsComplete: every leaf field of the host context has a
// path, named after its JSON key, and the path gives and copies that field
// alone.
func TestContextPathsComplete(t *testing.T) {
	n := 0
	var walk func(prefix string, typ reflect.Type, index []int)
	walk = func(prefix string, typ reflect.Type, index []int) {
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			at := append(append([]int(nil), index...), i)
			if f.Type.Kind() == reflect.Struct {
				walk(prefix+name+".", f.Type, at)
				continue
			}
			if f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct {
				walk(prefix+name+".", f.Type.Elem(), []int{-1 - i}) // -1-i: the slice field i, then its element
				continue
			}
			n++
			path := prefix + name
			if !knownPath(path) {
				t.Errorf("host context field %s has no path", path)
				continue
			}
			// Set the field alone, in a context with one order.
			var src hostctx.Context
			src.RecentOrders = make([]hostctx.Order, 1)
			v := reflect.ValueOf(&src).Elem()
			for _, idx := range at {
				if idx < 0 {
					v = v.Field(-1 - idx).Index(0)
					continue
				}
				v = v.Field(idx)
			}
			if v.Kind() == reflect.Slice {
				v.Set(reflect.ValueOf([]string{"x"}))
			} else {
				v.SetString("x")
			}
			if !Given(src, path) {
				t.Errorf("%s: not given when set", path)
			}
			got := projectContext(&src, []string{path})
			if !strings.HasPrefix(path, "recentOrders.") {
				src.RecentOrders = nil
			}
			if !reflect.DeepEqual(*got, src) {
				t.Errorf("%s: projected %+v, want %+v", path, *got, src)
			}
		}
	}
	walk("", reflect.TypeOf(hostctx.Context{}), nil)
	if n != len(ContextPaths()) || n < 30 {
		t.Errorf("%d leaf fields, %d paths", n, len(ContextPaths()))
	}
	for _, bad := range []string{"balance", "recentOrders", "balance.nope", "nope", "recentOrders.id.x", ""} {
		if knownPath(bad) || Given(hostctx.Context{Balance: hostctx.Balance{Available: "1"}, RecentOrders: []hostctx.Order{{ID: "x"}}}, bad) {
			t.Errorf("%q is a path", bad)
		}
	}
}
