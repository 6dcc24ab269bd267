package checks

import (
	"context"
	"net/netip"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/google/uuid"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// APIKey checks the API key's configuration (seed 000 "API配置异常 / API密钥
// 丢失或权限异常"): its format, permissions, IP whitelist, environment and
// idle expiry.
var APIKey = &diag.Check{
	Name:  "apikey",
	Title: i18n.T("API 密钥配置", "API key configuration"),
	Doc: `apikey checks the API key's format, permissions, IP whitelist, environment and expiry.

For okx-v5 platforms the key must be a UUID and the secret 32 hexadecimal
characters, and a passphrase is required. The operation (form "need", or a
pending withdrawal) must be among the key's permissions; the server IP must
be inside the whitelist (IPv4, IPv6, CIDR); a demo key cannot call live and
a key works only on its region's domain. A trade or withdraw key bound to no
IP is deleted after ExpiryIdle without use.`,
	Needs: diag.Needs{
		OptionalPlatform: true, // the signing scheme, environment and API origin
		Context: []string{"apiKey.key", "apiKey.permissions", "apiKey.ipWhitelist", "apiKey.serverIp",
			"apiKey.environment", "apiKey.region", "apiKey.lastUsedAt", "pending.kind"},
		Form: []diag.Field{
			{Name: "key", Label: i18n.T("API Key", "API key"), Optional: true},
			{Name: "secret", Label: i18n.T("Secret Key", "Secret key"), Kind: diag.KindSecret, Optional: true},
			{Name: "passphrase", Label: i18n.T("Passphrase", "Passphrase"), Kind: diag.KindSecret, Optional: true},
			{Name: "need", Label: i18n.T("要执行的操作（read/trade/withdraw）", "Operation (read/trade/withdraw)"), Optional: true},
			{Name: "target", Label: i18n.T("代码调用的环境", "Environment your code calls"), Kind: diag.KindChoice, Options: []string{"live", "demo"}, Optional: true},
		},
	},
	Timeout: diag.LocalTimeout,
	Run:     runAPIKey,
}

func init() { register(80, APIKey) }

// ExpiryIdle is how long an unbound trade or withdraw key may sit unused
// before OKX deletes it.
const ExpiryIdle = 14 * 24 * time.Hour

var (
	labelKey         = i18n.T("API Key", "API key")
	labelLength      = i18n.T("长度", "length")
	labelWhere       = i18n.T("位置", "where")
	labelPermissions = i18n.T("权限", "permissions")
	labelNeed        = i18n.T("需要的权限", "needed permission")
	labelServerIP    = i18n.T("服务器 IP", "server IP")
	labelWhitelist   = i18n.T("IP 白名单", "IP whitelist")
	labelEntry       = i18n.T("条目", "entry")
	labelKeyEnv      = i18n.T("密钥环境", "key environment")
	labelTargetEnv   = i18n.T("目标环境", "target environment")
	labelRegion      = i18n.T("密钥所属地区", "key region")
	labelLastUsed    = i18n.T("上次使用", "last used")
	labelNonHex      = i18n.T("含非十六进制字符", "non-hex characters")

	msgKeyNoInput      = i18n.T("没有 API 密钥信息可检查。", "There is no API key information to check.")
	msgKeyMissing      = i18n.T("没有填写 API Key。", "No API key was given.")
	fixKeyMissing      = i18n.T("在“API 管理”中创建密钥，把 API Key 填入请求头 OK-ACCESS-KEY。", "Create a key under API management and send it in the OK-ACCESS-KEY header.")
	msgWhitespace      = i18n.T("%s 含有空白字符（%s），复制粘贴时常见。", "The %s contains whitespace (%s), a common copy-and-paste slip.")
	fixWhitespace      = i18n.T("删除首尾空格和换行后重新保存配置；从配置文件读取时记得去掉末尾换行。", "Remove the spaces and line breaks and save the configuration again; when reading it from a file, strip the trailing newline.")
	msgKeyMalformed    = i18n.T("API Key 格式不对：应为 UUID（形如 xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx，36 个字符）。", "The API key is malformed: it should be a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, 36 characters).")
	fixKeyMalformed    = i18n.T("从“API 管理”页面重新复制完整的 API Key；不要把 Secret Key 或 Passphrase 填到 Key 的位置。", "Copy the whole API key again from API management; make sure the secret or passphrase was not pasted in its place.")
	msgSecretMalformed = i18n.T("Secret Key 格式不对：应为 32 个十六进制字符。", "The secret key is malformed: it should be 32 hexadecimal characters.")
	fixSecretMalformed = i18n.T("Secret Key 只在创建时显示一次。如果已丢失或不完整，请删除该密钥并重新创建。", "The secret key is shown only once, when the key is created. If it was lost or truncated, delete the key and create a new one.")
	msgPassMissing     = i18n.T("没有填写 Passphrase；该平台的每个请求都需要它（请求头 OK-ACCESS-PASSPHRASE）。", "No passphrase was given; the platform requires it on every request (OK-ACCESS-PASSPHRASE header).")
	fixPassMissing     = i18n.T("填入创建 API Key 时自己设置的 Passphrase；忘记了只能重新创建密钥。", "Send the passphrase you chose when creating the key; if it is forgotten, create a new key.")
	msgPermMissing     = i18n.T("该密钥没有“%s”权限，相关请求会被拒绝。", "The key lacks the %q permission; those requests will be rejected.")
	fixPermMissing     = i18n.T("在“API 管理”中编辑该密钥开启“%s”权限，或新建一个带此权限的密钥。不需要提现时不要开启提现权限。", "Edit the key under API management to add %q, or create a key with it. Do not enable withdrawals unless you need them.")
	msgIPInvalid       = i18n.T("IP 地址或网段“%s”无效。", "%q is not a valid IP address or CIDR range.")
	fixIPInvalid       = i18n.T("IP 白名单只接受 IPv4、IPv6 地址或 CIDR 网段（如 203.0.113.0/24）。", "The whitelist takes IPv4 or IPv6 addresses or CIDR ranges (e.g. 203.0.113.0/24).")
	msgNotWhitelisted  = i18n.T("服务器 IP %s 不在该密钥的 IP 白名单中，请求会被拒绝（如 OKX 错误 50110）。", "The server IP %s is not in the key's IP whitelist; requests will be rejected (e.g. OKX error 50110).")
	fixNotWhitelisted  = i18n.T("把服务器的出口 IP 加入白名单。注意：云服务器、NAT 或代理的出口 IP 可能与本机 IP 不同。", "Add the server's outbound IP to the whitelist. Cloud servers, NAT and proxies often leave from a different IP than the machine's own.")
	msgEnvMismatch     = i18n.T("这是%s环境的密钥，却用于%s环境（如 OKX 错误 50101）。", "This is a %s key used against the %s environment (e.g. OKX error 50101).")
	fixEnvMismatch     = i18n.T("模拟盘密钥只能用于模拟交易（OKX 需加请求头 x-simulated-trading: 1），实盘密钥只能用于实盘。请在对应环境创建密钥。", "Demo keys only work for demo trading (OKX: header x-simulated-trading: 1) and live keys only on live. Create the key in the environment you call.")
	msgRegionMismatch  = i18n.T("该密钥属于“%s”地区，只能通过 %s 调用，而不是 %s。", "The key belongs to region %q and must call %s, not %s.")
	fixRegionMismatch  = i18n.T("把 API 基础地址改为该地区的域名，或在要使用的地区站点创建密钥。", "Point the API base URL at that region's domain, or create the key on the site of the region you use.")
	msgExpiring        = i18n.T("该密钥有交易/提现权限但未绑定 IP，且已 %d 天未使用；此类密钥闲置 14 天会被自动删除。", "The key has trade/withdraw permission, no IP binding and has not been used for %d days; such keys are deleted after 14 days unused.")
	fixExpiring        = i18n.T("给密钥绑定服务器 IP（绑定后不会因闲置被删除），或确认它是否已失效并重新创建。", "Bind the key to your server IPs (bound keys are not deleted for idleness), or check whether it is gone and create a new one.")
	msgUnbound         = i18n.T("该密钥有交易/提现权限但未绑定 IP。", "The key has trade/withdraw permission but is not bound to any IP.")
	fixUnbound         = i18n.T("建议绑定服务器 IP：泄露的密钥无法从其他地址使用，且未绑定 IP 的此类密钥闲置 14 天会被删除。", "Bind it to your server IPs: a leaked key then cannot be used elsewhere, and unbound keys of this kind are deleted after 14 days unused.")
	msgKeyOK           = i18n.T("API 密钥配置未发现问题。", "No problem found in the API key configuration.")
)

// keyInput is what the check knows about the key, from the form (which wins)
// and the host context.
type keyInput struct {
	key, secret, passphrase string
	hasKey, described       bool // a key was given at all; the host described the key
}

// keyIsSecret reports whether the secret or the passphrase was pasted in
// the key's place: then not even the key's ends may be shown.
func (in keyInput) keyIsSecret() bool {
	k := strings.TrimSpace(in.key)
	return k != "" && (k == strings.TrimSpace(in.secret) || k == strings.TrimSpace(in.passphrase))
}

func runAPIKey(ctx context.Context, p *diag.Pass) error {
	hc, plat := p.Context(), p.Platform()
	ak := hc.APIKey
	in := keyInput{key: ak.Key, secret: p.Form("secret"), passphrase: p.Form("passphrase")}
	formKey, inForm := p.FormValue("key")
	if inForm {
		in.key = formKey
	}
	in.described = ak.Key != "" || len(ak.Permissions) > 0 || len(ak.IPWhitelist) > 0 || ak.ServerIP != "" || ak.Environment != "" || ak.LastUsedAt != ""
	in.hasKey = inForm || in.described || in.secret != "" || in.passphrase != ""
	if !in.hasKey {
		p.Report(diag.Skipped(msgKeyNoInput))
		return nil
	}
	problem := false
	report := func(code diag.Code, status diag.Status, msg, fix i18n.Text, ev ...diag.Evidence) {
		p.Report(newFinding(code, status, msg, fix, ev...))
		problem = true
	}
	okx := plat.Scheme() == "okx-v5"

	// Format. Whitespace is reported once per field, then ignored so the
	// other checks see the value the merchant meant.
	for _, f := range []struct {
		name i18n.Text
		val  *string
	}{{i18n.T("API Key", "API key"), &in.key}, {i18n.T("Secret Key", "secret key"), &in.secret}, {i18n.T("Passphrase", "passphrase"), &in.passphrase}} {
		if where := whitespaceAt(*f.val); where != "" && strings.TrimSpace(*f.val) != "" {
			report(diag.CodeAPIKeyWhitespace, diag.StatusFail, msgWhitespace.Format(f.name, whereText[where]), fixWhitespace,
				evidence(labelField, f.name.EN), evidence(labelWhere, where))
			*f.val = strings.Join(strings.Fields(*f.val), "")
		}
	}
	if strings.TrimSpace(in.key) == "" {
		if inForm || ak.Key == "" && in.described {
			report(diag.CodeAPIKeyMissing, diag.StatusFail, msgKeyMissing, fixKeyMissing)
		}
	} else if okx && !isUUID(in.key) {
		ev := []diag.Evidence{evidence(labelLength, strconv.Itoa(len(in.key)))}
		if !in.keyIsSecret() {
			ev = append([]diag.Evidence{evidence(labelKey, maskKey(in.key))}, ev...)
		}
		report(diag.CodeAPIKeyMalformed, diag.StatusFail, msgKeyMalformed, fixKeyMalformed, ev...)
	}
	if okx && in.secret != "" && !isHex32(in.secret) {
		report(diag.CodeAPIKeySecretMalformed, diag.StatusFail, msgSecretMalformed, fixSecretMalformed,
			evidence(labelLength, strconv.Itoa(len(in.secret))), evidence(labelNonHex, yesNo(!allHex(in.secret))))
	}
	if okx && in.secret != "" && in.passphrase == "" {
		report(diag.CodeAPIKeyPassphraseMissing, diag.StatusWarn, msgPassMissing, fixPassMissing)
	}

	// Permissions.
	need := strings.ToLower(strings.TrimSpace(p.Form("need")))
	if need == "" && hc.Pending.Kind == "withdrawal" {
		need = "withdraw"
	}
	if need != "" && len(ak.Permissions) > 0 && !contains(ak.Permissions, need) {
		report(diag.CodeAPIKeyPermissionMissing, diag.StatusFail, msgPermMissing.Format(need), fixPermMissing.Format(need),
			evidence(labelPermissions, strings.Join(ak.Permissions, ", ")), evidence(labelNeed, need))
	}

	// IP whitelist.
	if len(ak.IPWhitelist) > 0 {
		var prefixes []netip.Prefix
		for _, e := range ak.IPWhitelist {
			pre, ok := parseIPOrPrefix(e)
			if !ok {
				report(diag.CodeAPIKeyIPInvalid, diag.StatusWarn, msgIPInvalid.Format(clip(e, 64)), fixIPInvalid, evidence(labelEntry, clip(e, 64)))
				continue
			}
			prefixes = append(prefixes, pre)
		}
		if ak.ServerIP != "" {
			ip, err := netip.ParseAddr(ak.ServerIP)
			switch {
			case err != nil:
				report(diag.CodeAPIKeyIPInvalid, diag.StatusWarn, msgIPInvalid.Format(clip(ak.ServerIP, 64)), fixIPInvalid, evidence(labelServerIP, clip(ak.ServerIP, 64)))
			case !anyContains(prefixes, ip.Unmap()):
				report(diag.CodeAPIKeyIPNotWhitelisted, diag.StatusFail, msgNotWhitelisted.Format(ip.Unmap().String()), fixNotWhitelisted,
					evidence(labelServerIP, ip.String()), evidence(labelWhitelist, clip(strings.Join(ak.IPWhitelist, ", "), 300)))
			}
		}
	}

	// Environment and region.
	target := strings.ToLower(strings.TrimSpace(p.Form("target")))
	if target == "" && plat != nil {
		target = plat.Environment
	}
	if ak.Environment != "" && target != "" && ak.Environment != target {
		report(diag.CodeAPIKeyEnvironmentMismatch, diag.StatusFail, msgEnvMismatch.Format(envName(ak.Environment), envName(target)), fixEnvMismatch,
			evidence(labelKeyEnv, ak.Environment), evidence(labelTargetEnv, target))
	}
	if plat != nil && ak.Region != "" && plat.APIOrigin != "" {
		if want, ok := plat.Regions[ak.Region]; ok && origin(want) != origin(plat.APIOrigin) {
			report(diag.CodeAPIKeyEnvironmentMismatch, diag.StatusFail, msgRegionMismatch.Format(ak.Region, origin(want), origin(plat.APIOrigin)), fixRegionMismatch,
				evidence(labelRegion, ak.Region), evidence(labelURL, origin(plat.APIOrigin)))
		}
	}

	// Idle expiry of unbound trade/withdraw keys.
	if in.described && len(ak.IPWhitelist) == 0 && (contains(ak.Permissions, "trade") || contains(ak.Permissions, "withdraw")) {
		idle := time.Duration(0)
		if t, err := time.Parse(time.RFC3339, ak.LastUsedAt); err == nil {
			idle = p.Now().Sub(t)
		}
		if idle >= ExpiryIdle {
			report(diag.CodeAPIKeyExpiring, diag.StatusWarn, msgExpiring.Format(int(idle/(24*time.Hour))), fixExpiring,
				evidence(labelLastUsed, ak.LastUsedAt), evidence(labelPermissions, strings.Join(ak.Permissions, ", ")))
		} else {
			report(diag.CodeAPIKeyIPUnbound, diag.StatusWarn, msgUnbound, fixUnbound, evidence(labelPermissions, strings.Join(ak.Permissions, ", ")))
		}
	}
	if !problem {
		var ev []diag.Evidence
		if in.key != "" && !in.keyIsSecret() {
			ev = append(ev, evidence(labelKey, maskKey(in.key)))
		}
		p.Report(newFinding(diag.CodeAPIKeyOK, diag.StatusPass, msgKeyOK, i18n.Text{}, ev...))
	}
	return nil
}

// whitespaceAt says where s has whitespace: "leading", "trailing" or
// "inside", the first that applies; "" when none.
func whitespaceAt(s string) string {
	switch {
	case s != strings.TrimLeftFunc(s, unicode.IsSpace):
		return "leading"
	case s != strings.TrimRightFunc(s, unicode.IsSpace):
		return "trailing"
	case strings.IndexFunc(s, unicode.IsSpace) >= 0:
		return "inside"
	}
	return ""
}

// whereText names whitespaceAt's answers for messages.
var whereText = map[string]i18n.Text{
	"leading":  i18n.T("开头", "at the start"),
	"trailing": i18n.T("末尾", "at the end"),
	"inside":   i18n.T("中间", "inside"),
}

// isUUID reports whether s is a UUID in the canonical 36-character form.
// uuid.Parse also accepts braces, urn: and bare hex, which the platform
// does not.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	_, err := uuid.Parse(s)
	return err == nil
}

