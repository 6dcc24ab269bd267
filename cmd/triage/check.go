package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/checks"
	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

// runCheck is `triage check CHECK [flags] [--json] [--offline] [--lang L]`:
// it runs one engine check natively and exits 0 when nothing failed, 1 when
// a finding failed or the check could not run, 2 on a usage error or
// unreadable input.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := checkCommand{
		newFetcher: func(guard bool) diag.Fetcher { return newNativeFetcher(fetcherOptions{guard: guard}) },
		getenv:     os.Getenv,
		now:        time.Now,
	}
	return c.run(args, stdin, stdout, stderr)
}

// checkCommand holds what tests replace: the fetcher (to reach servers on
// 127.0.0.1, which the guard refuses), the environment and the clock.
type checkCommand struct {
	newFetcher func(guard bool) diag.Fetcher
	getenv     func(string) string
	now        func() time.Time
}

// commonFlags are accepted by every check.
type commonFlags struct {
	json, offline bool
	lang, context string
	// The platform's signed manifest, verified as the widget does: its
	// maintenance windows, error codes, API and explorers reach the checks.
	manifest, pub, sig, origin string
}

func (c checkCommand) run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		checkUsage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	name := args[0]
	spec, ok := cliCheckNamed(name)
	if !ok {
		fmt.Fprintf(stderr, "triage check: unknown check %q (run 'triage check -h')\n", name)
		return exitUsage
	}
	check := spec.check

	set := flag.NewFlagSet("triage check "+name, flag.ContinueOnError)
	set.SetOutput(io.Discard) // one-line errors, printed below
	var common commonFlags
	set.BoolVar(&common.json, "json", false, "print the findings as JSON")
	set.BoolVar(&common.offline, "offline", false, "skip everything that needs the network")
	set.StringVar(&common.lang, "lang", "", "zh-CN, zh-TW or en (default from $LANG, else en)")
	set.StringVar(&common.context, "context", "", "host context JSON file (the triage('context', …) object)")
	set.StringVar(&common.manifest, "manifest", "", "the platform's channel manifest FILE.json (signature at FILE.json.sig)")
	set.StringVar(&common.pub, "pub", "", "the platform's public key, ed25519:KEY or a file holding it (with --manifest)")
	set.StringVar(&common.sig, "sig", "", "the manifest's signature file (default: --manifest's path + .sig)")
	set.StringVar(&common.origin, "origin", "", "the widget's origin, for a manifest whose API is \"self\" (default: none)")
	build := spec.flags(set)
	pos, err := parseInterspersed(set, args[1:])
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(stdout, "usage: triage check %s %s [--json] [--offline] [--lang zh-CN|zh-TW|en] [--context FILE]\n\n%s\n", name, spec.synopsis, check.Doc)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "triage check %s: %v\n", name, err)
		return exitUsage
	}
	lang, err := c.language(common.lang)
	if err != nil {
		fmt.Fprintf(stderr, "triage check %s: %v\n", name, err)
		return exitUsage
	}

	// Hosts are mapped as browsers map them (IDNA/UTS-46), natively.
	env := &diag.Env{Form: map[string]string{}, Now: c.now, MapHost: checks.MapHostUTS46}
	if common.context != "" {
		if err := loadContext(common.context, stdin, env, stderr); err != nil {
			fmt.Fprintf(stderr, "triage check %s: %v\n", name, err)
			return exitUsage
		}
	}
	if common.manifest != "" {
		p, err := c.platform(common)
		if err != nil {
			fmt.Fprintf(stderr, "triage check %s: %v\n", name, err)
			return exitUsage
		}
		env.Platform = p
	}
	in := &cliInput{env: env, args: pos, stdin: stdin}
	if err := build(in); err != nil {
		fmt.Fprintf(stderr, "triage check %s: %v\n", name, err)
		return exitUsage
	}
	if check.Needs.Platform && env.Platform == nil {
		fmt.Fprintf(stderr, "triage check %s: needs the platform's manifest: --manifest FILE.json --pub KEY\n", name)
		return exitUsage
	}
	if !common.offline && (check.Needs.Network || check.Needs.OptionalNetwork) {
		// Merchant-supplied URLs are probed through the guard; the
		// platform URLs the user names with --url are not.
		env.Net = c.newFetcher(name == "callback-url")
	}

	rep := diag.Run(context.Background(), []*diag.Check{check}, env, diag.RunOptions{})
	if common.json {
		err = writeJSON(stdout, rep, lang)
	} else {
		err = writeText(stdout, rep, lang)
	}
	if err != nil {
		fmt.Fprintf(stderr, "triage check %s: writing the result: %v\n", name, err)
		return exitProblem
	}
	if w := rep.Worst(); w == diag.StatusFail || w == diag.StatusError {
		return exitProblem
	}
	return exitOK
}

