package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// checkCLI runs `triage check` through the real command table, with a
// command value whose fetcher and environment the test chose.
func checkCLI(t *testing.T, c checkCommand, stdin string, args ...string) (int, string, string) {
	t.Helper()
	if c.newFetcher == nil {
		c.newFetcher = func(guard bool) diag.Fetcher { return newNativeFetcher(fetcherOptions{guard: guard}) }
	}
	if c.getenv == nil {
		c.getenv = func(string) string { return "" }
	}
	if c.now == nil {
		c.now = time.Now
	}
	var out, errOut bytes.Buffer
	code := c.run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// jsonCodes runs a check with --json and returns the codes found.
func jsonCodes(t *testing.T, c checkCommand, args ...string) (int, []jsonFinding) {
	t.Helper()
	code, out, errOut := checkCLI(t, c, "", append(args, "--json")...)
	var doc struct{ Findings []jsonFinding }
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON (exit %d, stderr %q): %v\n%s", code, errOut, err, out)
	}
	return code, doc.Findings
}

func codes(fs []jsonFinding) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return strings.Join(out, ",")
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckUsage(t *testing.T) {
	secret := writeFile(t, "secret", "s")
	for _, tc := range []struct {
		args []string
		code int
		err  string
	}{
		{nil, exitUsage, "usage: triage check CHECK"},
		{[]string{"-h"}, exitOK, "usage: triage check CHECK"},
		{[]string{"nope"}, exitUsage, `unknown check "nope"`},
		{[]string{"balance", "--bogus"}, exitUsage, "flag provided but not defined: -bogus"},
		{[]string{"balance"}, exitUsage, "missing --available and --amount"},
		{[]string{"balance", "--available", "1e3", "--amount", "1"}, exitUsage, `--available "1e3": not a non-negative decimal`},
		{[]string{"balance", "--available", "1", "--amount", "1", "extra"}, exitUsage, `unexpected argument "extra"`},
		{[]string{"balance", "--available", "1", "--amount", "1", "--lang", "fr"}, exitUsage, `--lang "fr"`},
		{[]string{"callback-url"}, exitUsage, "missing URL"},
		{[]string{"callback-url", "a", "b"}, exitUsage, "expected one URL"},
		{[]string{"tx", "0xabc"}, exitUsage, "missing --chain"},
		{[]string{"signature", "--secret-file", secret}, exitUsage, "missing --method"},
		{[]string{"signature", "--scheme", "stripe"}, exitUsage, "only okx-v5"},
		{[]string{"signature", "--secret-file", "/does/not/exist", "--timestamp", "t", "--method", "GET", "--path", "/", "--signature", "x"}, exitUsage, "--secret-file: open /does/not/exist"},
		{[]string{"webhook", "--scheme", "md5", "--secret-file", secret, "--signature", "x", "--body-file", secret}, exitUsage, `--scheme "md5"`},
		{[]string{"apikey", "--environment", "prod"}, exitUsage, `--environment "prod"`},
		{[]string{"apikey", "--permissions", "admin"}, exitUsage, `"admin" is not read, trade or withdraw`},
		{[]string{"network", "--url", "ftp://x"}, exitUsage, "not an http(s) URL"},
		{[]string{"kyc-document"}, exitUsage, "missing --file or --expiry"},
		{[]string{"account", "--status", "sleepy"}, exitUsage, `--status "sleepy"`},
		{[]string{"errorcode", "--context", "/nope.json"}, exitUsage, "--context: open /nope.json"},
	} {
		code, _, errOut := checkCLI(t, checkCommand{}, "", tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.err) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tc.args, code, errOut, tc.code, tc.err)
		}
		if code == exitUsage && len(tc.args) > 0 && tc.args[0] != "-h" && strings.Count(strings.TrimSpace(errOut), "\n") > 0 && tc.args != nil {
			t.Errorf("%q: usage errors are one line, got %q", tc.args, errOut)
		}
	}
	// Per-check help prints the check's doc.
	if code, out, _ := checkCLI(t, checkCommand{}, "", "balance", "-h"); code != exitOK || !strings.Contains(out, "balance checks that the available balance") {
		t.Errorf("balance -h: %d %q", code, out)
	}
	// The real entry point dispatches here.
	var out, errOut bytes.Buffer
	if code := run([]string{"check", "tx", "--chain", "btc", strings.Repeat("ab", 32)}, strings.NewReader(""), &out, &errOut); code != exitOK {
		t.Errorf("triage check tx via run: %d %q %q", code, out.String(), errOut.String())
	}
}

