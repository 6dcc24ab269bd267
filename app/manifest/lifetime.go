package manifest

import "time"

// MaxLifetime is the longest a manifest may stay valid: its expiry at most
// this long after its publication. Anyone holding an old signed edition can
// serve it again, retired phone numbers and all, until it expires; the cap
// bounds how long that lasts.
const MaxLifetime = 180 * 24 * time.Hour

// lifetime refuses an expiry further than MaxLifetime from publication.
func (v *validator) lifetime() {
	m := v.m
	if m.Published.IsZero() || m.Expires.IsZero() || m.Expires.Sub(m.Published) <= MaxLifetime {
		return
	}
	latest := m.Published.Add(MaxLifetime).UTC().Format(time.RFC3339)
	v.add("expires", codeLifetime, msgLifetime.Format(int(MaxLifetime/(24*time.Hour)), latest))
}
