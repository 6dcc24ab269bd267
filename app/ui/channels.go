package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/route"
)

func (p *Panel) renderChannels() app.UI {
	return app.Section().Class("triage-channels").Aria("labelledby", "triage-channels-h").Body(
		app.H2().ID("triage-channels-h").Text(p.t(strChannels)),
		p.renderChannelBody(),
	)
}

func (p *Panel) renderChannelBody() app.UI {
	switch {
	case p.plat == nil || !p.plat.settled():
		return app.P().Text(p.t(strLoadingManifest))
	case p.plat.manifest == nil:
		return p.renderUnverified()
	case p.plan == nil:
		return app.P().Text(p.t(strChannelsLater))
	}
	plan := p.plan
	return app.Div().Body(
		p.renderDemoNotice(),
		p.renderExpiry(),
		app.If(len(p.plat.manifest.Warnings()) > 0, app.P().ID("triage-host-warning").Class("triage-hint").Role("note").Text(p.t(strHostWarning))),
		p.renderCategoryPicker(),
		app.If(plan.Why.Complete(), app.P().Class("triage-hint").ID("triage-why").Text(p.t(plan.Why))),
		app.If(plan.Escalate != "", app.P().Body(
			app.Button().Type("button").ID("triage-escalate").Class("triage-secondary").OnClick(p.guard(p.escalate)).Text(p.t(strEscalate)),
		)),
		app.If(plan.Offline, app.P().Class("triage-offline").Role("status").Text(p.t(strOffline))),
		app.Ol().ID("triage-recommendations").Class("triage-recs").Body(
			app.Range(plan.Recommendations).Slice(func(i int) app.UI { return p.renderRecommendation(i, plan.Recommendations[i]) }),
		),
		p.renderGuide(plan.Guide),
		p.renderPrepare(plan.Prepare),
	)
}

// renderUnverified is all the panel shows without a verified manifest:
// the safety advice and the official site from the widget server's pin
// (never from the page or the unverified document, which anyone can set).
func (p *Panel) renderUnverified() app.UI {
	site := p.plat.pin.SiteHost()
	text := strUnverified
	if p.plat.expired {
		text = strExpiredManifest
	}
	return app.Div().ID("triage-unverified").Role("alert").Body(
		app.P().Class("triage-unverified").Text(p.t(text)),
		app.If(site != "", app.P().Body(
			app.Span().Text(p.t(strOfficialSite)+" "),
			app.Strong().ID("triage-official-site").Text(site),
		)),
	)
}

// renderExpiry warns when the verified manifest is about to expire.
func (p *Panel) renderExpiry() app.UI {
	if !p.plat.expiresSoon(p.now()) {
		return nil
	}
	day := p.plat.manifest.Expires.In(time.Local).Format("2006-01-02")
	return app.P().ID("triage-expiry").Class("triage-hint").Role("note").Text(p.t(strExpiresSoon.Format(day)))
}

// isDemo reports a demo: the server runs with --demo, or the manifest
// says so. A demo server labels everything, whatever its manifests say.
func (p *Panel) isDemo() bool {
	return p.deps.Demo || p.plat != nil && p.plat.manifest != nil && p.plat.manifest.Demo
}

// demoTag is the DEMO label put on every channel and action of a demo.
func (p *Panel) demoTag() app.UI {
	if !p.isDemo() {
		return nil
	}
	return app.Span().Class("triage-demo").Text(" " + p.t(strDemo))
}

func (p *Panel) renderDemoNotice() app.UI {
	if !p.isDemo() {
		return nil
	}
	return app.P().ID("triage-demo-notice").Class("triage-demo").Role("note").Text(p.t(strDemoServer))
}

func (p *Panel) renderCategoryPicker() app.UI {
	cats := p.plat.manifest.Categories
	return app.Div().Class("triage-field").Body(
		app.Label().For("triage-category").Text(p.t(strCategory)),
		app.Select().ID("triage-category").OnChange(p.guard(p.onCategory)).Body(
			app.Option().Value("").Selected(p.category == "").Text(p.t(strCategoryAuto)),
			app.Range(cats).Slice(func(i int) app.UI {
				return app.Option().Value(cats[i].ID).Selected(p.category == cats[i].ID).Text(p.t(cats[i].Title))
			}),
		),
	)
}

func kindLabel(k route.Kind) i18n.Text {
	switch k {
	case route.KindSelfFix:
		return strKindSelfFix
	case route.KindFreeze:
		return strKindFreeze
	}
	return strKindContact
}

