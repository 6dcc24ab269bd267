package diag

import "strings"

// Report is the outcome of a run: one Result per check, in the order the
// checks were given.
type Report struct {
	Results []Result `json:"results"`
}

// Findings returns every finding, in check order.
func (r Report) Findings() []Finding {
	var fs []Finding
	for _, res := range r.Results {
		fs = append(fs, res.Findings...)
	}
	return fs
}

// Worst returns the worst status of any finding (fail > error > warn > pass
// > skip); skip when there are none.
func (r Report) Worst() Status {
	w := StatusSkip
	for _, res := range r.Results {
		if s := res.Worst(); s.Worse(w) {
			w = s
		}
	}
	return w
}

// Worst returns the worst status among the result's findings; skip when
// there are none.
func (r Result) Worst() Status {
	w := StatusSkip
	for _, f := range r.Findings {
		if f.Status.Worse(w) {
			w = f.Status
		}
	}
	return w
}

// Summary is a one-line digest for logs and "copy diagnostics": each check
// as name=status in check order, followed by the codes of its findings that
// are neither pass nor skip, e.g.
//
//	network=pass balance=fail(balance.insufficient) clock=error(check.timeout) tx=skip
func (r Report) Summary() string {
	var b strings.Builder
	for i, res := range r.Results {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(res.Check)
		b.WriteByte('=')
		b.WriteString(string(res.Worst()))
		var codes []string
		for _, f := range res.Findings {
			if f.Status != StatusPass && f.Status != StatusSkip {
				codes = append(codes, string(f.Code))
			}
		}
		if len(codes) > 0 {
			b.WriteString("(" + strings.Join(codes, ",") + ")")
		}
	}
	return b.String()
}
