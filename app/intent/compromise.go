package intent

// compromiseWords point to a compromised account: a theft, a stranger's
// login or a leaked secret. "Unauthorized" alone is an API's 401, not a
// theft: only an unauthorized withdrawal, login or transfer counts. Any of them, not negated, makes the text an
// emergency whatever the manifest's keywords say. Traditional forms are
// matched through the Simplified ones (盜 as 盗); Taiwan's own words
// (駭客) are listed in their Simplified characters.
var compromiseWords = []string{
	"被盗", "盗号", "盗刷", "盗走", "盗用", "冒用", "被黑", "黑客", "被入侵", "入侵", "被骇", "骇客", "遭骇",
	"陌生设备", "陌生登录", "陌生ip", "异地登录", "异常登录", "不明登录", "别人登录", "被人登录",
	"不是我操作", "非本人操作", "不是本人操作", "未经我授权", "未经授权的提现", "未经授权的登录", "未经授权的转账",
	"未经授权提现", "未经授权登录", "未经授权转账", "未授权提现", "未授权登录", "未授权转账", "被转走", "被提走", "被人提现",
	"不明提现", "陌生提现", "莫名转出", "莫名其妙转出", "资金不见", "币不见了", "钱不见了", "被清空",
	"私钥泄露", "助记词泄露", "密钥泄露", "密码泄露", "验证码泄露", "私钥泄漏", "助记词泄漏", "密钥泄漏",
	"hacked", "hacker", "stolen", "compromised",
	"unauthorized withdrawal", "unauthorized login", "unauthorized transaction", "unauthorized transfer",
	"unauthorised withdrawal", "unauthorised login", "unauthorised transaction", "unauthorised transfer",
	"not me", "wasn't me", "didn't authorize", "did not authorize", "didn't authorise", "unknown device", "unknown login",
	"unknown withdrawal", "unrecognized login", "unrecognised login", "unrecognized withdrawal",
	"suspicious login", "someone logged", "someone else logged", "someone withdrew", "account drained", "wallet drained", "funds drained",
	"leaked", "account taken over", "takeover",
}

// compromiseKeywords are compromiseWords ready to match.
func compromiseKeywords() []keyword {
	out := make([]keyword, 0, len(compromiseWords))
	for _, w := range compromiseWords {
		if k, ok := newKeyword(w); ok {
			out = append(out, k)
		}
	}
	return out
}

// compromised reports one of the keywords, not negated, in a normalized
// text with the given terms.
func compromised(ks []keyword, text string, terms []string) bool {
	for _, k := range ks {
		if k.in(text, terms, true) {
			return true
		}
	}
	return false
}
