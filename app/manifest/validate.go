package manifest

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/i18n"
)

// Parse decodes a manifest strictly and validates it at time now. It does
// not check a signature: use Load for a document from the network.
func Parse(data []byte, now time.Time) (*Manifest, error) {
	var ps problems
	m := new(Manifest)
	if !decodeStrict(data, m, &ps) {
		return nil, ps.err()
	}
	if err := m.Validate(now); err != nil {
		return nil, err
	}
	return m, nil
}

// Validate checks every rule of the manifest format at time now and returns
// an *Error listing each problem with its path, or nil. It also records
// the manifest's Warnings.
func (m *Manifest) Validate(now time.Time) error {
	v := &validator{m: m}
	v.document(now)
	m.warnings = v.warnings
	return v.err()
}

type validator struct {
	problems
	m          *Manifest
	warnings   []Problem
	seenLabels map[string]bool // internationalised labels already warned about
}

func (v *validator) document(now time.Time) {
	m := v.m
	if m.Version != Version {
		v.add("version", codeVersion, msgVersion.Format(m.Version, Version))
	}
	v.required("revision", m.Revision)
	switch {
	case m.Published.IsZero():
		v.add("published", codeRequired, msgRequired)
	case m.Expires.IsZero():
		v.add("expires", codeRequired, msgRequired)
	case !m.Expires.After(m.Published):
		v.add("expires", codeRange, msgExpiryOrder)
	case !now.Before(m.Expires):
		v.add("expires", codeExpired, msgExpired.Format(m.Expires.UTC().Format(time.RFC3339)))
	}
	v.lifetime()
	v.bidi()
	v.domains()
	v.id("platform.id", m.Platform.ID)
	v.text("platform.name", m.Platform.Name)
	v.link("platform.home", m.Platform.Home, true)
	v.location()
	v.languages()
	v.api()

	v.ids("channels", len(m.Channels), func(i int) string { return m.Channels[i].ID })
	for i, c := range m.Channels {
		v.channel(fmt.Sprintf("channels[%d]", i), c)
	}
	v.ids("categories", len(m.Categories), func(i int) string { return m.Categories[i].ID })
	for i, c := range m.Categories {
		v.category(fmt.Sprintf("categories[%d]", i), c)
	}
	v.ids("rules", len(m.Rules), func(i int) string { return m.Rules[i].ID })
	for i, r := range m.Rules {
		v.rule(fmt.Sprintf("rules[%d]", i), r)
	}
	v.optionalIDs("cautions", len(m.Cautions), func(i int) string { return m.Cautions[i].ID })
	for i, c := range m.Cautions {
		p := fmt.Sprintf("cautions[%d]", i)
		v.enum(p+".topic", string(c.Topic), cautionKinds)
		v.text(p+".title", c.Title)
		v.text(p+".text", c.Text)
	}
	v.optionalIDs("announcements", len(m.Announcements), func(i int) string { return m.Announcements[i].ID })
	for i, a := range m.Announcements {
		v.announcement(fmt.Sprintf("announcements[%d]", i), a)
	}
	v.optionalIDs("maintenance", len(m.Maintenance), func(i int) string { return m.Maintenance[i].ID })
	for i, w := range m.Maintenance {
		v.maintenance(fmt.Sprintf("maintenance[%d]", i), w)
	}
	v.explorers()
	v.errorCodes()
	if f := m.Feedback; f != nil {
		v.text("feedback.prompt", f.Prompt)
		if f.Channel != "" {
			v.channelRef("feedback.channel", f.Channel)
		}
	}
}

func (v *validator) required(path, s string) bool {
	if strings.TrimSpace(s) == "" {
		v.add(path, codeRequired, msgRequired)
		return false
	}
	return true
}

// text requires every language the manifest is written in; the widget
// shows a language the manifest lacks in one it has (i18n.Text.In).
func (v *validator) text(path string, t i18n.Text) {
	for _, l := range v.m.Languages {
		if !t.Has(i18n.Lang(l)) {
			v.add(path, codeLanguage, msgLanguage.Format(l))
		}
	}
}

// optionalText requires the manifest's languages if the text is given.
func (v *validator) optionalText(path string, t i18n.Text) {
	if t != (i18n.Text{}) {
		v.text(path, t)
	}
}

