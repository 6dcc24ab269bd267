package route

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/triage-widget/triage/app/i18n"
)

// checkTexts fails when any text a Result shows lacks a language or holds a
// broken format verb. Reasons and the Why are required; the other texts are
// checked when present.
func checkTexts(t *testing.T, r Result) {
	t.Helper()
	cat := map[string]i18n.Text{"why": r.Why}
	optional := func(key string, x i18n.Text) {
		if x.In(i18n.ZH) != "" || x.In(i18n.EN) != "" {
			cat[key] = x
		}
	}
	optional("title", r.Title)
	for i, p := range r.Prepare {
		cat[fmt.Sprint("prepare", i)] = p.Text
	}
	for i, rec := range r.Recommendations {
		k := fmt.Sprintf("%d:%s", i, rec.target())
		cat[k+".reason"] = rec.Reason
		if rec.Channel != nil {
			cat[k+".availability"] = rec.Availability
		}
		optional(k+".response", rec.Response)
		if rec.Peak {
			cat[k+".peak"] = rec.PeakAdvice
		}
		for j, n := range rec.Notes {
			cat[fmt.Sprintf("%s.note%d", k, j)] = n
		}
		for j, s := range rec.Steps {
			cat[fmt.Sprintf("%s.step%d", k, j)] = s
		}
	}
	if missing := i18n.Missing(cat); len(missing) > 0 {
		slices.Sort(missing)
		t.Errorf("incomplete texts %v in %s", missing, r.Summary())
	}
	for k, x := range cat {
		if strings.Contains(x.In(i18n.ZH), "%!") || strings.Contains(x.In(i18n.EN), "%!") {
			t.Errorf("%s: broken format: %+v", k, x)
		}
	}
}
