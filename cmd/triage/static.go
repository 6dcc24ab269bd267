package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/ui"
)

func runStatic(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("static", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "output folder (required)")
	var sf siteFlags
	sf.register(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: triage static --out DIR (--platform id=ID,manifest=URL,key=KEY … | --demo) [--web DIR]")
		return exitUsage
	}
	o, err := sf.options()
	if err != nil {
		fmt.Fprintf(stderr, "triage static: %v\n", err)
		return exitUsage
	}
	if err := writeStatic(*out, o); err != nil {
		fmt.Fprintf(stderr, "triage static: %v\n", err)
		return exitProblem
	}
	fmt.Fprintf(stdout, "wrote the widget to %s\n", *out)
	return exitOK
}

// writeStatic writes the widget as plain files for any bucket or CDN: the
// pages go-app generates, then app.wasm (raw, .br, .gz), the toolchain's
// wasm_exec.js, the loader, styles, icons and the manifests.
func writeStatic(out string, o siteOptions) error {
	webDir := o.webDir
	raw, err := readWebFile(webDir, "app.wasm")
	if err != nil {
		return err
	}
	ver := siteVersion(raw)
	ui.Route(ui.Deps{Version: ver, Shell: o.shell()})
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, newAppHandler(o, ver)); err != nil {
		return fmt.Errorf("generating pages: %w", err)
	}
	if err := rewriteFile(filepath.Join(out, "index.html"), allowZoom); err != nil {
		return err
	}
	if err := rewriteFile(filepath.Join(out, "app.js"), streamWasm); err != nil {
		return err
	}
	copies := map[string]string{
		"app.wasm": "web/app.wasm", "app.wasm.br": "web/app.wasm.br", "app.wasm.gz": "web/app.wasm.gz",
		"wasm_exec.js": "wasm_exec.js", "triage.css": "web/triage.css", "guard.js": "web/guard.js", "shell.js": "web/shell.js",
	}
	for src, dst := range copies {
		if err := copyFile(filepath.Join(webDir, src), filepath.Join(out, dst)); err != nil {
			return err
		}
	}
	embed, err := readWebFile(webDir, "embed.js")
	if err != nil {
		return err
	}
	if embed, err = embedWithSites(embed, o.pins); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "embed.js"), embed, 0o644); err != nil {
		return err
	}
	for _, dir := range []string{"icons", "manifests"} {
		if err := copyDir(filepath.Join(webDir, dir), filepath.Join(out, web(dir)), dir == "manifests"); err != nil {
			return err
		}
	}
	if o.demo != nil {
		for name, b := range o.demo.files {
			if err := os.WriteFile(filepath.Join(out, "manifests", name), b, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// web maps a source folder to where the site serves it.
func web(dir string) string {
	if dir == "manifests" {
		return "manifests"
	}
	return filepath.Join("web", dir)
}

func copyDir(src, dst string, publicOnly bool) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return fmt.Errorf("copying %s: %w", src, err)
	}
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") || (publicOnly && !isPublicManifestFile(e.Name())) {
			continue
		}
		if err := copyFile(filepath.Join(src, e.Name()), filepath.Join(dst, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("copying %s (run 'make build' first): %w", src, err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

func rewriteFile(name string, fn func([]byte) []byte) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	return os.WriteFile(name, fn(b), 0o644)
}
