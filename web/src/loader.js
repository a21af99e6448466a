/* newsquiz: an embeddable news quiz (MIT). <div data-newsquiz="story.json"></div>
 * The entry of web/dist/newsquiz.js: scripts/build-loader.mjs bundles it with the modules it
 * imports, its CSS and Emscripten's glue into one IIFE whose only global is NewsQuiz. Its
 * other files (newsquiz.wasm, fonts) are loaded from next to that script:
 *   <script src="https://cdn.example.org/newsquiz/newsquiz.js" async></script> */
// Emscripten's glue (-sMODULARIZE: a factory returning a promise of the module); the build
// resolves this name to build/wasm/web/newsquiz.js.
import NewsQuizModule from 'newsquiz:glue';
import CSS from './loader.css';
import { base } from './base.js';
import { h } from './dom.js';
import { createFallback } from './fallback.js';
import { canvasReadbackClean, createCanvasFonts, glyphContext, loadFallbackFonts } from './fonts.js';
import { log } from './log.js';
import { createMirror } from './mirror.js';
import { PREFIX, createStorage, localDay, randomHex } from './storage.js';
import { flushOutbox, sendStatement } from './xapi.js';

var VERSION = NEWSQUIZ_VERSION;  // the project's version (CMakeLists.txt), filled in by the build
var KEY = '__newsquiz';
var SOURCES = { mouse: 0, touch: 1, pen: 2 };
var nextUid = 1;
// What the loader says itself (the error card, storage): core/words.h's entries, put in by the build.
var WORDS = JSON.parse(NEWSQUIZ_WORDS);
// A document that has not arrived by then is an error card with Try again (docs/embedding.md).
var DOCUMENT_TIMEOUT_MS = 15000;

function wordsFor(lang) {
  var primary = /^([a-z]{2})(?![a-z])/i.exec(lang || document.documentElement.lang || '');
  return (primary && WORDS[primary[1].toLowerCase()]) || WORDS.en;
}

// [SECTION] Styles: first in <head>, once, so the page's own rules win.
function injectStyles() {
  if (document.querySelector('style[data-newsquiz-style]')) return;
  var style = document.createElement('style');
  style.setAttribute('data-newsquiz-style', VERSION);
  style.textContent = CSS;
  var head = document.head || document.documentElement;
  head.insertBefore(style, head.firstChild);
}

// [SECTION] One compile for every widget of the page
var compiled = null;
function compile() {
  if (compiled) return compiled;
  var url = base + 'newsquiz.wasm';
  if (typeof WebAssembly !== 'object') {
    compiled = Promise.reject(new Error('this browser cannot run WebAssembly, which the quiz needs'));
  } else {
    var bytes = function () {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error('could not load ' + url + ' (HTTP ' + r.status + '): deploy every file of web/dist next to newsquiz.js');
        return r.arrayBuffer();
      }, function (e) {
        throw new Error('could not load ' + url + ' (' + e.message + '): check that the page can reach it');
      }).then(function (b) {
        return WebAssembly.compile(b).catch(function (e) {
          throw new Error('could not compile ' + url + ' (' + e.message + '): deploy every file of web/dist next to newsquiz.js, whole');
        });
      });
    };
    compiled = typeof WebAssembly.compileStreaming !== 'function' ? bytes() : WebAssembly.compileStreaming(fetch(url)).catch(function (e) {
      if (/mime/i.test(e.message)) log('warn', url + ' is not served as application/wasm, so it cannot compile while it downloads. Configure the server to send .wasm files with Content-Type: application/wasm.');
      return bytes();
    });
    // A failed download is not kept: Try again fetches it again.
    compiled.catch(function () { compiled = null; });
  }
  return compiled;
}

// [SECTION] Options: data-* attributes, overridden by NewsQuiz.mount(element, options)
function choose(name, value, allowed, fallback) {
  if (value === undefined || value === null || value === '') return fallback;
  if (allowed.indexOf(value) >= 0) return value;
  log('warn', name + '="' + value + '" is not one of ' + allowed.join(', ') + '; using ' + fallback + '.');
  return fallback;
}

function readOptions(el, o) {
  function attr(name) { var v = el.getAttribute('data-' + name); return v === null ? undefined : v; }
  function pick(key, name) { return o[key] !== undefined ? o[key] : attr(name); }
  return {
    src: pick('src', 'newsquiz') || '',
    article: o.article,
    theme: choose('data-theme', pick('theme', 'theme'), ['light', 'dark', 'auto'], 'auto'),
    lang: pick('lang', 'lang') || '',
    accent: pick('accent', 'accent') || '',
    start: choose('data-start', pick('start', 'start'), ['article', 'quiz'], 'article'),
    storage: choose('data-storage', pick('storage', 'storage'), ['local', 'none', 'ask'], 'local'),
    xapi: pick('xapi', 'xapi-endpoint') || '',
    aggregates: pick('aggregates', 'aggregates') || '',
    strings: pick('strings', 'strings') || '',
    actions: choose('data-actions', pick('actions', 'actions'), ['list', 'button'], 'list'),
  };
}