func TestCheckBalanceCLI(t *testing.T) {
	code, fs := jsonCodes(t, checkCommand{}, "balance", "--available", "5", "--amount", "10", "--fee", "1", "--currency", "USDT", "--kind", "withdrawal")
	if code != exitProblem || codes(fs) != "balance.insufficient" || fs[0].Status != "fail" || fs[0].Check != "balance" ||
		!strings.Contains(fs[0].Message, "6 USDT short") || !strings.Contains(fs[0].Fix, "Lower the withdrawal to 4 USDT") {
		t.Fatalf("exit %d %+v", code, fs)
	}
	// The language comes from $LANG when --lang is absent.
	zh := checkCommand{getenv: func(k string) string { return map[string]string{"LANG": "zh_CN.UTF-8"}[k] }}
	if _, fs := jsonCodes(t, zh, "balance", "--available", "5", "--amount", "10"); !strings.Contains(fs[0].Message, "余额不足") {
		t.Errorf("LANG=zh_CN: %q", fs[0].Message)
	}
	if _, fs := jsonCodes(t, zh, "balance", "--available", "5", "--amount", "10", "--lang", "en"); !strings.Contains(fs[0].Message, "Insufficient") {
		t.Errorf("--lang en wins over LANG: %q", fs[0].Message)
	}
	if code, out, _ := checkCLI(t, checkCommand{}, "", "balance", "--available", "0.3", "--amount", "0.1", "--fee", "0.2"); code != exitOK || !strings.HasPrefix(out, "PASS  balance.ok") {
		t.Errorf("exact decimal comparison: %d %q", code, out)
	}
	if code, fs := jsonCodes(t, checkCommand{}, "balance", "--available", "100", "--amount", "5", "--minimum", "10"); code != exitProblem || codes(fs) != "balance.below_minimum" {
		t.Errorf("minimum: %d %s", code, codes(fs))
	}
}

