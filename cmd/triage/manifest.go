package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
)

const manifestUsage = `usage:
  triage manifest keygen --out DIR [--force]
      write DIR/manifest.key (private, mode 0600) and DIR/manifest.pub
  triage manifest sign --key KEYFILE [--now RFC3339] [--lang zh-CN|zh-TW|en] FILE.json...
      validate each manifest and write FILE.json.sig beside it
  triage manifest verify --pub PUBFILE [--sig SIGFILE] [--now RFC3339] [--lang zh-CN|zh-TW|en] FILE.json
      exit 0 if the signature and the document are valid, 1 with the reason if not
  Both print warnings (look-alike hosts) on stderr; warnings alone do not fail.
`

// runManifest dispatches the manifest subcommands.
func runManifest(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, manifestUsage)
		return exitUsage
	}
	switch args[0] {
	case "keygen":
		return manifestKeygen(args[1:], stdout, stderr)
	case "sign":
		return manifestSign(args[1:], stdout, stderr)
	case "verify":
		return manifestVerify(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, manifestUsage)
		return exitOK
	}
	fmt.Fprintf(stderr, "triage manifest: unknown subcommand %q\n%s", args[0], manifestUsage)
	return exitUsage
}

// parseInterspersed parses flags that may come before or after the
// positional arguments ("sign FILE --key K" as well as "sign --key K FILE").
func parseInterspersed(set *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := set.Parse(args); err != nil {
			return nil, err
		}
		if set.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, set.Arg(0))
		args = set.Args()[1:]
	}
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	set := flag.NewFlagSet("triage manifest "+name, flag.ContinueOnError)
	set.SetOutput(stderr)
	set.Usage = func() { fmt.Fprint(stderr, manifestUsage) }
	return set
}

func manifestKeygen(args []string, stdout, stderr io.Writer) int {
	set := newFlags("keygen", stderr)
	out := set.String("out", "", "directory for manifest.key and manifest.pub")
	force := set.Bool("force", false, "overwrite an existing key pair")
	pos, err := parseInterspersed(set, args)
	if err != nil || *out == "" || len(pos) > 0 {
		if err == nil {
			fmt.Fprint(stderr, manifestUsage)
		}
		return exitUsage
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		fmt.Fprintf(stderr, "triage manifest keygen: %v\n", err)
		return exitProblem
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintf(stderr, "triage manifest keygen: %v\n", err)
		return exitUsage
	}
	keyPath := filepath.Join(*out, "manifest.key")
	pubPath := filepath.Join(*out, "manifest.pub")
	// O_EXCL so that a second keygen never silently replaces the key the
	// platform's published manifests are signed with.
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if *force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(keyPath, flags, 0o600)
	if errors.Is(err, iofs.ErrExist) {
		fmt.Fprintf(stderr, "triage manifest keygen: %s exists; use --force to replace it (manifests signed with it will stop verifying)\n", keyPath)
		return exitProblem
	}
	if err != nil {
		fmt.Fprintf(stderr, "triage manifest keygen: %v\n", err)
		return exitUsage
	}
	_, werr := fmt.Fprintln(f, manifest.FormatPrivateKey(priv))
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(keyPath, 0o600) // also when --force reused a looser file
	}
	if werr == nil {
		werr = os.WriteFile(pubPath, []byte(manifest.FormatPublicKey(pub)+"\n"), 0o644)
	}
	if werr != nil {
		fmt.Fprintf(stderr, "triage manifest keygen: %v\n", werr)
		return exitProblem
	}
	fmt.Fprintf(stdout, "wrote %s (keep it secret) and %s\n", keyPath, pubPath)
	fmt.Fprintf(stdout, "public key:  %s\n", manifest.FormatPublicKey(pub))
	fmt.Fprintf(stdout, "fingerprint: %s\n", manifest.Fingerprint(pub))
	fmt.Fprintf(stdout, "pin it:      triage serve --platform id=PLATFORM-ID,manifest=WHERE-YOU-PUBLISH-IT,key=%s\n", pubPath)
	return exitOK
}

