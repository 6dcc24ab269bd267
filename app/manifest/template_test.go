package manifest

import "testing"

func TestExpand(t *testing.T) {
	for _, tc := range []struct {
		tmpl string
		vals map[string]string
		want string
		ok   bool
	}{
		{"https://x.example.com/tx/{tx}", map[string]string{"tx": "0xabc"}, "https://x.example.com/tx/0xabc", true},
		{"https://x.example.com/tx/{tx}", map[string]string{"tx": "../../admin?x=1"}, "https://x.example.com/tx/..%2F..%2Fadmin%3Fx=1", true},
		{"https://x.example.com/t?case={caseId}&c={category}", map[string]string{"caseId": "a b&c=d", "category": "payment"},
			"https://x.example.com/t?case=a+b%26c%3Dd&c=payment", true},
		{"https://x.example.com/{missing}", map[string]string{}, "", false},
		{"https://x.example.com/{tx", map[string]string{"tx": "1"}, "", false},
		{"https://x.example.com/tx}", nil, "", false},
		{"https://x.example.com/{t-x}", map[string]string{"t-x": "1"}, "", false},
	} {
		got, err := Expand(tc.tmpl, tc.vals)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("Expand(%q) = %q, %v; want %q, ok=%v", tc.tmpl, got, err, tc.want, tc.ok)
		}
	}
	if got := Placeholders("https://a/{x}/{y}?z={z}"); len(got) != 3 || got[2] != "z" {
		t.Errorf("Placeholders = %v", got)
	}
}
