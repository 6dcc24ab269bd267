package manifest

import (
	"net/url"
	"strings"
)

// Warnings returns what validation found worth a second look without
// refusing the manifest: hosts with internationalised labels ("xn--…"),
// and labels that mix scripts the way look-alike domains do. Each has the
// path of the first value where it was met. The panel may show them to
// the platform's operator; `triage manifest verify` prints them.
func (m *Manifest) Warnings() []Problem { return m.warnings }

func (v *validator) warn(path, code string, p Problem) {
	p.Path, p.Code = path, code
	v.warnings = append(v.warnings, p)
}

// linkHost returns the host of a link that passed the link rule.
func linkHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Hostname()
}

// hostWarnings warns once per internationalised label, whichever value it
// first appears in: a look-alike domain would recur in every link on it.
func (v *validator) hostWarnings(path, host string) {
	for _, label := range strings.Split(strings.ToLower(host), ".") {
		if v.seenLabels[label] {
			continue
		}
		shown, idn := decodeLabel(label)
		if !idn {
			continue
		}
		if v.seenLabels == nil {
			v.seenLabels = map[string]bool{}
		}
		v.seenLabels[label] = true
		if set := scriptsOf(shown); set.mixed() {
			v.warn(path, codeHostMixedScript, Problem{Message: msgHostMixed.Format(host, shown, set.names())})
		} else {
			v.warn(path, codeHostPunycode, Problem{Message: msgHostPunycode.Format(host, displayHost(host))})
		}
	}
}

// decodeLabel returns a host label as a browser shows it (punycode
// decoded) and whether it is internationalised: "xn--…" or not ASCII. A
// label that is not valid punycode is shown as written.
func decodeLabel(label string) (string, bool) {
	if rest, ok := strings.CutPrefix(label, "xn--"); ok {
		if s, ok := decodePunycode(rest); ok {
			return s, true
		}
		return label, true
	}
	for i := 0; i < len(label); i++ {
		if label[i] >= 0x80 {
			return label, true
		}
	}
	return label, false
}

// displayHost decodes every label of host.
func displayHost(host string) string {
	labels := strings.Split(strings.ToLower(host), ".")
	for i, l := range labels {
		labels[i], _ = decodeLabel(l)
	}
	return strings.Join(labels, ".")
}
