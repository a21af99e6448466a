// [SECTION] This script's own folder: newsquiz.wasm and the fonts sit beside it.
// NOTE: read while the script runs; document.currentScript is null once it has run.
var script = document.currentScript || [].slice.call(document.scripts).filter(function (s) {
  return /\/newsquiz(\.min)?\.js([?#]|$)/.test(s.src);
})[0];

export const base = script && script.src ? script.src.replace(/[^/?#]*([?#].*)?$/, '') : './';
