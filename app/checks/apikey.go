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
	Title: i18n.M(i18n.CheckApikeyTitle),
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
			{Name: "key", Label: i18n.M(i18n.CheckApikeyFieldKey), Optional: true},
			{Name: "secret", Label: i18n.M(i18n.CheckApikeyFieldSecret), Kind: diag.KindSecret, Optional: true},
			{Name: "passphrase", Label: i18n.M(i18n.CheckApikeyFieldPassphrase), Kind: diag.KindSecret, Optional: true},
			{Name: "need", Label: i18n.M(i18n.CheckApikeyFieldNeed), Optional: true},
			{Name: "target", Label: i18n.M(i18n.CheckApikeyFieldTarget), Kind: diag.KindChoice, Options: []string{"live", "demo"}, Optional: true},
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
	labelKey         = i18n.M(i18n.CheckApikeyKey)
	labelLength      = i18n.M(i18n.CheckApikeyLength)
	labelWhere       = i18n.M(i18n.CheckApikeyWhere)
	labelPermissions = i18n.M(i18n.CheckApikeyPermissions)
	labelNeed        = i18n.M(i18n.CheckApikeyNeed)
	labelServerIP    = i18n.M(i18n.CheckApikeyServerIP)
	labelWhitelist   = i18n.M(i18n.CheckApikeyWhitelist)
	labelEntry       = i18n.M(i18n.CheckApikeyEntry)
	labelKeyEnv      = i18n.M(i18n.CheckApikeyKeyEnv)
	labelTargetEnv   = i18n.M(i18n.CheckApikeyTargetEnv)
	labelRegion      = i18n.M(i18n.CheckApikeyRegion)
	labelLastUsed    = i18n.M(i18n.CheckApikeyLastUsed)
	labelNonHex      = i18n.M(i18n.CheckApikeyNonHex)

	msgKeyNoInput      = i18n.M(i18n.CheckApikeyKeyNoInput)
	msgKeyMissing      = i18n.M(i18n.CheckApikeyKeyMissing)
	fixKeyMissing      = i18n.M(i18n.CheckApikeyFixKeyMissing)
	msgWhitespace      = i18n.M(i18n.CheckApikeyWhitespace)
	fixWhitespace      = i18n.M(i18n.CheckApikeyFixWhitespace)
	msgKeyMalformed    = i18n.M(i18n.CheckApikeyKeyMalformed)
	fixKeyMalformed    = i18n.M(i18n.CheckApikeyFixKeyMalformed)
	msgSecretMalformed = i18n.M(i18n.CheckApikeySecretMalformed)
	fixSecretMalformed = i18n.M(i18n.CheckApikeyFixSecretMalformed)
	msgPassMissing     = i18n.M(i18n.CheckApikeyPassMissing)
	fixPassMissing     = i18n.M(i18n.CheckApikeyFixPassMissing)
	msgPermMissing     = i18n.M(i18n.CheckApikeyPermMissing)
	fixPermMissing     = i18n.M(i18n.CheckApikeyFixPermMissing)
	msgIPInvalid       = i18n.M(i18n.CheckApikeyIPInvalid)
	fixIPInvalid       = i18n.M(i18n.CheckApikeyFixIPInvalid)
	msgNotWhitelisted  = i18n.M(i18n.CheckApikeyNotWhitelisted)
	fixNotWhitelisted  = i18n.M(i18n.CheckApikeyFixNotWhitelisted)
	msgEnvMismatch     = i18n.M(i18n.CheckApikeyEnvMismatch)
	fixEnvMismatch     = i18n.M(i18n.CheckApikeyFixEnvMismatch)
	msgRegionMismatch  = i18n.M(i18n.CheckApikeyRegionMismatch)
	fixRegionMismatch  = i18n.M(i18n.CheckApikeyFixRegionMismatch)
	msgExpiring        = i18n.M(i18n.CheckApikeyExpiring)
	fixExpiring        = i18n.M(i18n.CheckApikeyFixExpiring)
	msgUnbound         = i18n.M(i18n.CheckApikeyUnbound)
	fixUnbound         = i18n.M(i18n.CheckApikeyFixUnbound)
	msgKeyOK           = i18n.M(i18n.CheckApikeyKeyOK)
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
	}{{i18n.M(i18n.CheckApikeyWhatKey), &in.key}, {i18n.M(i18n.CheckApikeyWhatSecret), &in.secret}, {i18n.M(i18n.CheckApikeyWhatPassphrase), &in.passphrase}} {
		if where := whitespaceAt(*f.val); where != "" && strings.TrimSpace(*f.val) != "" {
			report(diag.CodeAPIKeyWhitespace, diag.StatusFail, msgWhitespace.Format(f.name, whereText[where]), fixWhitespace,
				evidence(labelField, f.name.In(i18n.EN)), evidence(labelWhere, where))
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
	"leading":  i18n.M(i18n.CheckApikeyLeading),
	"trailing": i18n.M(i18n.CheckApikeyTrailing),
	"inside":   i18n.M(i18n.CheckApikeyInside),
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
		return i18n.M(i18n.CheckApikeyDemo)
	case "live":
		return i18n.M(i18n.CheckApikeyLive)
	}
	return i18n.Same(e)
}
