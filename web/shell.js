/* The frame's shell (app/ui/shell.go) before the wasm runs: shows the
   frame's language and platform, and makes its close button (and Escape)
   ask the host page to close the panel, as the panel does once it runs.
   Runs in <head>, before the body is parsed: the language is set before
   the first paint; the rest listens on the document. */
(function () {
  var q = new URLSearchParams(location.search), d = document;
  // i18n.Parse: the widget's languages; ?lang= first, then the browser's.
  function parse(t) {
    t = String(t || '').trim().toLowerCase().replace(/_/g, '-');
    if (t === 'en' || t.indexOf('en-') === 0) return 'en';
    if (t !== 'zh' && t.indexOf('zh-') !== 0) return '';
    return /^zh-(tw|hk|mo|hant)(?:$|[-.])/.test(t) ? 'zh-TW' : 'zh-CN';
  }
  var prefs = [q.get('lang')].concat(navigator.languages || []), lang = 'en';
  for (var i = 0; i < prefs.length; i++) {
    if (parse(prefs[i])) { lang = parse(prefs[i]); break; }
  }
  d.documentElement.lang = lang;

  function shell() { return d.querySelector('.triage-shell'); }

  // A message to the page that framed it (?host=), in the panel's
  // envelope; the loader takes it only from its own frame and the widget's
  // origin.
  function post(type) {
    var host = q.get('host');
    try {
      if (host && window.parent !== window) window.parent.postMessage({ triage: 1, type: type, payload: {} }, new URL(host).origin);
    } catch (e) { /* a malformed ?host=: nobody to tell */ }
  }
  function close() { post('close'); }
  // At once: the frame is up and shows the shell, so the loader keeps its
  // fallback away while the wasm is on its way (web/loader.js).
  post('alive');
  d.addEventListener('click', function (e) {
    var s = shell();
    if (s && e.target instanceof Element && s.contains(e.target) && e.target.closest('.triage-close')) close();
  });
  d.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && shell()) close();
  });

  // The page names the platform of the request it was rendered for; the
  // service worker serves that copy to every frame: show this frame's.
  d.addEventListener('DOMContentLoaded', function () {
    var s = shell();
    if (!s) return;
    var want = q.get('platform') || s.getAttribute('data-default-platform');
    s.querySelectorAll('[data-platform]').forEach(function (el) { el.hidden = el.getAttribute('data-platform') !== want; });
  });
})();
