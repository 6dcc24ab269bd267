package checks

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
)

// Distinctive secrets: if any of them, or their hex or base64 forms, shows
// up in a finding, an error or a log line, a check leaked it.
const (
	leakSecret     = "Zeta-Secret-Value-Do-Not-Leak-42"
	leakHexSecret  = "A1B2C3D4E5F60718293A4B5C6D7E8F90"
	leakPassphrase = "Omega-Pass-Phrase-77"
	leakWebhook    = "whsec_Kappa-Leak-Check-9"
	leakURLPass    = "Pw-Sigma-Leak-5521"
)

// secretForms are the encodings a careless check could print.
func secretForms(secrets ...string) []string {
	var out []string
	for _, s := range secrets {
		for _, v := range []string{s, strings.TrimSpace(s)} {
			b := []byte(v)
			out = append(out, v, hex.EncodeToString(b), strings.ToUpper(hex.EncodeToString(b)),
				base64.StdEncoding.EncodeToString(b), base64.RawStdEncoding.EncodeToString(b),
				base64.URLEncoding.EncodeToString(b), base64.RawURLEncoding.EncodeToString(b))
		}
	}
	return out
}

// unscrubbed returns a copy of c that declares no secret fields, so the
// engine's scrubber (its second line of defence) stays out of the way and
// the test sees exactly what the check reported.
func unscrubbed(c *diag.Check) *diag.Check {
	cp := *c
	cp.Needs.Form = nil
	return &cp
}

func TestNoSecretsInFindings(t *testing.T) {
	sign := func(key, msg string) string { return mistaken(key, msg) }
	okxPre := okxTS + "GET" + okxGetPath
	scenarios := map[string]map[string]string{
		"passphrase used as secret":  {"secret": leakSecret, "passphrase": leakPassphrase, "signature": sign(leakPassphrase, okxPre)},
		"secret with whitespace":     {"secret": " " + leakSecret + "\n", "passphrase": leakPassphrase, "signature": sign(" "+leakSecret+"\n", okxPre)},
		"hex signature":              {"secret": leakHexSecret, "passphrase": leakPassphrase, "signature": hex.EncodeToString([]byte(sign(leakHexSecret, okxPre)))},
		"unexplained mismatch":       {"secret": leakHexSecret, "signature": "garbage"},
		"secret pasted as signature": {"secret": leakHexSecret, "passphrase": leakPassphrase, "signature": leakHexSecret},
		"secret pasted as key":       {"secret": leakHexSecret, "passphrase": leakPassphrase, "key": leakHexSecret},
		"passphrase pasted as key":   {"secret": leakSecret, "passphrase": leakPassphrase, "key": " " + leakPassphrase},
		"webhook wrong scheme":       {"scheme": "stripe", "secret": leakWebhook, "signature": "sha256=" + hmacHex(leakWebhook, "{}"), "body": "{}"},
		"webhook secret whitespace":  {"scheme": "hmac-sha256-hex", "secret": leakWebhook + "\n", "signature": hmacHex(leakWebhook, "{}"), "body": "{}"},
		"webhook secret as header":   {"scheme": "okx-v5", "secret": leakWebhook, "signature": leakWebhook, "body": "{}"},
		"webhook mismatch":           {"scheme": "hmac-sha256-hex", "secret": leakWebhook, "signature": strings.Repeat("0", 64), "body": `{"a":1}`},
	}
	forms := secretForms(leakSecret, leakHexSecret, leakPassphrase, leakWebhook, leakURLPass)
	for name, form := range scenarios {
		for k, v := range map[string]string{"timestamp": okxTS, "method": "GET", "path": okxGetPath, "url": "https://ops:" + leakURLPass + "@shop.example/n"} {
			if _, ok := form[k]; !ok {
				form[k] = v
			}
		}
		var logs []string
		env := &diag.Env{
			Form:    form,
			Context: hostctx.Context{CallbackURL: "https://ops:" + leakURLPass + "@shop.example/n", APIKey: hostctx.APIKey{Permissions: []string{"trade"}}},
			Net:     answer(diag.Response{}, fmt.Errorf("dial: connection refused")),
			Now:     func() time.Time { return testNow },
			Logf:    func(format string, args ...any) { logs = append(logs, fmt.Sprintf(format, args...)) },
		}
		var checks []*diag.Check
		for _, c := range All() {
			checks = append(checks, unscrubbed(c))
		}
		rep := diag.Run(context.Background(), checks, env, diag.RunOptions{})
		out, _ := json.Marshal(rep)
		all := string(out) + strings.Join(logs, "\n")
		for _, f := range rep.Findings() {
			record(t, f)
		}
		for _, s := range forms {
			if strings.Contains(all, s) {
				t.Errorf("%s: secret form %q leaked in %s", name, s, all)
			}
		}
		// A secret pasted as the key must not be shown even masked.
		if strings.Contains(all, "A1B2…") || strings.Contains(all, "Omeg…") {
			t.Errorf("%s: masked secret shown", name)
		}
		// Partial leaks: no 8-character run of a secret either.
		for _, s := range []string{leakSecret, leakHexSecret, leakPassphrase, leakWebhook} {
			for i := 0; i+8 <= len(s); i++ {
				if strings.Contains(all, s[i:i+8]) {
					t.Errorf("%s: part %q of a secret leaked", name, s[i:i+8])
					break
				}
			}
		}
	}
}
