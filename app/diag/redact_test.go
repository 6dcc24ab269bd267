package diag

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/i18n"
)

func TestScrubber(t *testing.T) {
	const secret = "Zq9-very-secret "
	s := newScrubber([]string{secret, "ab"})
	f := s.finding(Finding{
		Message:  i18n.T("密钥 "+secret, "key "+hex.EncodeToString([]byte(secret))),
		Fix:      i18n.T("x", base64.StdEncoding.EncodeToString([]byte(strings.TrimSpace(secret)))),
		Evidence: []Evidence{{Label: i18n.T("a", "b"), Value: "v=" + secret}},
	})
	all := f.Message.In(i18n.ZH) + f.Message.In(i18n.EN) + f.Fix.In(i18n.EN) + f.Evidence[0].Value
	if strings.Contains(all, "secret") || strings.Contains(all, hex.EncodeToString([]byte(secret))) {
		t.Fatalf("secret survived: %q", all)
	}
	if !strings.Contains(all, redacted) {
		t.Fatalf("nothing redacted: %q", all)
	}
	if got := s.str("ab cd"); got != "ab cd" {
		t.Fatalf("short values must not be scrubbed, got %q", got)
	}
}
