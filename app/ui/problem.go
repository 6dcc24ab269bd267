package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// problemView asks "what is the problem?": the platform's categories as
// choices. A choice re-ranks the findings' fixes and the channels.
type problemView struct {
	Section
}

func (v *problemView) Render() app.UI { return v.guarded(v.render) }

func (v *problemView) render() app.UI {
	st := v.p.state
	m := st.Platform.Manifest
	if m == nil || len(m.Categories) == 0 {
		return app.Section().Class("triage-problem")
	}
	cats, picked := m.Categories, ""
	if st.Plan != nil && st.Plan.Source == "picked" {
		picked = st.Plan.Category
	}
	return app.Section().Class("triage-problem").Aria("labelledby", "triage-problem-h").Body(
		app.H2().ID("triage-problem-h").Text(v.t(strProblemHeading)),
		app.Div().ID("triage-categories").Class("triage-choices").Role("group").Aria("labelledby", "triage-problem-h").Body(
			app.Range(cats).Slice(func(i int) app.UI {
				c := cats[i]
				return app.Button().Type("button").Class("triage-choice").DataSet("category", c.ID).
					Aria("pressed", c.ID == picked).OnClick(v.do(v.choose(c.ID))).Text(v.t(c.Title))
			}),
		),
	)
}

// choose picks a category, or drops the pick when it was already chosen.
func (v *problemView) choose(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if plan := v.p.state.Plan; plan != nil && plan.Source == "picked" && plan.Category == id {
			id = ""
		}
		v.p.sess.ChooseCategory(id)
		v.p.moveFocus(ctx, idSummary+"-h")
	}
}
