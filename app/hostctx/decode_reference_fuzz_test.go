package hostctx

import (
	"encoding/json"
	"slices"
	"testing"
)

// sameAsReference fails t when Decode differs from decodeByMap on data in
// what the merchant gets: the context kept (in its JSON form, where an
// empty list and no list are the same) and the set of paths named. One
// difference is intended: data after the JSON value, which the reference
// ignored, is now named with an empty path. The order of the problems is
// now the document's, so paths are compared as sets.
func sameAsReference(t *testing.T, data []byte) {
	t.Helper()
	got, probs := Decode(data)
	want, wantPaths := decodeByMap(data)
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Fatalf("%q\nDecode     %s\nreference  %s", data, g, w)
	}
	var paths []string
	for _, p := range probs {
		paths = append(paths, p.Path)
	}
	if len(data) <= MaxBytes && !json.Valid(data) && !slices.Contains(wantPaths, "") {
		wantPaths = append(wantPaths, "") // the trailing data
	}
	slices.Sort(paths)
	slices.Sort(wantPaths)
	if !slices.Equal(paths, wantPaths) {
		t.Fatalf("%q\nDecode named    %q\nreference named %q", data, paths, wantPaths)
	}
}

var referenceSeeds = []string{
	`{}`, `[]`, `null`, `{`, `"x"`, `{"a":1} {"b":2}`, `{"merchantId":"M"} x`,
	`{"balance":{"available":"1"}}`, `{"balance":{"available":true,"currency":"USDT"},"merchantId":"M"}`,
	`{"recentOrders":[{"id":1},null,2,{"id":" a "}]}`, `{"recentOrders":null}`, `{"recentOrders":{}}`,
	`{"apiKey":{"permissions":["x","READ",7,null],"ipWhitelist":[7,"1.2.3.4",null]}}`,
	`{"apiKey":"abc","account":{"status":"Locked","kyc":5}}`, `{"pending":{"kind":" Payment ","amount":1e400}}`,
	`{"balance":{"available":"1"},"balance":{"currency":"X"}}`, `{"balance":{"available":true},"balance":{"currency":"X"}}`,
	`{"balance":5,"balance":null}`, `{"merchantId":"\u00e9\ud800\xff"}`, `{"MerchantId":"case"}`,
	`{"__proto__":{"a":1}}`, `{"lastError":{"code":-0.5e3}}`, `{"contact":{"email":["a"]}}`,
}

func TestDecodeMatchesReference(t *testing.T) {
	for _, s := range referenceSeeds {
		sameAsReference(t, []byte(s))
	}
}

func FuzzDecodeMatchesReference(f *testing.F) {
	for _, s := range referenceSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sameAsReference(t, data)
	})
}
