package diag

import (
	"time"

	"github.com/triage-widget/triage/app/hostctx"
)

// Env is everything a check may read. Front ends build one per run: the
// widget from the host's context, the panel's form and browser probes; the CLI
// from flags and files; tests from literals and fakes.
type Env struct {
	Context  hostctx.Context   // what the host page told the widget
	Form     map[string]string // what the merchant typed in the panel (see Needs.Form)
	Document *Document         // identity document picked in the panel; nil if none
	Platform *Platform         // from the verified manifest; nil when none
	Browser  *Browser          // facts observed in the browser; nil natively
	Net      Fetcher           // nil when offline (--offline): network checks skip
	Now      func() time.Time  // the clock; nil means time.Now
	Logf     func(format string, args ...any)
	// MapHost maps a URL's host name the way browsers do before they
	// connect (IDNA/UTS-46 mapping, then numeric IPv4 forms: "１２７.０.０.１"
	// and "0x7f.1" are both 127.0.0.1). An error means browsers refuse the
	// host. Nil means the checks' own mapper natively; the widget injects
	// the browser's URL parser instead.
	MapHost func(host string) (string, error)
}

// Document is an identity document the merchant picked. Decoding the file is
// the front end's job; checks see its metadata and a luminance copy. The file
// itself never leaves the browser.
type Document struct {
	Name      string
	MIME      string
	Size      int64 // bytes
	Width     int   // pixels of the original image; 0 for a PDF
	Height    int
	Gray      []uint8 // row-major luminance, possibly a downscaled copy; nil if unavailable
	GrayWidth int     // width of Gray in pixels (its height is len(Gray)/GrayWidth)
}

// Browser holds facts observed in the merchant's browser.
type Browser struct {
	Online         bool     // navigator.onLine
	CookiesEnabled bool     // navigator.cookieEnabled
	LocalStorage   bool     // a localStorage write/read/remove round trip succeeded
	SessionStorage bool     // the same for sessionStorage
	BlockedScripts []string // payment-page script URLs that failed to load (blockers, CSP)
	UserAgent      string
	TimeZone       string // Intl's IANA time zone name ("Asia/Shanghai"); "" when unknown
}

// now returns the environment's clock reading.
func (e *Env) now() time.Time {
	if e != nil && e.Now != nil {
		return e.Now()
	}
	return time.Now()
}
