package diag

import (
	"errors"
	"fmt"
	"strings"
)

// Validate checks a registry the way go/analysis validates analyzers: every
// check has a kebab-case name unique in the list, a title in every language,
// a doc, a Run function and a positive timeout within DefaultBudget, and its
// form fields are named and labelled. Drivers call it at start-up; a unit
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
		}
	}
	return errors.Join(errs...)
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
