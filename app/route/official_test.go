package route

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// TestOnlyManifestChannels sweeps every profile, category, a spread of
// times, regions, languages, finding sets and both network states, and
// checks that every recommendation points at the manifest's own channel,
// unchanged, with a link the manifest vouches for, and that every text is
// complete. It also checks that Plan is deterministic.
func TestOnlyManifestChannels(t *testing.T) {
	times := []time.Time{
		at(t, "Asia/Shanghai", 2026, 11, 24, 3, 0),
		at(t, "Asia/Shanghai", 2026, 11, 24, 11, 0),
		at(t, "UTC", 2026, 11, 25, 14, 0),
		at(t, "UTC", 2026, 12, 6, 3, 0), // maintenance (seed 000)
	}
	var all []diag.Finding
	for _, info := range diag.Codes() {
		all = append(all, fail(string(info.Code)))
	}
	findingSets := [][]diag.Finding{nil, {fail("signature.mismatch"), warn("tx.deposit_pending")}, all}
	n := 0
	for _, name := range demoNames {
		m := demo(t, name)
		cats := []string{""}
		for _, c := range m.Categories {
			cats = append(cats, c.ID)
		}
		for _, cat := range cats {
			for i, now := range times {
				for _, fs := range findingSets {
					for _, online := range []bool{true, false} {
						in := Input{Manifest: m, Category: cat, Findings: fs, LastError: "50113", Now: now,
							Lang: []i18n.Lang{i18n.ZH, i18n.EN}[i%2], Region: []string{"", "CN", "US", "DE"}[i], Online: online}
						r := Plan(in)
						n++
						checkOfficial(t, m, r)
						checkTexts(t, r)
						if again := Plan(in); !reflect.DeepEqual(r, again) {
							t.Fatalf("Plan is not deterministic: %s vs %s", r.Summary(), again.Summary())
						}
					}
				}
			}
		}
	}
	t.Logf("%d plans checked", n)
}

func checkOfficial(t *testing.T, m *manifest.Manifest, r Result) {
	t.Helper()
	for _, rec := range r.Recommendations {
		switch {
		case rec.Channel != nil:
			own, ok := m.Channel(rec.Channel.ID)
			if !ok || !reflect.DeepEqual(own, *rec.Channel) {
				t.Fatalf("%s is not the manifest's channel", rec.Channel.ID)
			}
			if rec.Phone != nil && rec.Phone.Href != own.Value || rec.Phone == nil && rec.Link != own.Value {
				t.Fatalf("%s: link %q phone %+v, manifest value %q", own.ID, rec.Link, rec.Phone, own.Value)
			}
			if strings.HasPrefix(rec.Link, "https:") && m.CheckLink(rec.Link) != nil {
				t.Fatalf("%s: link %q off the official domains", own.ID, rec.Link)
			}
		case rec.Finding != nil:
			if rec.Link != "" && m.CheckLink(rec.Link) != nil {
				t.Fatalf("%s: doc link %q off the official domains", rec.Finding.Code, rec.Link)
			}
		default:
			if rec.Source != "guide" {
				t.Fatalf("recommendation with neither channel nor finding: %+v", rec)
			}
		}
	}
}

// TestForeignChannelRefused: a channel that is not the manifest's own, or
// whose value was changed, is never recommended, and a rule naming an
// unknown id adds nothing.
func TestForeignChannelRefused(t *testing.T) {
	m := demo(t, walletMerchant)
	in := Input{Manifest: m, Now: validAt, Online: true}
	fake := manifest.Channel{ID: "scam-hotline", Kind: manifest.KindPhone, Value: "tel:+1-555-0199", Hours: manifest.Hours{Always: true}}
	if _, ok := channelRec(m, fake, in, "test", reasonFreeze); ok {
		t.Error("a channel not in the manifest was accepted")
	}
	changed, _ := m.Channel("hotline-global")
	changed.Value = "tel:+1-555-0199"
	if _, ok := channelRec(m, changed, in, "test", reasonFreeze); ok {
		t.Error("a manifest channel with a changed number was accepted")
	}
	offDomain, _ := m.Channel("help-center")
	mm := *m
	mm.OfficialDomains = []string{"example.org"} // the help center is no longer on them
	if _, ok := channelRec(&mm, offDomain, Input{Manifest: &mm, Now: validAt, Online: true}, "test", reasonFreeze); ok {
		t.Error("a link off the official domains was accepted")
	}
	r := Plan(Input{Manifest: withRules(m, manifest.Rule{ID: "x", Route: []string{"scam-hotline", "docs"}, Reason: reasonFreeze}), Now: validAt, Online: true})
	if got := heads(r, 5); len(got) != 1 || got[0] != "self-fix:docs" {
		t.Errorf("unknown id in a rule: %v", got)
	}
}