// platform reads and verifies the manifest named by --manifest with the key
// named by --pub, as the widget does, and returns what the checks read.
func (c checkCommand) platform(f commonFlags) (*diag.Platform, error) {
	if f.pub == "" {
		return nil, errors.New("--manifest needs --pub (the platform's public key)")
	}
	key, err := readKey(f.pub)
	if err != nil {
		return nil, fmt.Errorf("--pub: %v", err)
	}
	pub, err := manifest.ParsePublicKey(key)
	if err != nil {
		return nil, fmt.Errorf("--pub: %v", err)
	}
	doc, err := os.ReadFile(f.manifest)
	if err != nil {
		return nil, err
	}
	sigPath := f.sig
	if sigPath == "" {
		sigPath = f.manifest + ".sig"
	}
	sig, err := os.ReadFile(sigPath)
	if err != nil {
		return nil, err
	}
	m, err := manifest.Load(doc, sig, pub, c.now())
	if err != nil {
		return nil, fmt.Errorf("%s: %v", f.manifest, err)
	}
	return m.DiagPlatform(f.origin), nil
}

// language picks the output language: --lang, else the locale variables,
// else English.
func (c checkCommand) language(flagValue string) (i18n.Lang, error) {
	if flagValue != "" {
		l, ok := i18n.Parse(flagValue)
		if !ok {
			return "", fmt.Errorf("--lang %q: use zh-CN, zh-TW or en", flagValue)
		}
		return l, nil
	}
	return i18n.Negotiate(c.getenv("LC_ALL"), c.getenv("LC_MESSAGES"), c.getenv("LANG")), nil
}

// loadContext reads a host context JSON file ("-" is stdin). Fields the
// decoder drops are reported on stderr; a file that is not a JSON object
// is an error.
func loadContext(path string, stdin io.Reader, env *diag.Env, stderr io.Writer) error {
	data, err := readInput(path, stdin, hostctx.MaxBytes)
	if err != nil {
		return fmt.Errorf("--context: %w", err)
	}
	ctx, problems := hostctx.Decode(data)
	for _, p := range problems {
		if p.Path == "" {
			return fmt.Errorf("--context %s: %s", path, p.Message.In(i18n.EN))
		}
		fmt.Fprintf(stderr, "triage check: context field %s\n", p)
	}
	env.Context = ctx
	return nil
}

// checkUsage lists the checks the command line offers.
func checkUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: triage check CHECK [flags] [--json] [--offline] [--lang zh-CN|zh-TW|en] [--context FILE]")
	for _, n := range cliCheckNames() {
		spec, _ := cliCheckNamed(n)
		fmt.Fprintf(w, "  %-13s %s\n", n, spec.synopsis)
	}
	fmt.Fprintln(w, "Secrets are read from files (- for stdin), never from flags. Exit: 0 ok, 1 a problem, 2 usage.")
}

// readInput reads a file, or stdin for "-", refusing more than limit bytes.
// Errors name the file, never its content.
func readInput(path string, stdin io.Reader, limit int64) ([]byte, error) {
	var r io.Reader
	if path == "-" {
		r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, limit)
	}
	return data, nil
}

// readSecret reads a secret from a file: the file's content without one
// trailing line break (editors and echo add it; whitespace beyond that is
// kept, since it may be the very problem to diagnose).
func readSecret(flagName, path string, stdin io.Reader) (string, error) {
	data, err := readInput(path, stdin, 4<<10)
	if err != nil {
		return "", fmt.Errorf("--%s: %v", flagName, err)
	}
	s := strings.TrimSuffix(strings.TrimSuffix(string(data), "\n"), "\r")
	if s == "" {
		return "", fmt.Errorf("--%s: %s is empty", flagName, path)
	}
	return s, nil
}
