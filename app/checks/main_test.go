package checks

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// produced records every code the tests saw a check emit, so TestMain can
// prove each catalogue code is produced by at least one test case.
var produced = struct {
	sync.Mutex
	codes map[diag.Code]bool
}{codes: map[diag.Code]bool{}}

func TestMain(m *testing.M) {
	code := m.Run()
	// Only a full run can judge coverage: -run, -skip and -fuzz select
	// a subset.
	full := true
	for _, name := range []string{"test.run", "test.skip", "test.fuzz"} {
		if f := flag.Lookup(name); f != nil && f.Value.String() != "" {
			full = false
		}
	}
	if code == 0 && full {
		var missing []string
		for _, c := range diag.Codes() {
			if !produced.codes[c.Code] {
				missing = append(missing, string(c.Code))
			}
		}
		if len(missing) > 0 {
			sort.Strings(missing)
			fmt.Fprintf(os.Stderr, "FAIL: catalogue codes that no test case produced: %s\n", strings.Join(missing, ", "))
			code = 1
		}
	}
	os.Exit(code)
}

// testNow is the fixed clock of the tests.
var testNow = time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)

// run runs one check through the real engine and checks every finding
// against the contracts: a catalogued code, the check's name, a valid
// status, a severity on every problem, complete texts.
func run(t *testing.T, c *diag.Check, env *diag.Env) []diag.Finding {
	t.Helper()
	if env.Now == nil {
		env.Now = func() time.Time { return testNow }
	}
	rep := diag.Run(context.Background(), []*diag.Check{c}, env, diag.RunOptions{})
	fs := rep.Findings()
	if len(fs) == 0 {
		t.Errorf("%s reported nothing", c.Name)
	}
	for _, f := range fs {
		record(t, f)
		if f.Check != c.Name {
			t.Errorf("finding %s has check %q, want %q", f.Code, f.Check, c.Name)
		}
	}
	return fs
}

// record checks one finding and notes its code as produced.
func record(t *testing.T, f diag.Finding) {
	t.Helper()
	info, ok := diag.LookupCode(f.Code)
	if !ok {
		t.Errorf("code %q is not in the catalogue", f.Code)
	}
	if !f.Status.Valid() {
		t.Errorf("%s: invalid status %q", f.Code, f.Status)
	}
	if (f.Status == diag.StatusWarn || f.Status == diag.StatusFail) && !f.Severity.Valid() {
		t.Errorf("%s: problem without a severity", f.Code)
	}
	if ok && info.Severity == "" && (f.Status == diag.StatusWarn || f.Status == diag.StatusFail) {
		t.Errorf("%s: catalogued as a pass/skip code but reported as %s", f.Code, f.Status)
	}
	if !f.Message.Complete() {
		t.Errorf("%s: message lacks a language: %+v", f.Code, f.Message)
	}
	if (f.Fix.In(i18n.ZH) != "" || f.Fix.In(i18n.EN) != "") && !f.Fix.Complete() {
		t.Errorf("%s: fix lacks a language: %+v", f.Code, f.Fix)
	}
	if (f.Status == diag.StatusFail || f.Status == diag.StatusWarn) && !f.Fix.Complete() && f.Code.Area() != "check" {
		t.Errorf("%s: a problem without a fix is not actionable", f.Code)
	}
	for _, e := range f.Evidence {
		if !e.Label.Complete() {
			t.Errorf("%s: evidence label lacks a language: %+v", f.Code, e.Label)
		}
	}
	for _, s := range []string{f.Message.In(i18n.ZH), f.Message.In(i18n.EN), f.Fix.In(i18n.ZH), f.Fix.In(i18n.EN)} {
		if strings.Contains(s, "%!") {
			t.Errorf("%s: bad format verb in %q", f.Code, s)
		}
	}
	produced.Lock()
	produced.codes[f.Code] = true
	produced.Unlock()
}

// codesOf lists the codes of findings, in order.
func codesOf(fs []diag.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Code))
	}
	return out
}

// evidenceText joins a finding's evidence values.
func evidenceText(f diag.Finding) string {
	var parts []string
	for _, e := range f.Evidence {
		parts = append(parts, e.Label.In(i18n.EN)+"="+e.Value)
	}
	return strings.Join(parts, "; ")
}

// fakeNet is a diag.Fetcher answering from a function and recording the
// requests.
type fakeNet struct {
	mu    sync.Mutex
	reqs  []diag.Request
	fetch func(ctx context.Context, r diag.Request) (diag.Response, error)
}

func (f *fakeNet) Fetch(ctx context.Context, r diag.Request) (diag.Response, error) {
	f.mu.Lock()
	f.reqs = append(f.reqs, r)
	f.mu.Unlock()
	return f.fetch(ctx, r)
}

func (f *fakeNet) requests() []diag.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]diag.Request(nil), f.reqs...)
}