func (p *Panel) renderRecommendation(i int, r route.Recommendation) app.UI {
	title := ""
	switch {
	case r.Channel != nil:
		title = p.t(r.Channel.Label)
	case r.Finding != nil:
		title = p.t(r.Finding.Message)
	default:
		title = p.t(strGuide)
	}
	li := app.Li().Class("triage-rec", "triage-rec-"+string(r.Kind)).DataSet("kind", string(r.Kind))
	if r.Channel != nil {
		li = li.DataSet("channel", r.Channel.ID)
	}
	if r.Finding != nil {
		li = li.DataSet("finding", r.Finding.Code)
	}
	return li.Body(
		app.P().Class("triage-rec-head").Body(
			app.Span().Class("triage-badge").Text(p.t(kindLabel(r.Kind))),
			app.Strong().Text(title),
			p.demoTag(),
			app.If(r.Channel != nil, app.Span().Class("triage-official").Title(p.t(strVerifiedTitle)).Text(" ✓ "+p.t(strOfficial))),
		),
		app.P().Class("triage-reason").Text(p.t(r.Reason)),
		p.renderNote(r.Channel),
		app.If(r.Availability.Complete(), app.P().Class("triage-hours").Text(p.t(r.Availability))),
		app.If(r.Response.Complete(), app.P().Class("triage-hint").Text(p.t(r.Response))),
		app.If(r.Peak && r.PeakAdvice.Complete(), app.P().Class("triage-peak").Role("note").Text(p.t(r.PeakAdvice))),
		app.Range(r.Notes).Slice(func(j int) app.UI { return app.P().Class("triage-hint").Text(p.t(r.Notes[j])) }),
		p.renderAction(i, r),
	)
}

// renderNote shows a channel's note ("apply in the back office"). (app.If
// evaluates its body eagerly, so a nil channel is handled here.)
func (p *Panel) renderNote(c *manifest.Channel) app.UI {
	if c == nil || !c.Note.Complete() {
		return nil
	}
	return app.P().Class("triage-hint").Text(p.t(c.Note))
}

// renderAction is the recommendation's link: a phone as a tel: link and as
// text to copy; an official https or mailto: link; a ticket link filled
// from the case report.
func (p *Panel) renderAction(i int, r route.Recommendation) app.UI {
	switch {
	case r.Phone != nil:
		return app.P().Class("triage-action").Body(
			app.A().Href(r.Phone.Href).Class("triage-button").OnClick(p.guard(p.chose(i))).Body(app.Text(p.t(strCall)+" "+r.Phone.Number), p.demoTag()),
			app.Span().Class("triage-hint").Text(" "+p.t(strCopyNumber)+" "),
			app.Code().Class("triage-number").Text(r.Phone.Digits),
		)
	case r.Link == "":
		return nil
	}
	href := r.Link
	if r.LinkTemplate {
		if filled, err := p.sharing().ticketURL(r.Link); err == nil {
			href = filled
		}
	}
	return app.P().Class("triage-action").Body(
		app.A().Href(href).Target("_blank").Rel("noopener noreferrer").Class("triage-button").
			OnClick(p.guard(p.chose(i))).Body(app.Text(p.t(actionLabel(r))), p.demoTag()),
	)
}

func actionLabel(r route.Recommendation) i18n.Text {
	switch {
	case r.Kind == route.KindFreeze:
		return strFreezeNow
	case r.Channel != nil && r.Channel.Kind == manifest.KindEmail:
		return strWriteEmail
	case r.Channel != nil && r.Channel.Kind == manifest.KindTicket:
		return strOpenTicket
	}
	return strOpenLink
}

func (p *Panel) renderGuide(steps []manifest.Step) app.UI {
	if len(steps) == 0 {
		return nil
	}
	return app.Details().ID("triage-guide").Body(
		app.Summary().Text(p.t(strGuide)),
		app.Ol().Body(app.Range(steps).Slice(func(i int) app.UI { return app.Li().Text(p.t(steps[i].Text)) })),
	)
}

func (p *Panel) renderPrepare(items []manifest.Prep) app.UI {
	if len(items) == 0 {
		return nil
	}
	return app.Div().ID("triage-prepare").Body(
		app.H3().Text(p.t(strPrepare)),
		app.Ul().Body(app.Range(items).Slice(func(i int) app.UI {
			done := p.caseRep.has(items[i].Field)
			mark := "○ "
			if done {
				mark = "● "
			}
			return app.Li().DataSet("field", items[i].Field).DataSet("ready", done).Text(mark + p.t(items[i].Text))
		})),
	)
}