func isHex32(s string) bool { return len(s) == 32 && allHex(s) }

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// maskKey shows the ends of an API key, enough for the merchant to
// recognise it: the key is an identifier, but it need not be in a report
// whole.
func maskKey(k string) string {
	if len(k) <= 12 {
		return strings.Repeat("*", len(k))
	}
	return k[:4] + "…" + k[len(k)-4:]
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}

// parseIPOrPrefix reads "203.0.113.7", "2001:db8::1" or "10.0.0.0/8" as a
// prefix (a single address is a /32 or /128).
func parseIPOrPrefix(s string) (netip.Prefix, bool) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "/") {
		pre, err := netip.ParsePrefix(s)
		if err != nil {
			return netip.Prefix{}, false
		}
		if pre.Addr().Is4In6() {
			// ::ffff:10.0.0.0/104 means 10.0.0.0/8.
			if pre.Bits() < 96 {
				return netip.Prefix{}, false
			}
			pre = netip.PrefixFrom(pre.Addr().Unmap(), pre.Bits()-96)
		}
		return pre.Masked(), true
	}
	a, err := netip.ParseAddr(s)
	if err != nil || a.Zone() != "" {
		return netip.Prefix{}, false
	}
	a = a.Unmap()
	return netip.PrefixFrom(a, a.BitLen()), true
}

func anyContains(prefixes []netip.Prefix, ip netip.Addr) bool {
	for _, p := range prefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// envName names an environment in the merchant's language.
func envName(e string) i18n.Text {
	switch e {
	case "demo":
		return i18n.T("模拟盘", "demo")
	case "live":
		return i18n.T("实盘", "live")
	}
	return i18n.T(e, e)
}
