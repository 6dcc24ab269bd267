package diag

import (
	"encoding/base64"
	"encoding/hex"
	"strings"

	"github.com/triage-widget/triage/app/i18n"
)

// minSecretLen is the shortest secret the scrubber replaces: shorter values
// would mangle ordinary words, and real secrets are far longer.
const minSecretLen = 4

// redacted replaces a secret that slipped into a text.
const redacted = "[redacted]"

// scrubber removes secret values, and their hex and base64 forms, from
// texts. Checks never put secrets in findings (a test in app/checks proves
// it); the scrubber is the engine's second line of defence, applied to every
// finding, error and log line.
type scrubber struct{ forms []string }

func newScrubber(values []string) *scrubber {
	s := &scrubber{}
	seen := map[string]bool{}
	add := func(v string) {
		if len(v) >= minSecretLen && !seen[v] {
			seen[v] = true
			s.forms = append(s.forms, v)
		}
	}
	for _, v := range values {
		for _, v := range []string{v, strings.TrimSpace(v)} {
			add(v)
			b := []byte(v)
			add(hex.EncodeToString(b))
			add(strings.ToUpper(hex.EncodeToString(b)))
			add(base64.StdEncoding.EncodeToString(b))
			add(base64.RawStdEncoding.EncodeToString(b))
			add(base64.URLEncoding.EncodeToString(b))
			add(base64.RawURLEncoding.EncodeToString(b))
		}
	}
	return s
}

func (s *scrubber) str(v string) string {
	if s == nil {
		return v
	}
	for _, f := range s.forms {
		if strings.Contains(v, f) {
			v = strings.ReplaceAll(v, f, redacted)
		}
	}
	return v
}

func (s *scrubber) text(t i18n.Text) i18n.Text {
	return t.Map(s.str)
}

func (s *scrubber) finding(f Finding) Finding {
	if s == nil || len(s.forms) == 0 {
		return f
	}
	f.Message = s.text(f.Message)
	f.Fix = s.text(f.Fix)
	if len(f.Evidence) > 0 {
		ev := make([]Evidence, len(f.Evidence))
		for i, e := range f.Evidence {
			ev[i] = Evidence{Label: s.text(e.Label), Value: s.str(e.Value)}
		}
		f.Evidence = ev
	}
	return f
}

// secretValues collects the values of every Secret form field the checks
// declare.
func secretValues(checks []*Check, env *Env) []string {
	if env == nil || len(env.Form) == 0 {
		return nil
	}
	var vals []string
	for _, c := range checks {
		if c == nil {
			continue
		}
		for _, name := range c.secretFields() {
			if v := env.Form[name]; v != "" {
				vals = append(vals, v)
			}
		}
	}
	return vals
}