func TestCheckSignatureCLI(t *testing.T) {
	const secret = "22582BD0CFF14C41EDBF1AB98506286D"
	secretFile := writeFile(t, "secret", secret+"\n") // a trailing newline from echo is not part of it
	args := func(sig string, extra ...string) []string {
		return append([]string{"signature", "--scheme", "okx-v5", "--secret-file", secretFile, "--timestamp", "2020-12-08T09:08:57.715Z",
			"--method", "GET", "--path", "/api/v5/account/balance?ccy=BTC", "--signature", sig}, extra...)
	}
	for _, tc := range []struct {
		sig  string
		code int
		want string
	}{
		{"HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=", exitOK, "signature.ok"},
		{"1e2661bd27ccb56240dee5085575776bf6d25cd3c25af6055e8182552f15e336", exitProblem, "signature.cause.hex_instead_of_base64"},
		{"nonsense", exitProblem, "signature.mismatch"},
	} {
		code, out, errOut := checkCLI(t, checkCommand{}, "", args(tc.sig)...)
		if code != tc.code || !strings.Contains(out, tc.want) {
			t.Errorf("%s: exit %d\n%s%s", tc.sig, code, out, errOut)
		}
		if strings.Contains(out+errOut, secret) || strings.Contains(out+errOut, secret[:8]) {
			t.Errorf("the secret leaked: %s", out)
		}
	}
	// A client that signs the full URL on a host the user names.
	full := checks.SignOKX(secret, "2020-12-08T09:08:57.715Z", "GET", "https://openapi.platform.example/api/v5/account/balance?ccy=BTC", "")
	if code, out, errOut := checkCLI(t, checkCommand{}, "", args(full, "--api-host", "api.platform.example,openapi.platform.example")...); code != exitProblem || !strings.Contains(out, "signature.cause.path_includes_host") {
		t.Errorf("--api-host: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := checkCLI(t, checkCommand{}, "", args(full, "--api-host", "https://x.example")...); code != exitUsage || !strings.Contains(errOut, "--api-host") {
		t.Errorf("--api-host with a scheme: exit %d %s", code, errOut)
	}
	// A secret on stdin, and a POST body from a file.
	body := writeFile(t, "body.json", `{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"100"}`)
	code, out, errOut := checkCLI(t, checkCommand{}, secret, "signature", "--secret-file", "-", "--timestamp", "2020-12-08T09:08:57.715Z",
		"--method", "POST", "--path", "/api/v5/trade/order", "--body-file", body, "--signature", "gLoEHvSwOThUNff+Hv0T7J9JHtjIwa/gKHKIkc4vvhM=")
	if code != exitOK || !strings.Contains(out, "signature.ok") {
		t.Errorf("stdin secret: %d %s %s", code, out, errOut)
	}
}

func TestCheckWebhookCLI(t *testing.T) {
	// GitHub's documented example and the Coinbase Commerce SDK vector.
	ghSecret := writeFile(t, "gh", "It's a Secret to Everybody")
	ghBody := writeFile(t, "ghbody", "Hello, World!")
	code, out, _ := checkCLI(t, checkCommand{}, "", "webhook", "--scheme", "hmac-sha256-hex", "--secret-file", ghSecret,
		"--signature", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", "--body-file", ghBody)
	if code != exitOK || !strings.Contains(out, "webhook.signature.ok") {
		t.Errorf("GitHub vector: %d %s", code, out)
	}
	cbSecret := writeFile(t, "cb", "30291a20-0bd1-4267-9b0f-e6e7b123c0bf")
	cbBody := writeFile(t, "cbbody", `{"id":1,"scheduled_for":"2017-01-31T20:50:02Z","attempt_number":1,"event":{"id":"24934862-d980-46cb-9402-43c81b0cdba6","type":"charge:created","api_version":"2018-03-22","created_at":"2017-01-31T20:49:02Z","data":{"code":"66BEOV2A","name":"The Sovereign Individual","description":"Mastering the Transition to the Information Age","hosted_url":"https://commerce.coinbase.com/charges/66BEOV2A","created_at":"2017-01-31T20:49:02Z","expires_at":"2017-01-31T21:04:02Z","timeline":[{"time":"2017-01-31T20:49:02Z","status":"NEW"}],"metadata":{},"pricing_type":"no_price","payments":[],"addresses":{"bitcoin":"0000000000000000000000000000000000","ethereum":"0x0000000000000000000000000000000000000000","litecoin":"3000000000000000000000000000000000","bitcoincash":"bitcoincash:000000000000000000000000000000000000000000"}}}}`)
	code, out, _ = checkCLI(t, checkCommand{}, "", "webhook", "--scheme", "hmac-sha256-hex", "--secret-file", cbSecret,
		"--signature", "8be7742c7d372f08a6a3224edadf18a22b65fa9e28f3f2de97376cdaa092590d", "--body-file", cbBody)
	if code != exitOK || !strings.Contains(out, "webhook.signature.ok") {
		t.Errorf("Coinbase vector: %d %s", code, out)
	}
	// The same delivery checked as Stripe names the right scheme.
	code, out, _ = checkCLI(t, checkCommand{}, "", "webhook", "--scheme", "stripe", "--secret-file", ghSecret,
		"--signature", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", "--body-file", ghBody)
	if code != exitProblem || !strings.Contains(out, "webhook.signature.wrong_scheme") {
		t.Errorf("wrong scheme: %d %s", code, out)
	}
}

func TestCheckOtherChecksCLI(t *testing.T) {
	ctx := writeFile(t, "ctx.json", `{"account":{"status":"locked","reason":"too many attempts"},"lastError":{"code":"50102"},"apiKey":{"permissions":[1]}}`)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"apikey", "--key", "not-a-uuid"}, exitProblem, "apikey.malformed"},
		{[]string{"apikey", "--key", "3b8c2f1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f", "--permissions", "read", "--need", "withdraw"}, exitProblem, "apikey.permission_missing"},
		{[]string{"apikey", "--key", "3b8c2f1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f", "--ip-whitelist", "203.0.113.0/24,2001:db8::/32", "--server-ip", "2001:db8::7", "--permissions", "read,trade"}, exitOK, "apikey.ok"},
		{[]string{"tx", "--chain", "sol", "1111"}, exitProblem, "tx.hash_malformed"},
		{[]string{"tx", strings.Repeat("ab", 32), "--chain", "tron"}, exitOK, "tx.ok"},
		{[]string{"errorcode", "50102"}, exitProblem, "next: triage check clock"},
		{[]string{"errorcode", "--context", ctx}, exitProblem, "Timestamp request expired"},
		{[]string{"account", "--context", ctx}, exitProblem, "account.locked"},
		{[]string{"account", "--status", "active"}, exitOK, "account.ok"},
		{[]string{"callback-url", "http://10.0.0.5/notify", "--offline"}, exitProblem, "callback.url.private"},
		{[]string{"callback-url", "https://shop.example/notify", "--offline"}, exitOK, "callback.url.ok"},
		{[]string{"callback-url", "https://１２７.０.０.１/notify", "--offline"}, exitProblem, "callback.url.private"},
		{[]string{"callback-url", "https://127.0.0。1/notify", "--offline"}, exitProblem, "127.0.0。1 → 127.0.0.1"},
		{[]string{"network", "--offline"}, exitOK, "SKIP"},
		{[]string{"kyc-document", "--expiry", "2001-01-01"}, exitProblem, "kyc.document_expired"},
	} {
		code, out, errOut := checkCLI(t, checkCommand{}, "", tc.args...)
		if code != tc.code || !strings.Contains(out, tc.want) {
			t.Errorf("%q: exit %d\n%s%s", tc.args, code, out, errOut)
		}
	}
	// A context field of the wrong type is reported, the rest is used.
	_, _, errOut := checkCLI(t, checkCommand{}, "", "account", "--context", ctx)
	if !strings.Contains(errOut, "apiKey.permissions[0]") {
		t.Errorf("context problems: %q", errOut)
	}
}

