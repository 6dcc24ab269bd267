/* Triage loader, served as /embed.js (`make build` minifies this source
   into web/embed.js). The host page pays for this file only: a launcher in
   a shadow root and the triage() API. The panel's iframe (and its wasm) is
   created on intent: the first open, or hover/focus of the launcher.
   Nothing here may throw into the host page: bad calls warn once and are
   ignored. Contract: DESIGN.md "Embed". */
(function (w, d) {
  if (w.triage && w.triage.loaded) return;
  var s = d.currentScript, ds = (s && s.dataset) || {}, origin;
  function warn(m) { try { console.warn('triage: ' + m); } catch (e) {} }
  function mark(n) { try { performance.mark('triage:' + n); } catch (e) {} }
  try { origin = new URL(s.src).origin; } catch (e) { warn('cannot find where embed.js came from'); return; }
  // zh-TW, zh-HK, zh-MO and zh-Hant read Traditional Chinese.
  var lang = ds.lang || navigator.language || '', zh = /^zh/i.test(lang), tw = /^zh.(tw|hk|mo|hant)/i.test(lang);
  var label = tw ? '幫助' : zh ? '帮助' : 'Help', title = label + (zh ? '面板' : ' panel');
  // cbs holds [event, callback] pairs. The panel's ready message names the
  // events it sends (app/bridge), so a new event needs no change here.
  var cbs = [], events, ctx, root, btn, box, frame, ready, open, category, back, timer;
  var CSS = ':host{all:initial}' +
    '.l{position:fixed;right:20px;bottom:20px;z-index:2147483000;font:600 15px system-ui;' +
    'padding:12px 18px;border:0;border-radius:24px;background:#1f4ed8;color:#fff;cursor:pointer}' +
    '.l:focus-visible{outline:3px solid #111;outline-offset:3px}' +
    '.p{position:fixed;right:20px;bottom:76px;width:400px;height:640px;max-width:calc(100vw - 40px);' +
    'max-height:calc(100vh - 96px);z-index:2147483001;border-radius:12px;overflow:hidden;box-shadow:0 8px 32px #0005}' +
    '.p[hidden]{display:none}iframe{border:0;width:100%;height:100%;background:#fff}' +
    '@media (max-width:480px){.p{inset:0;width:auto;height:auto;max-width:none;max-height:none;border-radius:0}}';

  function el(tag, attrs) {
    var e = d.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }

  function mount() {
    var host = el('triage-widget', {});
    root = host.attachShadow({ mode: 'closed' });
    try { var sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); root.adoptedStyleSheets = [sheet]; }
    catch (e) { root.appendChild(el('style', {})).textContent = CSS; } // browsers without constructable sheets
    box = root.appendChild(el('div', { 'class': 'p', role: 'dialog', 'aria-modal': 'true', 'aria-label': title, hidden: '' }));
    if (ds.launcher !== 'none') {
      btn = root.appendChild(el('button', { type: 'button', 'class': 'l', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' }));
      btn.textContent = label;
      btn.addEventListener('click', function () { open ? api('close') : api('open'); });
      btn.addEventListener('pointerenter', frameOnce);
      btn.addEventListener('focus', frameOnce);
    }
    d.body.appendChild(host);
  }

  function frameOnce() {
    if (frame) return;
    // The panel trusts none of these: a platform, manifest or key named here
    // must be one the widget's server pins.
    var q = '?host=' + encodeURIComponent(location.origin);
    ['lang', 'platform', 'manifest', 'manifestKey'].forEach(function (k) { q += '&' + k + '=' + encodeURIComponent(ds[k] || ''); });
    frame = el('iframe', {
      src: origin + '/' + q, title: title,
      sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms allow-downloads',
      allow: 'clipboard-write'
    });
    box.appendChild(frame);
    // A page whose CSP forbids the frame says so at once; a widget that
    // refuses to be framed here (frame-ancestors) only shows as silence.
    d.addEventListener('securitypolicyviolation', function (e) {
      if (!ready && e.blockedURI.indexOf(origin) == 0) { clearTimeout(timer); warn(e.violatedDirective + ' blocks ' + origin); }
    });
    timer = setTimeout(function () {
      if (!ready) warn('panel did not start: check CSP frame-src and frame-ancestors');
    }, 20000);
  }

  function post(type, payload) {
    try { frame.contentWindow.postMessage({ triage: 1, type: type, payload: payload }, origin); }
    catch (e) { warn('could not reach the panel: ' + e.message); }
  }

  function emit(name, payload) {
    cbs.forEach(function (c) {
      try { c[0] === name && c[1](payload); } catch (e) { warn('a "' + name + '" callback threw: ' + e.message); }
    });
  }

  // known warns about a subscription to an event the panel does not send.
  function known(name) { return !events || events.indexOf(name) >= 0 || warn('on: unknown event "' + name + '"'); }

  function shown() {
    post('open', { category: category });
    mark('ready');
    emit('ready', { warm: true });
  }

  w.addEventListener('message', function (e) {
    var m = e.data;
    if (!frame || e.source !== frame.contentWindow || e.origin !== origin) return;
    if (!m || m.triage !== 1) return;
    if (m.type === 'close') return api('close');
    if (m.type === 'ready') {
      events = m.payload && m.payload.events;
      if (!ready) cbs.forEach(function (c) { known(c[0]); }); // subscribed before the panel could say
      ready = 1;
      clearTimeout(timer);
      if (ctx) post('context', ctx);
      if (!open) return;
      post('open', { category: category });
      mark('ready');
    }
    emit(m.type, m.payload);
  });

  function api(cmd, a, b) {
    try {
      if (cmd === 'open') {
        category = a && typeof a.category === 'string' ? a.category : '';
        if (open) return ready && post('open', { category: category });
        mark('open');
        frameOnce();
        open = 1;
        back = d.activeElement;
        box.hidden = false;
        if (btn) btn.setAttribute('aria-expanded', 'true');
        frame.focus();
        if (ready) shown();
      } else if (cmd === 'close') {
        if (!open) return;
        open = 0;
        box.hidden = true;
        if (btn) btn.setAttribute('aria-expanded', 'false');
        if (ready) post('close'); // a frame that never started has nothing to clear
        (btn || back || d.body).focus();
        emit('close', {});
      } else if (cmd === 'context') {
        if (!a || typeof a !== 'object') throw Error('context needs an object');
        ctx = JSON.parse(JSON.stringify(a)); // plain data only: no functions, no cycles
        if (ready) post('context', ctx);
      } else if (cmd === 'on') {
        if (typeof a !== 'string' || typeof b !== 'function') throw Error('on: unknown event or no function');
        if (!ready || known(a)) cbs.push([a, b]);
      } else {
        throw Error('unknown command "' + cmd + '"');
      }
    } catch (e) {
      warn(e.message);
    }
  }

  function start() {
    var cur = w.triage, queue = (cur && cur.q) || []; // the stub's calls, read as late as possible
    if (cur && cur.loaded) return;
    mount();
    api.loaded = 1;
    api.q = [];
    w.triage = api;
    for (var i = 0; i < queue.length; i++) api.apply(null, queue[i]);
  }

  if (d.body) start(); else d.addEventListener('DOMContentLoaded', start);
})(window, document);
