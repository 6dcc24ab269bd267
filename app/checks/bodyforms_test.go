package checks

import (
	"slices"
	"testing"
)

func TestBodyForms(t *testing.T) {
	if got := bodyForms("not json\n"); !slices.Equal(got, []string{"not json", "not json\n\n"}) {
		t.Fatalf("non-JSON bodies only get newline forms, got %q", got)
	}
	if bodyForms("") != nil {
		t.Fatal("an empty body has no forms")
	}
	body := `{"b": 1, "a": "<é>"}`
	forms := bodyForms(body)
	for _, want := range []string{
		`{"b":1,"a":"<é>"}`,                   // compact (JSON.stringify)
		`{"b": 1, "a": "<é>"}` + "\n",         // trailing newline
		`{"a":"<é>","b":1}`,                   // sorted keys
		`{"a":"\u003cé\u003e","b":1}`,         // Go's HTML escaping
		`{"a": "<é>", "b": 1}`,                // sorted, Python separators
		`{"b": 1, "a": "<\u00e9>"}`,           // Python ensure_ascii
		"{\n  \"b\": 1,\n  \"a\": \"<é>\"\n}", // indented
	} {
		if !slices.Contains(forms, want) {
			t.Errorf("missing form %q in %q", want, forms)
		}
	}
	if slices.Contains(forms, body) {
		t.Error("the body itself is not another form")
	}
	if got := asciiEscaped("😀"); got != `\ud83d\ude00` {
		t.Errorf("surrogate pair = %s", got)
	}
	if got := pythonSeparators(`{"a:b":"x,y","c":[1,2]}`); got != `{"a:b": "x,y", "c": [1, 2]}` {
		t.Errorf("pythonSeparators = %s", got)
	}
}