// A CSS colour as 0xRRGGBB (0 = the widget's own accent).
function parseColour(text) {
  if (!text) return 0;
  var ctx = glyphContext();
  ctx.fillStyle = '#000001';
  ctx.fillStyle = text;
  var v = ctx.fillStyle;
  var m = /^#([0-9a-f]{6})$/i.exec(v) || /^rgba?\((\d+), (\d+), (\d+)/.exec(v);
  if (v === '#000001' || !m) {
    log('warn', 'data-accent="' + text + '" is not a CSS colour; using the default accent.');
    return 0;
  }
  return m.length === 2 ? parseInt(m[1], 16) : (+m[1] << 16) | (+m[2] << 8) | +m[3];
}

function documentText(el, o) {
  if (o.article !== undefined) return Promise.resolve(typeof o.article === 'string' ? o.article : JSON.stringify(o.article));
  if (!o.src) {
    var inline = el.querySelector('script[type="application/json"]');
    if (!inline) {
      return Promise.reject(new Error('this element has an empty data-newsquiz and no <script type="application/json"> inside: ' +
        'put the URL of a newsquiz/1 document in data-newsquiz, or the document itself in such a script'));
    }
    return Promise.resolve(inline.textContent);
  }
  return fetchDocument(o.src);
}

// A document's text, fetched once for the widgets that ask for it while it is on its way, within
// DOCUMENT_TIMEOUT_MS. A response that is not JSON at all (an HTML page in its place, a body cut
// short) is a fault of the way it came, as a 404 is: the error card offers to try again.
var fetching = {};  // src -> the promise of its text, until it settles

function fetchDocument(src) {
  if (fetching[src]) return fetching[src];
  var controller = new AbortController(), timer = 0;
  var late = new Promise(function (resolve, reject) {
    timer = setTimeout(function () {
      controller.abort();
      reject(new Error('could not load ' + src + ' within ' + DOCUMENT_TIMEOUT_MS / 1000 + ' seconds: check that its server answers, and quickly'));
    }, DOCUMENT_TIMEOUT_MS);
  });
  var text = fetch(src, { credentials: 'same-origin', signal: controller.signal }).then(function (r) {
    if (!r.ok) throw new Error('could not load ' + src + ' (HTTP ' + r.status + '): check that data-newsquiz holds the URL of a newsquiz/1 JSON document');
    return r.text().then(function (t) {
      try { JSON.parse(t); } catch (e) {
        throw new Error('could not load ' + src + ': what came is not JSON (' + e.message + '; Content-Type: ' + r.headers.get('content-type') +
          '): check that data-newsquiz holds the URL of a newsquiz/1 JSON document, and that its server sends it whole');
      }
      return t;
    });
  }, function (e) {
    throw new Error('could not load ' + src + ' (' + e.message + '): check the URL, and that its server lets this page fetch it (CORS)');
  });
  function settled() { clearTimeout(timer); delete fetching[src]; }
  fetching[src] = Promise.race([text, late]).then(function (t) { settled(); return t; }, function (e) { settled(); throw e; });
  return fetching[src];
}

// A file fetched beside the document (data-aggregates, data-strings): its text, "" when none; an
// object given to NewsQuiz.mount instead of a URL is taken as the file's content. It never stops
// the widget: an unreachable file is one warning here, a malformed one is one warning from the
// widget, which then goes without it (`without` says what that means).
function sideText(url, attribute, without) {
  if (!url) return Promise.resolve('');
  if (typeof url === 'object') return Promise.resolve(JSON.stringify(url));
  return fetch(url, { credentials: 'same-origin' }).then(function (r) {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return r.text();
  }).catch(function (e) {
    log('warn', attribute + ': could not load ' + url + ' (' + e.message + '); ' + without);
    return '';
  });
}

