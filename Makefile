# Triage — build, run and test. `make run` and `make test` set up what they
# need on a fresh machine (Chromium, brotli and the loader's minifier).

SHELL      := /bin/bash
GO         ?= go
GOROOT     := $(shell $(GO) env GOROOT)
VERSION    ?= $(shell git rev-parse --short=12 HEAD 2>/dev/null || echo dev)
LDFLAGS    := -s -w -X main.version=$(VERSION)
WASM_BUDGET_BR  := 2000000
EMBED_BUDGET_GZ := 2048
TERSER     := .build/node_modules/.bin/terser
CHROMIUM   ?= $(shell command -v chromium || command -v chromium-browser)
# An execution count, not a duration: with a duration, go1.26's fuzz
# coordinator can fail a clean run with "context deadline exceeded" at the
# deadline (go.dev/issue/75804, fixed in Go 1.27); CI hit it.
FUZZTIME   ?= 10000x
# staticcheck, pinned; installed from the module proxy into .build/bin.
STATICCHECK_VERSION := v0.8.2
STATICCHECK := .build/bin/staticcheck-$(STATICCHECK_VERSION)

.PHONY: all build wasm bin run test unit corpus e2e fuzz fuzz-short vet staticcheck bench screenshots static clean deps chromium cjkfont brotli terser nginx

all: build

## build: bin/triage, web/app.wasm (+ .br, .gz), web/embed.js (minified from web/loader.js); prints sizes, enforces budgets
build: bin wasm web/embed.js web/wasm_exec.js
	@raw=$$(stat -c %s web/app.wasm); br=$$(stat -c %s web/app.wasm.br); gz=$$(stat -c %s web/app.wasm.gz); \
	 egz=$$($(GO) test -count=1 -run '^TestServedEmbedBudget$$' -v ./cmd/triage 2>&1 | sed -n 's/.*served-gzip=\([0-9]*\).*/\1/p'); \
	 printf 'app.wasm     %9d bytes raw, %9d gzip, %9d brotli (budget %d brotli)\n' $$raw $$gz $$br $(WASM_BUDGET_BR); \
	 printf 'embed.js     %9d bytes gzip as served with the demo'"'"'s 3 pins (budget %d)\n' $${egz:-0} $(EMBED_BUDGET_GZ); \
	 fail=0; \
	 if [ $$br -gt $(WASM_BUDGET_BR) ]; then echo "FAIL: app.wasm is over its brotli budget"; fail=1; fi; \
	 if [ -z "$$egz" ]; then echo "FAIL: could not measure the served embed.js (go test -run TestServedEmbedBudget ./cmd/triage)"; fail=1; \
	 elif [ $$egz -gt $(EMBED_BUDGET_GZ) ]; then echo "FAIL: embed.js is over its gzip budget"; fail=1; fi; \
	 exit $$fail

bin:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o bin/triage ./cmd/triage

wasm: brotli
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags '-s -w' -gcflags=all=-l -o web/app.wasm ./wasm
	brotli -f -q 11 -o web/app.wasm.br web/app.wasm
	gzip -9 -n -c web/app.wasm > web/app.wasm.gz

web/wasm_exec.js: $(GOROOT)/lib/wasm/wasm_exec.js
	cp $< $@

# ascii_only: the loader's Chinese texts as \u escapes compress better than
# their UTF-8 bytes (about 30 B less gzip).
web/embed.js: web/loader.js | terser
	$(TERSER) web/loader.js --compress --mangle --toplevel --comments false --format ascii_only=true -o $@

## run: build, then serve the widget and the demo dashboard (demo platforms,
## their manifests signed at start with a fresh key, everything labelled DEMO)
run: build
	./bin/triage serve --demo

## test: vet, unit tests with fuzz seeds, brief fuzzing, and the browser end-to-end tests
test: deps build vet staticcheck unit corpus fuzz-short

