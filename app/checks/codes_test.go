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

// TestNoCodeLiterals reads the package's source, go/analysis style: a
// finding code is written as its diag constant, never as a string literal,
// so a typo cannot ship a code that routing does not know. A literal that
// looks like a code of a known area is reported.
func TestNoCodeLiterals(t *testing.T) {
	areas := map[string]bool{}
	for _, c := range diag.Codes() {
		areas[c.Code.Area()] = true
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
	constants := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
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
			switch x := n.(type) {
			case *ast.SelectorExpr:
				if id, ok := x.X.(*ast.Ident); ok && id.Name == "diag" && strings.HasPrefix(x.Sel.Name, "Code") {
					constants++
				}
			case *ast.BasicLit:
				if x.Kind != token.STRING {
					return true
				}
				s, err := strconv.Unquote(x.Value)
				if err != nil || !codePattern.MatchString(s) || !areas[diag.Code(s).Area()] || paths[s] {
					return true
				}
				t.Errorf("%s: code literal %q; use its diag constant", fset.Position(x.Pos()), s)
			}
			return true
		})
	}
	if constants < 50 {
		t.Fatalf("found only %d code constants; the scan is broken", constants)
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
	want := []string{"check.error", "check.timeout", "check.panic", "check.canceled", "check.skipped"}
	got := codesOf(rep.Findings())
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("codes %v, want %v", got, want)
	}
	for _, f := range rep.Findings() {
		record(t, f)
	}
}