// FNV-1a of a text: progress saved for one version of a document is not replayed on another.
function fingerprint(text) {
  var hash = 0x811c9dc5;
  for (var i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

// [SECTION] Sharing: the Web Share API where the browser has it, else the clipboard (said in the
// live region). The link is the article's url, else the page's canonical URL, else its address
// without the fragment.
function shareLinkOf(text) {
  try {
    var d = JSON.parse(text);
    if (d && d.article && typeof d.article.url === 'string' && d.article.url) return d.article.url;
  } catch (e) { /* the page's own link */ }
  var canonical = document.querySelector('link[rel="canonical"][href]');
  return canonical ? canonical.href : location.href.replace(/#.*$/, '');
}

function shareResult(w, sentence, copiedWords) {
  var data = { title: w.shareTitle, text: sentence, url: w.shareLink };
  if (navigator.share && (!navigator.canShare || navigator.canShare(data))) {
    navigator.share(data).catch(function (e) { if (e.name !== 'AbortError') log('warn', 'could not share (' + e.name + ').'); });
    return;
  }
  copyText(sentence + ' ' + w.shareLink);
  announce(w, copiedWords);
}

// [SECTION] The reader's say on storage (data-storage="ask", NewsQuiz.setConsent) and what they
// do with their stored progress (download, delete), after each intent.
var pageConsent = null;  // NewsQuiz.setConsent(): true, false, or null (the reader is asked)

function askConsent(w) {
  if (w.storage.kind !== 'ask') return false;
  if (pageConsent !== null) w.storage.decide(pageConsent);
  else if (w.storage.agreedBefore()) w.storage.decide(true);
  return w.storage.decided() === null;
}

function downloadText(text, name) {
  var a = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(a.href); }, 0);
}

function storageRequests(w) {
  var m = w.m;
  if (w.storage.kind === 'ask' && w.storage.decided() === null) {
    var consent = m.UTF8ToString(m._nq_consent(w.handle));
    if (consent === 'given' || consent === 'refused') {
      w.storage.decide(consent === 'given');
      if (consent === 'given') save(w);
    }
  }
  if (m._nq_take_progress_deleted(w.handle)) w.storage.clear();
  if (m._nq_take_download(w.handle)) downloadText(w.storage.get('progress') || '', 'newsquiz-progress.json');
}

function setConsent(yes) {
  pageConsent = !!yes;
  running.forEach(function (w) {
    if (w.storage.kind !== 'ask' || w.storage.decided() !== null) return;
    var m = w.m, intent = JSON.stringify({ intent: yes ? 'consent_yes' : 'consent_no' });
    withStrings(m, [intent], function (p) { return m._nq_apply(w.handle, p, Date.now()); });
    storageRequests(w);
    w.redraw();
  });
}

function langOf(text) {
  try {
    var d = JSON.parse(text);
    return d && typeof d.lang === 'string' ? d.lang : '';
  } catch (e) {
    return '';
  }
}

function articleIdOf(text) {
  try {
    var d = JSON.parse(text);
    return d && d.article && typeof d.article.id === 'string' ? d.article.id : '';
  } catch (e) {
    return '';
  }
}

// [SECTION] Calling the module: strings in and out as UTF-8 in its memory
function withStrings(m, strings, fn) {
  var ptrs = strings.map(function (s) {
    var n = m.lengthBytesUTF8(s) + 1, p = m._malloc(n);
    m.stringToUTF8(s, p, n);
    return p;
  });
  try { return fn.apply(null, ptrs); } finally { ptrs.forEach(function (p) { m._free(p); }); }
}

function takeJson(m, p) {
  try { return JSON.parse(m.UTF8ToString(p)); } finally { m._nq_free(p); }
}

function copyBytes(m, buffer) {
  var bytes = new Uint8Array(buffer), p = m._malloc(bytes.length);
  m.HEAPU8.set(bytes, p);
  return p;
}

function isSafeLink(href) { return /^(https?:|tel:|mailto:)/i.test(String(href || '')); }

function openLink(href) {
  if (!isSafeLink(href)) {
    log('warn', 'refused to open "' + href + '": only https, http, tel and mailto links are opened.');
    return;
  }
  window.open(href, '_blank', 'noopener,noreferrer');
}

// [SECTION] A widget
// Diagnostics for tests and tools, on every widget's API: frames drawn, and whether a frame is
// still to come. NOTE: getters of one shared prototype, not of each API object: V8 keeps an
// object's accessors in its hidden class, where a getter closing over one widget would keep that
// widget, its module and its memory alive after destroy().
var widgetOf = new WeakMap();  // API object -> its widget
var API = Object.create(Object.prototype, {
  frames: { get: function () { return widgetOf.get(this).frames; } },
  idle: { get: function () { return !widgetOf.get(this).pending; } },
});

function createWidget(el, options) {
  var w = {
    el: el, options: options, uid: nextUid++, m: null, handle: 0, mode: 'loading', frames: 0, added: [],
    nodes: [], cleanups: [], destroyed: false, error: null, storage: createStorage(options.storage),
    fragment: fragmentOf(el), handedOver: false,
  };
  var api = Object.create(API);
  api.element = el;
  api.state = function () { return state(w); };
  api.destroy = function () { destroy(w); };
  widgetOf.set(api, w);
  el[KEY] = api;
  w.api = api;
  setClass(w, 'newsquiz', true);
  setClass(w, 'newsquiz--loading', true);
  return w;
}

// Classes the widget adds are the widget's: destroy() takes back exactly those.
function setClass(w, name, on) {
  var had = w.el.classList.contains(name);
  if (on && !had) {
    w.el.classList.add(name);
    if (w.added.indexOf(name) < 0) w.added.push(name);
  } else if (!on && had && w.added.indexOf(name) >= 0) {
    w.el.classList.remove(name);
  }
}

function dispatch(w, type, detail) {
  w.el.dispatchEvent(new CustomEvent(type, { detail: detail, bubbles: true }));
}

function setMode(w, mode) {
  w.mode = mode;
  setClass(w, 'newsquiz--loading', false);
  setClass(w, 'newsquiz--error', mode === 'error');
  if (mode === 'html') setClass(w, 'newsquiz--html', true);
}

function addNode(w, node) {
  w.el.appendChild(node);
  w.nodes.push(node);
  return node;
}

// [SECTION] The static fragment: `newsquiz html`'s <div class="newsquiz-static"> pasted inside the
// element (docs/embedding.md). It stays what the reader sees while the widget starts: the frame
// waits under it, taking no room and unseen, until a frame is drawn at the widget's own height;
// then, in that frame, the fragment goes and the frame shows, so the page never sees the element
// empty or both at once. The fragment is hidden, not removed (its JSON-LD stays in the page), and
// destroy() shows it again.
var WAITING = { height: '0', overflow: 'hidden', visibility: 'hidden' };

function fragmentOf(el) {
  for (var c = el.firstElementChild; c; c = c.nextElementSibling) if (c.classList.contains('newsquiz-static')) return c;
  return null;
}

function waitUnderFragment(w) {
  if (!w.fragment) return;
  for (var name in WAITING) w.frameEl.style.setProperty(name, WAITING[name]);
}

function handOver(w) {
  var fragment = w.fragment;
  if (!fragment || w.handedOver) return;
  w.handedOver = true;
  for (var name in WAITING) w.frameEl.style.removeProperty(name);
  var display = fragment.style.display;
  fragment.style.display = 'none';
  w.cleanups.push(function () { fragment.style.display = display; });
}

function fail(w, message) {
  if (w.destroyed) return;
  w.error = message;
  log('error', message);
  setMode(w, 'error');
  if (!w.handle) {
    // Readers get the widget's own card; the console above has the details for the publisher.
    var words = wordsFor(w.options.lang);
    addNode(w, h('div', { class: 'newsquiz__error', role: 'status' }, [
      h('p', { class: 'newsquiz__error-title', text: words.error_title }),
      h('p', { text: words.error_load }),
      h('button', { type: 'button', class: 'newsquiz__retry', text: words.retry, onclick: function () { retry(w); } }),
    ]));
    if (w.refocus) w.el.querySelector('.newsquiz__retry').focus({ preventScroll: true });  // it failed again
  }
  w.refocus = false;
  dispatch(w, 'newsquiz:error', { message: message });
}

// Try again: the widget starts over, as if just mounted (the document and the module are fetched
// again when they failed).
// Focus that was on the card (its button) goes to what comes next: the first screen's heading,
// or the new card's button.
function retry(w) {
  if (w.destroyed || w.handle || !w.error) return;
  w.refocus = w.el.contains(document.activeElement);
  w.cleanups.forEach(function (fn) { fn(); });
  w.cleanups = [];
  w.nodes.forEach(function (n) { n.remove(); });
  w.nodes = [];
  w.error = null;
  w.mode = 'loading';
  setClass(w, 'newsquiz--error', false);
  setClass(w, 'newsquiz--loading', true);
  start(w, false);
}

// The reader hears once per page that their progress stays in memory only (storage full or blocked).
var unsavedTold = false;
function tellUnsaved(w) {
  if (unsavedTold) return;
  unsavedTold = true;
  addNode(w, h('p', { class: 'newsquiz__notice', role: 'status', text: wordsFor(w.lang).progress_unsaved }));
}

function state(w) {
  if (w.handle) {
    var s = takeJson(w.m, w.m._nq_state(w.handle));
    if (w.mode === 'html') s.targets = w.fallback.targets();
    return s;
  }
  if (w.error) return { screen: 'error', article: null, question: null, result: null, error: w.error, targets: [] };
  return null;
}

function announce(w, text) {
  if (w.live.textContent === text) text += '\u00a0';  // the same words again are still news
  w.live.textContent = text;
}

function copyText(text) {
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).catch(function (e) { log('warn', 'could not copy to the clipboard (' + e.name + ').'); });
  }
}

