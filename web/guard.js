/* Runs before go-app's app.js. With cookies and site data blocked, merely
   reading window.localStorage throws; go-app reads it while starting, and a
   throw there ends the Go program before the panel exists. Blocked stores
   become in-memory ones (nothing persists, which is what the merchant
   asked for), and the browser check is told which were blocked. */
(function () {
  var blocked = [];
  ['localStorage', 'sessionStorage'].forEach(function (name) {
    try { if (window[name]) return; } catch (e) { /* blocked */ }
    var mem = new Map();
    var store = {
      getItem: function (k) { k = String(k); return mem.has(k) ? mem.get(k) : null; },
      setItem: function (k, v) { mem.set(String(k), String(v)); },
      removeItem: function (k) { mem.delete(String(k)); },
      clear: function () { mem.clear(); },
      key: function (i) { return Array.from(mem.keys())[i] || null; },
      get length() { return mem.size; }
    };
    try { Object.defineProperty(window, name, { value: store, configurable: true }); blocked.push(name); } catch (e) {}
  });
  window.triageStorageBlocked = blocked;
})();
