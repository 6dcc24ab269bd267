//go:build js && wasm

package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/jscall"
)

// headersRead are the response headers the checks use; fetch only exposes
// them for same-origin or CORS responses anyway.
var headersRead = []string{"date", "content-type", "content-length", "location"}

// fetcher implements diag.Fetcher with window.fetch and an AbortController,
// so probes cost no net/http in the wasm and are aborted for real when their
// context ends. Credentials are never sent.
type fetcher struct{}

type settled struct {
	resp app.Value
	err  error
	at   float64 // performance.now() when the promise settled
}

func (fetcher) Fetch(ctx context.Context, r diag.Request) (diag.Response, error) {
	var out diag.Response
	ctrl, start, ch, release, err := startFetch(r)
	if err != nil {
		return out, err
	}
	defer release()
	var s settled
	select {
	case s = <-ch:
	case <-ctx.Done():
		_, _ = jscall.Call(ctrl, "abort")
		<-ch // the promise rejects with AbortError; wait so the callbacks can be released
		return out, fmt.Errorf("fetch %s: %w", r.URL, ctx.Err())
	}
	if s.err != nil {
		return out, fmt.Errorf("fetch %s: %w", r.URL, s.err)
	}
	out.RTT = time.Duration((s.at - start) * float64(time.Millisecond))
	if err := readResponse(ctx, s.resp, r.BodyLimit(), &out); err != nil {
		return out, fmt.Errorf("fetch %s: %w", r.URL, err)
	}
	return out, nil
}

// startFetch starts window.fetch and returns a channel that receives the
// settled promise once.
func startFetch(r diag.Request) (ctrl app.Value, start float64, ch chan settled, release func(), err error) {
	ch = make(chan settled, 1)
	now := func() float64 { return app.Window().Get("performance").Call("now").Float() }
	onOK := app.FuncOf(func(_ app.Value, args []app.Value) any {
		ch <- settled{resp: args[0], at: now()}
		return nil
	})
	onErr := app.FuncOf(func(_ app.Value, args []app.Value) any {
		msg := "network error"
		_ = jscall.Do("fetch error", func() { msg = args[0].Call("toString").String() })
		ch <- settled{err: errors.New(msg), at: now()}
		return nil
	})
	release = func() { onOK.Release(); onErr.Release() }
	redirect := orDefault(r.Redirect, "follow")
	if r.Mode == "no-cors" {
		// Fetch refuses no-cors with any redirect mode but "follow" (the
		// request fails outright). A followed redirect into a private
		// network is stopped by the browser's Local Network Access: the
		// loader's iframe does not delegate "local-network-access".
		redirect = "follow"
	}
	cache := "no-store"
	if r.Revalidate {
		cache = "no-cache"
	}
	err = jscall.Do("fetch", func() {
		ctrl = app.Window().Get("AbortController").New()
		opts := map[string]any{
			"method":         orDefault(r.Method, "GET"),
			"mode":           orDefault(r.Mode, "cors"),
			"redirect":       redirect,
			"credentials":    "omit",
			"cache":          cache,
			"referrerPolicy": "no-referrer",
			"signal":         ctrl.Get("signal"),
		}
		start = now()
		app.Window().Call("fetch", r.URL, opts).Call("then", onOK, onErr)
	})
	if err != nil {
		release()
		return nil, 0, nil, nil, err
	}
	return ctrl, start, ch, release, nil
}

func readResponse(ctx context.Context, resp app.Value, limit int, out *diag.Response) error {
	var typ string
	err := jscall.Do("read response", func() {
		typ = resp.Get("type").String()
		out.Status = resp.Get("status").Int()
		out.Redirected = resp.Get("redirected").Bool()
		out.Header = map[string]string{}
		for _, h := range headersRead {
			if v := resp.Get("headers").Call("get", h); v.Type() == app.TypeString {
				out.Header[h] = v.String()
			}
		}
	})
	if err != nil {
		return err
	}
	switch typ {
	case "opaque":
		out.Opaque = true
		return nil
	case "opaqueredirect":
		out.Opaque, out.Redirected = true, true
		return nil
	}
	body, err := readBody(ctx, resp, limit)
	out.Body = body
	return err
}

// readBody reads at most limit bytes of the body.
func readBody(ctx context.Context, resp app.Value, limit int) ([]byte, error) {
	ch := make(chan settled, 1)
	onOK := app.FuncOf(func(_ app.Value, args []app.Value) any { ch <- settled{resp: args[0]}; return nil })
	onErr := app.FuncOf(func(_ app.Value, args []app.Value) any { ch <- settled{err: errors.New("body unreadable")}; return nil })
	defer onOK.Release()
	defer onErr.Release()
	err := jscall.Do("read body", func() { resp.Call("arrayBuffer").Call("then", onOK, onErr) })
	if err != nil {
		return nil, err
	}
	var s settled
	select {
	case s = <-ch:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if s.err != nil {
		return nil, s.err
	}
	var body []byte
	err = jscall.Do("copy body", func() {
		n := s.resp.Get("byteLength").Int()
		if n > limit {
			n = limit
		}
		u8 := app.Window().Get("Uint8Array").New(s.resp, 0, n)
		body = make([]byte, n)
		app.CopyBytesToGo(body, u8)
	})
	return body, err
}

func orDefault(s, def string) string {
	if s = strings.TrimSpace(s); s == "" {
		return def
	}
	return s
}