function flushEvents(w) {
  var m = w.m;
  if (!m._nq_pending_events(w.handle)) return;
  var stamp = JSON.stringify({ timestamp: new Date().toISOString(), id_seed: randomHex(16) });
  var events = withStrings(m, [stamp], function (p) { return takeJson(m, m._nq_take_events(w.handle, p)); });
  events.forEach(function (e) {
    dispatch(w, e.type, e.detail);
    if (e.type === 'newsquiz:xapi' && w.options.xapi) sendStatement(w.storage, w.options.xapi, e.detail.statement);
  });
}

// The attempt under way (to resume after a reload) and, when it changed, the site's progress,
// merged with what another tab may have stored meanwhile.
function save(w) {
  var m = w.m;
  if (w.articleId) {
    var progress = takeJson(m, m._nq_progress(w.handle));
    progress.doc = w.fingerprint;
    if (!w.storage.set('session:' + w.articleId, JSON.stringify(progress))) tellUnsaved(w);
  }
  if (m._nq_progress_changed(w.handle)) {
    var stored = w.storage.get('progress') || '';
    var merged = withStrings(m, [stored], function (p) { return m._nq_progress_save(w.handle, p); });
    var text;
    try { text = m.UTF8ToString(merged); } finally { m._nq_free(merged); }
    // A store from a newer newsquiz comes back as it was, kept untouched: what changed stays in memory.
    var newer = stored && text === stored && !withStrings(m, [stored], function (p) { return m._nq_progress_merge(w.handle, p); });
    if (newer) return tellUnsaved(w);
    if (!w.storage.set('progress', text)) tellUnsaved(w);
    shareProgress(w, text);
  }
}

// [SECTION] One reader, many widgets and tabs: saved progress reaches the page's other widgets
// at once (same data-storage), and another tab's saves arrive through the `storage` event.
// NOTE: that event fires only on window, so the one listener sits there, from the first running
// widget to the last; it listens to nothing else.
var running = [];  // widgets with a module instance

function mergeProgress(w, text) {
  var m = w.m;
  if (withStrings(m, [text], function (p) { return m._nq_progress_merge(w.handle, p); })) w.redraw();
}

function shareProgress(from, text) {
  running.forEach(function (w) { if (w !== from && w.options.storage === from.options.storage) mergeProgress(w, text); });
}

