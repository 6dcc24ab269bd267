package report

import (
	"encoding/base64"
	"strings"
	"unicode"
	"unicode/utf8"
)

// findCredentials finds secrets announced by a word before them: passwords,
// verification codes, bearer tokens and token parameters; and JWTs, which
// announce themselves.
func findCredentials(text string) []Match {
	var ms []Match
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		// Lower-casing changed byte lengths (a few rare letters do), so
		// offsets would not line up; fold ASCII only.
		lower = asciiLower(text)
	}
	ms = append(ms, findPasswords(text, lower)...)
	ms = append(ms, findCodes(text, lower)...)
	ms = append(ms, findBearers(text, lower)...)
	ms = append(ms, findJWTs(text)...)
	ms = append(ms, findPrefixedTokens(text)...)
	return ms
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// keyword is a word that announces a secret.
type keyword struct {
	word string
	kind Kind
}

var passwordWords = []keyword{
	{"password", KindPassword}, {"passwd", KindPassword}, {"pwd", KindPassword},
	{"passphrase", KindPassword}, {"pass phrase", KindPassword},
	{"密码", KindPassword}, {"密碼", KindPassword}, {"口令", KindPassword},
	{"client_secret", KindPassword}, {"api secret", KindPassword}, {"api_secret", KindPassword},
	{"secret key", KindPassword}, {"secret_key", KindPassword}, {"secretkey", KindPassword},
	{"secret_access_key", KindPassword}, {"secretaccesskey", KindPassword},
	{"secret", KindPassword}, {"密钥", KindPassword}, {"秘钥", KindPassword}, {"密鑰", KindPassword},
	{"private key", KindPrivateKey}, {"private_key", KindPrivateKey}, {"私钥", KindPrivateKey}, {"私鑰", KindPrivateKey},
	{"access_token", KindToken}, {"refresh_token", KindToken}, {"id_token", KindToken},
	{"auth_token", KindToken}, {"api_token", KindToken}, {"session_token", KindToken},
}

// phraseWords are the keywords whose value may be several words.
var phraseWords = map[string]bool{"passphrase": true, "pass phrase": true, "口令": true}

// findPasswords redacts the value after a keyword for a password,
// passphrase, API secret, private key or token, and a
// separator: "password: x", "password=x", `"password":"x"`, "密码：x",
// "password is x", "密码是x", and a bare space ("密码 P@ss1"). After the
// spoken separators (is, 是, 为) the value must look like a password (a
// digit, or two kinds of character), so "my password is wrong" and
// "密码是正确的" stay as they are; after a bare space the bar is higher.
//
// The keyword may end a longer name, as configuration files and code write
// them: OKX_SECRET_KEY=, "apiSecret":, webhookSecret:.
func findPasswords(text, lower string) []Match {
	var ms []Match
	for _, kw := range passwordWords {
		for from := 0; ; {
			i := strings.Index(lower[from:], kw.word)
			if i < 0 {
				break
			}
			i += from
			from = i + len(kw.word)
			if isASCIIWord(kw.word) && (!nameStart(text, i) || isWordByte(byteAt(text, from)) && !strings.HasSuffix(kw.word, "_")) {
				continue
			}
			start, sep, ok := afterSeparator(text, lower, from)
			if !ok {
				continue
			}
			first, _ := utf8.DecodeRuneInString(text[start:])
			quoted := closing[first] != 0
			start, end := value(text, start, sep == "=")
			if end <= start || strings.HasPrefix(text[start:], placeholderPrefix) {
				continue
			}
			v := text[start:end]
			if hasCJK(v) || sep == "is" && !passwordLike(v) || sep == " " && (!spacedPasswordLike(v) || glued(text, end)) {
				continue
			}
			if phraseWords[kw.word] && !quoted && (sep == ":" || sep == "=") {
				end = phraseEnd(text, end)
			}
			ms = append(ms, Match{start, end, kw.kind})
		}
	}
	return ms
}

// nameStart reports whether a keyword at i starts a word or ends a longer
// name: after an underscore (OKX_SECRET_KEY) or at a camel-case hump
// (apiSecret).
func nameStart(text string, i int) bool {
	c := byteBefore(text, i)
	if !isWordByte(c) || c == '_' {
		return true
	}
	u := byteAt(text, i)
	return u >= 'A' && u <= 'Z' && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
}

