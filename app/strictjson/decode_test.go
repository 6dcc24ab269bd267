package strictjson

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

type doc struct {
	Name  string   `json:"name"`
	On    bool     `json:"on"`
	N     int      `json:"n"`
	Tags  []string `json:"tags" oneof:"a b" max:"5"`
	Inner *inner   `json:"inner"`
	Items []inner  `json:"items"`
}

type inner struct {
	Zone string `json:"zone"`
}

func paths(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Path+" "+p.Code)
	}
	return out
}

func TestStrict(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"name":"x","on":true,"n":3,"tags":["z"],"inner":{"zone":"UTC"},"items":[{"zone":"a"}]}`, ``},
		{`{"items":[{"zone":"a"},{"zone":1}]}`, `items[1].zone json.type`},
		{`{"inner":{"zonE":"a"}}`, `inner.zonE json.unknown_field`},
		{`{"name":"a","name":"b"}`, `name json.duplicate_key`},
		{`{"n":"1","on":1}`, `n json.type|on json.type`},
		{`{"n":1.5}`, `n json.type`},
		{`{"name":1}`, `name json.type`},
		{`{"inner":null}`, ``},
		{`{"items":null}`, `items json.type`},
		{`{} {}`, ` json.trailing`},
		{`{"name":`, ` json.syntax`},
		{`[1]`, ` json.type`},
	} {
		var d doc
		got := strings.Join(paths(Strict([]byte(tc.in), &d)), "|")
		if got != tc.want {
			t.Errorf("%s: problems %q, want %q", tc.in, got, tc.want)
		}
		if got != "" && !reflect.DeepEqual(d, doc{}) {
			t.Errorf("%s: a refused document was kept: %+v", tc.in, d)
		}
	}
}

func TestStrictStopsListing(t *testing.T) {
	in := `{"items":[` + strings.TrimSuffix(strings.Repeat(`{"zone":1},`, 2*maxProblems), ",") + `]}`
	if n := len(Strict([]byte(in), new(doc))); n != maxProblems {
		t.Fatalf("%d problems, want %d", n, maxProblems)
	}
}

func TestLenient(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		doc      doc
	}{
		{`{"name":" x ","zzz":1,"tags":["A"," b "]}`, ``, doc{Name: "x", Tags: []string{"a", "b"}}},
		{`{"name":12.50,"on":"yes","n":2}`, `on json.type`, doc{Name: "12.50", N: 2}},
		{`{"tags":["a","c",1,null,"b"]}`, `tags[1] json.value|tags[2] json.type|tags[3] json.type`, doc{Tags: []string{"a", "b"}}},
		{`{"tags":["a","a","b","x","b","a","b"]}`, `tags json.value|tags[3] json.value`, doc{Tags: []string{"a", "a", "b", "b"}}},
		{`{"tags":[1]}`, `tags[0] json.type`, doc{}},
		{`{"items":[1,{"zone":"z"}]}`, `items[0] json.type`, doc{Items: []inner{{Zone: "z"}}}},
		{`{"name":"` + strings.Repeat("x", 11) + `","n":1}`, `name json.value`, doc{N: 1}},
		{`{"inner":{"zone":1},"inner":{"zone":"b"}}`, ``, doc{Inner: &inner{Zone: "b"}}},
		{`{"inner":{"zone":"a"},"inner":5}`, `inner json.type`, doc{}},
		{`{"name":null,"inner":null}`, ``, doc{}},
		{`{"name":"a"} x`, ` json.trailing`, doc{Name: "a"}},
		{`{"name":"a","on":1,`, ` json.syntax`, doc{}},
		{`null`, ` json.type`, doc{}},
	} {
		var d doc
		got := strings.Join(paths(Lenient([]byte(tc.in), &d, 10)), "|")
		if got != tc.want {
			t.Errorf("%s: problems %q, want %q", tc.in, got, tc.want)
		}
		if !reflect.DeepEqual(d, tc.doc) {
			t.Errorf("%s: decoded %+v, want %+v", tc.in, d, tc.doc)
		}
	}
}

func TestProblemMessages(t *testing.T) {
	var d doc
	for _, p := range append(Lenient([]byte(`{"on":1,"tags":["x","a","b","a","a","a"]}`), &d, 0), Strict([]byte(`{"on":1}`), &d)...) {
		if !p.Message.Complete() {
			t.Errorf("%s: incomplete message %+v", p.Path, p.Message)
		}
	}
}

func TestDecodable(t *testing.T) {
	if err := Decodable(reflect.TypeFor[doc]()); err != nil {
		t.Fatal(err)
	}
	type bad struct {
		F float64 `json:"f"`
	}
	type embeds struct{ inner }
	for _, ty := range []reflect.Type{reflect.TypeFor[bad](), reflect.TypeFor[embeds]()} {
		if Decodable(ty) == nil {
			t.Errorf("%v accepted", ty)
		}
	}
}

func TestPathsAreDocumentOrder(t *testing.T) {
	var d doc
	got := paths(Lenient([]byte(`{"on":1,"items":[{"zone":true}],"n":"x"}`), &d, 0))
	if !slices.Equal(got, []string{"on json.type", "items[0].zone json.type", "n json.type"}) {
		t.Fatalf("%q", got)
	}
}
