package main

// The loader never leaves a dead panel, and fits every screen: with the
// widget's origin down, or its page slow, the loader draws its own
// fallback (message, retry, close, the pinned official site) in the host
// page; the panel replaces it once the frame speaks. On a phone the panel
// is the viewport, even on a page wider than the screen.

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/triage-widget/triage/app/i18n"
)

// The states of a flakyOrigin.
const (
	originUp       = iota
	originDown     // every request gets its connection closed, no answer
	originHoldPage // the panel's page waits until release; the rest passes
)

// flakyOrigin is the widget's origin as the browser sees it, in front of a
// real widget server: up, down, or slow to serve the panel's page.
type flakyOrigin struct {
	URL     string
	state   atomic.Int32
	mu      sync.Mutex
	release chan struct{}
}

func newFlakyOrigin(t *testing.T, widgetURL string) *flakyOrigin {
	t.Helper()
	u, err := url.Parse(widgetURL)
	if err != nil {
		t.Fatal(err)
	}
	o := &flakyOrigin{release: make(chan struct{})}
	proxy := httputil.NewSingleHostReverseProxy(u)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch o.state.Load() {
		case originDown:
			if c, _, err := http.NewResponseController(w).Hijack(); err == nil {
				c.Close()
			}
			return
		case originHoldPage:
			if r.URL.Path == "/" && r.URL.Query().Has("host") {
				o.mu.Lock()
				release := o.release
				o.mu.Unlock()
				select {
				case <-release:
				case <-r.Context().Done():
					return
				}
			}
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(func() { o.up(); srv.Close() })
	o.URL = srv.URL
	return o
}

func (o *flakyOrigin) set(state int32) { o.state.Store(state) }

// up serves everything again, held requests included.
func (o *flakyOrigin) up() {
	o.set(originUp)
	o.mu.Lock()
	defer o.mu.Unlock()
	select {
	case <-o.release:
	default:
		close(o.release)
	}
}

// screen is a browser window size the loader must fit.
type screen struct {
	name          string
	width, height int64
	phone         bool
}

var loaderScreens = []screen{{"desktop", 1280, 800, false}, {"phone", 390, 844, true}}

// wideHostPage is a dashboard wider and taller than a phone's screen, with
// the README snippet (attrs added to its script tag).
func wideHostPage(widgetURL, lang, attrs string) string {
	page := strings.Replace(snippetPage(widgetURL, lang, ""), `data-lang="`+lang+`"`, `data-lang="`+lang+`" `+attrs, 1)
	return strings.Replace(page, `</head><body>`, `<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0"><div id="wide" style="width:706px;height:3000px;background:linear-gradient(#eee,#999)">dashboard</div>`, 1)
}

// openHost opens a host page in a fresh browser of the screen's size; the
// panel stays closed.
func openHost(t *testing.T, sc screen, page string) (context.Context, *targetWatch) {
	t.Helper()
	requireE2E(t)
	ctx := newBrowser(t, chromedp.WindowSize(int(sc.width), int(sc.height)))
	pw := watchTarget(ctx)
	if sc.phone {
		do(t, ctx, chromedp.EmulateViewport(sc.width, sc.height, chromedp.EmulateScale(3), chromedp.EmulateMobile))
	}
	do(t, ctx, chromedp.Navigate(hostPage(t, page)))
	waitJS(t, ctx, `window.triage && window.triage.loaded && window.__triageRoot`, 10*time.Second)
	return ctx, pw
}

// What the host page shows, read inside the loader's shadow root.
const (
	fallbackShown = `(r => { const p = r.querySelector('.p'), f = r.querySelector('.p > div'), i = r.querySelector('iframe');
  return !p.hidden && f && !f.hidden && f.checkVisibility() && i && i.hidden; })(window.__triageRoot)`
	panelShown = `(r => { const p = r.querySelector('.p'), f = r.querySelector('.p > div'), i = r.querySelector('iframe');
  return !p.hidden && i && !i.hidden && i.checkVisibility() && (!f || f.hidden); })(window.__triageRoot)`
	panelClosed = `window.__triageRoot.querySelector('.p').hidden`
)

// fallbackText is what the fallback says and offers.
type fallbackText struct {
	Text    string
	Buttons []string
	Links   []string
	Focused string
	Label   string
}

func readFallback(t *testing.T, ctx context.Context) fallbackText {
	t.Helper()
	var f fallbackText
	do(t, ctx, chromedp.Evaluate(`(r => { const f = r.querySelector('.p > div'), p = r.querySelector('.p');
  return {Text: f.innerText, Buttons: [...f.querySelectorAll('button')].map(b => b.textContent),
    Links: [...f.querySelectorAll('a')].map(a => a.href + ' ' + a.target + ' ' + a.textContent),
    Focused: document.activeElement.tagName === 'TRIAGE-WIDGET' && r.activeElement ? r.activeElement.textContent : '',
    Label: p.getAttribute('role') + ' ' + p.getAttribute('aria-modal') + ' ' + p.getAttribute('aria-label')}; })(window.__triageRoot)`, &f))
	return f
}

// key sends one key to the host page (the loader's shadow root has focus).
func key(t *testing.T, ctx context.Context, k string) {
	t.Helper()
	do(t, ctx, chromedp.KeyEvent(k))
}

// TestE2ELoaderFallbackServerDown: the widget's origin goes down after the
// page loaded embed.js. Opening shows the loader's fallback, in the widget
// language, as a labelled dialog with focus in it: the message, Retry,
// Close and the pinned official site. Escape closes it; once the origin is
// back, Retry brings the panel. At both screen sizes.
func TestE2ELoaderFallbackServerDown(t *testing.T) {
	requireE2E(t)
	web := testWeb(t)
	acme := newPlatformFiles(t, web, "acme-pay", "acme")
	now := time.Now()
	acme.publish(t, now.Add(-time.Hour), now.Add(30*24*time.Hour), "+1-555-0133", nil)
	srv := startServer(t, "--web", web, "--platform", acme.flag(), "--frame-ancestors", "*")
	for _, sc := range loaderScreens {
		for _, lang := range []struct{ tag, message, retry, close string }{
			{"zh-CN", "帮助面板无法加载", "重试", "关闭"},
			{"en", "Help panel could not load", "Retry", "Close"},
		} {
			t.Run(sc.name+"/"+lang.tag, func(t *testing.T) {
				origin := newFlakyOrigin(t, srv.URL)
				ctx, pw := openHost(t, sc, wideHostPage(origin.URL, lang.tag, ""))
				origin.set(originDown)
				do(t, ctx, chromedp.Evaluate(`triage('open'); true`, nil))
				waitJS(t, ctx, fallbackShown, 20*time.Second)
				f := readFallback(t, ctx)
				if !strings.Contains(f.Text, lang.message) || strings.Join(f.Buttons, ",") != lang.retry+","+lang.close {
					t.Errorf("fallback says %q with buttons %q", f.Text, f.Buttons)
				}
				if len(f.Links) != 1 || f.Links[0] != acme.site+"/ _blank "+acme.site {
					t.Errorf("fallback links %q, want the pinned site %s", f.Links, acme.site)
				}
				if f.Focused != lang.retry {
					t.Errorf("focus is on %q, want the fallback's %q", f.Focused, lang.retry)
				}
				if f.Label != "dialog true "+map[bool]string{true: "帮助面板", false: "Help panel"}[lang.tag == "zh-CN"] {
					t.Errorf("the fallback's dialog: %q", f.Label)
				}
				requireInViewport(t, ctx, `.p > div button`)
				requireFallbackCard(t, ctx)

				key(t, ctx, kb.Escape)
				waitJS(t, ctx, panelClosed, 5*time.Second)
				waitJS(t, ctx, `window.__triageRoot.activeElement === window.__triageRoot.querySelector('button.l')`, 5*time.Second)

				// Reopened, it still says the panel is not there; back up, Retry.
				do(t, ctx, chromedp.Evaluate(`window.events = []; triage('on', 'ready', p => events.push({name: 'ready', payload: p})); triage('open'); true`, nil))
				waitJS(t, ctx, fallbackShown, 5*time.Second)
				waitJS(t, ctx, `window.__triageRoot.activeElement && window.__triageRoot.activeElement.textContent === '`+lang.retry+`'`, 5*time.Second)
				origin.up()
				// Enter on Retry hides the fallback at once; a key the busy
				// headless page dropped is sent again.
				for attempt := 1; ; attempt++ {
					key(t, ctx, kb.Enter)
					if pollJS(ctx, `!`+fallbackShown, true, 2*time.Second) || attempt == 3 {
						break
					}
					t.Logf("Retry: the fallback is still shown (attempt %d); pressing Enter again", attempt)
				}
				waitJS(t, ctx, countEvents("ready")+` >= 1`, 30*time.Second)
				waitJS(t, ctx, panelShown, 5*time.Second)
				if n := len(pw.exceptions()); n > 0 {
					t.Errorf("exceptions in the host page: %v", pw.exceptions())
				}
			})
		}
	}
}

// TestE2ELoaderFallbackNoSite: a pin without a site gives a fallback
// without one, and so does an embed naming a platform the server does not
// pin (or a name every object has), or none on a server that pins several:
// the page cannot choose the site, and an embed that names its platform
// only by manifest cannot get another platform's.
func TestE2ELoaderFallbackNoSite(t *testing.T) {
	requireE2E(t)
	web := testWeb(t)
	acme := newPlatformFiles(t, web, "acme-pay", "acme")
	bare := newPlatformFiles(t, web, "bare-pay", "bare")
	bareFlag := fmt.Sprintf("id=%s,manifest=/manifests/%s.json,key=%s", bare.id, bare.name, bare.keyFile)
	srv := startServer(t, "--web", web, "--platform", acme.flag(), "--platform", bareFlag, "--frame-ancestors", "*")
	for _, attrs := range []string{`data-platform="bare-pay"`, `data-platform="evil-pay"`, `data-platform="constructor"`, `data-platform="__proto__"`, `data-manifest="/manifests/acme.json"`, ``} {
		t.Run(cmp.Or(attrs, "no platform"), func(t *testing.T) {
			origin := newFlakyOrigin(t, srv.URL)
			ctx, _ := openHost(t, loaderScreens[1], wideHostPage(origin.URL, "zh-TW", attrs))
			origin.set(originDown)
			do(t, ctx, chromedp.Evaluate(`triage('open'); true`, nil))
			waitJS(t, ctx, fallbackShown, 20*time.Second)
			f := readFallback(t, ctx)
			if len(f.Links) != 0 {
				t.Errorf("fallback links %q, want none", f.Links)
			}
			if !strings.Contains(f.Text, "幫助面板無法載入") || strings.Join(f.Buttons, ",") != "重試,關閉" {
				t.Errorf("fallback says %q with buttons %q", f.Text, f.Buttons)
			}
		})
	}
	// The setup is right: the embed naming acme gets acme's site.
	origin := newFlakyOrigin(t, srv.URL)
	ctx, _ := openHost(t, loaderScreens[0], wideHostPage(origin.URL, "en", `data-platform="acme-pay"`))
	origin.set(originDown)
	do(t, ctx, chromedp.Evaluate(`triage('open'); true`, nil))
	waitJS(t, ctx, fallbackShown, 20*time.Second)
	if f := readFallback(t, ctx); len(f.Links) != 1 || !strings.HasPrefix(f.Links[0], acme.site+"/ ") {
		t.Errorf("acme's fallback links %q, want %s", f.Links, acme.site)
	}
}

// TestE2ELoaderSlowFrame: the panel's page is slow to come; the fallback
// shows after a few seconds, and the panel replaces it when it says hello.
func TestE2ELoaderSlowFrame(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	for _, sc := range loaderScreens {
		t.Run(sc.name, func(t *testing.T) {
			origin := newFlakyOrigin(t, srv.URL)
			ctx, _ := openHost(t, sc, wideHostPage(origin.URL, "en", ""))
			origin.set(originHoldPage)
			do(t, ctx, chromedp.Evaluate(eventsScript+` triage('open'); true`, nil))
			waitJS(t, ctx, fallbackShown, 20*time.Second)
			origin.up()
			waitJS(t, ctx, countEvents("ready")+` >= 1`, 30*time.Second)
			waitJS(t, ctx, panelShown, 5*time.Second)
			// The frame is the page's focused element again.
			waitJS(t, ctx, `window.__triageRoot.activeElement === window.__triageRoot.querySelector('iframe')`, 5*time.Second)
		})
	}
}

// TestE2ELoaderShellKeepsFallbackAway: the frame's page is up but its
// wasm is slow (held back): the shell says at once that the frame is
// alive, so no fallback comes at 5 s, and the shell shows. A shell that
// never becomes the panel still gives way to the fallback, 30 s after it
// spoke; once the wasm can come, Retry brings the panel.
func TestE2ELoaderShellKeepsFallbackAway(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	gate := newGateProxy(t, srv.URL)
	gate.holdIf(holdWasm)
	ctx, _ := openHost(t, loaderScreens[1], wideHostPage(gate.URL, "en", ""))
	// Every moment the fallback shows, in ms from the open.
	do(t, ctx, chromedp.Evaluate(eventsScript+` window.__fallbackAt = [];
  new MutationObserver(() => { if (`+fallbackShown+`) __fallbackAt.push(performance.now() - __openAt); })
    .observe(window.__triageRoot, {subtree: true, attributes: true, attributeFilter: ['hidden']});
  window.__openAt = performance.now(); triage('open'); true`, nil))
	fctx := frameCtx(t, ctx, gate.URL)
	waitJS(t, fctx, jsShellShows(i18n.EN), 15*time.Second)
	if !strings.Contains(strings.Join(gate.since(0), "\n"), ".wasm held") {
		t.Fatalf("the frame shows the shell, but app.wasm was not held: %q", gate.since(0))
	}
	// Past the 5 s a silent frame gets: the shell, no fallback.
	waitJS(t, ctx, `performance.now() - window.__openAt > 7000`, 15*time.Second)
	var at []float64
	do(t, ctx, chromedp.Evaluate(`window.__fallbackAt`, &at))
	if len(at) > 0 {
		t.Fatalf("the fallback showed %v ms after the open, over the shell", at)
	}
	waitJS(t, ctx, panelShown, time.Second)
	waitJS(t, fctx, jsShellShows(i18n.EN), time.Second)

	// The wasm never comes: the fallback, once the longer wait is over.
	waitJS(t, ctx, fallbackShown, 45*time.Second)
	do(t, ctx, chromedp.Evaluate(`window.__fallbackAt`, &at))
	if len(at) == 0 || at[0] < 30000 {
		t.Fatalf("the fallback showed at %v ms, want 30 s after the shell spoke", at)
	}
	var ready int
	do(t, ctx, chromedp.Evaluate(countEvents("ready"), &ready))
	if ready > 0 {
		t.Fatal("the panel said ready without its wasm")
	}
	gate.holdIf(nil)
	waitJS(t, ctx, `window.__triageRoot.activeElement && window.__triageRoot.activeElement.textContent === 'Retry'`, 5*time.Second)
	key(t, ctx, kb.Enter)
	waitJS(t, ctx, countEvents("ready")+` >= 1`, 30*time.Second)
	waitJS(t, ctx, panelShown, 5*time.Second)
}

// requireFallbackCard fails unless the fallback is a card centred in the
// panel's place: its message, buttons and site centred both ways, the
// buttons styled as the launcher, not the browser's bare ones.
func requireFallbackCard(t *testing.T, ctx context.Context) {
	t.Helper()
	var r struct {
		DX, DY     float64
		Background string
		Radius     string
	}
	do(t, ctx, chromedp.Evaluate(`(r => { const p = r.querySelector('.p').getBoundingClientRect(), kids = [...r.querySelectorAll('.p > div > *')].map(e => e.getBoundingClientRect());
  const top = Math.min(...kids.map(k => k.top)), bottom = Math.max(...kids.map(k => k.bottom)), left = Math.min(...kids.map(k => k.left)), right = Math.max(...kids.map(k => k.right));
  const b = getComputedStyle(r.querySelector('.p > div button'));
  return {DX: (left + right) / 2 - (p.left + p.right) / 2, DY: (top + bottom) / 2 - (p.top + p.bottom) / 2, Background: b.backgroundColor, Radius: b.borderTopLeftRadius}; })(window.__triageRoot)`, &r))
	if r.DX < -1 || r.DX > 1 || r.DY < -1 || r.DY > 1 {
		t.Errorf("the fallback's content is off the panel's centre by (%v, %v) px", r.DX, r.DY)
	}
	if r.Background != "rgb(31, 78, 216)" || r.Radius != "24px" {
		t.Errorf("the fallback's buttons: background %s, radius %s; want the launcher's", r.Background, r.Radius)
	}
}

// requireInViewport fails unless the loader's element is wholly inside the
// host page's viewport.
func requireInViewport(t *testing.T, ctx context.Context, selector string) {
	t.Helper()
	var r struct{ X, Y, W, H, VW, VH float64 }
	do(t, ctx, chromedp.Evaluate(fmt.Sprintf(`(() => { const b = window.__triageRoot.querySelector(%q).getBoundingClientRect();
  return {X: b.x, Y: b.y, W: b.width, H: b.height, VW: visualViewport.width, VH: visualViewport.height}; })()`, selector), &r))
	if r.W == 0 || r.X < 0 || r.Y < 0 || r.X+r.W > r.VW+0.5 || r.Y+r.H > r.VH+0.5 {
		t.Errorf("%s at %+v, outside the viewport", selector, r)
	}
}

// TestE2ELoaderFitsScreen: on a dashboard wider than the screen, the
// phone's panel is exactly the viewport and its × is in view; on a desktop
// the panel and its × are in view. The wheel at the panel's end does not
// scroll the page behind it.
func TestE2ELoaderFitsScreen(t *testing.T) {
	requireE2E(t)
	srv := startServer(t)
	for _, sc := range loaderScreens {
		t.Run(sc.name, func(t *testing.T) {
			ctx, _ := openHost(t, sc, wideHostPage(srv.URL, "zh-CN", ""))
			do(t, ctx, chromedp.Evaluate(eventsScript+` window.scrollTo(0, 400); triage('open'); true`, nil))
			waitJS(t, ctx, countEvents("ready")+` >= 1`, 30*time.Second)
			fctx := frameCtx(t, ctx, srv.URL)
			waitJS(t, fctx, `document.querySelector('#triage-close')`, 10*time.Second)

			var page struct{ X, Y, W, H, VW, VH, SX, SY, DocW float64 }
			do(t, ctx, chromedp.Evaluate(`(() => { const b = window.__triageRoot.querySelector('iframe').getBoundingClientRect();
  return {X: b.x, Y: b.y, W: b.width, H: b.height, VW: visualViewport.width, VH: visualViewport.height,
    SX: scrollX, SY: scrollY, DocW: document.documentElement.scrollWidth}; })()`, &page))
			t.Logf("%s: iframe %+v", sc.name, page)
			if page.DocW <= float64(sc.width) && sc.phone {
				t.Fatalf("the host page is %v px wide: it must overflow the %d px screen", page.DocW, sc.width)
			}
			if sc.phone {
				if page.X != 0 || page.Y != 0 || page.W != float64(sc.width) || page.H != float64(sc.height) || page.VW != float64(sc.width) || page.VH != float64(sc.height) {
					t.Errorf("the phone's panel is %vx%v at (%v,%v) in a %vx%v viewport; want exactly the %dx%d screen", page.W, page.H, page.X, page.Y, page.VW, page.VH, sc.width, sc.height)
				}
			} else if page.X < 0 || page.Y < 0 || page.X+page.W > page.VW || page.Y+page.H > page.VH {
				t.Errorf("the panel is %vx%v at (%v,%v), outside the %vx%v viewport", page.W, page.H, page.X, page.Y, page.VW, page.VH)
			}
			var x struct{ X, Y, W, H, IW, IH float64 }
			do(t, fctx, chromedp.Evaluate(`(() => { const b = document.querySelector('#triage-close').getBoundingClientRect();
  return {X: b.x, Y: b.y, W: b.width, H: b.height, IW: innerWidth, IH: innerHeight}; })()`, &x))
			if x.IW != page.W || x.IH != page.H {
				t.Errorf("the frame's viewport is %vx%v, its element %vx%v", x.IW, x.IH, page.W, page.H)
			}
			if x.W == 0 || x.X < 0 || x.Y < 0 || x.X+x.W > x.IW || x.Y+x.H > x.IH {
				t.Errorf("the × at %+v is not in view", x)
			}

			// The wheel over the panel, far past its end: the page stays.
			var contain string
			do(t, fctx, chromedp.Evaluate(`[document.documentElement, document.body, document.querySelector('.triage-body')].map(e => getComputedStyle(e).overscrollBehaviorY).join(',')`, &contain))
			if contain != "contain,contain,contain" {
				t.Errorf("overscroll-behavior in the panel: %s", contain)
			}
			do(t, fctx, chromedp.Evaluate(`window.__wheels = 0; addEventListener('wheel', () => __wheels++, {capture: true, passive: true}); true`, nil))
			cx, cy := page.X+page.W/2, page.Y+page.H/2
			do(t, ctx, input.DispatchMouseEvent(input.MouseMoved, cx, cy))
			// wheel turns the wheel over the panel until the frame has seen n
			// turns (the first can be lost while the browser routes input to
			// the frame's process).
			wheel := func(n int) {
				for i := 0; !pollJS(fctx, fmt.Sprintf(`window.__wheels >= %d`, n), true, 200*time.Millisecond); i++ {
					if i == 50 {
						t.Fatalf("the panel's frame did not get the wheel")
					}
					do(t, ctx, input.DispatchMouseEvent(input.MouseWheel, cx, cy).WithDeltaX(0).WithDeltaY(1500))
				}
			}
			wheel(8)
			// The wheel reached the panel: its body scrolled to its end.
			waitJS(t, fctx, `(b => b.scrollHeight <= b.clientHeight || b.scrollTop + b.clientHeight >= b.scrollHeight - 2)(document.querySelector('.triage-body'))`, 10*time.Second)
			// More, at the end, and two frames of the page for any chained scroll to land.
			var seen int
			do(t, fctx, chromedp.Evaluate(`window.__wheels`, &seen))
			wheel(seen + 8)
			evalAwait(t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, nil)
			var sy float64
			do(t, ctx, chromedp.Evaluate(`scrollY`, &sy))
			if sy != page.SY {
				t.Errorf("the wheel over the panel scrolled the page behind it from %v to %v", page.SY, sy)
			}
		})
	}
}
