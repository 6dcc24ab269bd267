package diag

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/i18n"
)

// fakeCheck returns a check that reports one finding with status s after
// sleeping d, honouring ctx.
func fakeCheck(name string, d time.Duration, s Status) *Check {
	return &Check{Name: name, Title: i18n.T("测试", "test"), Doc: "test check", Timeout: time.Second,
		Run: func(ctx context.Context, p *Pass) error {
			select {
			case <-time.After(d):
			case <-ctx.Done():
				return ctx.Err()
			}
			p.Report(Finding{Code: Code(name + ".x"), Status: s, Message: i18n.T("好", "ok")})
			return nil
		}}
}

func TestRunOrderAndStreaming(t *testing.T) {
	checks := []*Check{
		fakeCheck("slow", 60*time.Millisecond, StatusPass),
		fakeCheck("fast", 0, StatusFail),
		fakeCheck("mid", 30*time.Millisecond, StatusWarn),
	}
	var streamed []string
	rep := Run(context.Background(), checks, nil, RunOptions{OnResult: func(r Result) { streamed = append(streamed, r.Check) }})
	if got := strings.Join(streamed, ","); got != "fast,mid,slow" {
		t.Errorf("streamed in %s, want completion order fast,mid,slow", got)
	}
	var order []string
	for _, r := range rep.Results {
		order = append(order, r.Check)
		if r.Findings[0].Check != r.Check {
			t.Errorf("finding check = %q, want %q", r.Findings[0].Check, r.Check)
		}
	}
	if got := strings.Join(order, ","); got != "slow,fast,mid" {
		t.Errorf("report order %s, want registry order", got)
	}
	if rep.Worst() != StatusFail {
		t.Errorf("Worst = %s", rep.Worst())
	}
	if got, want := rep.Summary(), "slow=pass fast=fail(fast.x) mid=warn(mid.x)"; got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
}

func TestRunLocalChecksBeforeNetwork(t *testing.T) {
	var localDone, netStartedAfter atomic.Bool
	local := fakeCheck("local", 20*time.Millisecond, StatusPass)
	inner := local.Run
	local.Run = func(ctx context.Context, p *Pass) error {
		err := inner(ctx, p)
		localDone.Store(true)
		return err
	}
	probe := &Check{Name: "probe", Title: i18n.T("测", "t"), Doc: "d", Timeout: time.Second, Needs: Needs{OptionalNetwork: true},
		Run: func(ctx context.Context, p *Pass) error {
			netStartedAfter.Store(localDone.Load())
			return nil
		}}
	rep := Run(context.Background(), []*Check{probe, local}, nil, RunOptions{})
	if !netStartedAfter.Load() {
		t.Fatal("a network check started before the local checks were done")
	}
	if rep.Results[0].Check != "probe" {
		t.Fatalf("report not in registry order: %+v", rep.Results)
	}
}

func TestRunConcurrent(t *testing.T) {
	var checks []*Check
	for _, n := range []string{"a", "b", "c", "d", "e"} {
		checks = append(checks, fakeCheck(n, 100*time.Millisecond, StatusPass))
	}
	start := time.Now()
	Run(context.Background(), checks, nil, RunOptions{})
	if d := time.Since(start); d > 400*time.Millisecond {
		t.Fatalf("5 checks of 100 ms took %s: not concurrent", d)
	}
}

// Inline, the local checks run one after another, in registry order, and a
// panic or a deadline is still turned into an error finding.
func TestRunInlineLocal(t *testing.T) {
	var running atomic.Int32
	var order []string
	seq := func(name string) *Check {
		return &Check{Name: name, Title: i18n.T("测", "t"), Doc: "d", Timeout: time.Second,
			Run: func(ctx context.Context, p *Pass) error {
				if running.Add(1) != 1 {
					t.Errorf("%s ran while another local check was running", name)
				}
				defer running.Add(-1)
				time.Sleep(10 * time.Millisecond)
				order = append(order, name)
				return nil
			}}
	}
	panicking := &Check{Name: "panicking", Title: i18n.T("测", "t"), Doc: "panics", Timeout: time.Second,
		Run: func(ctx context.Context, p *Pass) error { panic("boom") }}
	polite := fakeCheck("polite", time.Hour, StatusPass)
	polite.Timeout = 30 * time.Millisecond
	var streamed []string
	rep := Run(context.Background(), []*Check{seq("a"), panicking, seq("b"), polite, seq("c")}, nil,
		RunOptions{InlineLocal: true, OnResult: func(r Result) { streamed = append(streamed, r.Check) }})
	if got := strings.Join(order, ","); got != "a,b,c" {
		t.Errorf("ran %s, want a,b,c", got)
	}
	if got := strings.Join(streamed, ","); got != "a,panicking,b,polite,c" {
		t.Errorf("streamed %s, want registry order", got)
	}
	codes := map[string]Code{}
	for _, f := range rep.Findings() {
		codes[f.Check] = f.Code
	}
	if codes["panicking"] != CodePanic || codes["polite"] != CodeTimeout {
		t.Errorf("codes %v, want panic and timeout findings", codes)
	}
}