func (v *validator) domains() {
	if len(v.m.OfficialDomains) == 0 {
		v.add("officialDomains", codeRequired, msgRequired)
	}
	for i, d := range v.m.OfficialDomains {
		p := fmt.Sprintf("officialDomains[%d]", i)
		if !validHostname(d) || strings.ToLower(d) != d {
			v.add(p, codeDomain, msgDomain.Format(d))
		} else {
			v.hostWarnings(p, d)
		}
	}
}

// languages are those the manifest is written in, each one the widget
// speaks; it need not list them all.
func (v *validator) languages() {
	if len(v.m.Languages) == 0 {
		v.add("languages", codeRequired, msgRequired)
	}
	var known []string
	for _, l := range i18n.Langs {
		known = append(known, string(l))
	}
	for i, l := range v.m.Languages {
		if !slices.Contains(known, l) {
			v.add(fmt.Sprintf("languages[%d]", i), codeLanguages, msgLanguages.Format(l, strings.Join(known, ", ")))
		}
	}
}

func (v *validator) api() {
	a := v.m.API
	if v.required("api.origin", a.Origin) && a.Origin != Self {
		v.origin("api.origin", a.Origin)
	}
	for _, e := range []struct{ path, ref string }{{"api.ping", a.Ping}, {"api.time", a.Time}} {
		if v.required(e.path, e.ref) && !isPath(e.ref) {
			v.link(e.path, e.ref, true)
		}
	}
	v.apiHosts(a.Hosts)
	if a.Scheme != "" {
		v.enum("api.scheme", a.Scheme, APISchemes)
	}
	if a.Environment != "" {
		v.enum("api.environment", a.Environment, APIEnvironments)
	}
	v.apiRegions(a.Regions)
}

// origin checks a required https origin on an official domain, with no path.
func (v *validator) origin(path, raw string) {
	if v.link(path, raw, true) {
		if rest := raw[strings.Index(raw, "//")+2:]; strings.Contains(strings.TrimSuffix(rest, "/"), "/") {
			v.add(path, codeURLMalformed, msgURLMalformed.Format(raw))
		}
	}
}

// link checks an https link on an official domain; optional links may be
// empty. It reports whether the link is present and valid.
func (v *validator) link(path, raw string, required bool) bool {
	if raw == "" {
		if required {
			v.add(path, codeRequired, msgRequired)
		}
		return false
	}
	if len(Placeholders(raw)) > 0 || strings.ContainsAny(raw, "{}") {
		v.add(path, codeTemplate, msgTemplate.Format("placeholders are only allowed in ticket channels and explorers"))
		return false
	}
	if code, msg := checkHTTPS(raw, v.m.OfficialDomains); code != "" {
		v.add(path, code, msg)
		return false
	}
	v.hostWarnings(path, linkHost(raw))
	return true
}

// template checks a URL template: only the allowed placeholders, and the
// expansion with hostile sample values is an official https link.
func (v *validator) template(path, tmpl string, allowed []string) {
	names := Placeholders(tmpl)
	for _, n := range names {
		if !contains(allowed, n) {
			v.add(path, codeTemplate, msgTemplate.Format(fmt.Sprintf("unknown placeholder {%s} (allowed: %s)", n, strings.Join(allowed, ", "))))
			return
		}
	}
	u, err := Expand(tmpl, sampleValues(allowed))
	if err != nil {
		v.add(path, codeTemplate, msgTemplate.Format(err.Error()))
		return
	}
	// A value filling the host could send the merchant anywhere; the
	// escaping in Expand protects the path and query only.
	host := strings.TrimPrefix(tmpl, "https://")
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	if strings.Contains(host, "{") || !strings.HasPrefix(tmpl, "https://") && strings.Contains(tmpl, "{") && strings.Index(tmpl, "{") < strings.Index(tmpl+"/", "/") {
		v.add(path, codeTemplate, msgTemplate.Format("a placeholder cannot be in the scheme or the host"))
		return
	}
	if code, msg := checkHTTPS(u, v.m.OfficialDomains); code != "" {
		v.add(path, code, msg)
		return
	}
	v.hostWarnings(path, linkHost(u))
}

