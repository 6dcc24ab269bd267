package diag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"strconv"
	"testing"

	"github.com/triage-widget/triage/app/i18n"
)

var codePattern = regexp.MustCompile(`^[a-z]+(\.[a-z0-9_]+)+$`)

func TestCodeTableWellFormed(t *testing.T) {
	texts := map[string]i18n.Text{}
	for _, c := range codeTable {
		if !codePattern.MatchString(string(c.Code)) {
			t.Errorf("code %q is not dotted lower case", c.Code)
		}
		if _, dup := texts[string(c.Code)]; dup {
			t.Errorf("code %q listed twice", c.Code)
		}
		texts[string(c.Code)] = c.Meaning
		if c.Severity != "" && !c.Severity.Valid() {
			t.Errorf("code %q: bad severity %q", c.Code, c.Severity)
		}
	}
	if m := i18n.Missing(texts); len(m) > 0 {
		t.Errorf("code meanings lacking a language: %v", m)
	}
	if len(Codes()) != len(codeTable) {
		t.Error("Codes() is not the table")
	}
}

// TestCodeConstantsInTable reads codes.go: every Code constant has an entry
// in the table, and the table has no code without a constant.
func TestCodeConstantsInTable(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	consts := map[Code]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Values) != 1 {
			return true
		}
		if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Code" {
			return true
		}
		lit, ok := vs.Values[0].(*ast.BasicLit)
		if !ok {
			t.Errorf("%s is not a string literal", vs.Names[0].Name)
			return true
		}
		s, _ := strconv.Unquote(lit.Value)
		consts[Code(s)] = true
		if _, ok := LookupCode(Code(s)); !ok {
			t.Errorf("constant %s = %q has no table entry", vs.Names[0].Name, s)
		}
		return true
	})
	for _, c := range codeTable {
		if !consts[c.Code] {
			t.Errorf("table entry %q has no constant", c.Code)
		}
	}
	if len(consts) < 80 {
		t.Fatalf("found only %d constants; the scan is broken", len(consts))
	}
}

func TestCodeLookup(t *testing.T) {
	if m, ok := CodeAccountFrozen.Meaning(); !ok || m.In(i18n.EN) != "The account is frozen." {
		t.Errorf("Meaning of %s = %+v, %v", CodeAccountFrozen, m, ok)
	}
	if s := CodeNetworkSlow.Severity(); s != SeverityMedium {
		t.Errorf("Severity of %s = %q", CodeNetworkSlow, s)
	}
	if s := CodeNetworkOK.Severity(); s != "" {
		t.Errorf("a pass code has severity %q", s)
	}
	if _, ok := Code("network.nonsense").Meaning(); ok {
		t.Error("an unknown code has a meaning")
	}
	if a := CodeWebhookSignatureOK.Area(); a != "webhook" {
		t.Errorf("Area = %q", a)
	}
}
