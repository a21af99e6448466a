// The authoring page (author.html): the text is checked by newsquiz-author.wasm (wasm/author.h:
// the validator and the importers of the command line), every problem is listed with its place,
// and the document, once it has no errors, is mounted through NewsQuiz.mount beside it.
(function () {
  'use strict';
  var DELAY_MS = 250;  // typing pauses this long before the text is checked again
  var source = document.getElementById('source');
  var format = document.getElementById('format');
  var detected = document.getElementById('detected');
  var fileInput = document.getElementById('file');
  var count = document.getElementById('count');
  var problems = document.getElementById('problems');
  var download = document.getElementById('download');
  var preview = document.getElementById('preview');
  var note = document.getElementById('preview-note');
  var names = { json: 'newsquiz/1 JSON', gift: 'GIFT', aiken: 'Aiken', 'moodle-xml': 'Moodle XML', opentdb: 'Open Trivia DB' };
  var author = window.NewsQuizAuthor();
  var fileStem = '';       // the opened file's name without its extension, as `newsquiz convert IN` takes it
  var fileExt = '';        // and its extension, in lower case
  var documentText = null; // the newsquiz/1 text of the last check without errors
  var mounted = null;      // { text, widget } of the preview
  var timer = 0;

  // The format the text is in: the file's extension, else what the text looks like.
  function detect(text) {
    if (fileExt === 'gift') return 'gift';
    if (fileExt === 'xml') return 'moodle-xml';
    var t = text.replace(/^\uFEFF/, '').replace(/^\s+/, '');
    if (t.charAt(0) === '<') return 'moodle-xml';
    if (t.charAt(0) === '{') return /"response_code"\s*:/.test(t) ? 'opentdb' : 'json';
    if (/^ANSWER\s*:/m.test(t)) return 'aiken';
    return 'gift';
  }

  // nq_author_check through the C ABI: strings in and out as UTF-8 in the module's memory.
  function check(M, kind, text, name) {
    var args = [kind, text, name].map(function (s) {
      var n = M.lengthBytesUTF8(s) + 1, p = M._malloc(n);
      M.stringToUTF8(s, p, n);
      return p;
    });
    var out = M._nq_author_check(args[0], args[1], args[2]);
    args.forEach(function (p) { M._free(p); });
    var result = JSON.parse(M.UTF8ToString(out));
    M._nq_author_free(out);
    return result;
  }

  function counted(n, one) { return n + ' ' + one + (n === 1 ? '' : 's'); }

  function showProblems(list) {
    problems.textContent = '';
    var errors = 0;
    list.forEach(function (d) {
      if (d.severity === 'error') errors++;
      var li = document.createElement('li');
      li.className = d.severity;
      var where = [d.pointer, d.line > 0 ? d.line + ':' + (d.column || 1) : ''].filter(Boolean).join(' ');
      var parts = [['severity', d.severity], ['place', where], ['message', d.message]];
      var holder = li;
      if (d.from >= 0) {
        holder = document.createElement('button');
        holder.type = 'button';
        holder.dataset.from = d.from;
        holder.dataset.to = d.to;
        li.appendChild(holder);
      }
      parts.forEach(function (p, i) {
        if (!p[1]) return;
        var span = document.createElement('span');
        span.className = p[0];
        span.textContent = (i ? ' ' : '') + p[1];
        holder.appendChild(span);
      });
      problems.appendChild(li);
    });
    var warnings = list.length - errors;
    count.textContent = list.length ? counted(errors, 'error') + ', ' + counted(warnings, 'warning') : 'No problems.';
  }

  // A fresh widget for each new document; the previous one is destroyed first.
  function showPreview(text) {
    if (mounted && mounted.text === text) return;
    if (mounted) mounted.widget.then(function (w) { w.destroy(); });
    preview.textContent = '';
    mounted = null;
    note.hidden = text !== null;
    if (text === null) return;
    var host = document.createElement('div');
    preview.appendChild(host);
    mounted = { text: text, widget: window.NewsQuiz.mount(host, { article: text, storage: 'none' }) };
  }

  function update() {
    timer = 0;
    var text = source.value;
    var kind = format.value === 'auto' ? detect(text) : format.value;
    detected.textContent = format.value === 'auto' ? 'Read as ' + names[kind] : '';
    author.then(function (M) {
      if (text !== source.value) return;  // a newer edit is on its way
      var r = check(M, kind, text, kind === 'json' ? '' : fileStem);
      showProblems(r.diagnostics);
      documentText = r.ok ? r.document : null;
      download.disabled = documentText === null;
      showPreview(documentText);
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(update, DELAY_MS);
  }

  function open(file) {
    var dot = file.name.lastIndexOf('.');
    fileStem = dot > 0 ? file.name.slice(0, dot) : file.name;
    fileExt = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '';
    file.text().then(function (text) {
      source.value = text;
      update();
    });
  }

  problems.addEventListener('click', function (e) {
    var b = e.target.closest('button');
    if (!b) return;
    source.focus();
    source.setSelectionRange(Number(b.dataset.from), Number(b.dataset.to));
  });
  source.addEventListener('input', later);
  format.addEventListener('change', update);
  fileInput.addEventListener('change', function () { if (fileInput.files[0]) open(fileInput.files[0]); });
  source.addEventListener('dragover', function (e) { e.preventDefault(); source.classList.add('dropping'); });
  source.addEventListener('dragleave', function () { source.classList.remove('dropping'); });
  source.addEventListener('drop', function (e) {
    source.classList.remove('dropping');
    if (!e.dataTransfer.files.length) return;
    e.preventDefault();
    open(e.dataTransfer.files[0]);
  });
  download.addEventListener('click', function () {
    if (documentText === null) return;
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([documentText], { type: 'application/json' }));
    a.download = (fileStem || 'quiz') + '.json';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 0);
  });
})();