vet:
	@test -z "$$(gofmt -l app cmd wasm)" || { echo "gofmt needed:"; gofmt -l app cmd wasm; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm ./app/...
	@$(GO) mod tidy -diff || { echo "go.mod is not tidy: run 'go mod tidy'"; exit 1; }

## staticcheck: the native packages, then the wasm build of the widget's
staticcheck: $(STATICCHECK)
	$(STATICCHECK) ./...
	GOOS=js GOARCH=wasm $(STATICCHECK) ./wasm ./app/...

# Installed for this machine, not for GOOS=js: the wasm run analyses for js.
$(STATICCHECK):
	GOBIN=$(CURDIR)/.build/bin $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	mv .build/bin/staticcheck $@

unit:
	TRIAGE_E2E=1 CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -timeout 20m ./...

## corpus: the redaction corpus's recall and false positives (it also runs in unit)
corpus:
	@set -o pipefail; $(GO) test -count=1 -run '^TestRedactionCorpus$$' -v ./app/report | grep -E 'redaction corpus|^(FAIL|ok)'

e2e: deps build
	TRIAGE_E2E=1 CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -timeout 20m -run 'E2E' -v ./cmd/triage

## fuzz-short: every fuzz target for $(FUZZTIME); fuzz: a minute each (a bare
## "context deadline exceeded" there, with no failing input written, is go.dev/issue/75804)
fuzz-short:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg >/tmp/triage-fuzz.log 2>&1 || { cat /tmp/triage-fuzz.log; exit 1; }; \
	  done; \
	done

fuzz:
	$(MAKE) fuzz-short FUZZTIME=60s

## bench: sizes, loading, checks, long tasks and memory against the budgets of
## issues 5 and 12, in headless Chromium on loopback and on Slow 4G; prints one table, writes docs/bench.md
BENCHTIME ?= 1s
bench: deps build
	set -o pipefail; $(GO) test -run '^$$' -bench . -benchtime=$(BENCHTIME) -count=5 -benchmem ./app/checks | tee /tmp/triage-bench-engine.txt
	TRIAGE_BENCH=1 TRIAGE_BENCH_ENGINE=/tmp/triage-bench-engine.txt CHROMIUM=$(CHROMIUM) \
	  $(GO) test -count=1 -timeout 10m -run '^TestBench$$' -v ./cmd/triage

## screenshots: docs/screens/*.png (and its README.md) from `triage serve --demo`, the demo
## dashboard and headless Chromium: each profile's first screen and the panel's other states,
## desktop and phone, zh-CN, zh-TW and en. SCREENS=first,phone takes only the shots whose file name
## contains one of the words. Not part of `make test`.
SCREENS ?=
screenshots: deps build
	TRIAGE_SCREENS=1 SCREENS='$(SCREENS)' CHROMIUM=$(CHROMIUM) \
	  $(GO) test -count=1 -timeout 10m -run '^TestScreens$$' -v ./cmd/triage

## static: the widget as static files in dist/
static: build
	./bin/triage static --out dist

clean:
	rm -rf bin dist web/app.wasm web/app.wasm.br web/app.wasm.gz web/wasm_exec.js web/embed.js

deps: chromium cjkfont brotli terser nginx

chromium:
	@if [ -z "$(CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium is missing: run 'sudo apt-get install chromium' and retry."; exit 1; fi; fi

# nginx, for the tests of deploy/nginx.conf (Debian installs it in /usr/sbin).
nginx:
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; \
	  else echo "nginx is missing: run 'sudo apt-get install nginx' and retry."; exit 1; fi; }

# A CJK font, so screenshots and the zh-CN panel render Chinese glyphs.
cjkfont:
	@fc-list :lang=zh 2>/dev/null | grep -q . || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null; \
	  else echo "No Chinese font: run 'sudo apt-get install fonts-wqy-microhei' for readable zh-CN screenshots."; fi; }

brotli:
	@command -v brotli >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq brotli >/dev/null; \
	  else echo "brotli is missing: run 'sudo apt-get install brotli' and retry."; exit 1; fi; }

# The npm tools in .build: the minifier, and axe-core for the accessibility
# end-to-end tests; a missing one reinstalls the locked set.
terser:
	@test -x $(TERSER) -a -f .build/node_modules/axe-core/axe.min.js || npm ci --prefix .build --no-audit --no-fund --loglevel=error
