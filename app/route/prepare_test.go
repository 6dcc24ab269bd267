package route

import (
	"testing"

	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/report"
)

// The built-in items are labelled as the report labels its fields, and an
// item the category already lists is not added again.
func TestPreparationUsesReportLabels(t *testing.T) {
	cat := &manifest.Category{Prepare: []manifest.Prep{{Field: "orderId"}}}
	got := preparation(cat, true, true)
	if len(got) != 3 || got[0].Field != "orderId" || got[1].Field != "txHash" || got[2].Field != "lastLogin" {
		t.Fatalf("preparation = %+v", got)
	}
	for _, p := range got[1:] {
		f, _ := report.FieldNamed(p.Field)
		if p.Text != f.Label || !p.Text.Complete() {
			t.Errorf("%s: text %+v, report label %+v", p.Field, p.Text, f.Label)
		}
	}
}
