package checks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/diag"
)

// Reference values computed with openssl, independently of this package:
//
//	printf '%s' "$prehash" | openssl dgst -sha256 -hmac "$secret" -binary | base64
const (
	okxSecret  = "22582BD0CFF14C41EDBF1AB98506286D"
	okxTS      = "2020-12-08T09:08:57.715Z"
	okxGetPath = "/api/v5/account/balance?ccy=BTC"
	okxGetSig  = "HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY="
	okxBody    = `{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"100"}`
	okxPostSig = "gLoEHvSwOThUNff+Hv0T7J9JHtjIwa/gKHKIkc4vvhM="
)

func TestSignOKXVectors(t *testing.T) {
	if got := SignOKX(okxSecret, okxTS, "GET", okxGetPath, ""); got != okxGetSig {
		t.Errorf("GET: %s, want %s", got, okxGetSig)
	}
	if got := SignOKX(okxSecret, okxTS, "POST", "/api/v5/trade/order", okxBody); got != okxPostSig {
		t.Errorf("POST: %s, want %s", got, okxPostSig)
	}
}

// An order body as sent, and as Python json.dumps and PHP json_encode
// print it once decoded.
const (
	orderBody   = `{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"30000.5","sz":0.010,"tag":"测试","cb":"https://shop.example/n"}`
	orderPython = `{"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "px": "30000.5", "sz": 0.01, "tag": "\u6d4b\u8bd5", "cb": "https://shop.example/n"}`
	orderPHP    = `{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"30000.5","sz":0.01,"tag":"\u6d4b\u8bd5","cb":"https:\/\/shop.example\/n"}`
)