func TestCheckKYCDocumentCLI(t *testing.T) {
	pngFile := func(w, h int, sharp bool) string {
		img := image.NewGray(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				v := uint8(128)
				if sharp {
					v = uint8((x*37 + y*91) % 256) // text-like detail
				}
				img.SetGray(x, y, color.Gray{Y: v})
			}
		}
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			t.Fatal(err)
		}
		return writeFile(t, fmt.Sprintf("doc-%dx%d.png", w, h), b.String())
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--file", pngFile(1600, 1000, true), "--expiry", "2099-01-01"}, exitOK, "kyc.document_ok"},
		{[]string{"--file", pngFile(300, 200, false)}, exitProblem, "kyc.document_resolution,kyc.document_blurry"},
		{[]string{"--file", writeFile(t, "id.heic", "\x00\x00\x00\x18ftypheic")}, exitProblem, "kyc.document_type"},
		{[]string{"--file", writeFile(t, "id.pdf", "%PDF-1.7\n...")}, exitOK, "kyc.document_ok"},
	} {
		code, fs := jsonCodes(t, checkCommand{}, append([]string{"kyc-document"}, tc.args...)...)
		if code != tc.code || codes(fs) != tc.want {
			t.Errorf("%q: exit %d %s", tc.args, code, codes(fs))
		}
	}
}

// testFetcher reaches srv for every host name, trusting its certificate:
// the callback URL looks public while the server runs on 127.0.0.1.
func testFetcher(srv *httptest.Server, guard bool) checkCommand {
	opts := fetcherOptions{guard: guard, dialTo: srv.Listener.Addr().String()}
	if srv.TLS != nil {
		opts.tlsConfig = srv.Client().Transport.(*http.Transport).TLSClientConfig
	}
	return checkCommand{newFetcher: func(bool) diag.Fetcher { return newNativeFetcher(opts) }}
}

func TestCheckCallbackURLProbe(t *testing.T) {
	var methods []string
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		methods = append(methods, r.Method)
		switch r.URL.Path {
		case "/moved":
			http.Redirect(w, r, "http://127.0.0.1:9/admin", http.StatusFound)
		case "/broken":
			w.WriteHeader(http.StatusBadGateway)
		default:
			w.WriteHeader(http.StatusMethodNotAllowed) // a POST-only endpoint answering a GET
		}
	}))
	defer srv.Close()
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	base := fmt.Sprintf("https://example.com:%d", port) // the test certificate's name

	for _, tc := range []struct {
		path  string
		guard bool
		code  int
		want  string
	}{
		{"/pay/notify", false, exitOK, "callback.reachable"},
		{"/moved", false, exitProblem, "callback.url.private"},
		{"/broken", false, exitOK, "callback.server_error"},
		// The name "resolves" to 127.0.0.1: the guard refuses at dial time.
		{"/pay/notify", true, exitProblem, "callback.url.private"},
	} {
		code, fs := jsonCodes(t, testFetcher(srv, tc.guard), "callback-url", base+tc.path)
		if code != tc.code || codes(fs) != tc.want {
			t.Errorf("%s guard=%v: exit %d %s %+v", tc.path, tc.guard, code, codes(fs), fs)
		}
	}
	for _, m := range methods {
		if m != http.MethodGet {
			t.Errorf("the probe sent %s; it must only GET", m)
		}
	}

	// A closed port is unreachable.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().String()
	l.Close()
	cmd := checkCommand{newFetcher: func(bool) diag.Fetcher { return newNativeFetcher(fetcherOptions{dialTo: closed}) }}
	if code, fs := jsonCodes(t, cmd, "callback-url", "https://shop.example/notify"); code != exitProblem || codes(fs) != "callback.unreachable" {
		t.Errorf("closed port: exit %d %s", code, codes(fs))
	}
	// The real command guards: a loopback literal never reaches the probe,
	// and the guarded fetcher is what the CLI builds.
	if code, fs := jsonCodes(t, checkCommand{}, "callback-url", srv.URL+"/pay/notify"); code != exitProblem || codes(fs) != "callback.url.private" {
		t.Errorf("loopback literal: exit %d %s", code, codes(fs))
	}
}

