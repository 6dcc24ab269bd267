package checks

import (
	"context"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

var codePattern = regexp.MustCompile(`^[a-z]+(\.[a-z0-9_]+)+$`)

func TestCatalogueWellFormed(t *testing.T) {
	texts := map[string]i18n.Text{}
	for _, c := range catalogue {
		if !codePattern.MatchString(c.Code) {
			t.Errorf("code %q is not dotted lower case", c.Code)
		}
		if _, dup := texts[c.Code]; dup {
			t.Errorf("code %q listed twice", c.Code)
		}
		texts[c.Code] = c.Meaning
		if c.Severity != "" && !c.Severity.Valid() {
			t.Errorf("code %q: bad severity %q", c.Code, c.Severity)
		}
	}
	if m := i18n.Missing(texts); len(m) > 0 {
		t.Errorf("catalogue meanings lacking a language: %v", m)
	}
	if len(Codes()) != len(catalogue) {
		t.Error("Codes() is not the catalogue")
	}
}

// TestCodesInSourceAreCatalogued reads the package's source, go/analysis
// style: every string literal that looks like a finding code of a known
// area must be in the catalogue, so a typo cannot ship a code that routing
// does not know.
func TestCodesInSourceAreCatalogued(t *testing.T) {
	areas := map[string]bool{}
	for _, c := range catalogue {
		areas[strings.SplitN(c.Code, ".", 2)[0]] = true
	}
	// Host context paths ("balance.available") look like codes but are not.
	paths := map[string]bool{}
	for _, c := range All() {
		for _, p := range c.Needs.Context {
			paths[p] = true
		}
	}
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	seen := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "codes.go" {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !codePattern.MatchString(s) || !areas[strings.SplitN(s, ".", 2)[0]] || paths[s] {
				return true
			}
			seen++
			if _, ok := Lookup(s); !ok {
				t.Errorf("%s: code %q is not in the catalogue", fset.Position(lit.Pos()), s)
			}
			return true
		})
	}
	if seen < 50 {
		t.Fatalf("found only %d code literals; the scan is broken", seen)
	}
}

// TestEngineCodes produces the engine's own codes through checks that
// misbehave, so the catalogue coverage includes them.
func TestEngineCodes(t *testing.T) {
	mk := func(name string, timeout time.Duration, run func(context.Context, *diag.Pass) error) *diag.Check {
		return &diag.Check{Name: name, Title: i18n.T("测", "t"), Doc: "d", Timeout: timeout, Run: run}
	}
	ctx, cancel := context.WithCancel(context.Background())
	checks := []*diag.Check{
		mk("err", time.Second, func(context.Context, *diag.Pass) error { return errors.New("boom") }),
		mk("slow", 20*time.Millisecond, func(ctx context.Context, _ *diag.Pass) error { <-ctx.Done(); return ctx.Err() }),
		mk("crash", time.Second, func(context.Context, *diag.Pass) error { panic("bug") }),
		mk("cancel", time.Second, func(ctx context.Context, _ *diag.Pass) error {
			time.Sleep(100 * time.Millisecond) // after "slow" timed out on its own
			cancel()
			<-ctx.Done()
			return ctx.Err()
		}),
		{Name: "needy", Title: i18n.T("测", "t"), Doc: "d", Timeout: time.Second, Needs: diag.Needs{Browser: true},
			Run: func(context.Context, *diag.Pass) error { return nil }},
	}
	rep := diag.Run(ctx, checks, &diag.Env{}, diag.RunOptions{})
	want := []string{diag.CodeError, diag.CodeTimeout, diag.CodePanic, diag.CodeCanceled, diag.CodeSkipped}
	got := codesOf(rep.Findings())
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("codes %v, want %v", got, want)
	}
	for _, f := range rep.Findings() {
		record(t, f)
	}
}
