package main

// Where app.wasm's bytes go, by Go package: the bench builds the wasm once
// more with its symbol names (the served one is stripped), reads each
// function body's size from the code section and its name from the "name"
// section, and attributes it to the package that defines it. Data (string
// tables, embedded files) is not named in a wasm binary; embedded files are
// listed from `go list`.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// wasmCode returns each function body's size by function name.
func wasmCode(bin []byte) (map[string]int, error) {
	if len(bin) < 8 || string(bin[:4]) != "\x00asm" {
		return nil, errors.New("not a wasm binary")
	}
	var imported int
	var bodies []int
	names := map[int]string{}
	for r := (wasmReader{b: bin, i: 8}); r.i < len(bin); {
		id := r.byte()
		size := int(r.uleb())
		sec := wasmReader{b: bin[:r.i+size], i: r.i}
		r.i += size
		switch id {
		case 2: // imports: count the functions, which come first in the index space
			for n := sec.uleb(); n > 0; n-- {
				sec.skip(int(sec.uleb()))
				sec.skip(int(sec.uleb()))
				switch sec.byte() {
				case 0:
					sec.uleb()
					imported++
				case 1:
					sec.byte()
					sec.limits()
				case 2:
					sec.limits()
				case 3:
					sec.skip(2)
				}
			}
		case 10: // code
			for n := sec.uleb(); n > 0; n-- {
				sz := int(sec.uleb())
				bodies = append(bodies, sz)
				sec.skip(sz)
			}
		case 0:
			if sec.name() != "name" {
				continue
			}
			for sec.i < len(sec.b) {
				sub := sec.byte()
				end := int(sec.uleb()) + sec.i
				if sub == 1 {
					for n := sec.uleb(); n > 0; n-- {
						idx := int(sec.uleb())
						names[idx] = sec.name()
					}
				}
				sec.i = end
			}
		}
		if sec.err != nil {
			return nil, fmt.Errorf("section %d: %w", id, sec.err)
		}
	}
	if len(names) == 0 {
		return nil, errors.New("no name section: was the wasm built with -s?")
	}
	out := map[string]int{}
	for i, sz := range bodies {
		out[names[imported+i]] += sz
	}
	return out, nil
}

type wasmReader struct {
	b   []byte
	i   int
	err error
}