func TestCheckNetworkAndClockCLI(t *testing.T) {
	var skew time.Duration
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/nothing" {
			w.Header()["Date"] = nil // no Date header and no time body
			return
		}
		if r.URL.Path == "/time" {
			fmt.Fprintf(w, `{"epochMs":%d}`, time.Now().Add(skew).UnixMilli())
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()

	code, out, errOut := checkCLI(t, checkCommand{}, "", "network", "--url", srv.URL)
	if code != exitOK || !strings.Contains(out, "network.ok") || !strings.Contains(out, "connect ") || !strings.Contains(out, "ttfb ") {
		t.Errorf("network: %d\n%s%s", code, out, errOut)
	}
	if code, out, _ := checkCLI(t, checkCommand{}, "", "network", "--url", srv.URL, "--slow", "1ns"); code != exitOK || !strings.Contains(out, "WARN  network.slow") {
		t.Errorf("slow threshold: %d\n%s", code, out)
	}
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	closed := "http://" + l.Addr().String()
	l.Close()
	if code, out, _ := checkCLI(t, checkCommand{}, "", "network", "--url", closed); code != exitProblem || !strings.Contains(out, "network.unreachable") {
		t.Errorf("closed port: %d\n%s", code, out)
	}

	if code, out, _ := checkCLI(t, checkCommand{}, "", "clock", "--url", srv.URL+"/time"); code != exitOK || !strings.Contains(out, "clock.ok") {
		t.Errorf("clock: %d\n%s", code, out)
	}
	skew = -time.Minute
	if code, out, _ := checkCLI(t, checkCommand{}, "", "clock", "--url", srv.URL+"/time"); code != exitProblem || !strings.Contains(out, "FAIL  clock.skew") {
		t.Errorf("skewed clock: %d\n%s", code, out)
	}
	// A server without a time answer: the check could not run (exit 1).
	if code, out, _ := checkCLI(t, checkCommand{}, "", "clock", "--url", srv.URL+"/nothing"); code != exitProblem || !strings.Contains(out, "ERROR check.error") {
		t.Errorf("no time: %d\n%s", code, out)
	}
}

// TestCheckFlagsDerived: every form field a check declares is a flag of
// its command (or its positional argument), named by its kind, and the
// usage lists it; choices are checked unless open.
func TestCheckFlagsDerived(t *testing.T) {
	names := cliCheckNames()
	for _, want := range []string{"account", "apikey", "balance", "callback-url", "clock", "errorcode", "kyc-document", "network", "signature", "tx", "webhook"} {
		if !slices.Contains(names, want) {
			t.Errorf("%s is not offered: %v", want, names)
		}
	}
	for _, name := range names {
		spec, _ := cliCheckNamed(name)
		set := flag.NewFlagSet(name, flag.ContinueOnError)
		spec.flags(set)
		for _, f := range spec.check.Needs.Form {
			if f.Name == cliExtras[name].positional {
				if !strings.Contains(spec.synopsis, cliExtras[name].metavar) {
					t.Errorf("%s: synopsis %q lacks %s", name, spec.synopsis, cliExtras[name].metavar)
				}
				continue
			}
			fl := set.Lookup(flagName(f))
			if fl == nil {
				t.Errorf("%s: field %s has no flag --%s", name, f.Name, flagName(f))
				continue
			}
			if !strings.Contains(spec.synopsis, "--"+fl.Name+" ") {
				t.Errorf("%s: synopsis %q lacks --%s", name, spec.synopsis, fl.Name)
			}
			if (f.Kind == diag.KindSecret || f.Kind == diag.KindMultiline) != strings.HasSuffix(fl.Name, "-file") {
				t.Errorf("%s: --%s: secrets and bodies, and only they, are read from files", name, fl.Name)
			}
		}
	}
	for _, tc := range []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"apikey", "--target", "prod"}, exitUsage, `--target "prod": use live or demo`},
		{[]string{"webhook", "--scheme", "md5"}, exitUsage, "use hmac-sha256-hex, stripe or okx-v5"},
		{[]string{"tx"}, exitUsage, "missing HASH"},
		{[]string{"tx", "--chain", "arbitrum", "0x" + strings.Repeat("ab", 32)}, exitOK, "tx.ok"}, // an open choice
		{[]string{"maintenance"}, exitUsage, "needs the platform's manifest"},
		{[]string{"browser"}, exitUsage, "unknown check"},
	} {
		code, out, errOut := checkCLI(t, checkCommand{}, "", tc.args...)
		if code != tc.code || !strings.Contains(out+errOut, tc.out) {
			t.Errorf("%q: exit %d %q %q", tc.args, code, out, errOut)
		}
	}
}

