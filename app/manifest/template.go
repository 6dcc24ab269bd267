package manifest

import (
	"fmt"
	"net/url"
	"strings"
)

// TicketPlaceholders are the names a ticket URL template may use; the case
// report fills them.
var TicketPlaceholders = []string{"caseId", "category", "lang", "merchantId", "orderId", "txHash", "error"}

// Expand fills the {name} placeholders of a URL template with vals. A value
// is escaped for where it lands: query escaping after the "?", path
// escaping before it, so a value can never add a path segment, a parameter
// or change the host. A placeholder without a value is an error, as is a
// stray brace.
func Expand(tmpl string, vals map[string]string) (string, error) {
	var b strings.Builder
	inQuery := false
	for i := 0; i < len(tmpl); {
		c := tmpl[i]
		switch c {
		case '{':
			j := strings.IndexByte(tmpl[i:], '}')
			if j < 0 {
				return "", fmt.Errorf("unclosed { at byte %d", i)
			}
			name := tmpl[i+1 : i+j]
			v, ok := vals[name]
			if !ok || !placeholderName(name) {
				return "", fmt.Errorf("unknown placeholder {%s}", name)
			}
			if inQuery {
				b.WriteString(url.QueryEscape(v))
			} else {
				b.WriteString(url.PathEscape(v))
			}
			i += j + 1
			continue
		case '}':
			return "", fmt.Errorf("stray } at byte %d", i)
		case '?', '#':
			inQuery = true
		}
		b.WriteByte(c)
		i++
	}
	return b.String(), nil
}

// Placeholders returns the names used in a template, in order.
func Placeholders(tmpl string) []string {
	var names []string
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			return names
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			return names
		}
		names = append(names, tmpl[i+1:i+j])
		tmpl = tmpl[i+j+1:]
	}
}

func placeholderName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// sampleValues fills every known placeholder with a value that stresses
// escaping, to check a template's expansion during validation.
func sampleValues(names []string) map[string]string {
	vals := map[string]string{}
	for _, n := range names {
		vals[n] = "x/y?z&w#v"
	}
	return vals
}
