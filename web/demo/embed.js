// The iframe page (embed.html): one widget, its options in the query under the names of the
// element's attributes (?src=DOC-URL&theme=dark&lang=es, src being data-newsquiz), and its
// height told to the page around it whenever it changes: AMP's embed-size, for amp-iframe
// resizable, and newsquiz:size, for the parent snippet of docs/embedding.md.
(function () {
  'use strict';
  var OPTIONS = ['theme', 'lang', 'accent', 'start', 'actions', 'storage', 'strings', 'aggregates', 'xapi-endpoint'];
  var el = document.getElementById('newsquiz');
  var query = new URLSearchParams(location.search);

  OPTIONS.forEach(function (name) {
    var value = query.get(name);
    if (value !== null) el.setAttribute('data-' + name, value);
  });
  if (query.get('lang')) document.documentElement.lang = query.get('lang');
  // NOTE: a sandbox without allow-same-origin throws on every use of localStorage: progress is
  // then kept in memory, as data-storage="none" does, and the loader has nothing to warn about.
  if (!storageUsable()) el.setAttribute('data-storage', 'none');
  if (!query.get('src')) console.error('[newsquiz] embed.html needs ?src= with the URL of a newsquiz/1 document.');
  el.setAttribute('data-newsquiz', query.get('src') || '');

  function storageUsable() {
    try {
      window.localStorage.getItem('newsquiz:probe');
      return true;
    } catch (e) {
      return false;
    }
  }

  if (window.parent === window) return;  // opened on its own: nobody to tell
  var told = -1;
  new ResizeObserver(function () {
    var height = Math.ceil(el.getBoundingClientRect().height);
    if (!height || height === told) return;  // an empty element (not mounted yet) asks for nothing
    told = height;
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
    window.parent.postMessage({ type: 'newsquiz:size', height: height }, '*');
  }).observe(el);
})();
