package checks

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// A check that reads the manifest's data (Env.Platform) must say so in its
// Needs, Platform or OptionalPlatform: the panel runs the checks that do
// not before the manifest has arrived. This reads the package's source:
// from each check's Run function, every function of the package it may
// call, and whether any of them selects a field named Platform.
func TestPlatformDeclared(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	funcs := map[string]*ast.FuncDecl{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				funcs[fd.Name.Name] = fd // methods by name too: an over-approximation
			}
		}
	}
	usesPlatform := func(root string) bool {
		seen := map[string]bool{}
		var visit func(string) bool
		visit = func(name string) bool {
			fd, ok := funcs[name]
			if !ok || seen[name] {
				return false
			}
			seen[name] = true
			found := false
			ast.Inspect(fd, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.SelectorExpr:
					if x.Sel.Name == "Platform" {
						found = true
					}
					if visit(x.Sel.Name) {
						found = true
					}
				case *ast.Ident:
					if x.Name != name && visit(x.Name) {
						found = true
					}
				}
				return !found
			})
			return found
		}
		return visit(root)
	}
	runs := map[string]string{} // check name → its Run function's name
	for _, c := range All() {
		runs[c.Name] = ""
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, _ := parser.ParseFile(fset, f, nil, 0)
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			var name, run string
			for _, e := range lit.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				k, ok := kv.Key.(*ast.Ident)
				switch {
				case !ok:
				case k.Name == "Name":
					if b, ok := kv.Value.(*ast.BasicLit); ok {
						name = strings.Trim(b.Value, `"`)
					}
				case k.Name == "Run":
					if id, ok := kv.Value.(*ast.Ident); ok {
						run = id.Name
					}
				}
			}
			if _, isCheck := runs[name]; isCheck && run != "" {
				runs[name] = run
			}
			return true
		})
	}
	for _, c := range All() {
		run := runs[c.Name]
		if run == "" {
			t.Errorf("%s: no Run function found in the source", c.Name)
			continue
		}
		if usesPlatform(run) && !c.UsesPlatform() {
			t.Errorf("%s reads Env.Platform (from %s) but its Needs declare neither Platform nor OptionalPlatform", c.Name, run)
		}
	}
}
