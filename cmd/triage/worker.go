package main

import "strings"

// serviceWorkerJS is the widget's service worker (a go-app
// ServiceWorkerTemplate). A warm open must not wait on the network: the
// files of one release (the page, app.js, wasm_exec.js, app.wasm?v=…,
// styles, scripts, icons) are served from that release's cache at once.
//
// The browser revalidates in the background: on every open it checks this
// script (go-app answers 304 while the version is the same). A new release
// is a new script; it installs beside the old one, downloads the whole new
// set, and only then takes over, so the next open is the new release and
// no load ever mixes files of two releases. go-app's default worker also
// serves the cache first but takes over at once, showing the previous
// release once after every deploy.
//
// The first install caches nothing: the page asks ("triage:precache",
// once the panel is up), so the first visit never downloads app.wasm
// twice (the browser's HTTP cache answers by then).
//
// Anything else of the origin (manifests) goes to the network and falls
// back to the cache, as do the set's files the cache lacks.
const serviceWorkerJS = `const cacheName = "triage-{{.Version}}-CONFIG";
const resourcesToCache = {{.ResourcesToCache}};
const networkTimeoutMs = 4000;

// fill puts the set's missing files in this release's cache. An update
// asks the server itself (reload): the HTTP cache may hold the previous
// release's app.js under the same name.
function fill(reload) {
  return caches.open(cacheName).then((c) => Promise.all(resourcesToCache.map((k) => c.match(k).then((hit) => hit ||
    fetch(new Request(k, { cache: reload && !k.includes("?v=") ? "reload" : "default" })).then((res) => {
      if (!res.ok) throw new Error(k + ": " + res.status);
      return c.put(k, res);
    })))));
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.keys().then((keys) => keys.some((k) => k.startsWith("triage-") && k !== cacheName)
    ? fill(true).then(() => self.skipWaiting()) // an update: the whole set, then take over
    : self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.triage === 1 && event.data.type === "precache") {
    event.waitUntil(fill(false).catch(() => {}));
  }
});

function fromNetwork(req) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("network timeout")), networkTimeoutMs);
    fetch(req).then((res) => { clearTimeout(timer); resolve(res); }, (err) => { clearTimeout(timer); reject(err); });
  });
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/api/")) {
    return;
  }
  // The page is one file whatever its query (?host=&lang=…); app.wasm is
  // named by its version.
  const key = url.searchParams.has("v") ? url.pathname + url.search : url.pathname;
  if (resourcesToCache.includes(key)) {
    event.respondWith(
      caches.open(cacheName).then((c) => c.match(key).then((hit) => hit || fetch(req).then((res) => {
        if (res.ok && res.type === "basic") c.put(key, res.clone());
        return res;
      })))
    );
    return;
  }
  event.respondWith(
    fromNetwork(req).catch(() => caches.open(cacheName)
      .then((c) => c.match(req, { ignoreSearch: true }))
      .then((hit) => hit || Response.error()))
  );
});
`

// workerJS is the service worker for a site whose page configuration
// (pins, demo) has the digest config: a new configuration is a new cache,
// as a new release is, even when app.wasm is the same (the page and
// app.js carry the configuration).
func workerJS(config string) string {
	return strings.Replace(serviceWorkerJS, "CONFIG", config, 1)
}
