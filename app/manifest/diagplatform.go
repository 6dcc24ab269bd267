package manifest

import (
	"strings"

	"github.com/triage-widget/triage/app/diag"
)

// DiagPlatform is what the checks need of a verified manifest. widgetOrigin
// is the origin the widget was served from; it resolves an "self" API
// origin. (It is not named Platform: that is the manifest's field.)
func (m *Manifest) DiagPlatform(widgetOrigin string) *diag.Platform {
	p := &diag.Platform{
		Name:        m.Platform.Name,
		APIHosts:    append([]string(nil), m.API.Hosts...),
		APIScheme:   m.API.Scheme,
		Environment: m.API.Environment,
		ErrorCodes:  map[string]diag.ErrorCode{},
		Explorers:   map[string]string{},
	}
	if ping, err := m.API.PingURL(widgetOrigin); err == nil {
		p.APIOrigin = ping
	}
	if t, err := m.API.TimeURL(widgetOrigin); err == nil {
		p.TimeURL = t
	}
	if len(m.API.Regions) > 0 {
		p.Regions = make(map[string]string, len(m.API.Regions))
		for _, r := range m.API.Regions {
			p.Regions[r.Region] = r.Origin
		}
	}
	for _, w := range m.Maintenance {
		p.Maintenance = append(p.Maintenance, diag.Window{Start: w.Start, End: w.End, Message: w.Title})
	}
	for _, e := range m.ErrorCodes {
		p.ErrorCodes[e.Code] = diag.ErrorCode{Meaning: e.Meaning, Fix: e.Fix, Next: e.Check}
	}
	for _, e := range m.Explorers {
		// Keyed in lower case: chains are compared without regard to case,
		// and validation refuses two that differ only in case.
		p.Explorers[strings.ToLower(e.Chain)] = e.Tx
	}
	return p
}
