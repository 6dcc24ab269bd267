package main

import (
	"flag"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
)

// Default probe targets when --url is not given: OKX's public API, whose
// authentication codes ship as the demo error catalogue. Both endpoints are
// public and unauthenticated.
const (
	defaultNetworkURL = "https://www.okx.com"
	defaultClockURL   = "https://www.okx.com/api/v5/public/time"
)

// Input bounds for files named on the command line.
const (
	maxBodyFile     = 1 << 20
	maxDocumentFile = 32 << 20
)

// cliInput is what a check's flags fill in.
type cliInput struct {
	env   *diag.Env
	args  []string // positional arguments after the check's name
	stdin io.Reader
}

// cliCheck is one check as the command line offers it.
type cliCheck struct {
	synopsis string
	// flags defines the check's flags and returns the function that, after
	// parsing, validates them and writes them into the environment.
	flags func(set *flag.FlagSet) func(in *cliInput) error
}

// cliChecks are the checks available natively. maintenance and browser
// need a manifest or a browser and are widget-only.
var cliChecks = map[string]cliCheck{
	"callback-url": {"URL", func(set *flag.FlagSet) func(*cliInput) error {
		return func(in *cliInput) error {
			switch {
			case len(in.args) == 1:
				in.env.Form["url"] = in.args[0]
			case len(in.args) > 1:
				return fmt.Errorf("expected one URL, got %d arguments", len(in.args))
			case in.env.Context.CallbackURL == "":
				return fmt.Errorf("missing URL")
			}
			return nil
		}
	}},

	"signature": {"--scheme okx-v5 --secret-file F [--passphrase-file F] --timestamp T --method M --path P [--body-file F] [--api-host H,…] --signature S",
		func(set *flag.FlagSet) func(*cliInput) error {
			scheme := set.String("scheme", "okx-v5", "signature scheme (okx-v5)")
			secretFile := set.String("secret-file", "", "file holding the API secret (- for stdin)")
			passFile := set.String("passphrase-file", "", "file holding the passphrase")
			ts := set.String("timestamp", "", "the OK-ACCESS-TIMESTAMP value sent")
			method := set.String("method", "", "HTTP method")
			path := set.String("path", "", "request path with query string")
			bodyFile := set.String("body-file", "", "file holding the exact request body")
			sig := set.String("signature", "", "the signature your code produced (OK-ACCESS-SIGN)")
			apiHosts := set.String("api-host", "", "comma-separated API host names your client may put in the signed path, e.g. api.platform.example (OKX's are built in)")
			return func(in *cliInput) error {
				if err := noArgs(in); err != nil {
					return err
				}
				if *apiHosts != "" {
					hosts := strings.Split(*apiHosts, ",")
					for _, h := range hosts {
						if h == "" || strings.ContainsAny(h, "/:@ \t") {
							return fmt.Errorf("--api-host %q: want host names such as api.platform.example", h)
						}
					}
					in.env.Platform = &diag.Platform{APIHosts: hosts}
				}
				if *scheme != "okx-v5" {
					return fmt.Errorf("--scheme %q: only okx-v5 (use 'triage check webhook' for callbacks)", *scheme)
				}
				if err := required(map[string]string{"--secret-file": *secretFile, "--timestamp": *ts, "--method": *method, "--path": *path, "--signature": *sig}); err != nil {
					return err
				}
				f := in.env.Form
				f["scheme"], f["timestamp"], f["method"], f["path"], f["signature"] = *scheme, *ts, *method, *path, *sig
				return readFiles(in, map[string][2]string{"secret": {"secret-file", *secretFile}, "passphrase": {"passphrase-file", *passFile}}, "body", *bodyFile)
			}
		}},

	"webhook": {"--scheme hmac-sha256-hex|stripe|okx-v5 --secret-file F --signature S --body-file F [--timestamp T]",
		func(set *flag.FlagSet) func(*cliInput) error {
			scheme := set.String("scheme", "", "hmac-sha256-hex, stripe or okx-v5")
			secretFile := set.String("secret-file", "", "file holding the webhook secret (- for stdin)")
			sig := set.String("signature", "", "the signature header's value")
			bodyFile := set.String("body-file", "", "file holding the raw body received")
			ts := set.String("timestamp", "", "the timestamp header (okx-v5)")
			return func(in *cliInput) error {
				if err := noArgs(in); err != nil {
					return err
				}
				if err := required(map[string]string{"--scheme": *scheme, "--secret-file": *secretFile, "--signature": *sig, "--body-file": *bodyFile}); err != nil {
					return err
				}
				if !slices.Contains(checks.WebhookSchemes, *scheme) {
					return fmt.Errorf("--scheme %q: use %s", *scheme, strings.Join(checks.WebhookSchemes, ", "))
				}
				f := in.env.Form
				f["scheme"], f["signature"], f["timestamp"] = *scheme, *sig, *ts
				return readFiles(in, map[string][2]string{"secret": {"secret-file", *secretFile}}, "body", *bodyFile)
			}
		}},

	"apikey": {"--key K [--secret-file F] [--passphrase-file F] [--permissions read,trade] [--need withdraw] [--ip-whitelist LIST] [--server-ip IP] [--environment live|demo] [--target live|demo] [--region R] [--last-used RFC3339]",
		func(set *flag.FlagSet) func(*cliInput) error {
			key := set.String("key", "", "the API key")
			secretFile := set.String("secret-file", "", "file holding the API secret")
			passFile := set.String("passphrase-file", "", "file holding the passphrase")
			perms := set.String("permissions", "", "the key's permissions, comma-separated (read, trade, withdraw)")
			need := set.String("need", "", "the permission the failing operation needs")
			whitelist := set.String("ip-whitelist", "", "the key's IP whitelist, comma-separated IPs or CIDRs")
			serverIP := set.String("server-ip", "", "the outbound IP of the server calling the API")
			environment := set.String("environment", "", "the key's environment: live or demo")
			target := set.String("target", "", "the environment the code calls: live or demo")
			region := set.String("region", "", "the key's region")
			lastUsed := set.String("last-used", "", "when the key was last used (RFC 3339)")
			return func(in *cliInput) error {
				if err := noArgs(in); err != nil {
					return err
				}
				ak := &in.env.Context.APIKey
				if isSet(set, "key") {
					in.env.Form["key"] = *key
				}
				for _, p := range list(*perms) {
					if !slices.Contains([]string{"read", "trade", "withdraw"}, strings.ToLower(p)) {
						return fmt.Errorf("--permissions: %q is not read, trade or withdraw", p)
					}
					ak.Permissions = append(ak.Permissions, strings.ToLower(p))
				}
				for flagName, v := range map[string]string{"environment": *environment, "target": *target} {
					if v != "" && v != "live" && v != "demo" {
						return fmt.Errorf("--%s %q: use live or demo", flagName, v)
					}
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
				in.env.Form["need"], in.env.Form["target"] = *need, *target
				return readFiles(in, map[string][2]string{"secret": {"secret-file", *secretFile}, "passphrase": {"passphrase-file", *passFile}}, "", "")
			}
		}},

	"balance": {"--available X --amount Y [--fee Z] [--minimum W] [--currency C] [--kind payment|withdrawal]",
		func(set *flag.FlagSet) func(*cliInput) error {
			avail := set.String("available", "", "available balance, a decimal such as 12.50")
			amount := set.String("amount", "", "amount of the payment or withdrawal")
			fee := set.String("fee", "", "its fee")
			minimum := set.String("minimum", "", "the minimum withdrawal")
			currency := set.String("currency", "", "currency of both, e.g. USDT")
			kind := set.String("kind", "", "payment or withdrawal (withdrawal when --minimum is given)")
			return func(in *cliInput) error {
				if err := noArgs(in); err != nil {
					return err
				}
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

	"tx": {"--chain eth|btc|tron|sol HASH", func(set *flag.FlagSet) func(*cliInput) error {
		chain := set.String("chain", "", "the chain: eth, btc, tron, sol, bsc, polygon, …")
		return func(in *cliInput) error {
			if len(in.args) != 1 {
				return fmt.Errorf("expected one transaction hash, got %d arguments", len(in.args))
			}
			if *chain == "" {
				return fmt.Errorf("missing --chain")
			}
			in.env.Form["chain"], in.env.Form["hash"] = *chain, in.args[0]
			return nil
		}
	}},

	"network": {"[--url U] [--slow DURATION]", func(set *flag.FlagSet) func(*cliInput) error {
		u := set.String("url", defaultNetworkURL, "the API origin to probe")
		slow := set.Duration("slow", 0, "median round trip above which the network is slow (default 1s)")
		return func(in *cliInput) error {
			if err := noArgs(in); err != nil {
				return err
			}
			if err := httpURL("--url", *u); err != nil {
				return err
			}
			in.env.Platform = &diag.Platform{APIOrigin: *u, SlowThreshold: *slow}
			return nil
		}
	}},

	"clock": {"[--url U]", func(set *flag.FlagSet) func(*cliInput) error {
		u := set.String("url", defaultClockURL, `a server time endpoint ({"epochMs":N}, {"iso":…}, OKX's /api/v5/public/time) or any URL with a Date header`)
		return func(in *cliInput) error {
			if err := noArgs(in); err != nil {
				return err
			}
			if err := httpURL("--url", *u); err != nil {
				return err
			}
			in.env.Platform = &diag.Platform{TimeURL: *u}
			return nil
		}
	}},

	"errorcode": {"CODE", func(set *flag.FlagSet) func(*cliInput) error {
		return func(in *cliInput) error {
			switch {
			case len(in.args) == 1:
				in.env.Form["code"] = in.args[0]
			case len(in.args) > 1:
				return fmt.Errorf("expected one error code, got %d arguments", len(in.args))
			case in.env.Context.LastError.Code == "":
				return fmt.Errorf("missing CODE")
			}
			return nil
		}
	}},

	"account": {"--status active|locked|restricted|frozen [--kyc none|pending|rejected|verified] [--reason R]",
		func(set *flag.FlagSet) func(*cliInput) error {
			status := set.String("status", "", "account status")
			kyc := set.String("kyc", "", "identity verification state")
			reason := set.String("reason", "", "the reason the platform gave")
			return func(in *cliInput) error {
				if err := noArgs(in); err != nil {
					return err
				}
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

	"kyc-document": {"[--file F] [--expiry YYYY-MM-DD]", func(set *flag.FlagSet) func(*cliInput) error {
		file := set.String("file", "", "the identity document: JPEG, PNG or PDF")
		expiry := set.String("expiry", "", "the document's expiry date")
		return func(in *cliInput) error {
			if err := noArgs(in); err != nil {
				return err
			}
			if *file == "" && *expiry == "" {
				return fmt.Errorf("missing --file or --expiry")
			}
			in.env.Form["expiry"] = *expiry
			if *file != "" {
				data, err := readInput(*file, in.stdin, maxDocumentFile)
				if err != nil {
					return fmt.Errorf("--file: %v", err)
				}
				in.env.Document = documentOf(*file, data)
			}
			return nil
		}
	}},
}

func noArgs(in *cliInput) error {
	if len(in.args) > 0 {
		return fmt.Errorf("unexpected argument %q", in.args[0])
	}
	return nil
}

// required reports the first missing flag, in a stable order.
func required(flags map[string]string) error {
	names := make([]string, 0, len(flags))
	for n := range flags {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if strings.TrimSpace(flags[n]) == "" {
			return fmt.Errorf("missing %s", n)
		}
	}
	return nil
}

// readFiles reads secret files into form fields (field -> {flag, path};
// empty paths are skipped) and, when bodyPath is set, the raw body into
// bodyField.
func readFiles(in *cliInput, secrets map[string][2]string, bodyField, bodyPath string) error {
	for field, fp := range secrets {
		if fp[1] == "" {
			continue
		}
		s, err := readSecret(fp[0], fp[1], in.stdin)
		if err != nil {
			return err
		}
		in.env.Form[field] = s
	}
	if bodyPath != "" {
		data, err := readInput(bodyPath, in.stdin, maxBodyFile)
		if err != nil {
			return fmt.Errorf("--body-file: %v", err)
		}
		in.env.Form[bodyField] = string(data)
	}
	return nil
}

func isSet(set *flag.FlagSet, name string) bool {
	found := false
	set.Visit(func(f *flag.Flag) { found = found || f.Name == name })
	return found
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
