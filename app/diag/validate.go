package diag

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Validate checks a registry the way go/analysis validates analyzers: every
// check has a kebab-case name unique in the list, a title in every language,
// a doc, a Run function and a positive timeout within DefaultBudget; its
// form fields are named and labelled, its host context paths exist, and a
// check that needs typed input or a document does not run at open. Drivers call it at start-up; a unit
// test calls it on app/checks.All.
func Validate(checks []*Check) error {
	var errs []error
	seen := map[string]bool{}
	for i, c := range checks {
		if c == nil {
			errs = append(errs, fmt.Errorf("check %d is nil", i))
			continue
		}
		name := c.Name
		if !isKebab(name) {
			errs = append(errs, fmt.Errorf("check %d: name %q is not lower-case kebab case", i, name))
		}
		if seen[name] {
			errs = append(errs, fmt.Errorf("check %q: duplicate name", name))
		}
		seen[name] = true
		if !c.Title.Complete() {
			errs = append(errs, fmt.Errorf("check %q: title lacks a language", name))
		}
		if strings.TrimSpace(c.Doc) == "" {
			errs = append(errs, fmt.Errorf("check %q: empty Doc", name))
		}
		if c.Run == nil {
			errs = append(errs, fmt.Errorf("check %q: nil Run", name))
		}
		if c.Timeout <= 0 || c.Timeout > DefaultBudget {
			errs = append(errs, fmt.Errorf("check %q: timeout %s outside (0, %s]", name, c.Timeout, DefaultBudget))
		}
		fields := map[string]bool{}
		for _, f := range c.Needs.Form {
			if !isKebab(f.Name) || fields[f.Name] {
				errs = append(errs, fmt.Errorf("check %q: form field %q is invalid or repeated", name, f.Name))
			}
			fields[f.Name] = true
			if !f.Label.Complete() {
				errs = append(errs, fmt.Errorf("check %q: form field %q label lacks a language", name, f.Name))
			}
			if (f.Kind == KindChoice) != (len(f.Options) > 0) {
				errs = append(errs, fmt.Errorf("check %q: form field %q: options go with a choice, and only with it", name, f.Name))
			}
		}
		for _, p := range c.Needs.Context {
			if !knownPath(p) {
				errs = append(errs, fmt.Errorf("check %q: unknown host context path %q", name, p))
			}
		}
		if w := c.Needs.Auto.When; w != "" && !slices.Contains(c.Needs.Context, w) {
			errs = append(errs, fmt.Errorf("check %q: runs at open when %q is given, which it does not declare in Needs.Context", name, w))
		}
		if !c.SelfTest() && (c.Needs.Document || needsTyping(c)) {
			errs = append(errs, fmt.Errorf("check %q: needs typed input or a document but would run at open with nothing typed; set Needs.Auto", name))
		}
	}
	return errors.Join(errs...)
}

// needsTyping reports whether a check has a required form field.
func needsTyping(c *Check) bool {
	for _, f := range c.Needs.Form {
		if !f.Optional {
			return true
		}
	}
	return false
}

// isKebab reports whether s is lower-case ASCII words joined by single
// hyphens, starting with a letter: "network", "callback-url", "kyc-document".
func isKebab(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}
