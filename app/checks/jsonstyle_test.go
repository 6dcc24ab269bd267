package checks

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestJSONStylesMatchLibraries re-encodes bodies in each style and compares
// with what the libraries themselves printed for the same bodies
// (testdata/json_reencodings.json, produced by the versions it names):
// escapes, number formats, key order, duplicate keys, empty objects.
func TestJSONStylesMatchLibraries(t *testing.T) {
	data, err := os.ReadFile("testdata/json_reencodings.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors struct {
		Cases []struct {
			Body      string            `json:"body"`
			Encodings map[string]string `json:"encodings"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(data, &vectors); err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for i, c := range vectors.Cases {
		n, ok := decodeJSONNode([]byte(c.Body))
		if !ok {
			t.Fatalf("case %d: body does not decode", i)
		}
		for _, st := range jsonStyles {
			want, ok := c.Encodings[st.name]
			if !ok {
				continue
			}
			covered[st.name] = true
			var b strings.Builder
			st.encode(&b, n)
			if got := b.String(); got != want {
				t.Errorf("case %d, %s:\n got %q\nwant %q", i, st.name, got, want)
			}
		}
	}
	for _, st := range jsonStyles {
		if !covered[st.name] {
			t.Errorf("style %s has no library vector", st.name)
		}
	}
}

// TestNumberFormats: each row is what JSON.stringify, json.dumps and
// json_encode print for the literal once decoded.
func TestNumberFormats(t *testing.T) {
	for _, tc := range []struct{ lit, js, py, php string }{
		{"0", "0", "0", "0"},
		{"-0", "0", "0", "0"},
		{"12.50", "12.5", "12.5", "12.5"},
		{"2.0", "2", "2.0", "2"},
		{"1E5", "100000", "100000.0", "100000"},
		{"0.0001", "0.0001", "0.0001", "0.0001"},
		{"0.00001", "0.00001", "1e-05", "1.0e-5"},
		{"0.000001", "0.000001", "1e-06", "1.0e-6"},
		{"1e-7", "1e-7", "1e-07", "1.0e-7"},
		{"1e15", "1000000000000000", "1000000000000000.0", "1000000000000000"},
		{"1e16", "10000000000000000", "1e+16", "10000000000000000"},
		{"1e21", "1e+21", "1e+21", "1.0e+21"},
		{"-1.5E-10", "-1.5e-10", "-1.5e-10", "-1.5e-10"},
		{"9007199254740993", "9007199254740992", "9007199254740993", "9007199254740993"},
		{"1e400", "1e400", "1e400", "1e400"}, // out of range: left as written
	} {
		if got := jsNumber(tc.lit); got != tc.js {
			t.Errorf("jsNumber(%s) = %s, want %s", tc.lit, got, tc.js)
		}
		if got := pythonNumber(tc.lit); got != tc.py {
			t.Errorf("pythonNumber(%s) = %s, want %s", tc.lit, got, tc.py)
		}
		if got := phpNumber(tc.lit); got != tc.php {
			t.Errorf("phpNumber(%s) = %s, want %s", tc.lit, got, tc.php)
		}
	}
}

func TestDecodeJSONNodeRejectsTrailingData(t *testing.T) {
	for _, s := range []string{`{"a":1} {}`, `[1,`, `{"a"}`, ``} {
		if _, ok := decodeJSONNode([]byte(s)); ok {
			t.Errorf("%q decoded", s)
		}
	}
}
