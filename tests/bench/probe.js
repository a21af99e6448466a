// The bench's eyes inside a page, added before any of the page's scripts (an init script).
// It changes nothing the widget does; it only watches, through what the page already offers:
//   - requestAnimationFrame, wrapped: each callback that draws a widget frame is timed (while
//     __nqBench.timing is on), and every callback is followed by a look at the widget, so the
//     frame that drew something is the one recorded;
//   - a requestAnimationFrame loop of its own, which looks once per frame for what was drawn
//     outside a callback (and, on the static page, for the card);
//   - WebAssembly.instantiate(Streaming), wrapped: the instances, for their memory;
//   - the newsquiz:ready event.
// A look records a snapshot {t, frames, css, drawn, start} each time the first widget has drawn
// a new frame (or the static card changed height): t is performance.now() (ms since navigation
// start); css the canvas's CSS height; drawn whether its backing store was its CSS box times
// devicePixelRatio, so what it drew fills the box; start whether state().targets held an
// enabled "start". The bench decides in Node which snapshot was the first fully drawn frame.
(function () {
  'use strict';
  var raf = window.requestAnimationFrame.bind(window);
  var bench = window.__nqBench = { watching: true, timing: false, frameMs: [], renderMs: [], snapshots: [], memories: [], ready: null };

  function memoriesIn(object) {
    return Object.keys(object || {}).map(function (k) { return object[k]; }).filter(function (v) { return v instanceof WebAssembly.Memory; });
  }
  // An instance's memory is one of its exports, or (when the glue makes it) one of its imports.
  function remember(imports) {
    return function (result) {
      var instance = result instanceof WebAssembly.Instance ? result : result && result.instance;
      if (instance) {
        var found = memoriesIn(instance.exports);
        Object.keys(imports || {}).forEach(function (k) { found = found.concat(memoriesIn(imports[k])); });
        bench.memories.push(found[0] || null);
      }
      return result;
    };
  }
  ['instantiate', 'instantiateStreaming'].forEach(function (name) {
    var original = WebAssembly[name];
    if (!original) return;
    WebAssembly[name] = function (source, imports) {
      return original.apply(this, arguments).then(remember(imports));
    };
  });

  document.addEventListener('newsquiz:ready', function () { if (bench.ready === null) bench.ready = performance.now(); });

  var seen = null;
  function look() {
    if (!bench.watching) return;
    var t = performance.now();
    var card = document.querySelector('[data-bench-card]');
    if (card) {
      var h = card.getBoundingClientRect().height;
      if (h !== seen) bench.snapshots.push({ t: t, frames: 0, css: h, drawn: h > 0, start: true });
      seen = h;
      return;
    }
    var w = window.NewsQuiz && window.NewsQuiz.widgets[0];
    if (!w || !w.frames || w.frames === seen) return;
    seen = w.frames;
    var canvas = w.element.querySelector('canvas');
    if (!canvas) return;
    var box = canvas.getBoundingClientRect(), dpr = window.devicePixelRatio || 1;
    var drawn = box.height > 1 && Math.abs(canvas.height - box.height * dpr) <= 1 && Math.abs(canvas.width - box.width * dpr) <= 1;
    var start = drawn && w.state().targets.some(function (x) { return x.id === 'start' && !x.disabled; });
    bench.snapshots.push({ t: t, frames: w.frames, css: box.height, drawn: drawn, start: start });
  }

  // The first widget's frames so far (0 before it runs).
  function widgetFrames() {
    var w = window.NewsQuiz && window.NewsQuiz.widgets[0];
    return (w && w.frames) || 0;
  }
  // Only callbacks in which the widget drew a frame are timed: other code on the page (or a
  // tool polling it) asks for animation frames too. Two times per frame: the callback alone
  // (frameMs), and from its start to a message posted at its end (renderMs), which is handled
  // once the browser's rendering update of that frame (style, layout, paint, commit) is done.
  var channel = new MessageChannel(), posted = [];
  channel.port1.onmessage = function () {
    var t0 = posted.shift();
    if (t0 !== undefined) bench.renderMs.push(performance.now() - t0);
  };
  window.requestAnimationFrame = function (callback) {
    return raf(function (ts) {
      var before = widgetFrames(), t0 = performance.now();
      try {
        callback(ts);
      } finally {
        var t1 = performance.now();
        if (bench.timing && widgetFrames() > before) {
          bench.frameMs.push(t1 - t0);
          posted.push(t0);
          channel.port2.postMessage(0);
        }
        look();
      }
    });
  };
  raf(function tick() {
    look();
    if (bench.watching) raf(tick);
  });
})();