// phraseEnd extends a passphrase value over the words after it, to the end
// of the line or sentence: "passphrase: correct horse battery staple".
func phraseEnd(text string, end int) int {
	const maxPhrase = 128
	limit := min(len(text), end+maxPhrase)
	j := end
	for j < limit {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == '\n' || r == '\r' || isCJK(r) || strings.ContainsRune("\"'，。；！？、,;", r) {
			break
		}
		if r == '.' && (j+1 >= len(text) || text[j+1] == ' ') {
			break
		}
		j += n
	}
	return len(strings.TrimRight(text[:j], " \t.!?)]}"))
}

// glued reports a CJK character right after a value: the sentence goes on
// ("密码 OKPay是…"), so the value is a word of it.
func glued(text string, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[end:])
	return isCJK(r)
}

// spacedPasswordLike is the bar for a value after a bare space, where the
// keyword may just be a noun in a sentence ("password reset", "密码 2024-11
// 修改过"): at least four characters, and a digit with a letter, a symbol,
// or four or more digits and nothing else.
func spacedPasswordLike(v string) bool {
	if utf8.RuneCountInString(v) < 4 {
		return false
	}
	var letter, digit, symbol bool
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case unicode.IsLetter(r):
			letter = true
		case strings.ContainsRune("-/.:,", r):
			// dates, times and amounts use these; they make nothing a password
		default:
			symbol = true
		}
	}
	if !letter && !symbol {
		return digit && strings.Trim(v, "0123456789") == ""
	}
	return symbol || digit && letter
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// afterSeparator skips quotes and spaces, then a separator, then spaces,
// returning where the value starts and which separator it was: ":" (also
// "："), "=", "is" for the spoken ones ("is", "was", "是", "为"), which are
// also ordinary words, or " " when only spaces stand between keyword and
// value.
func afterSeparator(text, lower string, i int) (start int, sep string, ok bool) {
	from := i
	i = skipQuotesAndSpaces(text, i)
	switch {
	case strings.HasPrefix(text[i:], ":"):
		i, sep = i+1, ":"
	case strings.HasPrefix(text[i:], "="):
		i, sep = i+1, "="
	case strings.HasPrefix(text[i:], "："):
		i, sep = i+len("："), ":"
	case strings.HasPrefix(lower[i:], "is ") || strings.HasPrefix(lower[i:], "was "):
		i, sep = strings.IndexByte(text[i:], ' ')+i+1, "is"
	case strings.HasPrefix(text[i:], "是") || strings.HasPrefix(text[i:], "为") || strings.HasPrefix(text[i:], "為"):
		i, sep = i+len("是"), "is"
	case i > from && skipSpaces(text, from) == i:
		return i, " ", true
	default:
		return 0, "", false
	}
	// A second separator (": is", "是：") is allowed.
	i = skipSpaces(text, i)
	if strings.HasPrefix(text[i:], ":") || strings.HasPrefix(text[i:], "=") {
		i++
	} else if strings.HasPrefix(text[i:], "：") {
		i += len("：")
	}
	return skipSpaces(text, i), sep, true
}

// hasCJK reports Chinese, Japanese or Korean letters. Passwords are typed in
// ASCII; what follows "密码：" in Chinese is a sentence ("更改密码：在成功
// 解锁账户后…"), not a password.
func hasCJK(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}

func isCJK(r rune) bool {
	return r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func skipSpaces(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != ' ' && r != '\t' && r != '\u3000' {
			break
		}
		i += n
	}
	return i
}

func skipQuotesAndSpaces(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != ' ' && r != '\t' && r != '"' && r != '\'' && r != '\u3000' {
			break
		}
		i += n
	}
	return i
}

// closing pairs opening quotes with their closing ones.
var closing = map[rune]rune{'"': '"', '\'': '\'', '`': '`', '“': '”', '‘': '’', '「': '」', '『': '』'}