// Another tab saved. When it saved at the same moment as this one, from a store read before this
// one's save, its store lacks what this tab added: the first local widget that has it writes it back.
function onStorage(e) {
  if (e.key !== PREFIX + 'progress' || !e.newValue) return;
  var stored = e.newValue;
  running.forEach(function (w) {
    if (w.storage.kind !== 'local') return;
    mergeProgress(w, stored);
    var m = w.m, p = withStrings(m, [stored], function (t) { return m._nq_progress_missing(w.handle, t); });
    if (!p) return;
    try { stored = m.UTF8ToString(p); } finally { m._nq_free(p); }
    if (!w.storage.set('progress', stored)) tellUnsaved(w);
  });
}

// The connection is back: the xAPI statements that waited go now, not on the next page.
function onOnline() {
  running.forEach(function (w) { if (w.options.xapi) flushOutbox(w.storage); });
}

function addRunning(w) {
  running.push(w);
  if (running.length === 1) {
    window.addEventListener('storage', onStorage);
    window.addEventListener('online', onOnline);
  }
  w.cleanups.push(function () {
    running.splice(running.indexOf(w), 1);
    if (running.length) return;
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('online', onOnline);
  });
}

function resumeFor(w) {
  try {
    var saved = JSON.parse(w.storage.get('session:' + w.articleId) || 'null');
    return saved && saved.doc === w.fingerprint ? saved : null;
  } catch (e) {
    return null;
  }
}

// The theme now: data-theme, or the reader's system setting for "auto".
function watchTheme(w, onChange) {
  if (w.options.theme !== 'auto') return w.options.theme === 'dark';
  var mq = window.matchMedia('(prefers-color-scheme: dark)');
  var listener = function () { onChange(mq.matches); };
  mq.addEventListener('change', listener);
  w.cleanups.push(function () { mq.removeEventListener('change', listener); });
  return mq.matches;
}

// [SECTION] Keeping the reader oriented: after a screen change the reader caused (a click, a
// tap, a key), focus goes to the new screen's heading and, when the widget's top went above
// the viewport (a tall question gave way to a short one), the page scrolls just enough to
// show it, smoothly unless the reader asked for reduced motion. A change the reader did not
// cause (a reload, another tab's progress, a timer) never moves the page or the focus.
// In an iframe the page to scroll is the host's, out of reach: the widget posts it
// {type: "newsquiz:scroll", top} (its top in this document) and the host's snippet decides
// (docs/embedding.md).
function reducedMotion() {
  return !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
}

