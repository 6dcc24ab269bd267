package main

// serviceWorkerJS is the widget's service worker (a go-app
// ServiceWorkerTemplate). go-app's default worker is cache-first and shows
// the previous release once after every deploy; inside a merchant's
// dashboard there is no good "reload to update" moment, so this one goes to
// the network first and falls back to its cache only when the network fails
// or stalls: online the widget is always current, offline it still opens.
//
// Files named with this release's version (app.wasm?v=VERSION) are served
// cache first: their URL changes with every release, so they cannot be stale.
//
// The cache is filled when the page asks ("triage:precache", sent once the
// panel is up) rather than at install, so the first visit never downloads
// app.wasm twice: by then the browser's HTTP cache answers with a 304.
const serviceWorkerJS = `const cacheName = "triage-{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const networkTimeoutMs = 4000;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.triage === 1 && event.data.type === "precache") {
    event.waitUntil(caches.open(cacheName).then((c) => c.addAll(resourcesToCache)).catch(() => {}));
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
  const key = url.pathname + url.search;
  // This release's versioned files (app.wasm?v=VERSION) never change: cache first.
  if (url.searchParams.get("v") === "{{.Version}}") {
    event.respondWith(
      caches.open(cacheName).then((c) => c.match(key).then((hit) => hit || fetch(req).then((res) => {
        if (res.ok) c.put(key, res.clone());
        return res;
      })))
    );
    return;
  }
  event.respondWith(
    fromNetwork(req)
      .then((res) => {
        if (res.ok && resourcesToCache.includes(url.pathname)) {
          const copy = res.clone();
          caches.open(cacheName).then((c) => c.put(url.pathname, copy));
        }
        return res;
      })
      .catch(() => caches.open(cacheName)
        .then((c) => c.match(req, { ignoreSearch: true }))
        .then((hit) => hit || Response.error()))
  );
});
`
