package main

import (
	"flag"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/checks"
)

// Default probe targets when --url is not given: OKX's public API, whose
// authentication codes ship as the demo error catalogue. Both endpoints are
// public and unauthenticated.
const (
	defaultNetworkURL = "https://www.okx.com"
	defaultClockURL   = "https://www.okx.com/api/v5/public/time"
)

// cliExtra is what the command line offers for a check beyond the flags of
// its form fields: a positional argument, host context fields as flags,
// the platform the check probes.
type cliExtra struct {
	positional string // the form field the one positional argument fills
	metavar    string // what the usage calls it
	orContext  string // a host context path that stands in for it
	synopsis   string // the extra flags
	flags      func(set *flag.FlagSet) func(in *cliInput) error
}

// cliExtras are the checks' command-line extras. A check without an entry
// gets its form fields' flags and --context.
var cliExtras = map[string]cliExtra{
	"callback-url": {positional: "url", metavar: "URL", orContext: "callbackUrl"},
	"errorcode":    {positional: "code", metavar: "CODE", orContext: "lastError.code"},
	"tx":           {positional: "hash", metavar: "HASH"},

	"signature": {synopsis: "[--scheme okx-v5] [--api-host H,…]", flags: func(set *flag.FlagSet) func(*cliInput) error {
		scheme := set.String("scheme", "okx-v5", "signature scheme (okx-v5)")
		apiHosts := set.String("api-host", "", "comma-separated API host names your client may put in the signed path, e.g. api.platform.example (OKX's are built in)")
		return func(in *cliInput) error {
			if *apiHosts != "" {
				hosts := strings.Split(*apiHosts, ",")
				for _, h := range hosts {
					if h == "" || strings.ContainsAny(h, "/:@ \t") {
						return fmt.Errorf("--api-host %q: want host names such as api.platform.example", h)
					}
				}
				pl := in.platform()
				pl.APIHosts = append(pl.APIHosts, hosts...)
			}
			if *scheme != "okx-v5" {
				return fmt.Errorf("--scheme %q: only okx-v5 (use 'triage check webhook' for callbacks)", *scheme)
			}
			return nil
		}
	}},

	"apikey": {synopsis: "[--permissions read,trade] [--ip-whitelist LIST] [--server-ip IP] [--environment live|demo] [--region R] [--last-used RFC3339]",
		flags: func(set *flag.FlagSet) func(*cliInput) error {
			perms := set.String("permissions", "", "the key's permissions, comma-separated (read, trade, withdraw)")
			whitelist := set.String("ip-whitelist", "", "the key's IP whitelist, comma-separated IPs or CIDRs")
			serverIP := set.String("server-ip", "", "the outbound IP of the server calling the API")
			environment := set.String("environment", "", "the key's environment: live or demo")
			region := set.String("region", "", "the key's region")
			lastUsed := set.String("last-used", "", "when the key was last used (RFC 3339)")
			return func(in *cliInput) error {
				ak := &in.env.Context.APIKey
				for _, p := range list(*perms) {
					if !slices.Contains([]string{"read", "trade", "withdraw"}, strings.ToLower(p)) {
						return fmt.Errorf("--permissions: %q is not read, trade or withdraw", p)
					}
					ak.Permissions = append(ak.Permissions, strings.ToLower(p))
				}
				if v := *environment; v != "" && v != "live" && v != "demo" {
					return fmt.Errorf("--environment %q: use live or demo", v)
				}
				if *lastUsed != "" {
					if _, err := time.Parse(time.RFC3339, *lastUsed); err != nil {
						return fmt.Errorf("--last-used %q: not RFC 3339 (e.g. 2026-11-01T00:00:00Z)", *lastUsed)
					}
					ak.LastUsedAt = *lastUsed
				}
				if ips := list(*whitelist); len(ips) > 0 {
					ak.IPWhitelist = ips
				}
				setIf(&ak.ServerIP, *serverIP)
				setIf(&ak.Environment, *environment)
				setIf(&ak.Region, *region)
				return nil
			}
		}},

	"balance": {synopsis: "--available X --amount Y [--fee Z] [--minimum W] [--currency C] [--kind payment|withdrawal]",
		flags: func(set *flag.FlagSet) func(*cliInput) error {
			avail := set.String("available", "", "available balance, a decimal such as 12.50")
			amount := set.String("amount", "", "amount of the payment or withdrawal")
			fee := set.String("fee", "", "its fee")
			minimum := set.String("minimum", "", "the minimum withdrawal")
			currency := set.String("currency", "", "currency of both, e.g. USDT")
			kind := set.String("kind", "", "payment or withdrawal (withdrawal when --minimum is given)")
			return func(in *cliInput) error {
				for name, v := range map[string]string{"available": *avail, "amount": *amount, "fee": *fee, "minimum": *minimum} {
					if v == "" {
						continue
					}
					if d, err := checks.ParseDecimal(v); err != nil || d.Sign() < 0 {
						return fmt.Errorf("--%s %q: not a non-negative decimal like 12.50", name, v)
					}
				}
				if *kind != "" && *kind != "payment" && *kind != "withdrawal" {
					return fmt.Errorf("--kind %q: use payment or withdrawal", *kind)
				}
				c := &in.env.Context
				setIf(&c.Balance.Available, *avail)
				setIf(&c.Pending.Amount, *amount)
				setIf(&c.Pending.Fee, *fee)
				setIf(&c.Pending.Minimum, *minimum)
				setIf(&c.Balance.Currency, *currency)
				setIf(&c.Pending.Currency, *currency)
				setIf(&c.Pending.Kind, *kind)
				if c.Pending.Kind == "" && c.Pending.Minimum != "" {
					c.Pending.Kind = "withdrawal"
				}
				if c.Balance.Available == "" && c.Pending.Amount == "" {
					return fmt.Errorf("missing --available and --amount")
				}
				return nil
			}
		}},

	"network": {synopsis: "[--url U] [--slow DURATION]", flags: func(set *flag.FlagSet) func(*cliInput) error {
		u := set.String("url", defaultNetworkURL, "the API origin to probe")
		slow := set.Duration("slow", 0, "median round trip above which the network is slow (default 1s)")
		return func(in *cliInput) error {
			if err := httpURL("--url", *u); err != nil {
				return err
			}
			pl := in.platform()
			if set.Lookup("url").Value.String() != defaultNetworkURL || pl.APIOrigin == "" {
				pl.APIOrigin = *u // --url, else the manifest's, else OKX's
			}
			pl.SlowThreshold = *slow
			return nil
		}
	}},

	"clock": {synopsis: "[--url U]", flags: func(set *flag.FlagSet) func(*cliInput) error {
		u := set.String("url", defaultClockURL, `a server time endpoint ({"epochMs":N}, {"iso":…}, OKX's /api/v5/public/time) or any URL with a Date header`)
		return func(in *cliInput) error {
			if err := httpURL("--url", *u); err != nil {
				return err
			}
			pl := in.platform()
			if *u != defaultClockURL || pl.TimeURL == "" {
				pl.TimeURL = *u // --url, else the manifest's, else OKX's
			}
			return nil
		}
	}},

	"account": {synopsis: "--status active|locked|restricted|frozen [--kyc none|pending|rejected|verified] [--reason R]",
		flags: func(set *flag.FlagSet) func(*cliInput) error {
			status := set.String("status", "", "account status")
			kyc := set.String("kyc", "", "identity verification state")
			reason := set.String("reason", "", "the reason the platform gave")
			return func(in *cliInput) error {
				a := &in.env.Context.Account
				if *status != "" && !slices.Contains([]string{"active", "locked", "restricted", "frozen"}, *status) {
					return fmt.Errorf("--status %q: use active, locked, restricted or frozen", *status)
				}
				if *kyc != "" && !slices.Contains([]string{"none", "pending", "rejected", "verified"}, *kyc) {
					return fmt.Errorf("--kyc %q: use none, pending, rejected or verified", *kyc)
				}
				setIf(&a.Status, *status)
				setIf(&a.KYC, *kyc)
				setIf(&a.Reason, *reason)
				return nil
			}
		}},

	"kyc-document": {flags: func(set *flag.FlagSet) func(*cliInput) error {
		return func(in *cliInput) error {
			if !isSet(set, "file") && !isSet(set, "expiry") {
				return fmt.Errorf("missing --file or --expiry")
			}
			return nil
		}
	}},
}

// list splits a comma-separated flag value, dropping empty items.
func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// setIf overrides a context field with a flag that was given.
func setIf(dst *string, v string) {
	if v != "" {
		*dst = v
	}
}

// httpURL checks a URL flag names an http(s) endpoint.
func httpURL(flagName, raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("%s %q: not an http(s) URL", flagName, raw)
	}
	return nil
}