function keepTopInView(w) {
  var top = w.el.getBoundingClientRect().top;
  if (window.parent !== window) {
    window.parent.postMessage({ type: 'newsquiz:scroll', top: Math.round(top + window.scrollY) }, '*');
    return;
  }
  if (top >= 0) return;
  w.el.scrollIntoView({ block: 'start', inline: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

function focusHeading(heading) {
  if (heading) heading.focus({ preventScroll: true });
}

// The canvas's screen: the id of its first heading ("headline", "q3/prompt", "results-title").
function screenOfItems(items) {
  for (var i = 0; i < items.length; i++) if (items[i].role === 'heading') return items[i].id;
  return '';
}

// [SECTION] The canvas: frames on demand, pointer input, the mirror
function runCanvas(w) {
  var m = w.m, canvas = w.canvas, mirror = w.mirror;
  var width = 0, height = 1, raf = 0, timer = 0, focused = '';
  var screen = null, orienting = false;  // the screen drawn; a reader-caused change still settling

  var lost = false;  // the WebGL context went: the HTML version took over
  var measured = false;  // the first frame's height was laid out before it was drawn
  function request() {
    if (raf || w.destroyed || lost) return;
    raf = requestAnimationFrame(frame);
    w.pending = true;
  }
  w.request = w.redraw = request;

  function frame() {
    raf = 0;
    w.pending = false;
    if (w.destroyed) return;
    var dpr = window.devicePixelRatio || 1;
    width = canvas.clientWidth || width;
    if (!measured) {  // the first frame is drawn at the height it needs, not into a 1-px canvas
      measured = true;
      var need = m._nq_web_measure(width, dpr, Date.now());
      if (need > 0) canvas.style.height = (height = need) + 'px';
    }
    var bw = Math.max(1, Math.round(width * dpr)), bh = Math.max(1, Math.round(height * dpr));
    if (canvas.width !== bw) canvas.width = bw;
    if (canvas.height !== bh) canvas.height = bh;
    var r = takeJson(m, m._nq_web_frame(width, height, dpr, Date.now()));
    w.frames++;
    if (r.height !== height && r.height > 0) {
      height = r.height;
      canvas.style.height = height + 'px';
    } else if (r.height === height) {
      handOver(w);  // drawn at the widget's own height: this frame replaces the static fragment
    }
    if (r.items) mirror.update(r.items, r.focused);
    if (r.focused !== focused) mirror.follow(r.focused);
    focused = r.focused;
    if (r.items) {
      var now = screenOfItems(r.items);
      if (screen !== null && now !== screen && w.acted) {
        orienting = true;
        focusHeading(mirror.element(now));
      }
      if (screen === null && w.refocus) focusHeading(mirror.element(now));
      screen = now;
      w.refocus = false;
    }
    if (orienting) keepTopInView(w);  // the height may settle over a few frames
    if (!r.more) orienting = w.acted = false;  // what the reader did has played out
    if (r.announce) announce(w, r.announce);
    (r.links || []).forEach(openLink);
    if (r.clipboard) shareResult(w, r.clipboard, view(w).results.share_copied);
    if (r.events) flushEvents(w);
    if (r.saved || r.progress) save(w);
    storageRequests(w);
    canvas.style.cursor = r.cursor;
    w.frameEl.style.setProperty('--newsquiz-card', r.background);
    clearTimeout(timer);
    if (r.more) request();
    else if (r.wake_ms >= 0) timer = setTimeout(request, r.wake_ms);
  }

  function at(e) {
    var b = canvas.getBoundingClientRect();
    return [e.clientX - b.left, e.clientY - b.top];
  }
  function send(kind, e) {
    var p = at(e);
    var button = e.button === 2 ? 1 : e.button === 1 ? 2 : 0;
    m._nq_web_pointer(kind, p[0], p[1], button, SOURCES[e.pointerType] || 0);
    request();
  }
  function listen(type, fn) {
    canvas.addEventListener(type, fn);
  }
  listen('pointerdown', function (e) {
    if (!e.isPrimary) return;
    w.acted = true;
    var p = at(e), item = mirror.hit(p[0], p[1]);
    if (item && item.role === 'textbox') {
      // A real <input> takes the text: focused inside the gesture, so phones open their keyboard.
      e.preventDefault();
      var input = mirror.element(item.id);
      if (input) input.focus({ preventScroll: true });
      return;
    }
    if (e.pointerType !== 'touch') { try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* not capturable */ } }
    send(1, e);
  });
  listen('pointermove', function (e) { if (e.isPrimary) send(0, e); });
  listen('pointerup', function (e) { if (e.isPrimary) send(2, e); });
  listen('pointercancel', function (e) { if (e.isPrimary) send(3, e); });
  listen('pointerleave', function (e) { if (e.isPrimary && e.pointerType === 'mouse') send(4, e); });

  // HiDPI: the backing store follows the CSS size times devicePixelRatio, on resize and on
  // zoom (the canvas's size in device pixels changes; some browsers tell only matchMedia).
  var observer = new ResizeObserver(function (entries) {
    var device = entries[0].devicePixelContentBoxSize && entries[0].devicePixelContentBoxSize[0];
    if (canvas.clientWidth !== width || (device && (device.inlineSize !== canvas.width || device.blockSize !== canvas.height))) request();
  });
  try {
    observer.observe(canvas, { box: 'device-pixel-content-box' });
  } catch (e) {
    observer.observe(canvas);
  }
  var mq = null;
  function watchDpr() {
    mq = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
    mq.addEventListener('change', onDpr, { once: true });
  }
  function onDpr() { request(); watchDpr(); }
  watchDpr();
  function stop() {
    observer.disconnect();
    mq.removeEventListener('change', onDpr);
    if (raf) cancelAnimationFrame(raf);
    clearTimeout(timer);
    w.pending = false;
  }
  w.cleanups.push(stop);

  // A lost GPU context (a driver reset, too many canvases) is not the end: the same quiz,
  // where the reader is, continues as the HTML version.
  listen('webglcontextlost', function () {
    if (w.destroyed) return;  // destroy() let it go
    log('warn', 'the WebGL context was lost; the quiz continues as plain HTML.');
    lost = true;
    stop();
    canvas.remove();
    mirror.root.remove();
    setMode(w, 'html');
    runHtml(w);
  });
  request();
}

// [SECTION] The HTML version (no WebGL2): the same core through the C ABI
function view(w) {
  return takeJson(w.m, w.m._nq_view(w.handle, Date.now()));
}

function runHtml(w) {
  var m = w.m;
  var timer = 0;
  function refresh(quiet) {
    var v = view(w);
    if (quiet) w.fallback.patch(v);
    else w.fallback.render(v);
    orientAfter(v);
    if (v.announce_key && v.announce_key !== w.spoken) announce(w, v.announcement);
    w.spoken = v.announce_key;
    clearTimeout(timer);
    if (v.question && v.question.time_left) timer = setTimeout(function () { act({ intent: 'tick' }); }, 1000);
  }
  var screen = null;  // the screen drawn: "question q3", "results"
  function orientAfter(v) {
    var now = v.screen + (v.question ? ' ' + v.question.id : '');
    if (screen !== null && now !== screen && w.acted) {
      focusHeading(w.fallback.root.querySelector('h2, h3'));
      keepTopInView(w);
    }
    if (screen === null && w.refocus) focusHeading(w.fallback.root.querySelector('h2, h3'));
    screen = now;
    w.acted = w.refocus = false;
  }
  function act(intent, quiet) {
    w.acted = intent.intent !== 'tick';  // every other intent comes from the reader's click or key
    var ok = withStrings(m, [JSON.stringify(intent)], function (p) { return m._nq_apply(w.handle, p, Date.now()); });
    if (!ok) return void (w.acted = false);
    flushEvents(w);
    save(w);
    storageRequests(w);
    refresh(quiet && intent.intent === 'answer');
  }
  w.redraw = function () { refresh(false); };
  w.fallback = createFallback({ uid: w.uid, intent: act, openLink: openLink,
    share: function (sentence, copiedWords) { shareResult(w, sentence, copiedWords); } });
  w.frameEl.appendChild(w.fallback.root);
  w.cleanups.push(function () { clearTimeout(timer); });
  refresh(false);
  handOver(w);
}

// [SECTION] Starting: document, compile, fonts, instance, then canvas or HTML
function near(w) {
  if (!('IntersectionObserver' in window)) return Promise.resolve();
  return new Promise(function (resolve) {
    var io = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) { io.disconnect(); resolve(); }
    }, { rootMargin: '800px 0px' });
    io.observe(w.el);
    w.cleanups.push(function () { io.disconnect(); });
  });
}

