package route

import (
	"strings"
)

// Summary is a one-line digest of a Result for logs and tests, in the
// engine's key=value style, in ranking order, e.g.
//
//	category=payment via=finding:tx.deposit_pending emergency=false offline=false recs=self-fix:tx.deposit_pending,contact:hotline-global,contact:ticket,contact:hotline-cn(closed,next=2026-11-24T01:00Z)
//
// A recommendation is kind:channel or kind:finding code ("guide" for the
// saved guide); flags in parentheses: closed, next opening in UTC, peak,
// unreachable. It holds ids and codes only, never a number or a link.
func (r Result) Summary() string {
	var b strings.Builder
	cat := r.Category
	if cat == "" {
		cat = "none"
	}
	b.WriteString("category=" + cat + " via=" + string(r.Source))
	if r.Evidence != "" {
		b.WriteString(":" + r.Evidence)
	}
	b.WriteString(" emergency=" + yes(r.Emergency) + " offline=" + yes(r.Offline))
	if r.Escalate != "" {
		b.WriteString(" escalate=" + r.Escalate)
	}
	b.WriteString(" recs=")
	for i, rec := range r.Recommendations {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(string(rec.Kind) + ":" + rec.target())
		var flags []string
		if !rec.OpenNow {
			flags = append(flags, "closed")
			if !rec.NextOpen.IsZero() {
				flags = append(flags, "next="+rec.NextOpen.UTC().Format("2006-01-02T15:04Z"))
			}
		}
		if rec.Peak {
			flags = append(flags, "peak")
		}
		if !rec.Reachable {
			flags = append(flags, "unreachable")
		}
		if len(flags) > 0 {
			b.WriteString("(" + strings.Join(flags, ",") + ")")
		}
	}
	return b.String()
}

// target names what a recommendation points at: the channel id, the
// finding code, or "guide".
func (rec Recommendation) target() string {
	switch {
	case rec.Channel != nil:
		return rec.Channel.ID
	case rec.Finding != nil:
		return string(rec.Finding.Code)
	}
	return "guide"
}

func yes(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
