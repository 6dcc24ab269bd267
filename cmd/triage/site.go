package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/i18n"
	"github.com/triage-widget/triage/app/manifest"
	"github.com/triage-widget/triage/app/ui"
)

// version is the build's version, set with -ldflags "-X main.version=…";
// when empty the VCS revision recorded by the Go toolchain is used.
var version string

// siteVersion identifies what a browser runs: the build's version plus a
// digest of app.wasm, so a rebuilt wasm is a new version even when the
// commit is the same (the service worker and ETags key on it).
func siteVersion(wasm []byte) string {
	v := version
	if v == "" {
		v = "dev"
		if bi, ok := debug.ReadBuildInfo(); ok {
			for _, s := range bi.Settings {
				if s.Key == "vcs.revision" && len(s.Value) >= 12 {
					v = s.Value[:12]
				}
			}
		}
	}
	sum := sha256.Sum256(wasm)
	return v + "-" + hex.EncodeToString(sum[:4])
}

// siteOptions configure the widget page, for serve and static alike.
type siteOptions struct {
	webDir string         // the built web folder. Default: web
	pins   []manifest.Pin // the platforms the widget trusts; the first is the default
	demo   *demoSite      // --demo: the demo platforms, signed at start; nil otherwise
}

// pageEnv is what the panel reads of the server's configuration (go-app
// writes it into the page): the pins, and whether this is a demo.
func (o siteOptions) pageEnv() app.Environment {
	pins, _ := json.Marshal(o.pins)
	env := app.Environment{"TRIAGE_PINS": string(pins)}
	if o.demo != nil {
		env["TRIAGE_DEMO"] = "1"
	}
	return env
}

// configDigest names the page's configuration (pageEnv) for the service
// worker's cache.
func (o siteOptions) configDigest() string {
	env, _ := json.Marshal(o.pageEnv())
	sum := sha256.Sum256(env)
	return hex.EncodeToString(sum[:4])
}

// shell is what the frame's first paint says before the wasm runs: the
// platforms it knows by name (the demo's; an operator's pins name none) and
// whether this is a demo.
func (o siteOptions) shell() *ui.Shell {
	s := &ui.Shell{Demo: o.demo != nil}
	for _, p := range o.pins {
		var name i18n.Text
		if o.demo != nil {
			name = o.demo.names[p.Platform]
		}
		s.Platforms = append(s.Platforms, ui.ShellPlatform{ID: p.Platform, Name: name})
	}
	return s
}

// newAppHandler is go-app's handler for the widget page.
func newAppHandler(o siteOptions, ver string) *app.Handler {
	return &app.Handler{
		Name:                  "Triage",
		ShortName:             "Triage",
		Title:                 i18n.M(i18n.CLISiteTitle).In(i18n.EN),
		Description:           "Self-diagnosis and official support channels",
		Lang:                  "en",
		LoadingLabel:          ui.LoadingLabel(),
		Icon:                  app.Icon{Default: "/web/icons/icon-192.png", Large: "/web/icons/icon-512.png", SVG: "/web/icons/icon.svg", AppleTouch: "/web/icons/icon-192.png"},
		Styles:                []string{"/web/triage.css"},
		Scripts:               []string{"/web/guard.js", "/web/shell.js"}, // before app.js: see web/guard.js, web/shell.js
		ThemeColor:            "#1f4ed8",
		BackgroundColor:       "#ffffff",
		Version:               ver,
		Resources:             webFiles{dir: o.webDir, version: ver},
		Env:                   o.pageEnv(),
		ServiceWorkerTemplate: workerJS(o.configDigest()),
		// app.js asks for the wasm only once the page is parsed and the
		// deferred scripts ran; the preload starts the download with the
		// page. as=fetch with crossorigin matches app.js's fetch(url).
		RawHeaders: []string{`<link rel="preload" href="` + html.EscapeString(webFiles{version: ver}.AppWASM()) +
			`" as="fetch" type="application/wasm" crossorigin="anonymous">`},
	}
}

// webFiles serves the few files under /web/ the widget page uses, and
// nothing else of the web folder (demo keys, sources).
type webFiles struct{ dir, version string }

func (webFiles) Package() string { return "" }
func (webFiles) Static() string  { return "" }

// AppWASM names app.wasm with its version: the URL changes with every
// build, so the wasm can be cached as immutable (no revalidation on a warm
// open, and the browser keeps its compiled code) and never be stale.
func (f webFiles) AppWASM() string { return "/web/app.wasm?v=" + url.QueryEscape(f.version) }

func (f webFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(path.Clean(r.URL.Path), "/web/")
	if !webFileAllowed(name) {
		http.NotFound(w, r)
		return
	}
	http.ServeFile(w, r, filepath.Join(f.dir, filepath.FromSlash(name)))
}

// webFileAllowed lists what /web/ may serve.
func webFileAllowed(name string) bool {
	switch {
	case name == "triage.css", name == "guard.js", name == "shell.js":
		return true
	case strings.HasPrefix(name, "icons/") && !strings.ContainsAny(name[len("icons/"):], "/") && !strings.HasPrefix(name, "icons/."):
		return true
	}
	return false
}

// readWebFile reads a file of the web folder, naming it in the error.
func readWebFile(webDir, name string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(webDir, name))
	if err != nil {
		return nil, fmt.Errorf("reading %s (run 'make build' first): %w", name, err)
	}
	return b, nil
}
