package session

import (
	"strings"
	"testing"
	"time"

	"github.com/triage-widget/triage/app/report"
)

// The layout is a bit per field.
func TestReportFieldsFitTheLayout(t *testing.T) {
	if n := len(report.Fields); n > 32 {
		t.Fatalf("%d report fields: the layout (formAsks) holds 32", n)
	}
}

func asked(asks map[string]bool) string {
	var out []string
	for _, f := range ReportFields() {
		if asks[f.Name] {
			out = append(out, f.Name)
		}
	}
	return strings.Join(out, " ")
}

// The form asks first for what the plan's preparation list names (the
// category's, with the built-in rules'), and the notes; the files it names
// are to be sent through the channel.
func TestReportFormFollowsCategory(t *testing.T) {
	sg := newSigner(t)
	doc, sig := sg.edition(t, testPublished, nil)
	s, _, _ := newSession(t, Deps{})
	if asks := s.State().Report.Asks; asks != nil {
		t.Fatalf("without a plan: %v", asks)
	}
	s.plat = loadAt(serving(doc, sig), memStore{}, sg.pin, testPublished.Add(time.Hour))
	m := s.plat.manifest
	if m == nil {
		t.Fatal("the manifest did not verify")
	}
	for _, tc := range []struct {
		category, asks string
	}{
		{"security", "merchantId occurredAt txHash orderId lastLogin notes"},
		{"onboarding", "merchantId contact store occurredAt notes"},
		// The payment list names every typed field but the last login,
		// which goes under "more details".
		{"payment", "merchantId contact store occurredAt error txHash orderId steps notes"},
	} {
		s.ChooseCategory(tc.category)
		asks := s.State().Report.Asks
		if asked(asks) != tc.asks {
			t.Errorf("%s: asks %q, want %q", tc.category, asked(asks), tc.asks)
		}
		// Each field asked is named by the plan's list, or is the notes.
		want := map[string]bool{"notes": true}
		for _, p := range s.plan.Prepare {
			want[p.Field] = true
		}
		for f := range asks {
			if !want[f] {
				t.Errorf("%s: %s is asked, not in the list", tc.category, f)
			}
		}
	}
	// A field typed before the category moved it is rendered with what it
	// holds where it lands.
	s.startCase()
	s.ChooseCategory("onboarding")
	s.State()
	s.ReportInput("lastLogin", Input{Value: "2026-12-01 203.0.113.7"})
	s.ChooseCategory("security")
	if st := s.State(); st.Report.Seeds["lastLogin"] != "2026-12-01 203.0.113.7" || !st.Report.Asks["lastLogin"] {
		t.Errorf("after the move: seed %q, asked %v", st.Report.Seeds["lastLogin"], st.Report.Asks["lastLogin"])
	}
	text := s.Sharing().Text()
	name := m.Platform.Name.EN
	if !strings.HasPrefix(text, "Support case for "+name+"\n") || !strings.Contains(text, "Platform: "+name+"\n") {
		t.Errorf("the report's title or platform:\n%s", text)
	}
	c, _ := m.Category("payment")
	s.ChooseCategory("payment")
	text = s.Sharing().Text()
	r := s.reportInput()
	for _, p := range c.Prepare {
		if _, held := r.Field(p.Field); !held && !strings.Contains(text, "\n- "+p.Text.EN+"\n") {
			t.Errorf("the report does not ask for %q:\n%s", p.Text.EN, text)
		}
	}
	if strings.Count(text, "\n- ") < 2 {
		t.Errorf("no files asked for:\n%s", text)
	}
}
