package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/triage-widget/triage/app/report"
)

// maxRedactInput bounds what triage redact reads; it is meant for logs and
// reports, not for streaming gigabytes.
const maxRedactInput = 64 << 20

// runRedact copies stdin to stdout with every secret replaced by
// [REDACTED:kind], with the panel's redactor. Values known to be secret can
// be listed, one a line, in a file (never on the command line, where ps and
// shell history would keep them); like the panel's typed secrets, they are
// matched trimmed and with their spaces normalised.
func runRedact(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("triage redact", flag.ContinueOnError)
	fs.SetOutput(stderr)
	secretsFile := fs.String("secrets-file", "", "file of values to redact wherever they appear, one a line (matched trimmed, spaces normalised)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: triage redact [--secrets-file FILE] < in > out")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	var secrets []string
	if *secretsFile != "" {
		data, err := os.ReadFile(*secretsFile)
		if err != nil {
			fmt.Fprintf(stderr, "triage redact: %v\n", err)
			return exitUsage
		}
		for _, line := range strings.Split(string(data), "\n") {
			if s := strings.TrimRight(line, "\r"); strings.TrimSpace(s) != "" {
				secrets = append(secrets, s)
			}
		}
	}
	in, err := io.ReadAll(io.LimitReader(stdin, maxRedactInput+1))
	if err != nil {
		fmt.Fprintf(stderr, "triage redact: reading stdin: %v\n", err)
		return exitUsage
	}
	if len(in) > maxRedactInput {
		fmt.Fprintf(stderr, "triage redact: input larger than %d bytes\n", maxRedactInput)
		return exitUsage
	}
	w := bufio.NewWriter(stdout)
	w.WriteString(report.Redact(string(in), secrets...))
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "triage redact: %v\n", err)
		return exitProblem
	}
	return exitOK
}