func (r *wasmReader) byte() byte {
	if r.i >= len(r.b) {
		r.err = errors.New("truncated")
		r.i = len(r.b)
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

func (r *wasmReader) uleb() uint64 {
	var v uint64
	for s := 0; s < 64 && r.err == nil; s += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << s
		if c < 0x80 {
			break
		}
	}
	return v
}

func (r *wasmReader) skip(n int) {
	if r.i+n > len(r.b) {
		r.err = errors.New("truncated")
		n = len(r.b) - r.i
	}
	r.i += n
}

func (r *wasmReader) limits() {
	if r.byte()&1 != 0 {
		r.uleb()
	}
	r.uleb()
}

func (r *wasmReader) name() string {
	n := int(r.uleb())
	start := r.i
	r.skip(n)
	return string(r.b[start:r.i])
}

// packageOf maps a wasm function name to the import path it belongs to. The
// linker writes "/" and "-" of import paths as "_", so names are matched
// against the mangled paths of the program's packages, longest first.
type packageIndex struct {
	mangled []string
	paths   map[string]string
}

func newPackageIndex(paths []string, mainPath string) packageIndex {
	x := packageIndex{paths: map[string]string{}}
	for _, p := range paths {
		m := strings.NewReplacer("/", "_", "-", "_").Replace(p)
		if p == mainPath {
			m = "main" // the linker names a command's functions main.F
		}
		x.paths[m] = p
		x.mangled = append(x.mangled, m)
	}
	sort.Slice(x.mangled, func(i, j int) bool { return len(x.mangled[i]) > len(x.mangled[j]) })
	return x
}

func (x packageIndex) packageOf(fn string) string {
	for _, m := range x.mangled {
		if strings.HasPrefix(fn, m+".") {
			return x.paths[m]
		}
	}
	return "(runtime glue)" // wasm_pc_f_loop, gcWriteBarrier, memchr…
}

// sizeGroup is one row of the size table.
type sizeGroup struct {
	name string
	raw  int
}

// groupOf folds packages into the groups the table shows: each of ours,
// go-app with what only it brings, and the standard library by top-level
// package.
func groupOf(pkg, module string) string {
	switch {
	case strings.HasPrefix(pkg, module+"/"):
		return strings.TrimPrefix(pkg, module+"/")
	case strings.HasPrefix(pkg, "github.com/maxence-charriere/go-app/"), pkg == "github.com/google/uuid":
		return "go-app (+ google/uuid)"
	case strings.HasPrefix(pkg, "internal/"), strings.HasPrefix(pkg, "runtime"), pkg == "(runtime glue)", strings.HasPrefix(pkg, "sync"):
		return "Go runtime, sync, internal/*"
	case strings.HasPrefix(pkg, "crypto/"), strings.HasPrefix(pkg, "vendor/golang.org/x/crypto"):
		return "crypto/*"
	case strings.HasPrefix(pkg, "vendor/"), strings.HasPrefix(pkg, "golang.org/x/"):
		return "golang.org/x/*"
	}
	top, _, _ := strings.Cut(pkg, "/")
	switch top {
	case "encoding", "text", "regexp", "unicode", "reflect", "fmt", "strconv", "net", "time", "math", "strings", "bytes", "sort", "os", "syscall":
		return top + "/*"
	}
	return "other std"
}

// benchSizeTable builds the wasm with names and returns the table.
func benchSizeTable() (string, error) {
	dir, err := os.MkdirTemp("", "triage-size-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "app.wasm")
	env := append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	// The Makefile's flags (no inlining; see docs/bench.md), less -s -w,
	// which would drop the names.
	build := exec.Command("go", "build", "-trimpath", "-gcflags=all=-l", "-o", bin, "../../wasm")
	build.Env = env
	if out, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		return "", err
	}
	code, err := wasmCode(data)
	if err != nil {
		return "", err
	}
	list := exec.Command("go", "list", "-deps", "-json=ImportPath,Name,Module,EmbedFiles,Dir", "../../wasm")
	list.Env = env
	out, err := list.Output()
	if err != nil {
		return "", fmt.Errorf("go list: %v", err)
	}
	var paths []string
	module, mainPath := "", ""
	embedded := map[string]int{}
	for dec := json.NewDecoder(bytes.NewReader(out)); dec.More(); {
		var p struct {
			ImportPath, Name, Dir string
			EmbedFiles            []string
			Module                *struct {
				Path string
				Main bool
			}
		}
		if err := dec.Decode(&p); err != nil {
			return "", err
		}
		paths = append(paths, p.ImportPath)
		if p.Name == "main" {
			mainPath = p.ImportPath
		}
		if p.Module != nil && p.Module.Main {
			module = p.Module.Path
		}
		for _, f := range p.EmbedFiles {
			if fi, err := os.Stat(filepath.Join(p.Dir, f)); err == nil {
				embedded[p.ImportPath] += int(fi.Size())
			}
		}
	}
	idx := newPackageIndex(paths, mainPath)
	groups := map[string]*sizeGroup{}
	add := func(name string, raw int) *sizeGroup {
		g := groups[name]
		if g == nil {
			g = &sizeGroup{name: name}
			groups[name] = g
		}
		g.raw += raw
		return g
	}
	for fn, sz := range code {
		add(groupOf(idx.packageOf(fn), module), sz)
	}
	for pkg, sz := range embedded {
		add(groupOf(pkg, module)+" (embedded files)", sz)
	}
	var rows []*sizeGroup
	total := 0
	for _, g := range groups {
		rows = append(rows, g)
		total += g.raw
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].raw > rows[j].raw })
	var b strings.Builder
	fmt.Fprintf(&b, "| package (group) | bytes in app.wasm (raw) | share |\n|---|---:|---:|\n")
	for _, g := range rows {
		fmt.Fprintf(&b, "| %s | %s | %.1f%% |\n", g.name, thousands(int64(g.raw)), 100*float64(g.raw)/float64(len(data)))
	}
	fmt.Fprintf(&b, "| (data: type metadata, string tables, other rodata; not attributable) | %s | %.1f%% |\n",
		thousands(int64(len(data)-total)), 100*float64(len(data)-total)/float64(len(data)))
	fmt.Fprintf(&b, "| **app.wasm, built with names (the served one is stripped)** | %s | 100%% |\n", thousands(int64(len(data))))
	return b.String(), nil
}