func (v *validator) id(path, id string) bool {
	if !validID(id) {
		if id == "" {
			v.add(path, codeRequired, msgRequired)
		} else {
			v.add(path, codeID, msgID.Format(id))
		}
		return false
	}
	return true
}

// ids checks a required, non-empty collection's ids: valid and unique.
func (v *validator) ids(path string, n int, id func(int) string) {
	if n == 0 {
		v.add(path, codeRequired, msgRequired)
	}
	v.optionalIDs(path, n, id)
}

func (v *validator) optionalIDs(path string, n int, id func(int) string) {
	seen := map[string]bool{}
	for i := 0; i < n; i++ {
		p := fmt.Sprintf("%s[%d].id", path, i)
		if v.id(p, id(i)) {
			if seen[id(i)] {
				v.add(p, codeDuplicateID, msgDuplicateID.Format(id(i)))
			}
			seen[id(i)] = true
		}
	}
}

func validID(s string) bool {
	if s == "" || len(s) > 64 || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// validName accepts check names ("signature") and finding code patterns
// ("signature.cause.hex_instead_of_base64", "signature.*").
func validName(s string) bool {
	s = strings.TrimSuffix(s, ".*")
	if s == "" || len(s) > 96 || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

func (v *validator) names(path string, list []string) {
	for i, n := range list {
		if !validName(n) {
			v.add(fmt.Sprintf("%s[%d]", path, i), codeName, msgName.Format(n))
		}
	}
}

func (v *validator) enum(path, value string, known any) {
	var names []string
	switch k := known.(type) {
	case []CautionKind:
		for _, x := range k {
			names = append(names, string(x))
		}
	case []string:
		names = k
	}
	if !contains(names, value) {
		v.add(path, codeEnum, msgEnum.Format(value, strings.Join(names, ", ")))
	}
}

func (v *validator) channelRef(path, id string) {
	if _, ok := v.m.Channel(id); !ok {
		v.add(path, codeReference, msgReference.Format("channel", id))
	}
}

func (v *validator) categoryRef(path, id string) {
	if _, ok := v.m.Category(id); !ok {
		v.add(path, codeReference, msgReference.Format("category", id))
	}
}

func (v *validator) channel(p string, c Channel) {
	v.text(p+".label", c.Label)
	v.optionalText(p+".note", c.Note)
	if !c.Kind.Known() {
		var names []string
		for _, k := range Kinds {
			names = append(names, string(k))
		}
		v.add(p+".kind", codeKind, msgKind.Format(string(c.Kind), strings.Join(names, ", ")))
	} else {
		v.channelValue(p+".value", c)
	}
	v.hours(p+".hours", c.Hours)
	if len(c.Regions) == 0 {
		v.add(p+".regions", codeRequired, msgRequired)
	}
	for i, r := range c.Regions {
		if !validRegion(r) {
			v.add(fmt.Sprintf("%s.regions[%d]", p, i), codeRegion, msgRegion.Format(r))
		}
	}
	if len(c.Languages) == 0 {
		v.add(p+".languages", codeRequired, msgRequired)
	}
	for i, l := range c.Languages {
		if !validLangTag(l) {
			v.add(fmt.Sprintf("%s.languages[%d]", p, i), codeLangTag, msgLangTag.Format(l))
		}
	}
	if r := c.Response; r != nil && (r.Max <= 0 || r.Min > r.Max) {
		v.add(p+".response", codeRange, msgSpan)
	}
	if c.Peak != nil {
		v.hours(p+".peak", *c.Peak)
		v.text(p+".peakAdvice", c.PeakAdvice)
	} else {
		v.optionalText(p+".peakAdvice", c.PeakAdvice)
	}
}

func (v *validator) channelValue(p string, c Channel) {
	if !v.required(p, c.Value) {
		return
	}
	scheme := "https://"
	switch c.Kind {
	case KindPhone:
		scheme = "tel:"
	case KindEmail:
		scheme = "mailto:"
	case KindFreezeAccount:
		if strings.HasPrefix(c.Value, "tel:") {
			scheme = "tel:"
		}
	}
	switch {
	case scheme == "tel:" && strings.HasPrefix(c.Value, "tel:"):
		if code, msg := checkTel(c.Value); code != "" {
			v.add(p, code, msg)
		}
	case scheme == "mailto:" && strings.HasPrefix(c.Value, "mailto:"):
		if code, msg := checkMailto(c.Value, v.m.OfficialDomains); code != "" {
			v.add(p, code, msg)
		} else {
			v.hostWarnings(p, mailtoDomain(c.Value))
		}
	case scheme == "https://" && c.Kind == KindTicket && strings.HasPrefix(c.Value, "https:"):
		v.template(p, c.Value, TicketPlaceholders)
	case scheme == "https://" && strings.HasPrefix(c.Value, "https:"):
		v.link(p, c.Value, true)
	case scheme == "https://" && strings.Contains(c.Value, "://"):
		// Another scheme where https is expected: name the real problem.
		v.add(p, codeURLInsecure, msgURLInsecure.Format(c.Value))
	default:
		v.add(p, codeKindValue, msgKindValue.Format(string(c.Kind), scheme))
	}
}

func validRegion(r string) bool {
	return r == "global" || len(r) == 2 && r[0] >= 'A' && r[0] <= 'Z' && r[1] >= 'A' && r[1] <= 'Z'
}

// validLangTag accepts the BCP 47 shapes the widget meets: "en", "zh-CN",
// "zh-Hant-TW".
func validLangTag(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts[0]) < 2 || len(parts[0]) > 3 {
		return false
	}
	for i, part := range parts {
		if len(part) < 2 || len(part) > 8 {
			return false
		}
		for j := 0; j < len(part); j++ {
			c := part[j]
			letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
			if !letter && (i == 0 || !(c >= '0' && c <= '9')) {
				return false
			}
		}
	}
	return true
}

func (v *validator) hours(p string, h Hours) {
	weekly := h.Zone != "" || len(h.Weekly) > 0
	if h.Always == weekly {
		v.add(p, codeHours, msgHoursBoth)
		return
	}
	if h.Always {
		return
	}
	if h.Zone == "" {
		v.add(p+".zone", codeRequired, msgRequired)
	} else if _, err := LoadZone(h.Zone); err != nil {
		v.add(p+".zone", codeZone, msgZone.Format(h.Zone, strings.Join(embeddedZones, ", ")))
	}
	if len(h.Weekly) == 0 {
		v.add(p+".weekly", codeRequired, msgRequired)
	}
	for i, iv := range h.Weekly {
		ip := fmt.Sprintf("%s.weekly[%d]", p, i)
		if len(iv.Days) == 0 {
			v.add(ip+".days", codeHours, msgHoursEmpty)
		}
		seen := map[Day]bool{}
		for _, d := range iv.Days {
			if seen[d] {
				v.add(ip+".days", codeHours, msgHoursDupDay)
				break
			}
			seen[d] = true
		}
		switch {
		case iv.Open >= 24*60:
			v.add(ip+".open", codeHours, msgHoursOpen24)
		case iv.Open == iv.Close:
			// Equal times could mean no time or a full day; "always" or
			// 00:00–24:00 say it unambiguously.
			v.add(ip+".close", codeHours, msgHoursSame)
		}
	}
}

func (v *validator) category(p string, c Category) {
	v.text(p+".title", c.Title)
	v.text(p+".summary", c.Summary)
	for i, s := range c.Symptoms {
		v.text(fmt.Sprintf("%s.symptoms[%d]", p, i), s)
	}
	v.keywords(p+".keywords", c.Keywords)
	if !c.Urgency.known() {
		v.enum(p+".urgency", string(c.Urgency), []string{"emergency", "high", "normal", "low"})
	}
	v.names(p+".checks", c.Checks)
	v.names(p+".findings", c.Findings)
	v.names(p+".hints", c.Hints)
	for i, x := range c.Prefer {
		if _, ok := v.m.Channel(x); !ok && !Kind(x).Known() {
			v.add(fmt.Sprintf("%s.prefer[%d]", p, i), codeReference, msgReference.Format("channel or channel kind", x))
		}
	}
	if len(c.Prepare) == 0 {
		v.add(p+".prepare", codeRequired, msgRequired)
	}
	for i, it := range c.Prepare {
		ip := fmt.Sprintf("%s.prepare[%d]", p, i)
		v.text(ip+".text", it.Text)
		if it.Field != "" && !contains(PrepFields, it.Field) {
			v.enum(ip+".field", it.Field, PrepFields)
		}
	}
	for i, s := range c.Flow {
		sp := fmt.Sprintf("%s.flow[%d]", p, i)
		v.text(sp+".text", s.Text)
		if s.Check != "" && !validName(s.Check) {
			v.add(sp+".check", codeName, msgName.Format(s.Check))
		}
		v.link(sp+".link", s.Link, false)
		if s.Channel != "" {
			v.channelRef(sp+".channel", s.Channel)
		}
	}
}

func (v *validator) rule(p string, r Rule) {
	v.text(p+".reason", r.Reason)
	if len(r.Route) == 0 {
		v.add(p+".route", codeRequired, msgRequired)
	}
	for i, id := range r.Route {
		v.channelRef(fmt.Sprintf("%s.route[%d]", p, i), id)
	}
	for i, id := range r.When.Categories {
		v.categoryRef(fmt.Sprintf("%s.when.categories[%d]", p, i), id)
	}
	v.names(p+".when.findings", r.When.Findings)
	for i, code := range r.When.ErrorCodes {
		v.required(fmt.Sprintf("%s.when.errorCodes[%d]", p, i), code)
	}
}

func (v *validator) announcement(p string, a Announcement) {
	v.enum(p+".severity", string(a.Severity), []string{"info", "warning", "critical"})
	v.text(p+".title", a.Title)
	v.text(p+".body", a.Body)
	if !a.From.IsZero() && !a.Until.IsZero() && !a.Until.After(a.From) {
		v.add(p+".until", codeRange, msgWindow)
	}
	v.link(p+".link", a.Link, false)
}

func (v *validator) maintenance(p string, w Maintenance) {
	v.text(p+".title", w.Title)
	v.text(p+".body", w.Body)
	switch {
	case w.Start.IsZero():
		v.add(p+".start", codeRequired, msgRequired)
	case w.End.IsZero():
		v.add(p+".end", codeRequired, msgRequired)
	case !w.End.After(w.Start):
		v.add(p+".end", codeRange, msgWindow)
	}
	v.names(p+".checks", w.Checks)
	for i, id := range w.Channels {
		v.channelRef(fmt.Sprintf("%s.channels[%d]", p, i), id)
	}
	v.link(p+".link", w.Link, false)
}

func (v *validator) explorers() {
	seen := map[string]bool{}
	for i, e := range v.m.Explorers {
		p := fmt.Sprintf("explorers[%d]", i)
		if v.required(p+".chain", e.Chain) {
			key := strings.ToLower(e.Chain)
			if seen[key] {
				v.add(p+".chain", codeDuplicateID, msgDuplicateID.Format(e.Chain))
			}
			seen[key] = true
		}
		v.text(p+".name", e.Name)
		if v.required(p+".tx", e.Tx) {
			v.template(p+".tx", e.Tx, []string{ExplorerHash})
			if !contains(Placeholders(e.Tx), ExplorerHash) {
				v.add(p+".tx", codeTemplate, msgTemplate.Format("the template needs {"+ExplorerHash+"}"))
			}
		}
		if e.Address != "" {
			v.template(p+".address", e.Address, []string{"address"})
		}
		if e.Confirmations < 0 {
			v.add(p+".confirmations", codeRange, msgNegative)
		}
	}
}

func (v *validator) errorCodes() {
	seen := map[string]bool{}
	for i, e := range v.m.ErrorCodes {
		p := fmt.Sprintf("errorCodes[%d]", i)
		if v.required(p+".code", e.Code) {
			if seen[e.Code] {
				v.add(p+".code", codeDuplicateID, msgDuplicateID.Format(e.Code))
			}
			seen[e.Code] = true
		}
		v.required(p+".message", e.Message)
		v.text(p+".meaning", e.Meaning)
		v.text(p+".fix", e.Fix)
		if v.required(p+".check", e.Check) && !validName(e.Check) {
			v.add(p+".check", codeName, msgName.Format(e.Check))
		}
		if e.Category != "" {
			v.categoryRef(p+".category", e.Category)
		}
		if e.HTTP != 0 && (e.HTTP < 100 || e.HTTP > 599) {
			v.add(p+".http", codeRange, msgBadValue.Format(fmt.Sprint(e.HTTP)))
		}
		v.link(p+".doc", e.Doc, false)
	}
}
