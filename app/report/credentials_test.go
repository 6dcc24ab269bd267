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
