package manifest

import (
	"crypto/ed25519"
	"time"
)

// Load is how the widget accepts a manifest: it verifies the detached
// signature over the exact bytes with the pinned key, then parses strictly
// and validates at time now (which refuses an expired manifest). Only a
// manifest returned by Load may supply channels; on any error the panel
// shows the safety advice and the official domain from its own settings.
//
// The widget calls Load again on every start for its cached copy, so a
// cached manifest that has since expired is dropped too.
func Load(doc, sig []byte, pub ed25519.PublicKey, now time.Time) (*Manifest, error) {
	if err := VerifySignature(pub, doc, sig); err != nil {
		return nil, err
	}
	return Parse(doc, now)
}
