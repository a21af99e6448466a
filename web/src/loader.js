/* newsquiz loader: mounts every [data-newsquiz] element of the page. SKELETON. */
(function () {
  'use strict';
  // Keep Emscripten's glue from registering itself as a CommonJS or AMD module on the page.
  var module, exports, define; // eslint-disable-line no-unused-vars

  /*@GLUE@*/

  var VERSION = '@VERSION@';
  var script = document.currentScript;
  var base = script && script.src ? script.src.replace(/[^/]*$/, '') : './';
  var compiled = null;

  function log(level, message) { console[level]('[newsquiz] ' + message); }

  function compile() {
    if (!compiled) {
      var url = base + 'newsquiz.wasm';
      compiled = WebAssembly.compileStreaming(fetch(url)).catch(function () {
        return fetch(url).then(function (r) { return r.arrayBuffer(); }).then(WebAssembly.compile);
      });
    }
    return compiled;
  }

  function passString(m, s) {
    var n = m.lengthBytesUTF8(s) + 1;
    var p = m._malloc(n);
    m.stringToUTF8(s, p, n);
    return p;
  }

  function mount(el) {
    if (el.__newsquiz) return el.__newsquiz;
    var canvas = document.createElement('canvas');
    canvas.style.display = 'block';
    canvas.style.width = '100%';
    canvas.style.touchAction = 'pan-y pinch-zoom';
    el.appendChild(canvas);
    var widget = { element: el, canvas: canvas, module: null, lastState: null };
    el.__newsquiz = widget;
    var src = el.getAttribute('data-newsquiz');
    widget.ready = Promise.all([compile(), fetch(src).then(function (r) { return r.text(); })]).then(function (both) {
      return NewsQuizModule({
        canvas: canvas,
        instantiateWasm: function (imports, receive) {
          WebAssembly.instantiate(both[0], imports).then(function (inst) { receive(inst, both[0]); });
          return {};
        }
      }).then(function (m) {
        widget.module = m;
        var p = passString(m, both[1]);
        m._nq_web_open(p);
        m._free(p);
        var height = 200;
        function frame(t) {
          var dpr = window.devicePixelRatio || 1;
          var w = canvas.clientWidth;
          canvas.width = Math.round(w * dpr);
          canvas.height = Math.round(height * dpr);
          canvas.style.height = height + 'px';
          var more = m._nq_web_frame(w, height, dpr, t);
          height = Math.ceil(m._nq_web_height());
          if (more) requestAnimationFrame(frame);
        }
        requestAnimationFrame(frame);
        canvas.addEventListener('pointerdown', function (e) { m._nq_web_pointer(1, e.offsetX, e.offsetY, 0); requestAnimationFrame(frame); });
        canvas.addEventListener('pointerup', function (e) { m._nq_web_pointer(2, e.offsetX, e.offsetY, 0); requestAnimationFrame(frame); });
        canvas.addEventListener('pointermove', function (e) { m._nq_web_pointer(0, e.offsetX, e.offsetY, 0); requestAnimationFrame(frame); });
        return widget;
      });
    });
    widget.state = function () {
      if (!widget.module) return null;
      var p = widget.module._nq_web_state();
      var s = JSON.parse(widget.module.UTF8ToString(p));
      widget.module._free(p);
      return s;
    };
    return widget;
  }

  var NewsQuiz = { version: VERSION, widgets: [], mount: function (el) { var w = mount(el); NewsQuiz.widgets.push(w); return w.ready; } };
  window.NewsQuiz = NewsQuiz;
  var nodes = document.querySelectorAll('[data-newsquiz]');
  for (var i = 0; i < nodes.length; i++) NewsQuiz.mount(nodes[i]);
  if (!nodes.length) log('warn', 'no element with data-newsquiz on the page');
})();