func TestRunErrors(t *testing.T) {
	stubborn := &Check{Name: "stubborn", Title: i18n.T("测", "t"), Doc: "ignores its context", Timeout: 50 * time.Millisecond,
		Run: func(ctx context.Context, p *Pass) error {
			p.Report(Finding{Code: "stubborn.early", Status: StatusPass})
			time.Sleep(Grace + 300*time.Millisecond)
			p.Report(Finding{Code: "stubborn.late", Status: StatusFail})
			return nil
		}}
	polite := fakeCheck("polite", time.Hour, StatusPass)
	polite.Timeout = 50 * time.Millisecond
	failing := &Check{Name: "failing", Title: i18n.T("测", "t"), Doc: "returns an error", Timeout: time.Second,
		Run: func(ctx context.Context, p *Pass) error { return errors.New("no input decoder") }}
	panicking := &Check{Name: "panicking", Title: i18n.T("测", "t"), Doc: "panics", Timeout: time.Second,
		Run: func(ctx context.Context, p *Pass) error { panic("bug") }}
	rep := Run(context.Background(), []*Check{stubborn, polite, failing, panicking}, nil, RunOptions{})
	want := map[string][]string{
		"stubborn":  {"stubborn.early", "check.timeout"},
		"polite":    {"check.timeout"},
		"failing":   {"check.error"},
		"panicking": {"check.panic"},
	}
	for _, r := range rep.Results {
		var codes []string
		for _, f := range r.Findings {
			codes = append(codes, string(f.Code))
		}
		if strings.Join(codes, ",") != strings.Join(want[r.Check], ",") {
			t.Errorf("%s: codes %v, want %v", r.Check, codes, want[r.Check])
		}
		if r.Worst() != StatusError {
			t.Errorf("%s: worst %s, want error", r.Check, r.Worst())
		}
		if r.Err == "" {
			t.Errorf("%s: empty Err", r.Check)
		}
		for _, f := range r.Findings {
			if f.Code.Area() == "check" && !f.Message.Complete() {
				t.Errorf("%s: incomplete message %+v", r.Check, f.Message)
			}
		}
	}
	time.Sleep(Grace + 400*time.Millisecond) // the stubborn check's late report must be dropped, not race
}

func TestRunBudget(t *testing.T) {
	c := fakeCheck("long", time.Hour, StatusPass)
	start := time.Now()
	rep := Run(context.Background(), []*Check{c}, nil, RunOptions{Budget: 80 * time.Millisecond})
	if d := time.Since(start); d > 80*time.Millisecond+Grace+200*time.Millisecond {
		t.Fatalf("budget not enforced: %s", d)
	}
	if f := rep.Findings(); len(f) != 1 || f[0].Code != CodeTimeout {
		t.Fatalf("findings %+v", f)
	}
}

func TestRunCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	rep := Run(ctx, []*Check{fakeCheck("c", time.Hour, StatusPass)}, nil, RunOptions{})
	if f := rep.Findings(); len(f) != 1 || f[0].Code != CodeCanceled {
		t.Fatalf("findings %+v", f)
	}
}

func TestRunSkipsUnmetNeeds(t *testing.T) {
	var called atomic.Int32
	mk := func(name string, n Needs) *Check {
		return &Check{Name: name, Title: i18n.T("测", "t"), Doc: "d", Timeout: time.Second, Needs: n,
			Run: func(ctx context.Context, p *Pass) error { called.Add(1); return nil }}
	}
	checks := []*Check{mk("p", Needs{Platform: true}), mk("n", Needs{Network: true}), mk("b", Needs{Browser: true}), mk("ok", Needs{OptionalNetwork: true})}
	rep := Run(context.Background(), checks, &Env{}, RunOptions{})
	if called.Load() != 1 {
		t.Fatalf("called %d checks, want only the one without hard needs", called.Load())
	}
	for _, r := range rep.Results[:3] {
		if len(r.Findings) != 1 || r.Findings[0].Status != StatusSkip || r.Findings[0].Code != CodeSkipped || r.Findings[0].Check != r.Check {
			t.Errorf("%s: %+v", r.Check, r.Findings)
		}
	}
}

func TestRunScrubsSecrets(t *testing.T) {
	const secret = "hunter2-secret"
	c := &Check{Name: "leaky", Title: i18n.T("测", "t"), Doc: "leaks on purpose", Timeout: time.Second,
		Needs: Needs{Form: []Field{{Name: "secret", Label: i18n.T("密钥", "Secret"), Kind: KindSecret}}},
		Run: func(ctx context.Context, p *Pass) error {
			p.Logf("using %s", secret)
			p.Report(Finding{Code: "leaky.x", Status: StatusFail, Message: i18n.T(secret, secret)})
			return errors.New("bad secret " + secret)
		}}
	var logs []string
	env := &Env{Form: map[string]string{"secret": secret}, Logf: func(f string, a ...any) { logs = append(logs, f+a[0].(string)) }}
	rep := Run(context.Background(), []*Check{c}, env, RunOptions{})
	all := rep.Results[0].Err + strings.Join(logs, "")
	for _, f := range rep.Findings() {
		all += f.Message.In(i18n.ZH) + f.Message.In(i18n.EN)
	}
	if strings.Contains(all, secret) {
		t.Fatalf("secret leaked: %q", all)
	}
}

func TestReportEmpty(t *testing.T) {
	var r Report
	if r.Worst() != StatusSkip || r.Summary() != "" || len(r.Findings()) != 0 {
		t.Fatalf("empty report: %q %q", r.Worst(), r.Summary())
	}
}

func TestStatusOrder(t *testing.T) {
	order := []Status{StatusSkip, StatusPass, StatusWarn, StatusError, StatusFail}
	for i := 1; i < len(order); i++ {
		if !order[i].Worse(order[i-1]) || order[i-1].Worse(order[i]) {
			t.Errorf("%s should be worse than %s", order[i], order[i-1])
		}
	}
	if Status("bogus").Valid() || !StatusFail.Valid() || Severity("x").Valid() || !SeverityCritical.Valid() {
		t.Error("Valid")
	}
}
