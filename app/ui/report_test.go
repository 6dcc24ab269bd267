package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/session"
)

// While the first checks run, the report section renders without the
// redacted preview (it says the preview comes later); once they are done,
// the preview is the redacted text.
func TestReportPreviewWaitsForChecks(t *testing.T) {
	p := &Panel{sess: session.New(session.Deps{}, nil, i18n.EN, nil)}
	p.state = session.State{Lang: i18n.EN, Report: session.ReportView{CaseID: "case-1"}}
	v := &reportView{Section: Section{p: p}}
	if html := app.HTMLString(v.Render()); !strings.Contains(html, strReportPending.In(i18n.EN)) {
		t.Fatal("the preview did not wait for the checks")
	}
	want := p.sess.Sharing().Text()
	p.state.Done = true
	html := app.HTMLString(v.Render())
	if strings.Contains(html, strReportPending.In(i18n.EN)) || !strings.Contains(html, strings.SplitN(want, "\n", 2)[0]) {
		t.Fatalf("the preview did not follow the checks:\n%s", html)
	}
}
