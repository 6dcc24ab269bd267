package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// Input bounds for files named on the command line.
const (
	maxBodyFile     = 1 << 20
	maxDocumentFile = 32 << 20
)

// cliInput is what a check's flags fill in.
type cliInput struct {
	env   *diag.Env
	args  []string // positional arguments after the check's name
	stdin io.Reader
}

// platform returns the platform the checks read, made when the command
// line gave no manifest.
func (in *cliInput) platform() *diag.Platform {
	if in.env.Platform == nil {
		in.env.Platform = &diag.Platform{}
	}
	return in.env.Platform
}

// cliCheck is one check as the command line offers it: flags derived from
// the form fields it declares (formFlags), and what the declarations do not
// say (cliExtras).
type cliCheck struct {
	check    *diag.Check
	synopsis string
	// flags defines the check's flags and returns the function that, after
	// parsing, validates them and writes them into the environment.
	flags func(set *flag.FlagSet) func(in *cliInput) error
}

// cliCheckNamed returns the check called name as the command line offers
// it. Checks that need a browser are widget-only; those that need the
// manifest take --manifest and --pub.
func cliCheckNamed(name string) (cliCheck, bool) {
	c, ok := checks.ByName(name)
	if !ok || !offeredNatively(c) {
		return cliCheck{}, false
	}
	extra := cliExtras[name]
	syn := strings.TrimSpace(formSynopsis(c, extra.positional) + " " + extra.synopsis)
	if extra.positional != "" {
		syn = strings.TrimSpace(syn + " " + extra.metavar)
	}
	return cliCheck{check: c, synopsis: syn, flags: func(set *flag.FlagSet) func(*cliInput) error {
		fill := formFlags(c, extra.positional, set)
		more := func(*cliInput) error { return nil }
		if extra.flags != nil {
			more = extra.flags(set)
		}
		return func(in *cliInput) error {
			if err := positional(c, extra, in); err != nil {
				return err
			}
			if err := more(in); err != nil {
				return err
			}
			return fill(in)
		}
	}}, true
}

// cliCheckNames lists the checks the command line offers, sorted.
func cliCheckNames() []string {
	var names []string
	for _, c := range checks.All() {
		if offeredNatively(c) {
			names = append(names, c.Name)
		}
	}
	slices.Sort(names)
	return names
}

func offeredNatively(c *diag.Check) bool { return !c.Needs.Browser }

// flagName is the flag of a form field: the field's name, with -file for
// what is read from a file (secrets, bodies); --file for a document.
func flagName(f diag.Field) string {
	switch f.Kind {
	case diag.KindSecret, diag.KindMultiline:
		return f.Name + "-file"
	case diag.KindFile:
		return "file"
	}
	return f.Name
}

// formSynopsis describes the flags of c's form fields but skip.
func formSynopsis(c *diag.Check, skip string) string {
	var parts []string
	for _, f := range c.Needs.Form {
		if f.Name == skip {
			continue
		}
		v := "V"
		switch {
		case f.Kind == diag.KindSecret || f.Kind == diag.KindMultiline || f.Kind == diag.KindFile:
			v = "F"
		case f.Kind == diag.KindChoice && f.Open:
			v = strings.Join(f.Options, "|") + "|…"
		case f.Kind == diag.KindChoice:
			v = strings.Join(f.Options, "|")
		}
		s := "--" + flagName(f) + " " + v
		if f.Optional {
			s = "[" + s + "]"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// formFlags defines a flag per form field of c (but skip, which is a
// positional argument) and returns the function that reads them into the
// environment: given values only, choices checked, secrets and bodies read
// from their files, the document decoded, required fields present.
func formFlags(c *diag.Check, skip string, set *flag.FlagSet) func(in *cliInput) error {
	values := map[string]*string{}
	for _, f := range c.Needs.Form {
		if f.Name == skip {
			continue
		}
		usage := f.Label.In(i18n.EN)
		switch f.Kind {
		case diag.KindSecret:
			usage = "file holding the " + strings.ToLower(usage) + " (- for stdin)"
		case diag.KindMultiline:
			usage = "file holding the exact " + strings.ToLower(usage)
		case diag.KindChoice:
			usage += ": " + strings.Join(f.Options, ", ")
		}
		values[f.Name] = set.String(flagName(f), "", usage)
	}
	return func(in *cliInput) error {
		var missing []string
		for _, f := range c.Needs.Form {
			p, ok := values[f.Name]
			if !ok {
				continue
			}
			name := flagName(f)
			if !isSet(set, name) {
				if _, given := in.env.Form[f.Name]; !given && !f.Optional {
					missing = append(missing, "--"+name)
				}
				continue
			}
			v := *p
			switch f.Kind {
			case diag.KindSecret:
				s, err := readSecret(name, v, in.stdin)
				if err != nil {
					return err
				}
				v = s
			case diag.KindMultiline:
				data, err := readInput(v, in.stdin, maxBodyFile)
				if err != nil {
					return fmt.Errorf("--%s: %v", name, err)
				}
				v = string(data)
			case diag.KindFile:
				data, err := readInput(v, in.stdin, maxDocumentFile)
				if err != nil {
					return fmt.Errorf("--%s: %v", name, err)
				}
				in.env.Document = documentOf(v, data)
				continue
			case diag.KindChoice:
				if !f.Open && !slices.Contains(f.Options, v) {
					return fmt.Errorf("--%s %q: use %s", name, v, oneOf(f.Options))
				}
			}
			in.env.Form[f.Name] = v
		}
		if len(missing) > 0 {
			slices.Sort(missing)
			return fmt.Errorf("missing %s", missing[0])
		}
		return nil
	}
}

// positional reads the positional argument of a check that takes one into
// its form field; a check that takes none refuses arguments.
func positional(c *diag.Check, extra cliExtra, in *cliInput) error {
	if extra.positional == "" {
		return noArgs(in)
	}
	switch {
	case len(in.args) == 1:
		in.env.Form[extra.positional] = in.args[0]
	case len(in.args) > 1:
		return fmt.Errorf("expected one %s, got %d arguments", extra.metavar, len(in.args))
	case extra.orContext != "" && diag.Given(in.env.Context, extra.orContext):
	default:
		if f, ok := c.Field(extra.positional); ok && !f.Optional || extra.orContext != "" {
			return fmt.Errorf("missing %s", extra.metavar)
		}
	}
	return nil
}

// oneOf lists choices as "a, b or c".
func oneOf(options []string) string {
	if len(options) < 2 {
		return strings.Join(options, "")
	}
	return strings.Join(options[:len(options)-1], ", ") + " or " + options[len(options)-1]
}

func noArgs(in *cliInput) error {
	if len(in.args) > 0 {
		return fmt.Errorf("unexpected argument %q", in.args[0])
	}
	return nil
}

func isSet(set *flag.FlagSet, name string) bool {
	found := false
	set.Visit(func(f *flag.Flag) { found = found || f.Name == name })
	return found
}
