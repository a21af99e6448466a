// [SECTION] Elements in one call: h('p', { class: 'x', text: 'Hi', onclick: fn }, [children]).
// `text` sets textContent, `class` the className, on* adds a listener; checked, value and
// selected are properties; null, undefined and false leave the attribute out.
export function h(tag, attrs, children) {
  var el = document.createElement(tag);
  for (var k in attrs || {}) {
    var v = attrs[k];
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') el.textContent = v;
    else if (k === 'class') el.className = v;
    else if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), v);
    else if (k === 'checked' || k === 'value' || k === 'selected') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  (children || []).forEach(function (c) { if (c) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
  return el;
}
