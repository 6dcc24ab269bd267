package bridge

import "testing"

func TestParseOrigin(t *testing.T) {
	for in, want := range map[string]string{
		"https://shop.example":        "https://shop.example",
		"http://127.0.0.1:8081":       "http://127.0.0.1:8081",
		"HTTPS://Shop.Example/":       "https://shop.example",
		"http://[::1]:8081":           "http://[::1]:8081",
		"":                            "",
		"null":                        "",
		"*":                           "",
		"javascript:alert(1)":         "",
		"https://shop.example/path":   "",
		"https://u:p@shop.example":    "",
		"https://shop.example?x=1":    "",
		"https://shop.example:":       "",
		"file:///etc/passwd":          "",
		"https://shop.example\\@evil": "",
		"https://bücher.example":      "",
		"https://shop.example\x7f":    "",
		"http://%80":                  "",
	} {
		got, ok := ParseOrigin(in)
		if got != want || ok != (want != "") {
			t.Errorf("ParseOrigin(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func FuzzParseOrigin(f *testing.F) {
	for _, s := range []string{"https://a.example", "http://[::1]:1", "x", "https://a.example:99999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if o, ok := ParseOrigin(s); ok {
			if o2, ok2 := ParseOrigin(o); !ok2 || o2 != o {
				t.Fatalf("not idempotent: %q -> %q -> %q", s, o, o2)
			}
		}
	})
}
