package manifest

import (
	"encoding/json"
	"os"
	"testing"
	"time"
)

// testNow is inside every test manifest's validity.
var testNow = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

func minimal(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/minimal.json")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// mutate applies a change to the minimal manifest decoded as generic JSON
// and returns the re-encoded document.
func mutate(t *testing.T, change func(doc map[string]any)) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(minimal(t), &doc); err != nil {
		t.Fatal(err)
	}
	change(doc)
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func channel(doc map[string]any, i int) map[string]any {
	return doc["channels"].([]any)[i].(map[string]any)
}

func TestMinimalIsValid(t *testing.T) {
	m, err := Parse(minimal(t), testNow)
	if err != nil {
		t.Fatalf("minimal manifest refused: %v", err)
	}
	if m.Channels[1].Response.Max.Hours() != 48 || m.Channels[1].Hours.Weekly[0].Open != 9*60 {
		t.Errorf("decoded wrongly: %+v", m.Channels[1])
	}
}

// expectProblem parses data and requires a problem with the code at path.
func expectProblem(t *testing.T, data []byte, path, code string) {
	t.Helper()
	_, err := Parse(data, testNow)
	if err == nil {
		t.Fatalf("accepted; want %s at %q", code, path)
	}
	for _, p := range Problems(err) {
		if p.Path == path && p.Code == code {
			if !p.Message.Complete() {
				t.Errorf("problem %s lacks a language: %+v", code, p.Message)
			}
			return
		}
	}
	t.Fatalf("want %s at %q, got %v", code, path, err)
}

// TestRefusals has one case per rule a manifest can break.
func TestRefusals(t *testing.T) {
	for _, tc := range []struct {
		name, path, code string
		change           func(doc map[string]any)
	}{
		{"non-https link", "channels[3].value", codeURLInsecure, func(d map[string]any) {
			channel(d, 3)["value"] = "http://developer.example.com/docs"
		}},
		{"link off the official domains", "channels[3].value", codeURLOffDomain, func(d map[string]any) {
			channel(d, 3)["value"] = "https://developer.example.com.evil.test/docs"
		}},
		{"look-alike suffix", "platform.home", codeURLOffDomain, func(d map[string]any) {
			d["platform"].(map[string]any)["home"] = "https://notexample.com"
		}},
		{"IP address link", "channels[3].value", codeURLOffDomain, func(d map[string]any) {
			channel(d, 3)["value"] = "https://93.184.216.34/docs"
		}},
		{"link with port", "channels[3].value", codeURLMalformed, func(d map[string]any) {
			channel(d, 3)["value"] = "https://developer.example.com:8443/docs"
		}},
		{"link with user info", "channels[3].value", codeURLMalformed, func(d map[string]any) {
			channel(d, 3)["value"] = "https://user@developer.example.com/docs"
		}},
		{"malformed mailto", "channels[2].value", codeMailto, func(d map[string]any) {
			channel(d, 2)["value"] = "mailto:help at example.com"
		}},
		{"mailto off domain", "channels[2].value", codeURLOffDomain, func(d map[string]any) {
			channel(d, 2)["value"] = "mailto:help@example.net"
		}},
		{"mailto with bcc", "channels[2].value", codeMailtoField, func(d map[string]any) {
			channel(d, 2)["value"] = "mailto:help@example.com?bcc=collect@evil.test"
		}},
		{"mailto with cc after a subject", "channels[2].value", codeMailtoField, func(d map[string]any) {
			channel(d, 2)["value"] = "mailto:help@example.com?subject=Help&cc=collect@evil.test"
		}},
		{"mailto with a second recipient", "channels[2].value", codeMailtoField, func(d map[string]any) {
			channel(d, 2)["value"] = "mailto:help@example.com?to=collect@evil.test"
		}},
		{"mailto recipient smuggled as escapes", "channels[2].value", codeMailto, func(d map[string]any) {
			channel(d, 2)["value"] = "mailto:collect%40evil.test%2Chelp@example.com"
		}},
		{"bidi override in a label", "channels[0].label.en", codeBidi, func(d map[string]any) {
			channel(d, 0)["label"] = map[string]any{"zh-CN": "热线", "en": "Hotline \u202e1010-555-1+"}
		}},
		{"bidi isolate in a category summary", "categories[0].summary.zh-CN", codeBidi, func(d map[string]any) {
			d["categories"].([]any)[0].(map[string]any)["summary"] = map[string]any{"zh-CN": "支付\u2067问题", "en": "Payment problems"}
		}},
		{"bidi mark percent-encoded in a link", "channels[3].value", codeBidi, func(d map[string]any) {
			channel(d, 3)["value"] = "https://developer.example.com/docs%E2%80%8Fgpj.exe"
		}},
		{"Arabic letter mark in a ticket template", "channels[1].value", codeBidi, func(d map[string]any) {
			channel(d, 1)["value"] = "https://help.example.com/ticket?case={caseId}&x=%d8%9c"
		}},
		{"expiry beyond the lifetime cap", "expires", codeLifetime, func(d map[string]any) {
			d["expires"] = "2027-05-01T00:00:00Z" // 181 days after 2026-11-01
		}},
		{"malformed tel", "channels[0].value", codeTel, func(d map[string]any) {
			channel(d, 0)["value"] = "tel:555-0100"
		}},
		{"tel too short", "channels[0].value", codeTel, func(d map[string]any) {
			channel(d, 0)["value"] = "tel:+1-55"
		}},
		{"phone with an https value", "channels[0].value", codeKindValue, func(d map[string]any) {
			channel(d, 0)["value"] = "https://www.example.com/call"
		}},
		{"unknown channel kind", "channels[3].kind", codeKind, func(d map[string]any) {
			channel(d, 3)["kind"] = "fax"
		}},
		{"hours both always and weekly", "channels[1].hours", codeHours, func(d map[string]any) {
			channel(d, 1)["hours"].(map[string]any)["always"] = true
		}},
		{"hours neither", "channels[0].hours", codeHours, func(d map[string]any) {
			channel(d, 0)["hours"] = map[string]any{}
		}},
		{"hours unknown zone", "channels[1].hours.zone", codeZone, func(d map[string]any) {
			channel(d, 1)["hours"].(map[string]any)["zone"] = "Asia/Atlantis"
		}},
		{"hours open equals close", "channels[1].hours.weekly[0].close", codeHours, func(d map[string]any) {
			iv := channel(d, 1)["hours"].(map[string]any)["weekly"].([]any)[0].(map[string]any)
			iv["close"] = "09:00"
		}},
		{"hours bad clock", "channels[1].hours.weekly[0].open", codeBadValue, func(d map[string]any) {
			iv := channel(d, 1)["hours"].(map[string]any)["weekly"].([]any)[0].(map[string]any)
			iv["open"] = "9am"
		}},
		{"hours bad day", "channels[1].hours.weekly[0].days[1]", codeBadValue, func(d map[string]any) {
			iv := channel(d, 1)["hours"].(map[string]any)["weekly"].([]any)[0].(map[string]any)
			iv["days"] = []any{"mon", "funday"}
		}},
		{"hours duplicate day", "channels[1].hours.weekly[0].days", codeHours, func(d map[string]any) {
			iv := channel(d, 1)["hours"].(map[string]any)["weekly"].([]any)[0].(map[string]any)
			iv["days"] = []any{"mon", "mon"}
		}},
		{"hours no days", "channels[1].hours.weekly[0].days", codeHours, func(d map[string]any) {
			iv := channel(d, 1)["hours"].(map[string]any)["weekly"].([]any)[0].(map[string]any)
			iv["days"] = []any{}
		}},
		{"text missing en", "channels[0].label", codeLanguage, func(d map[string]any) {
			channel(d, 0)["label"] = map[string]any{"zh-CN": "热线"}
		}},
		{"text missing zh-CN", "categories[0].title", codeLanguage, func(d map[string]any) {
			d["categories"].([]any)[0].(map[string]any)["title"] = map[string]any{"en": "Payment", "zh-CN": "  "}
		}},
		{"a language the widget does not speak", "languages[1]", codeLanguages, func(d map[string]any) {
			d["languages"] = []any{"en", "fr"}
		}},
		{"a text in a language the widget does not speak", "channels[0].label.fr", codeUnknownField, func(d map[string]any) {
			channel(d, 0)["label"] = map[string]any{"zh-CN": "热线", "en": "Hotline", "fr": "Ligne"}
		}},
		{"no language", "languages", codeRequired, func(d map[string]any) {
			d["languages"] = []any{}
		}},
		{"a text missing a listed language", "channels[0].label", codeLanguage, func(d map[string]any) {
			d["languages"] = []any{"zh-CN", "zh-TW", "en"}
		}},
		{"expired", "expires", codeExpired, func(d map[string]any) {
			d["expires"] = "2026-11-15T00:00:00Z"
		}},
		{"expires before published", "expires", codeRange, func(d map[string]any) {
			d["published"] = "2030-06-01T00:00:00Z"
		}},
		{"wrong version", "version", codeVersion, func(d map[string]any) { d["version"] = 2 }},
		{"version as string", "version", codeType, func(d map[string]any) { d["version"] = "1" }},
		{"unknown field", "channels[0].hourz", codeUnknownField, func(d map[string]any) {
			channel(d, 0)["hourz"] = "24/7"
		}},
		{"key differing in case", "Version", codeUnknownField, func(d map[string]any) { d["Version"] = 1 }},
		{"missing required", "revision", codeRequired, func(d map[string]any) { delete(d, "revision") }},
		{"no channels", "channels", codeRequired, func(d map[string]any) { d["channels"] = []any{} }},
		{"bad id", "channels[0].id", codeID, func(d map[string]any) { channel(d, 0)["id"] = "Hot Line" }},
		{"duplicate id", "channels[1].id", codeDuplicateID, func(d map[string]any) { channel(d, 1)["id"] = "hotline" }},
		{"rule routes to unknown channel", "rules[0].route[0]", codeReference, func(d map[string]any) {
			d["rules"].([]any)[0].(map[string]any)["route"] = []any{"fax"}
		}},
		{"ticket template unknown placeholder", "channels[1].value", codeTemplate, func(d map[string]any) {
			channel(d, 1)["value"] = "https://help.example.com/ticket?pw={password}"
		}},
		{"template placeholder in host", "channels[1].value", codeTemplate, func(d map[string]any) {
			channel(d, 1)["value"] = "https://{caseId}.example.com/ticket"
		}},
		{"placeholder outside a template", "channels[3].value", codeTemplate, func(d map[string]any) {
			channel(d, 3)["value"] = "https://developer.example.com/{caseId}"
		}},
		{"explorer template off domain", "explorers[0].tx", codeURLOffDomain, func(d map[string]any) {
			d["explorers"].([]any)[0].(map[string]any)["tx"] = "https://explorer.example.org/tx/{hash}"
		}},
		{"explorer template without {hash}", "explorers[0].tx", codeTemplate, func(d map[string]any) {
			d["explorers"].([]any)[0].(map[string]any)["tx"] = "https://explorer.example.com/tx/"
		}},
		{"explorer template with the old {tx}", "explorers[0].tx", codeTemplate, func(d map[string]any) {
			d["explorers"].([]any)[0].(map[string]any)["tx"] = "https://explorer.example.com/tx/{tx}"
		}},
		{"unknown API scheme", "api.scheme", codeEnum, func(d map[string]any) { d["api"].(map[string]any)["scheme"] = "okx-v4" }},
		{"unknown API environment", "api.environment", codeEnum, func(d map[string]any) { d["api"].(map[string]any)["environment"] = "sandbox" }},
		{"API region without a name", "api.regions[0].region", codeRequired, func(d map[string]any) {
			d["api"].(map[string]any)["regions"] = []any{map[string]any{"region": " ", "origin": "https://api.example.com"}}
		}},
		{"API region twice", "api.regions[1].region", codeDuplicateID, func(d map[string]any) {
			r := map[string]any{"region": "CN", "origin": "https://api.example.com"}
			d["api"].(map[string]any)["regions"] = []any{r, r}
		}},
		{"API region origin off domain", "api.regions[0].origin", codeURLOffDomain, func(d map[string]any) {
			d["api"].(map[string]any)["regions"] = []any{map[string]any{"region": "CN", "origin": "https://api.example.org"}}
		}},
		{"API region origin with a path", "api.regions[0].origin", codeURLMalformed, func(d map[string]any) {
			d["api"].(map[string]any)["regions"] = []any{map[string]any{"region": "CN", "origin": "https://api.example.com/v5"}}
		}},
		{"category prefers an unknown channel", "categories[0].prefer[1]", codeReference, func(d map[string]any) {
			d["categories"].([]any)[0].(map[string]any)["prefer"] = []any{"ticket", "fax"}
		}},
		{"bad category hint", "categories[0].hints[0]", codeName, func(d map[string]any) {
			d["categories"].([]any)[0].(map[string]any)["hints"] = []any{"Not A Code!"}
		}},
		{"bad region", "channels[0].regions[0]", codeRegion, func(d map[string]any) { channel(d, 0)["regions"] = []any{"China"} }},
		{"bad language tag", "channels[0].languages[0]", codeLangTag, func(d map[string]any) { channel(d, 0)["languages"] = []any{"chinese!"} }},
		{"response min above max", "channels[1].response", codeRange, func(d map[string]any) {
			channel(d, 1)["response"] = map[string]any{"min": "48h", "max": "24h"}
		}},
		{"response not a duration", "channels[1].response.max", codeBadValue, func(d map[string]any) {
			channel(d, 1)["response"] = map[string]any{"min": "1h", "max": "two days"}
		}},
		{"unknown prep field", "categories[0].prepare[0].field", codeEnum, func(d map[string]any) {
			d["categories"].([]any)[0].(map[string]any)["prepare"] = []any{map[string]any{"field": "password", "text": map[string]any{"zh-CN": "x", "en": "x"}}}
		}},
		{"unknown urgency", "categories[0].urgency", codeEnum, func(d map[string]any) {
			d["categories"].([]any)[0].(map[string]any)["urgency"] = "whenever"
		}},
		{"maintenance ends before it starts", "maintenance[0].end", codeRange, func(d map[string]any) {
			d["maintenance"].([]any)[0].(map[string]any)["end"] = "2026-12-06T01:00:00Z"
		}},
		{"api origin with a path", "api.origin", codeURLMalformed, func(d map[string]any) {
			d["api"].(map[string]any)["origin"] = "https://api.example.com/v5"
		}},
		{"api time off domain", "api.time", codeURLOffDomain, func(d map[string]any) {
			d["api"].(map[string]any)["time"] = "https://time.example.org/now"
		}},
		{"official domain with upper case", "officialDomains[0]", codeDomain, func(d map[string]any) {
			d["officialDomains"] = []any{"Example.com"}
		}},
		{"error code with a bad check", "errorCodes[0].check", codeName, func(d map[string]any) {
			d["errorCodes"].([]any)[0].(map[string]any)["check"] = "Sig Nature"
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expectProblem(t, mutate(t, tc.change), tc.path, tc.code)
		})
	}
}
