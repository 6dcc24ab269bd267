package bridge

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestEventsListsEveryPayload: every type of this package with an Event
// method is in events, once, so Names (and the ready event) cannot miss one.
func TestEventsListsEveryPayload(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var declared []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || fn.Name.Name != "Event" {
				continue
			}
			if id, ok := fn.Recv.List[0].Type.(*ast.Ident); ok {
				declared = append(declared, id.Name)
			}
		}
	}
	var listed []string
	for _, e := range events {
		listed = append(listed, reflect.TypeOf(e).Name())
	}
	slices.Sort(declared)
	slices.Sort(listed)
	if len(declared) == 0 || !slices.Equal(declared, listed) {
		t.Errorf("payload types with an Event method %v, listed in events %v", declared, listed)
	}
	names := Names()
	if len(slices.Compact(slices.Sorted(slices.Values(names)))) != len(names) {
		t.Errorf("two payloads name the same event: %v", names)
	}
}

// TestLoaderUsesDeclaredEvents: the loader keeps no list of events (it
// takes the ready event's), and every event it names itself is declared here.
func TestLoaderUsesDeclaredEvents(t *testing.T) {
	src, err := os.ReadFile("../../web/loader.js")
	if err != nil {
		t.Fatal(err)
	}
	js := string(src)
	if regexp.MustCompile(`findings|feedback|report\b`).MatchString(js) {
		t.Error("loader.js names an event it only passes on: it must take the names from the ready event")
	}
	// The events the loader handles or emits itself.
	uses := regexp.MustCompile(`(?:m\.type ===? |emit\()'([a-z]+)'`).FindAllStringSubmatch(js, -1)
	if len(uses) < 3 {
		t.Fatalf("found %d event names in loader.js; has its code changed shape?", len(uses))
	}
	for _, u := range uses {
		if !slices.Contains(Names(), u[1]) {
			t.Errorf("loader.js uses event %q, which app/bridge does not declare", u[1])
		}
	}
	if !strings.Contains(js, "m.payload?.events") {
		t.Error("loader.js does not read the event names from the ready payload")
	}
	b, _ := json.Marshal(Ready{Events: Names()})
	if !strings.Contains(string(b), `"events":["ready",`) {
		t.Errorf("ready payload %s does not carry the names under \"events\"", b)
	}
}

// TestREADMEListsEvents: the README's table of events is exactly Names, in order.
func TestREADMEListsEvents(t *testing.T) {
	src, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(src), "| event | when, and its payload |\n|---|---|\n")
	if !ok {
		t.Fatal("README.md has no events table")
	}
	var listed []string
	for _, line := range strings.Split(table, "\n") {
		m := regexp.MustCompile("^\\| `([a-z]+)` \\|").FindStringSubmatch(line)
		if m == nil {
			break
		}
		listed = append(listed, m[1])
	}
	if !slices.Equal(listed, Names()) {
		t.Errorf("README.md lists events %v, app/bridge declares %v", listed, Names())
	}
}
