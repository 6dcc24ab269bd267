// Command triage serves the Triage help widget and runs its checks natively.
//
//	triage serve  [--addr 127.0.0.1:8080] [--demo-addr 127.0.0.1:8081]
//	triage static --out DIR
//	triage check  CHECK [flags] [--json] [--offline]
//	triage redact
//	triage manifest keygen | sign | verify
//
// Exit status: 0 success (no failing finding), 1 a failing finding or a
// failed verification, 2 a usage error or unreadable input.
package main

import (
	"fmt"
	"io"
	"os"
)

// command is one subcommand: it gets its arguments and the standard streams
// and returns the process exit status.
type command struct {
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// Exit statuses shared by every subcommand.
const (
	exitOK      = 0
	exitProblem = 1
	exitUsage   = 2
)

func commands() map[string]command {
	return map[string]command{
		"serve":    {"serve the widget and the demo dashboard", runServe},
		"static":   {"write the widget as static files for a CDN", runStatic},
		"check":    {"run one check natively", runCheck},
		"redact":   {"stdin to stdout with secrets replaced", runRedact},
		"manifest": {"keygen | sign | verify a channel manifest", runManifest},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr, cmds)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "triage: unknown command %q (run 'triage help')\n", args[0])
		return exitUsage
	}
	return c.run(args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: triage COMMAND [flags]")
	for _, name := range []string{"serve", "static", "check", "redact", "manifest"} {
		fmt.Fprintf(w, "  %-9s %s\n", name, cmds[name].summary)
	}
}
