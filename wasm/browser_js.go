//go:build js && wasm

package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/diag"
	"github.com/triage-widget/triage/app/jscall"
)

// storageProbeKey is written and removed to learn whether storage works;
// it never holds anything of the merchant's.
const storageProbeKey = "triage-storage-probe"

// browserFacts reads what the browser check needs.
func browserFacts() *diag.Browser {
	b := &diag.Browser{Online: true, CookiesEnabled: true}
	_ = jscall.Do("navigator", func() {
		nav := app.Window().Get("navigator")
		b.Online = nav.Get("onLine").Bool()
		b.CookiesEnabled = nav.Get("cookieEnabled").Bool()
		b.UserAgent = nav.Get("userAgent").String()
	})
	_ = jscall.Do("Intl", func() {
		b.TimeZone = app.Window().Get("Intl").Call("DateTimeFormat").Call("resolvedOptions").Get("timeZone").String()
	})
	b.LocalStorage = storageWorks("localStorage")
	b.SessionStorage = storageWorks("sessionStorage")
	return b
}

// storageWorks does a write, read and remove round trip. With site data
// blocked, web/guard.js has put an in-memory store in its place and says so.
func storageWorks(name string) (ok bool) {
	if storageBlocked(name) {
		return false
	}
	s, err := jscall.Get(app.Window().JSValue(), name)
	if err != nil {
		return false
	}
	_ = jscall.Do(name, func() {
		s.Call("setItem", storageProbeKey, "1")
		ok = s.Call("getItem", storageProbeKey).String() == "1"
		s.Call("removeItem", storageProbeKey)
	})
	return ok
}

// precache asks the service worker to cache the widget for offline use,
// once the panel is up (app.wasm is then in the HTTP cache: no second
// download).
func precache() {
	then := app.FuncOf(func(_ app.Value, args []app.Value) any {
		_ = jscall.Do("precache", func() {
			if active := args[0].Get("active"); active.Truthy() {
				active.Call("postMessage", map[string]any{"triage": 1, "type": "precache"})
			}
		})
		return nil
	})
	err := jscall.Do("serviceWorker.ready", func() {
		sw := app.Window().Get("navigator").Get("serviceWorker")
		if !sw.Truthy() {
			then.Release()
			return
		}
		sw.Get("ready").Call("then", then)
	})
	if err != nil {
		then.Release()
	}
}

// webStore is a Web Storage of the iframe (partitioned per merchant site
// by the browser), named by its window property. localStorage holds
// verified public manifests only; sessionStorage the case kept across a
// reload of the dashboard, redacted (session.Deps.CaseStore). Failures
// (storage blocked, quota) make it forget, nothing worse.
type webStore string

func (w webStore) Get(key string) (v string, ok bool) {
	s, err := jscall.Get(app.Window().JSValue(), string(w))
	if err != nil {
		return "", false
	}
	_ = jscall.Do("getItem", func() {
		if r := s.Call("getItem", key); r.Type() == app.TypeString {
			v, ok = r.String(), true
		}
	})
	return v, ok
}

func (w webStore) Set(key, value string) {
	if s, err := jscall.Get(app.Window().JSValue(), string(w)); err == nil {
		_, _ = jscall.Call(s, "setItem", key, value)
	}
}

// storageBlocked reports whether web/guard.js replaced a blocked store.
func storageBlocked(name string) (blocked bool) {
	_ = jscall.Do("triageStorageBlocked", func() {
		list := app.Window().Get("triageStorageBlocked")
		for i := 0; list.Truthy() && i < list.Length(); i++ {
			blocked = blocked || list.Index(i).String() == name
		}
	})
	return blocked
}
