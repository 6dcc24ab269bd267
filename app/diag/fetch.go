package diag

import (
	"context"
	"errors"
	"time"
)

// Fetcher performs one HTTP probe. In the widget it is window.fetch with an
// AbortController; natively it is net/http with timing; in tests a fake.
// Implementations honour ctx's deadline.
type Fetcher interface {
	Fetch(ctx context.Context, r Request) (Response, error)
}

// Request is one probe. Checks only ever send GET (never POST to a
// merchant's endpoint) and never carry credentials.
type Request struct {
	URL      string
	Method   string // "GET" or "HEAD"; empty means GET
	Mode     string // "cors" (read status and body) or "no-cors" (reachability only)
	Redirect string // "follow" or "manual"
	Limit    int    // most body bytes to read; 0 means DefaultBodyLimit
	// Revalidate lets the browser's HTTP cache answer once the server
	// confirms its copy (ETag, 304): a document fetched on every open.
	// Probes leave it false: they must reach the server.
	Revalidate bool
}

// DefaultBodyLimit bounds a response body a fetcher reads when the request
// sets no Limit: probes need a status, a Date header or a tiny JSON.
const DefaultBodyLimit = 64 << 10

// BodyLimit is the body bound for r.
func (r Request) BodyLimit() int {
	if r.Limit > 0 {
		return r.Limit
	}
	return DefaultBodyLimit
}

// Response is what a probe observed.
type Response struct {
	Status     int                      // 0 when Opaque
	Opaque     bool                     // no-cors: status and headers are unreadable
	Redirected bool                     // the server answered with a redirect (manual) or one was followed
	Header     map[string]string        // lower-case keys
	Body       []byte                   // bounded by the fetcher
	RTT        time.Duration            // request start to response headers
	Phases     map[string]time.Duration // native only: dns, connect, tls, ttfb
}

// ErrBlockedAddress is returned (wrapped) by a fetcher that refused to
// connect to a non-public address, e.g. a callback host that resolves to a
// private IP. Checks test for it with errors.Is.
var ErrBlockedAddress = errors.New("address is not public")
