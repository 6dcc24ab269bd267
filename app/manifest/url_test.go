package manifest

import (
	"testing"
)

func TestCheckLink(t *testing.T) {
	m, err := Parse(minimal(t), testNow)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.CheckLink("https://help.example.com/a"); err != nil {
		t.Error(err)
	}
	for _, bad := range []string{"http://help.example.com", "https://example.com.test", "javascript:alert(1)", "//help.example.com"} {
		if m.CheckLink(bad) == nil {
			t.Errorf("CheckLink(%q) accepted", bad)
		}
	}
}

func TestTelAndMailtoShapes(t *testing.T) {
	for tel, ok := range map[string]bool{
		"tel:+1-555-0100": true, "tel:+8613800000000": true, "tel:+1.555.0100": true, "tel:+1(555)0100": true,
		"tel:5550100": false, "tel:+1 555 0100": false, "tel:+1-": false, "tel:+123456": false,
		"tel:+1234567890123456": false, "tel:+1-555-0100;ext=1": false, "tel:": false,
	} {
		if code, _ := checkTel(tel); (code == "") != ok {
			t.Errorf("checkTel(%q) = %q, want ok=%v", tel, code, ok)
		}
	}
	domains := []string{"example.com"}
	for addr, ok := range map[string]bool{
		"mailto:help@example.com": true, "mailto:help@support.example.com?subject=Hi": true,
		"mailto:help": false, "mailto:@example.com": false, "mailto:a b@example.com": false,
		"mailto:help@example.net": false, "mailto:help@localhost": false, "mailto:.a@example.com": false,
		"mailto:help@example.com?subject=Hi&body=Case%201%0D%0A": true, "mailto:help@example.com?body=x&subject=y": true,
		"mailto:help@example.com?bcc=a@evil.test": false, "mailto:help@example.com?cc=a@evil.test": false,
		"mailto:help@example.com?to=a@evil.test": false, "mailto:help@example.com?from=a@evil.test": false,
		"mailto:help@example.com?x-priority=1": false, "mailto:help@example.com?Subject=Hi": false,
		"mailto:help@example.com?BCC=a@evil.test": false, "mailto:help@example.com?subject=a&subject=b": false,
		"mailto:help@example.com?subject=Hi&": false, "mailto:help@example.com?": false,
		"mailto:help@example.com?subject=Hi?bcc=a@evil.test": false, "mailto:help@example.com?subject=%zz": false,
		"mailto:help@example.com?subject=Hi%0D%0ABcc:%20a@evil.test": false,
		"mailto:a%40evil.test%2Chelp@example.com":                    false, "mailto:help#x@example.com": false,
	} {
		if code, _ := checkMailto(addr, domains); (code == "") != ok {
			t.Errorf("checkMailto(%q) = %q, want ok=%v", addr, code, ok)
		}
	}
	if !isIPLiteral("10.0.0.1") || !isIPLiteral("::1") || isIPLiteral("help.example.com") {
		t.Error("isIPLiteral")
	}
}