// value returns the bounds of the value at i: inside its quotes if it is
// quoted (the quotes stay), else up to a space or a mark that ends a
// sentence. In a query string (after "=") "&" and "#" end it too.
func value(text string, i int, query bool) (start, end int) {
	const maxValue = 256
	if i >= len(text) {
		return i, i
	}
	if r, n := utf8.DecodeRuneInString(text[i:]); closing[r] != 0 {
		c := closing[r]
		if k := strings.IndexRune(text[i+n:], c); k > 0 && k <= maxValue {
			return i + n, i + n + k
		}
		return i, i // an unclosed or empty quote: leave it
	}
	stops := "\"'，。；！？、）】」』,;"
	if query {
		stops += "&#"
	}
	j := i
	for j < len(text) && j-i < maxValue {
		r, n := utf8.DecodeRuneInString(text[j:])
		// Passwords are typed in ASCII; Chinese right after one is the
		// sentence going on ("密码：abc123谢谢").
		if unicode.IsSpace(r) || strings.ContainsRune(stops, r) || isCJK(r) {
			break
		}
		j += n
	}
	// A full stop, comma or bracket right after the value ends the sentence,
	// not the password.
	for j > i && strings.IndexByte(".,;:!?)]}", text[j-1]) >= 0 {
		j--
	}
	return i, j
}

// passwordLike is the bar for a value after "is": a digit, or at least two
// of lower case, upper case and symbols.
func passwordLike(v string) bool {
	var lower, upper, digit, symbol bool
	for _, r := range v {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
			upper = true
		case r < utf8.RuneSelf && unicode.IsPunct(r) || unicode.IsSymbol(r):
			symbol = true
		}
	}
	n := 0
	for _, b := range []bool{lower, upper, symbol} {
		if b {
			n++
		}
	}
	return digit || n >= 2
}

// Verification codes. Qualified words announce a code of 4 to 8 digits.
// The bare word "code" is also how merchants quote error codes ("error code
// 50113"), so after it only a 6-digit number counts (the length of nearly
// every SMS and authenticator code), and never after error, status and the
// like.
var (
	codeWords = []string{"verification code", "verify code", "auth code", "authentication code",
		"security code", "sms code", "email code", "2fa code", "2fa", "otp", "one-time code",
		"one time code", "one-time password", "login code", "confirmation code", "totp",
		"验证码", "驗證碼", "校验码", "动态码", "动态口令", "确认码", "安全码", "谷歌验证"}
	notVerification = []string{"error", "err", "status", "response", "http", "return", "exit", "reason",
		"promo", "coupon", "discount", "zip", "postal", "post", "country", "area", "region", "currency",
		"product", "item", "order", "bank", "swift", "invite", "invitation", "referral", "source", "qr",
		"bar", "merchant", "api", "result", "fault", "错误", "状态"}
)

func findCodes(text, lower string) []Match {
	var ms []Match
	scan := func(word string, minLen, maxLen int, bare bool) {
		for from := 0; ; {
			i := strings.Index(lower[from:], word)
			if i < 0 {
				return
			}
			i += from
			from = i + len(word)
			if isASCIIWord(word) && (isWordByte(byteBefore(text, i)) || isWordByte(byteAt(text, from))) {
				continue
			}
			if bare && precededBy(lower, i, notVerification) {
				continue
			}
			j := skipCodeFiller(text, lower, from)
			k := j
			for k < len(text) && text[k] >= '0' && text[k] <= '9' {
				k++
			}
			if n := k - j; n >= minLen && n <= maxLen && !isWordByte(byteAt(text, k)) {
				ms = append(ms, Match{j, k, KindCode})
			}
		}
	}
	for _, w := range codeWords {
		scan(w, 4, 8, false)
	}
	scan("code", 6, 6, true)
	return ms
}

// skipCodeFiller skips what may stand between the word and the code:
// spaces, quotes, ":", "=", "is", "是", "为".
func skipCodeFiller(text, lower string, i int) int {
	for steps := 0; steps < 6 && i < len(text); steps++ {
		switch {
		case strings.HasPrefix(lower[i:], "is "):
			i += 3
		case strings.HasPrefix(text[i:], "：") || strings.HasPrefix(text[i:], "是") || strings.HasPrefix(text[i:], "为"):
			i += 3
		case strings.IndexByte(" \t:=\"'#", text[i]) >= 0:
			i++
		default:
			return i
		}
	}
	return i
}

// precededBy reports whether one of words ends right before position i,
// ignoring spaces, dashes and underscores between them.
func precededBy(lower string, i int, words []string) bool {
	j := i
	for j > 0 && strings.IndexByte(" _-", lower[j-1]) >= 0 {
		j--
	}
	for _, w := range words {
		if strings.HasSuffix(lower[:j], w) {
			return true
		}
	}
	return false
}

