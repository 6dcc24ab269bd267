package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/session"
)

// problemView asks "what is the problem?": the platform's categories as
// choices, and a box to say it in one's own words, matched as it is typed
// (offline, in every language). A choice, or a clear match, re-ranks the
// findings' fixes and the channels; words of a compromise lead to the
// emergency path.
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
	cats, picked := ordered(m.Categories, st.Intent), ""
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
		app.Div().Class("triage-field").Body(
			app.Label().For("triage-describe").Text(v.t(strDescribe)),
			app.Input().ID("triage-describe").Type("text").Attr("autocomplete", "off").Attr("spellcheck", "false").
				OnInput(v.do(v.describe)),
		),
		app.P().ID("triage-match").Class("triage-hint").Role("status").Aria("live", "polite").Text(v.matchText(m)),
	)
}

// ordered puts the categories the description points to first, best
// first; the others keep the manifest's order.
func ordered(cats []manifest.Category, in session.Intent) []manifest.Category {
	if len(in.Ranked) == 0 {
		return cats
	}
	out := slices.Clone(cats)
	rank := func(id string) int {
		for i, sc := range in.Ranked {
			if sc.Category == id {
				return i
			}
		}
		return len(in.Ranked)
	}
	slices.SortStableFunc(out, func(a, b manifest.Category) int { return rank(a.ID) - rank(b.ID) })
	return out
}

// matchText says what the description points to, once something is typed.
func (v *problemView) matchText(m *manifest.Manifest) string {
	in := v.p.state.Intent
	switch {
	case !in.Described:
		return ""
	case in.Emergency:
		return v.t(strMatchEmergency)
	case in.Suggested != "":
		if c, ok := m.Category(in.Suggested); ok {
			return v.t(strMatched.Format(v.t(c.Title)))
		}
	}
	return v.t(strNoMatch)
}

// describe hands the description to the session as it is typed. The box is
// uncontrolled (see toolsView.renderField): the panel never writes it back.
func (v *problemView) describe(ctx app.Context, e app.Event) {
	if in, ok := readInput(ctx, session.DescribeLimit); ok && !in.TooLong {
		v.p.sess.Describe(in.Value)
	}
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
