package route

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// The demo manifests: wallet-merchant is seed 000, e-wallet seed 001,
// exchange seed 002. They are parsed, not verified: the signature is the
// caller's business and is tested in app/manifest.
const (
	walletMerchant = "wallet-merchant"
	eWallet        = "e-wallet"
	exchange       = "exchange"
)

var demoNames = []string{walletMerchant, eWallet, exchange}

// validAt is inside every demo manifest's validity.
var validAt = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

var (
	demoOnce sync.Once
	demos    map[string]*manifest.Manifest
	demoErr  error
)

// demo returns a parsed demo manifest, parsed once per test binary.
func demo(t testing.TB, name string) *manifest.Manifest {
	t.Helper()
	demoOnce.Do(func() {
		demos = map[string]*manifest.Manifest{}
		for _, n := range demoNames {
			doc, err := os.ReadFile(filepath.Join("..", "..", "web", "manifests", n+".json"))
			if err != nil {
				demoErr = err
				return
			}
			m, err := manifest.Parse(doc, validAt)
			if err != nil {
				demoErr = err
				return
			}
			demos[n] = m
		}
	})
	if demoErr != nil {
		t.Fatal(demoErr)
	}
	return demos[name]
}

// zone loads a zone the way manifests do (the embedded set), so tests do not
// depend on the system's tzdata.
func zone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := manifest.LoadZone(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// at is a wall time in a zone.
func at(t testing.TB, zoneName string, y int, mo time.Month, d, h, mi int) time.Time {
	return time.Date(y, mo, d, h, mi, 0, 0, zone(t, zoneName))
}

// fail is a failing finding with a complete fix and the catalogue's
// severity left for Plan to look up.
func fail(code string) diag.Finding {
	return diag.Finding{
		Check: area(code), Code: diag.Code(code), Status: diag.StatusFail,
		Message: i18n.T("问题 "+code+"。", "Problem "+code+"."),
		Fix:     i18n.T("修复 "+code+"。", "Fix "+code+"."),
	}
}

// warn is fail with a warning status.
func warn(code string) diag.Finding {
	f := fail(code)
	f.Status = diag.StatusWarn
	return f
}

// heads lists the first n recommendations as kind:target, the way Summary
// writes them.
func heads(r Result, n int) []string {
	var out []string
	for i, rec := range r.Recommendations {
		if i == n {
			break
		}
		out = append(out, string(rec.Kind)+":"+rec.target())
	}
	return out
}

// indexOf returns the position of kind:target in r, or -1.
func indexOf(r Result, kindTarget string) int {
	for i, h := range heads(r, len(r.Recommendations)) {
		if h == kindTarget {
			return i
		}
	}
	return -1
}

// hasField reports a preparation item for a case report field.
func hasField(prep []manifest.Prep, field string) bool {
	for _, p := range prep {
		if p.Field == field {
			return true
		}
	}
	return false
}

// withRules returns a copy of m whose rules are replaced; the channels and
// categories are shared, read-only.
func withRules(m *manifest.Manifest, rules ...manifest.Rule) *manifest.Manifest {
	c := *m
	c.Rules = rules
	return &c
}