// TestCheckWithManifest: --manifest and --pub give the native checks the
// platform as the widget gets it (verified, then DiagPlatform): the
// maintenance window and the platform's own error codes.
func TestCheckWithManifest(t *testing.T) {
	key, pub := testKeys(t)
	doc := filepath.Join(t.TempDir(), "wallet-merchant.json")
	// A code only this platform's catalogue knows.
	data, err := os.ReadFile("../../web/manifests/wallet-merchant.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(doc, bytes.Replace(data, []byte(`"code": "50113"`), []byte(`"code": "99113"`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI(t, "", "manifest", "sign", "--key", key, "--now", demoValidAt, doc); code != exitOK {
		t.Fatalf("sign: %d %q", code, errOut)
	}
	during := checkCommand{now: func() time.Time { return time.Date(2026, 12, 6, 3, 0, 0, 0, time.UTC) }}
	if code, got := jsonCodes(t, during, "maintenance", "--manifest", doc, "--pub", pub); code != exitProblem || !hasCode(got, "platform.maintenance") {
		t.Errorf("maintenance during the window: exit %d, %v", code, got)
	}
	after := checkCommand{now: func() time.Time { return time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC) }}
	if code, got := jsonCodes(t, after, "maintenance", "--manifest", doc, "--pub", pub); code != exitOK || !hasCode(got, "platform.ok") {
		t.Errorf("maintenance after the window: exit %d, %v", code, got)
	}
	if code, got := jsonCodes(t, after, "errorcode", "99113", "--manifest", doc, "--pub", pub); !hasCode(got, "errorcode.known") {
		t.Errorf("errorcode with the platform's catalogue: exit %d, %v", code, got)
	}
	if _, got := jsonCodes(t, after, "errorcode", "99113"); hasCode(got, "errorcode.known") {
		t.Errorf("errorcode knew 99113 without the manifest: %v", got)
	}
	// A manifest that does not verify gives the checks nothing.
	_, otherPub := testKeys(t)
	if code, _, errOut := checkCLI(t, after, "", "maintenance", "--manifest", doc, "--pub", otherPub); code != exitUsage || !strings.Contains(errOut, "signature does not verify") {
		t.Errorf("another key: exit %d, %q", code, errOut)
	}
	if code, _, errOut := checkCLI(t, after, "", "maintenance", "--manifest", doc); code != exitUsage || !strings.Contains(errOut, "--pub") {
		t.Errorf("no key: exit %d, %q", code, errOut)
	}
}

func hasCode(fs []jsonFinding, code string) bool {
	for _, f := range fs {
		if f.Code == code {
			return true
		}
	}
	return false
}

// TestCheckTraditionalChinese: --lang zh-TW (and a zh_TW locale) print the
// findings in Traditional Chinese.
func TestCheckTraditionalChinese(t *testing.T) {
	want := i18n.M(i18n.CheckTxFixTxBad).In(i18n.TW)
	code, out, errOut := checkCLI(t, checkCommand{}, "", "tx", "--chain", "eth", "--lang", "zh-TW", "0x123")
	if code != exitProblem || !strings.Contains(out, want) {
		t.Fatalf("--lang zh-TW: exit %d %q %q, want %q", code, out, errOut, want)
	}
	env := checkCommand{getenv: func(k string) string {
		if k == "LANG" {
			return "zh_TW.UTF-8"
		}
		return ""
	}}
	if _, out, _ := checkCLI(t, env, "", "tx", "--chain", "eth", "0x123"); !strings.Contains(out, want) {
		t.Fatalf("LANG=zh_TW.UTF-8: %q", out)
	}
}
