package diag

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/i18n"
)

func TestValidate(t *testing.T) {
	run := func(context.Context, *Pass) error { return nil }
	good := func() *Check {
		return &Check{Name: "callback-url", Title: i18n.T("回调", "Callback"), Doc: "checks it", Timeout: time.Second, Run: run,
			Needs: Needs{Form: []Field{{Name: "url", Label: i18n.T("网址", "URL")}}, Context: []string{"callbackUrl"},
				Auto: AutoRun{When: "callbackUrl"}}}
	}
	if err := Validate([]*Check{good()}); err != nil {
		t.Fatalf("valid registry rejected: %v", err)
	}
	for _, tc := range []struct {
		name  string
		mod   func(c *Check)
		want  string
		twice bool
	}{
		{"upper", func(c *Check) { c.Name = "Callback" }, "kebab", false},
		{"double hyphen", func(c *Check) { c.Name = "a--b" }, "kebab", false},
		{"trailing hyphen", func(c *Check) { c.Name = "a-" }, "kebab", false},
		{"digit first", func(c *Check) { c.Name = "1a" }, "kebab", false},
		{"empty doc", func(c *Check) { c.Doc = " " }, "Doc", false},
		{"nil run", func(c *Check) { c.Run = nil }, "nil Run", false},
		{"zero timeout", func(c *Check) { c.Timeout = 0 }, "timeout", false},
		{"over budget", func(c *Check) { c.Timeout = DefaultBudget + 1 }, "timeout", false},
		{"title", func(c *Check) { c.Title = i18n.Text{EN: "x"} }, "title", false},
		{"field label", func(c *Check) { c.Needs.Form[0].Label = i18n.Text{} }, "label", false},
		{"duplicate", func(c *Check) {}, "duplicate", true},
		{"choice without options", func(c *Check) { c.Needs.Form[0].Kind = KindChoice }, "options", false},
		{"options without a choice", func(c *Check) { c.Needs.Form[0].Options = []string{"a"} }, "options", false},
		{"unknown context path", func(c *Check) { c.Needs.Context = append(c.Needs.Context, "balance.availabel") }, "unknown host context path", false},
		{"auto on an undeclared path", func(c *Check) { c.Needs.Auto.When = "account.status" }, "does not declare", false},
		{"typed input at open", func(c *Check) { c.Needs.Auto = AutoRun{} }, "set Needs.Auto", false},
		{"document at open", func(c *Check) { c.Needs.Auto = AutoRun{}; c.Needs.Form[0].Optional = true; c.Needs.Document = true }, "set Needs.Auto", false},
	} {
		c := good()
		tc.mod(c)
		list := []*Check{c}
		if tc.twice {
			list = append(list, good())
		}
		err := Validate(list)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
	if err := Validate([]*Check{nil}); err == nil {
		t.Error("nil check accepted")
	}
}
