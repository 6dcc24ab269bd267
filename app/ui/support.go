package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/diag"
)

// supportView is "details for support": what a support agent asks for and
// a merchant need not read — the result codes, how the problem type was
// settled, the dashboard's data that could not be used, the platform's key.
type supportView struct {
	Section
}

func (v *supportView) Render() app.UI { return v.guarded(v.render) }

func (v *supportView) render() app.UI {
	st := v.p.state
	var found []diag.Finding
	for _, r := range st.Results {
		for _, f := range r.Findings {
			if f.Status != diag.StatusSkip {
				found = append(found, f)
			}
		}
	}
	return app.Details().ID("triage-support").Class("triage-support").Body(
		app.Summary().Text(v.t(strSupportDetails)),
		app.If(st.Report.CaseID != "", app.P().Body(
			app.Span().Text(v.t(strCaseID)+" "), app.Code().Text(st.Report.CaseID),
		)),
		app.If(len(found) > 0, app.Ul().ID("triage-codes").Body(
			app.Range(found).Slice(func(i int) app.UI {
				f := found[i]
				var raw app.UI
				for _, e := range f.Evidence {
					if technical(e) {
						raw = app.Code().Text(" · " + e.Value)
					}
				}
				return app.Li().Body(app.Code().Text(string(f.Code)), app.Text(" · "+v.checkTitle(f.Check)), raw)
			}),
		)),
		v.renderWhy(),
		app.If(len(st.Problems) > 0, app.Div().Class("triage-problems").Body(
			app.P().Text(v.t(strContextIssues)),
			app.Ul().Body(app.Range(st.Problems).Slice(func(i int) app.UI {
				pr := st.Problems[i]
				return app.Li().Text(pr.Path + ": " + v.t(pr.Message))
			})),
		)),
		app.If(st.Platform.KeyPrint != "", app.P().Body(
			app.Span().Text(v.label(strKeyFingerprint)), app.Code().Text(st.Platform.KeyPrint),
		)),
	)
}

// renderWhy says how the problem type was settled (app.If would evaluate
// its body without a plan).
func (v *supportView) renderWhy() app.UI {
	if plan := v.p.state.Plan; plan != nil && plan.Why.Complete() {
		return app.P().ID("triage-why").Text(v.t(plan.Why))
	}
	return nil
}
