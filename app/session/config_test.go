package session

import (
	"net/url"
	"strings"
	"testing"
)

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestParseConfig(t *testing.T) {
	c := ParseConfig(mustURL(t, "https://w.example/?host=https%3A%2F%2FShop.Example&lang=zh-CN&platform=acme&manifest=https%3A%2F%2Fw.example%2Fm.json&manifestKey=ed25519%3Aabc"))
	want := Config{HostOrigin: "https://shop.example", Lang: "zh-CN", Platform: "acme", ManifestURL: "https://w.example/m.json", ManifestKey: "ed25519:abc"}
	if c != want {
		t.Fatalf("got %+v\nwant %+v", c, want)
	}
	if c := ParseConfig(mustURL(t, "https://w.example/?host=*&lang="+strings.Repeat("x", maxQueryValue+1))); c.HostOrigin != "" || c.Lang != "" {
		t.Fatalf("bad values kept: %+v", c)
	}
}