// mistaken signs like a client making one mistake.
func mistaken(key, msg string) string {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

func TestSignature(t *testing.T) {
	get := func(kv ...string) map[string]string {
		f := map[string]string{"secret": okxSecret, "passphrase": "Passphrase-123", "timestamp": okxTS,
			"method": "GET", "path": okxGetPath, "body": "", "signature": okxGetSig}
		for i := 0; i < len(kv); i += 2 {
			f[kv[i]] = kv[i+1]
		}
		return f
	}
	post := func(kv ...string) map[string]string {
		f := get("method", "POST", "path", "/api/v5/trade/order", "body", okxBody, "signature", okxPostSig)
		for i := 0; i < len(kv); i += 2 {
			f[kv[i]] = kv[i+1]
		}
		return f
	}
	mac := hmac.New(sha256.New, []byte(okxSecret))
	mac.Write([]byte(okxTS + "GET" + okxGetPath))
	raw := mac.Sum(nil)
	spaced := `{"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "market", "sz": "100"}`

	for _, tc := range []struct {
		name string
		form map[string]string
		plat *diag.Platform
		want []string
		ev   string
	}{
		{"correct GET", get(), nil, []string{"signature.ok"}, "string to sign=" + okxTS + "GET" + okxGetPath},
		{"correct POST", post(), nil, []string{"signature.ok"}, ""},
		{"method typed in lower case is still GET", get("method", "get"), nil, []string{"signature.ok"}, ""},
		{"full URL typed as the path", get("path", "https://www.okx.com"+okxGetPath), nil, []string{"signature.ok"}, ""},
		{"hex", get("signature", hex.EncodeToString(raw)), nil, []string{"signature.cause.hex_instead_of_base64"}, "difference=hex"},
		{"upper-case hex", get("signature", strings.ToUpper(hex.EncodeToString(raw))), nil, []string{"signature.cause.hex_instead_of_base64"}, ""},
		{"base64 of hex (PHP without raw=true)", get("signature", base64.StdEncoding.EncodeToString([]byte(hex.EncodeToString(raw)))), nil,
			[]string{"signature.cause.base64_of_hex"}, ""},
		{"query omitted", get("signature", mistaken(okxSecret, okxTS+"GET/api/v5/account/balance")), nil,
			[]string{"signature.cause.query_omitted"}, "string your code signed=" + okxTS + "GET/api/v5/account/balance"},
		{"lower-case method", get("signature", mistaken(okxSecret, okxTS+"get"+okxGetPath)), nil, []string{"signature.cause.method_case"}, ""},
		{"Unix seconds signed", get("signature", mistaken(okxSecret, "1607418537GET"+okxGetPath)), nil,
			[]string{"signature.cause.timestamp_format"}, "difference=Unix seconds"},
		{"Unix milliseconds signed", get("signature", mistaken(okxSecret, "1607418537715GET"+okxGetPath)), nil,
			[]string{"signature.cause.timestamp_format"}, "difference=Unix milliseconds"},
		{"ISO without milliseconds signed", get("signature", mistaken(okxSecret, "2020-12-08T09:08:57ZGET"+okxGetPath)), nil,
			[]string{"signature.cause.timestamp_format"}, "difference=ISO 8601 without milliseconds"},
		{"{} on a GET", get("signature", mistaken(okxSecret, okxTS+"GET"+okxGetPath+"{}")), nil, []string{"signature.cause.body_on_get"}, ""},
		{"secret with newline", get("signature", mistaken(okxSecret+"\n", okxTS+"GET"+okxGetPath)), nil,
			[]string{"signature.cause.secret_whitespace"}, `difference=trailing "\n"`},
		{"secret typed with space, code signs with it", get("secret", okxSecret+" ", "signature", mistaken(okxSecret+" ", okxTS+"GET"+okxGetPath)), nil,
			[]string{"signature.cause.secret_whitespace"}, "difference=as typed"},
		{"passphrase as secret", get("signature", mistaken("Passphrase-123", okxTS+"GET"+okxGetPath)), nil,
			[]string{"signature.cause.passphrase_as_secret"}, ""},
		{"signed compact, sent spaced", post("body", spaced), nil, []string{"signature.cause.body_reserialized"}, ""},
		{"signed Python-style, sent compact", post("signature", mistaken(okxSecret, okxTS+"POST/api/v5/trade/order"+spaced)), nil,
			[]string{"signature.cause.body_reserialized"}, ""},
		// The body sent as typed; the client signed its own re-encoding
		// (the libraries' outputs for this body).
		{"signed Python json.dumps", post("body", orderBody, "signature", mistaken(okxSecret, okxTS+"POST/api/v5/trade/order"+orderPython)), nil,
			[]string{"signature.cause.body_reserialized"}, "difference=Python json.dumps"},
		{"signed PHP json_encode", post("body", orderBody, "signature", mistaken(okxSecret, okxTS+"POST/api/v5/trade/order"+orderPHP)), nil,
			[]string{"signature.cause.body_reserialized"}, "difference=PHP json_encode"},
		{"host in path", get("signature", mistaken(okxSecret, okxTS+"GEThttps://www.okx.com"+okxGetPath)), nil,
			[]string{"signature.cause.path_includes_host"}, "difference=https://www.okx.com" + okxGetPath},
		{"manifest host in path", get("signature", mistaken(okxSecret, okxTS+"GEThttps://api.platform.example"+okxGetPath)),
			&diag.Platform{APIOrigin: "https://api.platform.example"}, []string{"signature.cause.path_includes_host"}, ""},
		{"openapi.okx.com base URL in path", get("signature", mistaken(okxSecret, okxTS+"GEThttps://openapi.okx.com"+okxGetPath)), nil,
			[]string{"signature.cause.path_includes_host"}, "difference=https://openapi.okx.com" + okxGetPath},
		{"bare okx.com in path", get("signature", mistaken(okxSecret, okxTS+"GETokx.com"+okxGetPath)), nil,
			[]string{"signature.cause.path_includes_host"}, "difference=okx.com" + okxGetPath},
		{"manifest api.hosts host in path", get("signature", mistaken(okxSecret, okxTS+"GEThttps://openapi.platform.example"+okxGetPath)),
			&diag.Platform{APIOrigin: "https://api.platform.example/ping", APIHosts: []string{"openapi.platform.example"}}, []string{"signature.cause.path_includes_host"},
			"difference=https://openapi.platform.example" + okxGetPath},
		{"unlisted host in path", get("signature", mistaken(okxSecret, okxTS+"GEThttps://openapi.platform.example"+okxGetPath)),
			&diag.Platform{APIOrigin: "https://api.platform.example/ping"}, []string{"signature.mismatch"}, ""},
		{"typed full URL, signed it", get("path", "https://aws.okx.com"+okxGetPath, "signature", mistaken(okxSecret, okxTS+"GEThttps://aws.okx.com"+okxGetPath)), nil,
			[]string{"signature.cause.path_includes_host"}, ""},
		{"unexplained", get("signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="), nil, []string{"signature.mismatch"}, "expected signature (first 8)=HiZhvSfM…"},
		{"Unix timestamp in the header", get("timestamp", "1607418537", "signature", mistaken(okxSecret, "1607418537GET"+okxGetPath)), nil,
			[]string{"signature.timestamp_invalid", "signature.ok"}, "timestamp=1607418537"},
		{"missing fields", map[string]string{"secret": okxSecret, "method": "GET"}, nil, []string{"check.skipped"}, ""},
		{"another scheme", get("signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="), &diag.Platform{APIScheme: "other"}, []string{"check.skipped"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := run(t, Signature, &diag.Env{Form: tc.form, Platform: tc.plat})
			if got := codesOf(fs); strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Fatalf("codes %v, want %v", got, tc.want)
			}
			if !strings.Contains(evidenceText(fs[0]), tc.ev) {
				t.Errorf("evidence %q lacks %q", evidenceText(fs[0]), tc.ev)
			}
		})
	}
}

func TestIsOKXTimestamp(t *testing.T) {
	for s, want := range map[string]bool{
		okxTS: true, "2020-12-08T09:08:57Z": false, "2020-12-08T09:08:57.715+00:00": false, "1607418537715": false,
		"2020-12-08T09:08:57.7150Z": false, "2020-13-08T09:08:57.715Z": false, "": false,
	} {
		if got := isOKXTimestamp(s); got != want {
			t.Errorf("isOKXTimestamp(%q) = %v", s, got)
		}
	}
}

func FuzzParseAnyTimestamp(f *testing.F) {
	for _, s := range []string{okxTS, "1607418537", "1607418537715", "x", "2020-12-08T09:08:57Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range timestampForms(s) {
			if v.value == s || v.detail == "" {
				t.Fatalf("form %+v of %q", v, s)
			}
		}
	})
}
