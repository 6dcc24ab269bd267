package manifest

import "testing"

func TestAPIResolve(t *testing.T) {
	self := API{Origin: Self, Ping: "/api/ping", Time: "/api/time"}
	if u, err := self.PingURL("http://127.0.0.1:8080/widget/index.html"); err != nil || u != "http://127.0.0.1:8080/api/ping" {
		t.Errorf("self PingURL = %q, %v", u, err)
	}
	if _, err := self.TimeURL("not an origin"); err == nil {
		t.Error("a bad widget origin was accepted")
	}
	fixed := API{Origin: "https://api.example.com", Ping: "/ping", Time: "https://time.example.com/now"}
	if u, _ := fixed.PingURL("https://widget.example.com"); u != "https://api.example.com/ping" {
		t.Errorf("fixed PingURL = %q", u)
	}
	if u, _ := fixed.TimeURL("https://widget.example.com"); u != "https://time.example.com/now" {
		t.Errorf("absolute TimeURL = %q", u)
	}
	if isPath("//evil.example/x") {
		t.Error("a protocol-relative URL is not a path")
	}
}
