package report

import "testing"

// TestRedactCredentials: passwords, codes, tokens, JWTs and the caller's
// own secrets.
func TestRedactCredentials(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		secrets        []string
	}{
		{"password colon", "password: hunter2!", "password: [REDACTED:password]!", nil},
		{"password is", "my password is Summer2024", "my password is [REDACTED:password]", nil},
		{"password json", `{"password":"s3cr3t"}`, `{"password":"[REDACTED:password]"}`, nil},
		{"密码", "登录密码：abc123，谢谢", "登录密码：[REDACTED:password]，谢谢", nil},
		{"密码是", "我的密码是Abc12345", "我的密码是[REDACTED:password]", nil},
		{"密码 then Chinese", "密码：abc123谢谢", "密码：[REDACTED:password]谢谢", nil},
		{"passphrase", "passphrase=correct-horse", "passphrase=[REDACTED:password]", nil},
		{"api secret", "API secret: 9F2C4D1E8B7A6C5D4E3F2A1B0C9D8E7F", "API secret: [REDACTED:password]", nil},
		{"code", "verification code: 482913", "verification code: [REDACTED:code]", nil},
		{"验证码", "短信验证码123456请勿告诉他人", "短信验证码[REDACTED:code]请勿告诉他人", nil},
		{"验证码是", "验证码是 8841", "验证码是 [REDACTED:code]", nil},
		{"bare code 6 digits", "the code is 551234", "the code is [REDACTED:code]", nil},
		{"2fa", "2FA 123456", "2FA [REDACTED:code]", nil},
		{"bearer", "Authorization: Bearer abcdef0123456789.xyz", "Authorization: Bearer [REDACTED:bearer]", nil},
		{"basic", "Authorization: Basic dXNlcjpwYXNzd29yZA==", "Authorization: Basic [REDACTED:bearer]", nil},
		{"jwt", "token " + jwt + " expired", "token [REDACTED:jwt] expired", nil},
		{"access_token", "https://x.example/cb?access_token=abcDEF123456&x=1", "https://x.example/cb?access_token=[REDACTED:token]&x=1", nil},
		{"explicit secret", "I typed Tr0ub4dor&3 in the box", "I typed [REDACTED:secret] in the box", []string{"Tr0ub4dor&3"}},
		{"explicit secret twice", "aXb9-aXb9", "[REDACTED:secret]-[REDACTED:secret]", []string{"aXb9"}},
		{"short secret whole word only", "pin 42 and 420", "pin [REDACTED:secret] and 420", []string{"42"}},
	} {
		if got := Redact(tc.in, tc.secrets...); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// Well-known formats merchants paste: tokens that carry their prefix,
// labels followed by a space, names that end in a keyword, JSON fields and
// passphrases of several words.
func TestRedactPastedForms(t *testing.T) {
	const hex32 = "9F2C4D1E8B7A6C5D4E3F2A1B0C9D8E7F"
	for _, tc := range []struct{ name, in, want string }{
		{"stripe secret key", "STRIPE_KEY=sk_live_51H8xYzAbCdEfGhIjKlMnOpQr", "STRIPE_KEY=[REDACTED:token]"},
		{"stripe restricted key", "key rk_live_51H8xYzAbCdEfGhIjKlMnOpQr ok", "key [REDACTED:token] ok"},
		{"stripe webhook secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "[REDACTED:token]"},
		{"github token", "token ghp_16C7e42F292c6912E7710c838347Ae178B4a", "token [REDACTED:token]"},
		{"github fine-grained", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "[REDACTED:token]"},
		{"jwt bare", jwt, "[REDACTED:jwt]"},
		{"jwt ends a sentence", "token: " + jwt + ". Expired?", "token: [REDACTED:jwt]. Expired?"},
		{"jwt header with spaces", "x eyAiYWxnIjogIkhTMjU2IiB9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMDEyMzQ1Njc4OQ y", "x [REDACTED:jwt] y"},
		{"encrypted jwt, five parts", "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.OKOawDo13gRp2oja.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6ji.XFBoMYUZodetZdvTiFvSkQ", "[REDACTED:jwt]"},
		{"密码 space", "密码 P@ss", "密码 [REDACTED:password]"},
		{"私钥 space", "私钥 0x" + hex64, "私钥 [REDACTED:private-key]"},
		{"API 秘钥 space", "API 秘钥 " + hex32, "API 秘钥 [REDACTED:password]"},
		{"prefixed name", "OKX_SECRET_KEY=" + hex32, "OKX_SECRET_KEY=[REDACTED:password]"},
		{"prefixed passphrase", "OKX_API_PASSPHRASE=Trade#2024", "OKX_API_PASSPHRASE=[REDACTED:password]"},
		{"json camel case", `{"apiKey": "0190b6a2-7c1e-4d3a-9f4e-2b8c1d0e5f6a", "apiSecret": "` + hex32 + `"}`, `{"apiKey": "0190b6a2-7c1e-4d3a-9f4e-2b8c1d0e5f6a", "apiSecret": "[REDACTED:password]"}`},
		{"js object", "new ccxt.okx({ secret: 'abcDEF123456' })", "new ccxt.okx({ secret: '[REDACTED:password]' })"},
		{"multi-word passphrase", "passphrase: correct horse battery staple\nthanks", "passphrase: [REDACTED:password]\nthanks"},
		{"multi-word passphrase, sentence ends", "口令：open sesame now. Please check.", "口令：[REDACTED:password]. Please check."},
		{"quoted passphrase", "passphrase: “open sesame” and more", "passphrase: “[REDACTED:password]” and more"},
	} {
		if got := Redact(tc.in); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
	// What the new rules must leave alone.
	for _, in := range []string{
		"password reset link expired",
		"密码 错误次数过多",
		"密码 OKPay是一种支付平台",
		"password 2024-11-21 changed",
		"publishable key pk_live_51H8xYzAbCdEfGhIjKlMnOpQr",
		"OK-ACCESS-KEY: 0190b6a2-7c1e-4d3a-9f4e-2b8c1d0e5f6a",
		"sk_live_short",
	} {
		if got := Redact(in); got != in {
			t.Errorf("changed %q to %q", in, got)
		}
	}
}
