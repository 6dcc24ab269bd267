package manifest

import "github.com/triage-widget/triage/app/i18n"

// ErrorCode explains one of the platform's API error codes: what it means,
// how to fix it, and which engine check to run next (the check named
// "signature" for an invalid signature, "clock" for an expired timestamp).
type ErrorCode struct {
	Code string `json:"code"`
	// HTTP is the status the API answers with.
	HTTP int `json:"http,omitempty"`
	// Message is the API's own message, verbatim, as the merchant sees it in
	// logs ("Invalid signature"); it is evidence, not translated.
	Message string    `json:"message"`
	Meaning i18n.Text `json:"meaning"`
	Fix     i18n.Text `json:"fix"`
	// Check is the engine check to run next.
	Check string `json:"check"`
	// Category is the problem category it belongs to.
	Category string `json:"category,omitempty"`
	Doc      string `json:"doc,omitempty"`
}