// findBearers finds "Bearer <token>" and "Authorization: Basic <creds>".
func findBearers(text, lower string) []Match {
	var ms []Match
	for _, w := range []string{"bearer ", "basic "} {
		for from := 0; ; {
			i := strings.Index(lower[from:], w)
			if i < 0 {
				break
			}
			i += from
			from = i + len(w)
			if isWordByte(byteBefore(text, i)) {
				continue
			}
			if w == "basic " && !strings.Contains(lower[max(0, i-24):i], "authorization") {
				continue
			}
			j := skipSpaces(text, from)
			k := j
			for k < len(text) && isTokenByte(text[k]) {
				k++
			}
			for k < len(text) && text[k] == '=' {
				k++
			}
			if k-j >= 8 && !strings.HasPrefix(text[j:], placeholderPrefix) {
				ms = append(ms, Match{j, k, KindBearer})
			}
		}
	}
	return ms
}

// isTokenByte reports the RFC 6750 token68 characters, less '='.
func isTokenByte(c byte) bool {
	return isWordByte(c) || strings.IndexByte("-._~+/", c) >= 0
}

func isBase64URL(c byte) bool { return isWordByte(c) || c == '-' }

// jwtStarts are how a base64url JSON header starts: `{"`, and `{ `, `{\n`,
// `{\r` for headers written with white space.
var jwtStarts = []string{"eyJ", "eyA", "ewo", "ew0"}

// findJWTs finds header.payload.signature, and the five parts of an
// encrypted token (JWE), where the header is base64url JSON.
func findJWTs(text string) []Match {
	var ms []Match
	for _, start := range jwtStarts {
		for from := 0; ; {
			i := strings.Index(text[from:], start)
			if i < 0 {
				break
			}
			i += from
			from = i + len(start)
			if isBase64URL(byteBefore(text, i)) {
				continue
			}
			if end, ok := jwtAt(text, i); ok {
				ms = append(ms, Match{i, end, KindJWT})
				from = end
			}
		}
	}
	return ms
}

// jwtAt reports whether a token starts at i, and where it ends: three to
// five dot-separated base64url parts, of which only the last may be empty
// (an unsigned token), and a header that decodes to a JSON object.
func jwtAt(text string, i int) (int, bool) {
	segs, end := 0, i
	for segs < 5 {
		k := end
		for k < len(text) && isBase64URL(text[k]) {
			k++
		}
		if k == end && segs < 2 {
			return 0, false
		}
		segs++
		end = k
		if segs >= 3 && (end >= len(text) || text[end] != '.' || !isBase64URL(byteAt(text, end+1))) {
			break
		}
		if end >= len(text) || text[end] != '.' {
			return 0, false
		}
		end++
	}
	if segs < 3 {
		return 0, false
	}
	header := text[i : strings.IndexByte(text[i:], '.')+i]
	h, err := base64.RawURLEncoding.DecodeString(header)
	if err != nil || !strings.HasPrefix(strings.TrimLeft(string(h), " \t\r\n"), "{") {
		return 0, false
	}
	return end, true
}

// tokenPrefixes start API keys and tokens that say what they are; the body
// after the prefix must be at least min characters of the token's alphabet.
var tokenPrefixes = []struct {
	prefix string
	min    int
}{
	{"sk_live_", 16}, {"sk_test_", 16}, {"rk_live_", 16}, {"rk_test_", 16}, // Stripe secret and restricted keys
	{"whsec_", 24},                                                       // Stripe webhook signing secret
	{"ghp_", 30}, {"gho_", 30}, {"ghu_", 30}, {"ghs_", 30}, {"ghr_", 30}, // GitHub tokens
	{"github_pat_", 40}, // GitHub fine-grained token
}

// findPrefixedTokens finds the tokens of tokenPrefixes wherever they stand.
func findPrefixedTokens(text string) []Match {
	var ms []Match
	for _, tp := range tokenPrefixes {
		for from := 0; ; {
			i := strings.Index(text[from:], tp.prefix)
			if i < 0 {
				break
			}
			i += from
			from = i + len(tp.prefix)
			if isBase64URL(byteBefore(text, i)) {
				continue
			}
			k := from
			for k < len(text) && (isWordByte(text[k]) || tp.prefix == "whsec_" && (text[k] == '+' || text[k] == '/' || text[k] == '=')) {
				k++
			}
			if k-from >= tp.min {
				ms = append(ms, Match{i, k, KindToken})
				from = k
			}
		}
	}
	return ms
}
