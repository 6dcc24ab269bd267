package manifest

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/strictjson"
)

// schemaPath is the JSON Schema platform operators write manifests against.
var schemaPath = filepath.Join(demoDir, "schema.json")

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validateAgainst(s *jsonschema.Schema, data []byte) error {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(doc)
}

// TestSchemaAcceptsValidManifests: the demo manifests and the minimal test
// manifest, all valid to the widget, are valid to the schema.
func TestSchemaAcceptsValidManifests(t *testing.T) {
	s := compileSchema(t)
	for _, n := range demoNames {
		data, err := os.ReadFile(filepath.Join(demoDir, n+".json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := validateAgainst(s, data); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
	if err := validateAgainst(s, minimal(t)); err != nil {
		t.Errorf("minimal.json: %v", err)
	}
}

// TestSchemaRefuses: what the decoder or the validator refuses, the schema
// refuses too, where a schema can say it.
func TestSchemaRefuses(t *testing.T) {
	s := compileSchema(t)
	for name, change := range map[string]func(d map[string]any){
		"unknown field":        func(d map[string]any) { d["colour"] = "red" },
		"unknown nested field": func(d map[string]any) { channel(d, 0)["fax"] = "+1" },
		"wrong version":        func(d map[string]any) { d["version"] = 2 },
		"unknown urgency":      func(d map[string]any) { d["categories"].([]any)[0].(map[string]any)["urgency"] = "urgent" },
		"unknown kind":         func(d map[string]any) { channel(d, 0)["kind"] = "fax" },
		"text in no language":  func(d map[string]any) { channel(d, 0)["label"] = map[string]any{} },
		"no channels":          func(d map[string]any) { d["channels"] = []any{} },
		"old explorer placeholder": func(d map[string]any) {
			d["explorers"].([]any)[0].(map[string]any)["tx"] = "https://explorer.example.com/tx/{tx}"
		},
		"unknown API scheme":   func(d map[string]any) { d["api"].(map[string]any)["scheme"] = "okx-v4" },
		"moneyInTransit text":  func(d map[string]any) { d["categories"].([]any)[0].(map[string]any)["moneyInTransit"] = "yes" },
		"published not a time": func(d map[string]any) { d["published"] = "yesterday" },
	} {
		if err := validateAgainst(s, mutate(t, change)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestSchemaMatchesStructs: every JSON field of the manifest's Go types is
// in the schema, and every property of the schema is a field, so the two
// cannot drift apart.
func TestSchemaMatchesStructs(t *testing.T) {
	raw, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	var root map[string]any
	if err := json.Unmarshal(raw, &root); err != nil {
		t.Fatal(err)
	}
	defs, _ := root["$defs"].(map[string]any)
	// resolve follows $ref and array items to the object schema a Go
	// struct is written as.
	var resolve func(node map[string]any) map[string]any
	resolve = func(node map[string]any) map[string]any {
		if r, ok := node["$ref"].(string); ok {
			def, _ := defs[strings.TrimPrefix(r, "#/$defs/")].(map[string]any)
			if def == nil {
				t.Fatalf("dangling $ref %s", r)
			}
			return resolve(def)
		}
		if items, ok := node["items"].(map[string]any); ok {
			return resolve(items)
		}
		return node
	}
	timeType, textType := reflect.TypeFor[time.Time](), reflect.TypeFor[i18n.Text]()
	var walk func(path string, typ reflect.Type, node map[string]any)
	walk = func(path string, typ reflect.Type, node map[string]any) {
		props, _ := node["properties"].(map[string]any)
		if node["additionalProperties"] != false {
			t.Errorf("%s: the schema must refuse unknown fields (additionalProperties: false)", path)
		}
		var fields []string
		for name, i := range strictjson.Names(typ) {
			fields = append(fields, name)
			p := join(path, name)
			prop, ok := props[name].(map[string]any)
			if !ok {
				t.Errorf("%s: field %s.%s is not in the schema", p, typ.Name(), typ.Field(i).Name)
				continue
			}
			if _, ok := prop["description"]; !ok && prop["$ref"] == nil {
				t.Errorf("%s: no description", p)
			}
			ft := typ.Field(i).Type
			for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
				ft = ft.Elem()
			}
			switch {
			case ft == textType:
				// A text is keyed by language (schema: any tag; the
				// validator: the manifest's languages).
				if r, _ := resolve(prop)["propertyNames"].(map[string]any); r == nil {
					t.Errorf("%s: a text must be an object keyed by language", p)
				}
			case ft.Kind() == reflect.Struct && ft != timeType:
				walk(p, ft, resolve(prop))
			}
		}
		for name := range props {
			if !slices.Contains(fields, name) {
				t.Errorf("%s: the schema has %q, which %s has not", path, name, typ.Name())
			}
		}
	}
	walk("", reflect.TypeFor[Manifest](), root)
	for name, d := range defs {
		if def, _ := d.(map[string]any); def["description"] == nil {
			t.Errorf("$defs.%s: no description", name)
		}
	}
}
