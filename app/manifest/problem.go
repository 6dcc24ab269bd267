package manifest

import (
	"errors"
	"strings"

	"github.com/triage-widget/triage/app/i18n"
)

// Problem is one reason a manifest is refused.
type Problem struct {
	// Path locates the offending value in JSON terms, e.g.
	// "channels[3].hours.zone"; empty for the document as a whole.
	Path string `json:"path"`
	// Code is a stable machine name for the rule broken, e.g. "url.insecure".
	Code string `json:"code"`
	// Message explains it to the platform operator, in every language.
	Message i18n.Text `json:"message"`
}

func (p Problem) String() string {
	if p.Path == "" {
		return p.Message.In(i18n.EN)
	}
	return p.Path + ": " + p.Message.In(i18n.EN)
}

// Error is a refused manifest: every problem found, in document order.
type Error struct {
	Problems []Problem
}

// maxShown bounds the problems an Error's message lists; all stay in Problems.
const maxShown = 5

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("manifest refused: ")
	for i, p := range e.Problems {
		if i == maxShown {
			b.WriteString("; …")
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Has reports whether a problem with the given code was found.
func (e *Error) Has(code string) bool {
	for _, p := range e.Problems {
		if p.Code == code {
			return true
		}
	}
	return false
}

// Is makes errors.Is(err, ErrExpired) true for an expired manifest.
func (e *Error) Is(target error) bool {
	return target == ErrExpired && e.Has(codeExpired)
}

// ErrExpired matches (errors.Is) a manifest refused because it has expired.
var ErrExpired = errors.New("manifest expired")

// Problems returns the problems of a refusal, or nil for any other error.
func Problems(err error) []Problem {
	var e *Error
	if errors.As(err, &e) {
		return e.Problems
	}
	return nil
}

// problems collects Problems while a document is checked.
type problems struct{ list []Problem }

func (ps *problems) add(path, code string, msg i18n.Text) {
	ps.list = append(ps.list, Problem{Path: path, Code: code, Message: msg})
}

func (ps *problems) err() error {
	if len(ps.list) == 0 {
		return nil
	}
	return &Error{Problems: ps.list}
}