function start(w, lazy) {
  var text;
  var doc = documentText(w.el, w.options).then(function (t) { text = t; });
  // NOTE: a widget still far below the fold reports a failed fetch only when it comes near: till
  // then the rejection is handled here, so that the page sees no uncaught error.
  doc.catch(function () { /* reported below */ });
  var aggregates = sideText(w.options.aggregates, 'data-aggregates', 'the widget shows no figures of other readers.')
    .then(function (t) { w.aggregates = t; });
  var strings = sideText(w.options.strings, 'data-strings', 'the widget shows its own words.').then(function (t) { w.strings = t; });
  var wasm = compile();
  wasm.catch(function () { /* reported below, by the widget that needs it */ });
  return (lazy ? near(w) : Promise.resolve())
    .then(function () { return Promise.all([doc, wasm, document.fonts ? document.fonts.ready : null, aggregates, strings]); })
    .then(function (done) {
      if (w.destroyed) return null;
      var canvasFonts = canvasReadbackClean();
      if (!canvasFonts) log('info', 'canvas text read-back is not exact in this browser; using the bundled Inter font.');
      return Promise.all([done[1], canvasFonts ? null : loadFallbackFonts()]);
    })
    .then(function (ready) {
      if (!ready || w.destroyed) return null;
      w.frameEl = addNode(w, h('div', { class: 'newsquiz__frame' }));
      waitUnderFragment(w);
      w.canvas = h('canvas', { class: 'newsquiz__canvas', 'aria-hidden': 'true' });
      w.frameEl.appendChild(w.canvas);
      var wasm = ready[0];
      var fonts = createCanvasFonts(w.el);
      return NewsQuizModule({
        canvas: w.canvas,
        nqFonts: fonts,
        print: function (t) { log('log', t); },
        printErr: function (t) { log('warn', t); },
        instantiateWasm: function (imports, receive) {
          WebAssembly.instantiate(wasm, imports).then(function (inst) { receive(inst, wasm); }, function (e) { fail(w, 'could not start: ' + e.message); });
          return {};
        },
      }).then(function (m) { return open(w, m, text, ready[1]); });
    })
    .catch(function (e) { fail(w, e.message); })
    .then(function () { return w.api; });
}

function open(w, m, text, faces) {
  if (w.destroyed) return;
  w.m = m;
  w.articleId = articleIdOf(text);
  w.lang = w.options.lang || langOf(text);
  w.shareLink = shareLinkOf(text);
  w.shareTitle = document.title;
  w.fingerprint = fingerprint(text);
  var dark = watchTheme(w, function (d) {
    setClass(w, 'newsquiz--dark', d);
    if (w.mode === 'canvas') { m._nq_web_theme(d ? 1 : 0); w.request(); }
  });
  setClass(w, 'newsquiz--dark', dark);
  var origin = /^https?:/.test(location.origin) ? location.origin : 'http://localhost';
  var seed = BigInt('0x' + randomHex(8)).toString();
  var now = Date.now();
  var ask = askConsent(w);  // first: a consent given before makes the stored progress readable
  var options = {
    seed: seed, start: w.options.start, now_ms: now, today: localDay(now), lang: w.options.lang,
    progress: w.storage.get('progress') || '', learner: randomHex(16), home_page: origin,
    activity_base: origin + '/newsquiz/', ask_consent: ask, actions: w.options.actions, reduced_motion: reducedMotion(), aggregates: w.aggregates || '', strings: w.strings || '', dark: dark, accent: parseColour(w.options.accent), resume: resumeFor(w),
  };
  var regular = faces ? copyBytes(m, faces[0]) : 0, bold = faces ? copyBytes(m, faces[1]) : 0;
  var opened = withStrings(m, [text, JSON.stringify(options)], function (doc, opts) {
    return m._nq_web_open(doc, opts, regular, faces ? faces[0].byteLength : 0, bold, faces ? faces[1].byteLength : 0);
  });
  w.handle = m._nq_web_widget();
  takeJson(m, m._nq_warnings(w.handle)).forEach(function (line) { log('warn', line.replace(/^\[newsquiz\] /, '')); });
  // The next save repairs a damaged store: the text as it was is kept first, so that what
  // could not be read is not lost for good (the newest damaged text only).
  if (m._nq_progress_damaged(w.handle)) w.storage.set('progress:damaged', options.progress);
  w.live = addNode(w, h('div', { class: 'newsquiz__live', role: 'status', 'aria-live': 'polite' }));
  addRunning(w);
  if (opened === 1) {
    w.mirror = createMirror({
      uid: w.uid, openLink: openLink,
      activate: function (id) { w.acted = true; withStrings(m, [id], function (p) { m._nq_web_activate(p); }); w.request(); },
      focus: function (id) { withStrings(m, [id], function (p) { m._nq_web_focus(p); }); w.request(); },
      text: function (id, value) { w.acted = true; withStrings(m, [id, value], function (p, v) { m._nq_web_text(p, v); }); w.request(); },
    });
    w.frameEl.appendChild(w.mirror.root);
    setMode(w, 'canvas');
    runCanvas(w);
  } else {
    log('info', opened === 2 ? 'this quiz has text in a script the canvas does not shape (right-to-left or joined letters); showing it as plain HTML, which the browser shapes.'
      : 'WebGL2 is not available here; showing the quiz as plain HTML.');
    w.canvas.remove();
    setMode(w, 'html');
    runHtml(w);
  }
  var s = state(w);
  if (s.screen === 'error') {
    var v = takeJson(m, m._nq_view(w.handle, Date.now()));
    var where = w.options.src || 'the inline document';
    var lines = v.error.details.map(function (d) { return '\n  ' + d; }).join('');
    return fail(w, where + ' is not a valid newsquiz/1 document:' + lines + '\nCheck it with `newsquiz validate FILE` before publishing');
  }
  dispatch(w, 'newsquiz:ready', { articleId: s.article.id });
  if (w.options.xapi) flushOutbox(w.storage);  // what an earlier page could not send
  flushEvents(w);  // data-start="quiz": the attempt has started
}