func manifestSign(args []string, stdout, stderr io.Writer) int {
	set := newFlags("sign", stderr)
	keyFile := set.String("key", "", "private key file written by keygen")
	nowText := set.String("now", "", "validate at this RFC 3339 time instead of now")
	lang := set.String("lang", "en", "language of the problem messages: en, zh-CN or zh-TW")
	files, err := parseInterspersed(set, args)
	if err != nil || *keyFile == "" || len(files) == 0 {
		if err == nil {
			fmt.Fprint(stderr, manifestUsage)
		}
		return exitUsage
	}
	now, err := parseNow(*nowText)
	if err != nil {
		fmt.Fprintf(stderr, "triage manifest sign: --now: %v\n", err)
		return exitUsage
	}
	keyText, err := os.ReadFile(*keyFile)
	if err != nil {
		fmt.Fprintf(stderr, "triage manifest sign: %v\n", err)
		return exitUsage
	}
	priv, err := manifest.ParsePrivateKey(string(keyText))
	if err != nil {
		fmt.Fprintf(stderr, "triage manifest sign: %s: %v\n", *keyFile, err)
		return exitUsage
	}
	status := exitOK
	for _, file := range files {
		doc, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintf(stderr, "triage manifest sign: %v\n", err)
			return exitUsage
		}
		// Signing vouches for the document; refuse to vouch for one the
		// widget would refuse anyway.
		m, err := manifest.Parse(doc, now)
		if err != nil {
			printRefusal(stderr, file, err, i18n.Lang(*lang))
			status = exitProblem
			continue
		}
		printWarnings(stderr, file, m.Warnings(), i18n.Lang(*lang))
		if err := os.WriteFile(file+".sig", manifest.Sign(priv, doc), 0o644); err != nil {
			fmt.Fprintf(stderr, "triage manifest sign: %v\n", err)
			return exitProblem
		}
		fmt.Fprintf(stdout, "signed %s -> %s.sig (key %s)\n", file, file, manifest.Fingerprint(priv.Public().(ed25519.PublicKey)))
	}
	return status
}

func manifestVerify(args []string, stdout, stderr io.Writer) int {
	set := newFlags("verify", stderr)
	pubFile := set.String("pub", "", "public key file (one line, ed25519:BASE64)")
	sigFile := set.String("sig", "", "signature file (default FILE.json.sig)")
	nowText := set.String("now", "", "check expiry at this RFC 3339 time instead of now")
	lang := set.String("lang", "en", "language of the messages: en, zh-CN or zh-TW")
	files, err := parseInterspersed(set, args)
	if err != nil || *pubFile == "" || len(files) != 1 {
		if err == nil {
			fmt.Fprint(stderr, manifestUsage)
		}
		return exitUsage
	}
	now, err := parseNow(*nowText)
	if err != nil {
		fmt.Fprintf(stderr, "triage manifest verify: --now: %v\n", err)
		return exitUsage
	}
	file := files[0]
	if *sigFile == "" {
		*sigFile = file + ".sig"
	}
	pubText, err := os.ReadFile(*pubFile)
	if err != nil {
		fmt.Fprintf(stderr, "triage manifest verify: %v\n", err)
		return exitUsage
	}
	pub, err := manifest.ParsePublicKey(string(pubText))
	if err != nil {
		fmt.Fprintf(stderr, "triage manifest verify: %s: %v\n", *pubFile, err)
		return exitUsage
	}
	doc, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "triage manifest verify: %v\n", err)
		return exitUsage
	}
	sig, err := os.ReadFile(*sigFile)
	if errors.Is(err, iofs.ErrNotExist) {
		fmt.Fprintf(stderr, "%s: not signed: %s not found\n", file, *sigFile)
		return exitProblem
	} else if err != nil {
		fmt.Fprintf(stderr, "triage manifest verify: %v\n", err)
		return exitUsage
	}
	m, err := manifest.Load(doc, sig, pub, now)
	if err != nil {
		printRefusal(stderr, file, err, i18n.Lang(*lang))
		return exitProblem
	}
	printWarnings(stderr, file, m.Warnings(), i18n.Lang(*lang))
	fmt.Fprintf(stdout, "%s: OK: %s, revision %s, expires %s, key %s\n", file,
		m.Platform.Name.In(i18n.Lang(*lang)), m.Revision, m.Expires.UTC().Format(time.RFC3339), manifest.Fingerprint(pub))
	return exitOK
}

// parseNow reads a --now flag; empty means the clock.
func parseNow(text string) (time.Time, error) {
	if text == "" {
		return time.Now(), nil
	}
	return time.Parse(time.RFC3339, text)
}

// printWarnings lists what does not refuse a manifest but deserves a look,
// one per line, located like a refusal.
func printWarnings(w io.Writer, file string, warnings []manifest.Problem, lang i18n.Lang) {
	label := i18n.M(i18n.CLIWarning).In(lang)
	for _, p := range warnings {
		fmt.Fprintf(w, "%s: %s: %s: %s\n", file, p.Path, label, strings.TrimSpace(p.Message.In(lang)))
	}
}

// printRefusal lists every reason a manifest was refused, one per line.
func printRefusal(w io.Writer, file string, err error, lang i18n.Lang) {
	var se *manifest.SignatureError
	if errors.As(err, &se) {
		fmt.Fprintf(w, "%s: %s\n", file, se.Problem.Message.In(lang))
		return
	}
	ps := manifest.Problems(err)
	if ps == nil {
		fmt.Fprintf(w, "%s: %v\n", file, err)
		return
	}
	for _, p := range ps {
		loc := file
		if p.Path != "" {
			loc += ": " + p.Path
		}
		fmt.Fprintf(w, "%s: %s\n", loc, strings.TrimSpace(p.Message.In(lang)))
	}
}
