/* Triage loader, served as /embed.js (`make build` minifies this source
   into web/embed.js; budget 2 KB gzip). The host page pays for this file
   only: a launcher in a shadow root and the triage() API. The panel's
   iframe (and its wasm) is created on intent: the first open, or
   hover/focus of the launcher. When the frame stays silent the loader
   shows its own fallback in its place: never a dead panel.
   Nothing here may throw into the host page: bad calls warn once and are
   ignored. Contract: DESIGN.md "Embed". */
(function (w, d) {
  var s = d.currentScript, ds = s?.dataset || {}, origin;
  function warn(m) { try { console.warn('triage: ' + m); } catch (e) {} }
  function mark(n) { try { performance.mark('triage:' + n); } catch (e) {} }
  try { origin = new URL(s.src).origin; } catch (e) { return; } // no src: loaded in a way that names no origin
  // The pinned platforms' official sites by id (and "" when only one is
  // pinned), written over this marker by the widget's server
  // (embedWithSites, cmd/triage). The page never names a site: an embed
  // naming no pinned platform gets none, and a name every object has
  // ("constructor", "__proto__") reads no string.
  var site = {TRIAGE_SITES: 0}[ds.platform || ''];
  // zh-TW, zh-HK, zh-MO and zh-Hant read Traditional Chinese.
  var lang = ds.lang || navigator.language, zh = /^zh/i.test(lang);
  // The launcher, then the fallback's message (after the panel's title)
  // and controls.
  var t = /^zh.(tw|hk|mo|hant)/i.test(lang) ? ['幫助', '無法載入', '重試', '關閉']
    : zh ? ['帮助', '无法加载', '重试', '关闭']
    : ['Help', ' could not load', 'Retry', 'Close'];
  var title = t[0] + (zh ? '面板' : ' panel');
  // cbs holds [event, callback] pairs. The panel's ready message names the
  // events it sends (app/bridge), so a new event needs no change here.
  var cbs = [], events, ctx, btn, box, fb, retry, frame, ready, open, category, back, timer;
  // On a phone the panel is the viewport (100dvh, not the page: a page
  // wider than the screen must not widen it), clear of notches. (The
  // panel's own page keeps the wheel at its end: web/triage.css.) The panel
  // comes after the launcher: above it. The fallback is a centred column
  // of its message, buttons (pills, as the launcher) and site, in the
  // panel's place, on a phone as on a desktop.
  var CSS = ':host{all:initial}*{font:16px system-ui;border:0}' +
    '.l,.p{position:fixed;right:20px;bottom:20px;z-index:2147483647}' +
    'button{padding:12px 20px;border-radius:24px;background:#1f4ed8;color:#fff}' +
    ':focus-visible{outline:solid #111}' +
    '.p{bottom:76px;width:400px;height:min(640px,100vh - 96px);' +
    'border-radius:24px;overflow:hidden;box-shadow:0 0 16px #0006;background:#fff}' +
    'iframe,div>div{width:100%;height:100%}' +
    'div>div:not([hidden]){display:grid;gap:16px;place-content:center}' +
    '@media(max-width:480px){.p{inset:0;width:100vw;height:100dvh;border-radius:0;box-sizing:border-box;' +
    'padding:env(safe-area-inset-top) 0 env(safe-area-inset-bottom)}}';

  // el adds an element with the given properties (ARIA ones included).
  function el(tag, parent, props) {
    return parent.appendChild(Object.assign(d.createElement(tag), props));
  }

  function close() { api('close'); }

  function mount() {
    var root = el('triage-widget', d.body).attachShadow({ mode: 'closed' });
    // A constructed sheet: no style-src needed in the page's CSP.
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    if (ds.launcher != 'none') {
      btn = el('button', root, {
        className: 'l', textContent: t[0], onpointerenter: frameOnce, onfocus: frameOnce,
        onclick: () => { api(open ? 'close' : 'open'); }
      });
    }
    box = el('div', root, {
      className: 'p', role: 'dialog', ariaModal: true, ariaLabel: title,
      onkeydown: e => { e.key == 'Escape' && close(); } // the fallback's keys; the frame keeps its own
    });
    state(0);
    // The fallback, in the frame's place while the frame is silent.
    fb = el('div', box, { hidden: 1 });
    el('b', fb, { textContent: title + t[1] }); // b: no margins to move it off the centre, and the font rule keeps it regular
    retry = el('button', fb, { textContent: t[2], onclick: () => { frame.src += ''; swap(); wait(); } }); // the same frame loads again
    el('button', fb, { textContent: t[3], onclick: close });
    if (typeof site == 'string') el('a', fb, { href: site, target: '_blank', textContent: site }); // its address as its name: the merchant sees where it goes
    // A page whose CSP forbids the frame says so at once; a widget that
    // refuses to be framed here (frame-ancestors) only shows as silence.
    d.addEventListener('securitypolicyviolation', e => {
      if (!e.blockedURI.indexOf(origin)) { warn(e.violatedDirective + ' blocked: ' + origin); }
    });
  }

  function frameOnce() {
    if (frame) return;
    // The panel trusts none of these: a platform, manifest or key named here
    // must be one the widget's server pins. Every data- attribute goes along
    // (lang, platform, manifest, manifestKey, …): the panel reads the ones
    // it knows; the host is the page's own, whatever it says.
    frame = el('iframe', box, {
      src: origin + '/?' + new URLSearchParams({ ...ds, host: location.origin }), title: title,
      sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms allow-downloads',
      allow: 'clipboard-write'
    });
    wait();
  }

  // swap shows the fallback (failed) or the frame, and moves focus there.
  function swap(failed) {
    frame.hidden = !(fb.hidden = !failed);
    (failed ? retry : frame).focus();
  }

  // wait gives the frame a few seconds from its start (or a retry) to say
  // anything, then puts the fallback in its place (also when the panel was
  // closed meanwhile: it shows at the next open).
  function wait(ms) {
    clearTimeout(timer); // one at a time: a Retry pressed twice
    timer = setTimeout(swap, ms || 5000, 1);
  }

  function post(type, payload) {
    frame.contentWindow?.postMessage({ triage: 1, type: type, payload: payload }, origin); // none: a frame the page removed
  }

  function emit(name, payload) {
    cbs.forEach(c => {
      try { c[0] == name && c[1](payload); } catch (e) { warn(e); }
    });
  }

  // known warns about a subscription to an event the panel does not send.
  function known(name) { events?.indexOf(name) < 0 && warn('unknown event "' + name + '"'); }

  function state(o) {
    box.hidden = !(open = o);
    btn && (btn.ariaExpanded = !!o);
  }

  w.addEventListener('message', e => {
    var m = e.data;
    if (!frame || e.source != frame.contentWindow || e.origin != origin || m?.triage !== 1) return;
    // Any word from the frame shows it is alive: no fallback, or the panel
    // back. Its page's shell speaks before the wasm runs, which can take
    // many seconds on a slow network: the panel's ready gets longer, but a
    // shell that never becomes the panel still ends in the fallback.
    ready || m.type == 'ready' ? clearTimeout(timer) : wait(3e4);
    fb.hidden || swap();
    if (m.type == 'close') return close();
    if (m.type == 'ready') {
      events = m.payload?.events;
      ready || cbs.forEach(c => { known(c[0]); }); // subscribed before the panel could say
      ready = 1;
      if (ctx) post('context', ctx);
      if (!open) return;
      post('open', { category: category });
      mark('ready');
    }
    emit(m.type, m.payload);
  });

  function api(cmd, a, b) {
    try {
      if (cmd == 'open') {
        category = typeof a?.category == 'string' ? a.category : '';
        if (open) return ready && post('open', { category: category });
        mark('open');
        frameOnce();
        back = d.activeElement;
        state(1);
        swap(!fb.hidden); // focus on the panel, or on the fallback it has already given way to
        if (ready) {
          post('open', { category: category });
          mark('ready');
          emit('ready', { warm: true });
        }
      } else if (cmd == 'close') {
        if (!open) return;
        state(0);
        if (ready) post('close'); // a frame that never started has nothing to clear
        (btn || back || d.body).focus();
        emit('close', {});
      } else if (cmd == 'context') {
        if (typeof a != 'object' || !a) throw 0;
        ctx = JSON.parse(JSON.stringify(a)); // plain data only: no functions, no cycles
        if (ready) post('context', ctx);
      } else if (cmd == 'on' && typeof a == 'string' && typeof b == 'function') {
        cbs.push([a, b]);
        ready && known(a);
      } else {
        throw 0;
      }
    } catch (e) {
      warn('bad call: ' + cmd);
    }
  }

  function start() {
    var cur = w.triage, queue = cur?.q || []; // the stub's calls, read as late as possible
    if (cur?.loaded) return;
    mount();
    api.loaded = 1;
    w.triage = api;
    queue.forEach(c => { api.apply(0, c); });
  }

  if (d.body) start(); else d.addEventListener('DOMContentLoaded', start);
})(window, document);
