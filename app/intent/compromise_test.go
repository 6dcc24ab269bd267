package intent

import "testing"

func TestCompromised(t *testing.T) {
	for text, want := range map[string]bool{
		"我的账户被盗了":                                    true,
		"我的帳戶被盜了":                                    true,
		"帳號被駭，錢都被轉走":                                 true,
		"有陌生设备登录了我的商户后台":                             true,
		"助记词泄露了怎么办":                                  true,
		"my account got hacked":                      true,
		"It wasn't me who withdrew":                  true,
		"there is an unknown withdrawal of 300 USDT": true,
		"Someone logged in from Lagos":               true,
		"我的账户没有被盗":                                   false,
		"并未被盗，只是提现慢":                                 false,
		"I was not hacked, just locked out":          false,
		"my account wasn't hacked":                   false,
		"提现一直没到账":                                    false,
		"API returns 401 Unauthorized":               false,
		"接口返回 401 未授权":                               false,
		"签名错误 未授权":                                   false,
		"webhook unauthorized error":                 false,
		"my battery drained":                         false,
		"有一笔未经授权的提现":                                 true,
		"an unauthorized withdrawal of 50 USDT":      true,
		"":                                           false,
	} {
		if got := compromised(compromiseKeywords(), normalize(text), terms(normalize(text))); got != want {
			t.Errorf("compromised(%q) = %v, want %v", text, got, want)
		}
	}
}
