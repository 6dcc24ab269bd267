package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/i18n"
)

// jsonFinding is the --json contract of DESIGN.md: check, code, status,
// message and fix, the texts in the chosen language.
type jsonFinding struct {
	Check   string `json:"check"`
	Code    string `json:"code"`
	Status  string `json:"status"`
	Message string `json:"message"`
	Fix     string `json:"fix"`
}

func writeJSON(w io.Writer, rep diag.Report, lang i18n.Lang) error {
	out := struct {
		Findings []jsonFinding `json:"findings"`
	}{Findings: []jsonFinding{}}
	for _, f := range rep.Findings() {
		out.Findings = append(out.Findings, jsonFinding{Check: f.Check, Code: string(f.Code), Status: string(f.Status),
			Message: f.Message.In(lang), Fix: f.Fix.In(lang)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// writeText prints one block per finding:
//
//	FAIL  balance.insufficient  Insufficient balance: …
//	      fix: Top up at least 6 USDT …
//	      available: 5 USDT
func writeText(w io.Writer, rep diag.Report, lang i18n.Lang) error {
	var b strings.Builder
	fixLabel := i18n.M(i18n.CLIFix).In(lang)
	nextLabel := i18n.M(i18n.CLINext).In(lang)
	colon := ": "
	if lang.Chinese() {
		colon = "：" // full-width, as Chinese text writes it
	}
	for _, f := range rep.Findings() {
		fmt.Fprintf(&b, "%-5s %s  %s\n", strings.ToUpper(string(f.Status)), f.Code, f.Message.In(lang))
		if fix := f.Fix.In(lang); fix != "" {
			fmt.Fprintf(&b, "      %s%s%s\n", fixLabel, colon, fix)
		}
		for _, e := range f.Evidence {
			fmt.Fprintf(&b, "      %s%s%s\n", e.Label.In(lang), colon, e.Value)
		}
		if f.Next != "" {
			fmt.Fprintf(&b, "      %s%striage check %s\n", nextLabel, colon, f.Next)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