function destroy(w) {
  if (w.destroyed) return;
  w.destroyed = true;
  w.cleanups.forEach(function (fn) { fn(); });
  if (w.m && w.handle) w.m._nq_web_close();
  if (w.canvas) releaseCanvas(w.canvas);
  w.handle = 0;
  w.m = null;  // the module instance and its memory go with the last reference
  w.nodes.forEach(function (n) { n.remove(); });
  w.added.forEach(function (c) { w.el.classList.remove(c); });
  if (w.hadNoClass && !w.el.getAttribute('class')) w.el.removeAttribute('class');
  delete w.el[KEY];
  var i = NewsQuiz.widgets.indexOf(w.api);
  if (i >= 0) NewsQuiz.widgets.splice(i, 1);
}

// The GPU context goes now, not at the next collection, and the canvas lets go of the module:
// Emscripten's glue wraps canvas.getContext in a closure over the whole module, so a canvas the
// browser still holds for a frame would keep its memory alive.
function releaseCanvas(canvas) {
  if (!canvas.getContextSafariWebGL2Fixed) return;  // the glue never made a context on it
  var gl = HTMLCanvasElement.prototype.getContext.call(canvas, 'webgl2');  // the one it has
  var lose = gl && gl.getExtension('WEBGL_lose_context');
  if (lose) lose.loseContext();
  delete canvas.getContext;
  delete canvas.getContextSafariWebGL2Fixed;
  delete canvas.GLctxObject;
}

// [SECTION] The page: NewsQuiz, and every [data-newsquiz] present now or added later
function mount(el, options, lazy) {
  if (!el || el.nodeType !== 1) return Promise.reject(new TypeError('[newsquiz] NewsQuiz.mount() needs an element'));
  if (el[KEY]) return Promise.resolve(el[KEY]);
  injectStyles();
  var hadNoClass = !el.hasAttribute('class');
  var w = createWidget(el, readOptions(el, options || {}));
  w.hadNoClass = hadNoClass;
  NewsQuiz.widgets.push(w.api);
  return start(w, lazy);
}

var NewsQuiz = {
  version: VERSION,
  widgets: [],
  mount: function (element, options) { return mount(element, options, false); },
  setConsent: setConsent,
  push: runQueued,
};

// A page can call NewsQuiz before this script (loaded async) has run, by queueing a function:
//   (window.NewsQuiz = window.NewsQuiz || []).push(function (nq) { nq.setConsent(true); });
// Queued functions run before any widget mounts; once the script is here, push runs one at once.
function runQueued(fn) {
  if (typeof fn !== 'function') return log('warn', 'NewsQuiz.push() takes a function, called with NewsQuiz; got ' + typeof fn + '.');
  try {
    fn(NewsQuiz);
  } catch (e) {
    log('warn', 'a function given to NewsQuiz.push() failed: ' + (e && e.message));
  }
}

function mountWithin(node) {
  if (node.nodeType !== 1) return;
  if (node.hasAttribute('data-newsquiz')) mount(node, {}, true);
  var inside = node.querySelectorAll('[data-newsquiz]');
  for (var i = 0; i < inside.length; i++) mount(inside[i], {}, true);
}

// A widget whose element left the page is destroyed, unless the element came back (moved).
function forgetWithin(node) {
  if (node.nodeType !== 1) return;
  var list = node[KEY] ? [node] : [];
  var inside = node.querySelectorAll('[data-newsquiz]');
  for (var i = 0; i < inside.length; i++) if (inside[i][KEY]) list.push(inside[i]);
  list.forEach(function (el) { queueMicrotask(function () { if (!el.isConnected && el[KEY]) el[KEY].destroy(); }); });
}

if (window.NewsQuiz && !Array.isArray(window.NewsQuiz)) {
  log('warn', 'newsquiz.js is included more than once on this page; the later copy does nothing. Keep one <script> tag.');
} else {
  var queue = window.NewsQuiz || [];
  window.NewsQuiz = NewsQuiz;
  queue.forEach(runQueued);
  mountWithin(document.documentElement);
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      if (r.type === 'attributes') return mountWithin(r.target);
      r.addedNodes.forEach(mountWithin);
      r.removedNodes.forEach(forgetWithin);
    });
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-newsquiz'] });
}
