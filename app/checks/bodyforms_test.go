package checks

import (
	"slices"
	"testing"
)

// formValues returns the byte sequences of forms.
func formValues(forms []variant) []string {
	var out []string
	for _, f := range forms {
		out = append(out, f.value)
	}
	return out
}

func TestBodyForms(t *testing.T) {
	if got := formValues(bodyForms("not json\n")); !slices.Equal(got, []string{"not json", "not json\n\n"}) {
		t.Fatalf("non-JSON bodies only get newline forms, got %q", got)
	}
	if bodyForms("") != nil {
		t.Fatal("an empty body has no forms")
	}
	body := `{"b": 1, "a": "<é>"}`
	forms := formValues(bodyForms(body))
	for _, want := range []string{
		`{"b":1,"a":"<é>"}`,                   // compact (JSON.stringify)
		`{"b": 1, "a": "<é>"}` + "\n",         // trailing newline
		`{"a":"<é>","b":1}`,                   // sorted keys
		`{"a":"\u003cé\u003e","b":1}`,         // Go's HTML escaping
		`{"a": "<é>", "b": 1}`,                // sorted, Python separators
		`{"b": 1, "a": "<\u00e9>"}`,           // Python ensure_ascii
		`{"b":1,"a":"<\u00e9>"}`,              // PHP json_encode
		"{\n  \"b\": 1,\n  \"a\": \"<é>\"\n}", // indented
	} {
		if !slices.Contains(forms, want) {
			t.Errorf("missing form %q in %q", want, forms)
		}
	}
	if slices.Contains(forms, body) {
		t.Error("the body itself is not another form")
	}
	seen := map[string]bool{}
	for _, f := range forms {
		if seen[f] {
			t.Errorf("form %q listed twice", f)
		}
		seen[f] = true
	}
	if got := pythonSeparators(`{"a:b":"x,y","c":[1,2]}`); got != `{"a:b": "x,y", "c": [1, 2]}` {
		t.Errorf("pythonSeparators = %s", got)
	}
}

// TestBodyFormsCoverEveryStyle: the cap on forms leaves room for the
// newline forms and every library style of a body where all differ.
func TestBodyFormsCoverEveryStyle(t *testing.T) {
	body := "{\"msg\":\"\\u6210\\u529f\",\"url\":\"https:\\/\\/x.example\\/a\",\"sz\":1.50,\"w\":2.0,\"o\":{},\"b\":[],\"z\":\"\\u2028\"}\n"
	forms := bodyForms(body)
	got := map[string]bool{}
	for _, f := range forms {
		got[f.detail] = true
	}
	for _, st := range jsonStyles {
		if !got[st.name] {
			t.Errorf("no form from %s in %d forms", st.name, len(forms))
		}
	}
	if !got["without the trailing newline"] {
		t.Error("no form without the trailing newline")
	}
}
