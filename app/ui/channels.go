package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/route"
)

// channelsView is the official channels section: where to go next.
type channelsView struct {
	Section
}

func (p *channelsView) Render() app.UI { return p.guarded(p.render) }

func (p *channelsView) render() app.UI {
	st := p.p.state
	if st.Platform.Settled && st.Platform.Manifest == nil {
		return app.Section().Class("triage-channels") // the summary says it
	}
	return app.Section().Class("triage-channels").Aria("labelledby", "triage-channels-h").Body(
		app.H2().ID("triage-channels-h").Text(p.t(strOtherOptions)),
		p.renderChannelBody(),
	)
}

func (p *channelsView) renderChannelBody() app.UI {
	st := p.p.state
	switch {
	case !st.Platform.Settled:
		return app.P().Role("status").Text(p.t(strLoadingManifest))
	case st.Plan == nil:
		return app.P().Text(p.t(strChannelsLater))
	}
	plan := st.Plan
	var others []int
	for i, r := range plan.Recommendations {
		// The primary action, the emergency path and the findings' fixes are
		// shown above; each is said once.
		if i != st.Summary.Primary && r.Finding == nil && !(st.Summary.Emergency && isEmergencyRec(r)) {
			others = append(others, i)
		}
	}
	return app.Div().Body(
		p.renderVerified(),
		p.renderDemoNotice(),
		p.renderExpiry(),
		app.If(len(st.Platform.Manifest.Warnings()) > 0, app.P().ID("triage-host-warning").Class("triage-hint").Role("note").Text(p.t(strHostWarning))),
		app.If(plan.Escalate != "", app.P().Body(
			app.Button().Type("button").ID("triage-escalate").Class("triage-secondary").OnClick(p.do(p.escalate)).Text(p.t(strEscalate)),
		)),
		app.If(plan.Offline, app.P().Class("triage-offline").Role("status").Text(p.t(offlineNotice(plan)))),
		app.Ol().ID("triage-recommendations").Class("triage-recs").Body(
			app.Range(others).Slice(func(j int) app.UI { return p.renderRecommendation(others[j], plan.Recommendations[others[j]]) }),
		),
		p.renderGuide(plan.Guide),
		p.renderPrepare(plan.Prepare),
	)
}

// renderVerified says the channels below come from the platform's signed
// list.
func (p *channelsView) renderVerified() app.UI {
	m := p.p.state.Platform.Manifest
	return app.P().ID("triage-verified").Class("triage-hint").Body(
		app.Text(p.t(m.Platform.Name)), p.p.demoTag(), app.Text(" · "+p.t(strVerified)+" ✓"),
	)
}

// renderUnverified is all the panel shows without a verified manifest:
// the safety advice and the official site from the widget server's pin
// (never from the page or the unverified document, which anyone can set).
func (p *channelsView) renderUnverified() app.UI {
	site := p.p.state.Platform.Pin.SiteHost()
	text := strUnverified
	if p.p.state.Platform.Expired {
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
func (p *channelsView) renderExpiry() app.UI {
	pl := p.p.state.Platform
	if !pl.ExpiresSoon {
		return nil
	}
	day := pl.Manifest.Expires.In(time.Local).Format("2006-01-02")
	return app.P().ID("triage-expiry").Class("triage-hint").Role("note").Text(p.t(strExpiresSoon.Format(day)))
}

func (p *channelsView) renderDemoNotice() app.UI {
	if !p.p.state.Demo {
		return nil
	}
	return app.P().ID("triage-demo-notice").Class("triage-demo").Role("note").Text(p.t(strDemoServer))
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

func (p *channelsView) renderRecommendation(i int, r route.Recommendation) app.UI {
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
			p.p.demoTag(),
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
func (p *channelsView) renderNote(c *manifest.Channel) app.UI {
	if c == nil || !c.Note.Complete() {
		return nil
	}
	return app.P().Class("triage-hint").Text(p.t(c.Note))
}

// renderAction is the recommendation's link: a phone as a tel: link and as
// text to copy; an official https or mailto: link; a ticket link filled
// from the case report.
func (p *channelsView) renderAction(i int, r route.Recommendation) app.UI {
	switch {
	case r.Phone != nil:
		return app.P().Class("triage-action").Body(
			app.A().Href(r.Phone.Href).Class("triage-button").OnClick(p.do(p.chose(i))).Body(app.Text(p.t(strCall)+" "+r.Phone.Number), p.p.demoTag()),
			app.Span().Class("triage-hint").Text(" "+p.t(strCopyNumber)+" "),
			app.Code().Class("triage-number").Text(r.Phone.Digits),
		)
	case r.Link == "":
		return nil
	}
	href := r.Link
	if r.LinkTemplate {
		if filled, err := p.p.sess.Sharing().TicketURL(r.Link); err == nil {
			href = filled
		}
	}
	return app.P().Class("triage-action").Body(
		app.A().Href(href).Target("_blank").Rel("noopener noreferrer").Class("triage-button").
			OnClick(p.do(p.chose(i))).Body(app.Text(p.t(actionLabel(r))), p.p.demoTag()),
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
	case r.Finding != nil:
		return strSeeHow
	}
	return strOpenLink
}

func (p *channelsView) renderGuide(steps []manifest.Step) app.UI {
	if len(steps) == 0 {
		return nil
	}
	return app.Details().ID("triage-guide").Body(
		app.Summary().Text(p.t(strGuide)),
		app.Ol().Body(app.Range(steps).Slice(func(i int) app.UI { return app.Li().Text(p.t(steps[i].Text)) })),
	)
}

func (p *channelsView) renderPrepare(items []manifest.Prep) app.UI {
	if len(items) == 0 {
		return nil
	}
	return app.Div().ID("triage-prepare").Body(
		app.H3().Text(p.t(strPrepare)),
		app.Ul().Body(app.Range(items).Slice(func(i int) app.UI {
			done := p.p.state.Report.Has(items[i].Field)
			mark := "○ "
			if done {
				mark = "● "
			}
			return app.Li().DataSet("field", items[i].Field).DataSet("ready", done).Text(mark + p.t(items[i].Text))
		})),
	)
}

// chose tells the session which recommendation the merchant acted on.
func (p *channelsView) chose(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		// Links leave the panel by the browser's own default action; go-app's
		// window click handler must not see them (a tel: link would end the
		// Go program, notes §2.3).
		stopPropagation(e)
		p.p.sess.Chose(i)
	}
}

// escalate switches to the security emergency category.
func (p *channelsView) escalate(ctx app.Context, e app.Event) {
	if plan := p.p.state.Plan; plan != nil && plan.Escalate != "" {
		p.p.sess.ChooseCategory(plan.Escalate)
	}
}

// offlineNotice says why the web channels are out of reach: the merchant is
// offline, or only the platform cannot be reached.
func offlineNotice(plan *route.Result) i18n.Text {
	if plan.Unreachable {
		return strUnreachable
	}
	return strOffline
}
