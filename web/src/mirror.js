// [SECTION] The accessible mirror: one real HTML control per item of the canvas, in
// reading order, placed on the item's rectangle and transparent (the canvas is
// aria-hidden). Focus lives here, so Tab enters and leaves the widget like any form; a
// control's activation activates the ImGui item; a text field shows itself while edited.

function setStyles(el, styles) {
  for (var k in styles) el.style[k] = styles[k];
}

// The screen's top heading is an h2 (the page has its own h1); the others follow it.
function headingTag(item, top) { return 'H' + Math.min(6, 2 + (item.level || 1) - top); }

export function createMirror(hooks) {
  var root = document.createElement('div');
  root.className = 'newsquiz__mirror';
  // NOTE: inline (CSSOM) as well as in the sheet: a CSP that blocks the sheet must not show the mirror.
  setStyles(root, { position: 'absolute', left: '0', top: '0', right: '0', bottom: '0', overflow: 'hidden', pointerEvents: 'none' });
  var byId = {};    // item id -> element
  var items = [];   // the items last shown

  function listboxId(comboId) { return 'nq-' + hooks.uid + '-list-' + comboId.replace(/[^A-Za-z0-9_-]/g, '-'); }

  // The open select's options sit in one listbox, kept (by its select's id) while they show.
  var listboxes = {};
  function listboxFor(item) {
    var combo = item.id.replace(/\/[^/]*$/, '');
    var lb = listboxes[combo];
    if (!lb) {
      lb = listboxes[combo] = document.createElement('div');
      lb.setAttribute('role', 'listbox');
      lb.id = listboxId(combo);
      setStyles(lb, { position: 'absolute', left: '0', top: '0', width: '0', height: '0', overflow: 'visible' });
    }
    var owner = byId[combo];
    if (owner && lb.getAttribute('aria-label') !== owner.textContent) lb.setAttribute('aria-label', owner.textContent);
    return lb;
  }

  function itemOf(el) {
    var node = el && el.closest ? el.closest('[data-nq-id]') : null;
    return node && root.contains(node) ? node : null;
  }

  function create(item, top) {
    var el;
    switch (item.role) {
      case 'heading':
        el = document.createElement(headingTag(item, top));
        el.tabIndex = -1;  // focus lands on the new screen's heading when the old control goes
        break;
      case 'button':
        el = document.createElement('button');
        el.type = 'button';
        break;
      case 'combobox':  // a match row's select: a pop-up list of the options (listboxFor)
        el = document.createElement('button');
        el.type = 'button';
        el.setAttribute('role', 'combobox');
        el.setAttribute('aria-haspopup', 'listbox');
        el.setAttribute('aria-controls', listboxId(item.id));
        break;
      case 'option':
        el = document.createElement('div');
        el.setAttribute('role', 'option');
        el.tabIndex = 0;
        break;
      case 'radio':
      case 'checkbox':
        el = document.createElement('input');
        el.type = item.role;
        // radios of one question form a group: their ids share everything before the last '/'
        if (item.role === 'radio') el.name = 'nq-' + hooks.uid + '-' + item.id.replace(/\/[^/]*$/, '');
        break;
      case 'textbox':
        el = document.createElement('input');
        el.type = 'text';
        el.autocomplete = 'off';
        el.spellcheck = false;
        el.setAttribute('enterkeyhint', 'done');
        break;
      case 'link':
        el = document.createElement('a');
        el.target = '_blank';
        el.rel = 'noopener noreferrer';
        break;
      case 'progressbar':
        el = document.createElement('div');
        el.setAttribute('role', 'progressbar');
        break;
      default:
        el = document.createElement('p');
    }
    el.setAttribute('data-nq-id', item.id);
    el.setAttribute('data-nq-role', item.role);
    setStyles(el, { position: 'absolute', opacity: '0', overflow: 'hidden', margin: '0' });
    return el;
  }

  function apply(el, item) {
    var states = ' ' + (item.state || '') + ' ';
    var disabled = states.indexOf(' disabled ') >= 0;
    el.style.left = item.x + 'px';
    el.style.top = item.y + 'px';
    el.style.width = Math.max(1, item.w) + 'px';
    el.style.height = Math.max(1, item.h) + 'px';
    switch (item.role) {
      case 'radio':
      case 'checkbox':
      case 'textbox':
      case 'progressbar':
        el.setAttribute('aria-label', item.label);
        break;
      case 'option':
        el.setAttribute('aria-selected', item.checked ? 'true' : 'false');
        if (el.textContent !== item.label) el.textContent = item.label;
        break;
      default:
        if (el.textContent !== item.label) el.textContent = item.label;
    }
    if (item.role === 'radio' || item.role === 'checkbox') el.checked = !!item.checked;
    if (item.role === 'textbox' && document.activeElement !== el && el.value !== item.value) el.value = item.value || '';
    if (item.role === 'textbox' && /numer|number/.test(item.id)) el.inputMode = 'decimal';
    if (item.role === 'link') el.href = item.href || '#';
    if (item.role === 'progressbar') el.setAttribute('aria-valuetext', item.value || '');
    if (item.interactive) {
      if (disabled) el.setAttribute('aria-disabled', 'true');
      else el.removeAttribute('aria-disabled');
    }
    if (states.indexOf(' expanded ') >= 0) el.setAttribute('aria-expanded', 'true');
    else if (states.indexOf(' collapsed ') >= 0) el.setAttribute('aria-expanded', 'false');
    else el.removeAttribute('aria-expanded');
  }

  // next: the frame's items; focused: the item ImGui moved keyboard focus to ("" = none).
  function update(next, focused) {
    var hadFocus = root.contains(document.activeElement);
    var keep = {}, top = 6;
    for (var i = 0; i < next.length; i++) {
      keep[next[i].id] = next[i];
      if (next[i].role === 'heading') top = Math.min(top, next[i].level || 1);
    }
    for (var id in byId) {
      var kept = keep[id];
      if (!kept || kept.role !== byId[id].getAttribute('data-nq-role') ||
          (kept.role === 'heading' && byId[id].tagName !== headingTag(kept, top))) {
        byId[id].remove();
        delete byId[id];
      }
    }
    var at = root.firstChild, shown = {};
    for (var n = 0; n < next.length; n++) {
      var item = next[n];
      var el = byId[item.id] || (byId[item.id] = create(item, top));
      apply(el, item);
      if (item.role === 'option') {  // into its listbox, which takes the options' place in order
        var lb = listboxFor(item), combo = item.id.replace(/\/[^/]*$/, '');
        if (!shown[combo]) {
          shown[combo] = true;
          if (lb !== at) root.insertBefore(lb, at);
          else at = at.nextSibling;
        }
        lb.appendChild(el);
        continue;
      }
      if (el !== at) root.insertBefore(el, at);
      else at = at.nextSibling;
    }
    for (var c in listboxes) {
      if (!shown[c]) { listboxes[c].remove(); delete listboxes[c]; }
    }
    items = next;
    // The control that had focus went with its screen: carry focus where the widget wants it,
    // else to the new screen's start.
    if (hadFocus && !root.contains(document.activeElement)) {
      if (!follow(focused)) focusStart();
    }
  }

  // The widget moved focus (a choice made in a list returns to its button): the DOM follows,
  // only while focus is in the widget.
  function follow(id) {
    var el = id && byId[id];
    if (!el || el === document.activeElement) return false;
    el.focus({ preventScroll: true });
    return true;
  }

  function focusStart() {
    var first = root.querySelector('h2, h3, h4, h5, h6, button, input, a');
    if (first) first.focus({ preventScroll: true });
  }

  function find(role, pred) {
    for (var i = 0; i < items.length; i++) if (items[i].role === role && pred(items[i])) return items[i];
    return null;
  }

  // The item under a point (CSS px on the canvas), interactive ones only.
  function hit(x, y) {
    for (var i = items.length - 1; i >= 0; i--) {
      var it = items[i];
      if (it.interactive && x >= it.x && x < it.x + it.w && y >= it.y && y < it.y + it.h) return it;
    }
    return null;
  }

  function onClick(e) {
    var el = itemOf(e.target);
    if (!el) return;
    var role = el.getAttribute('data-nq-role'), id = el.getAttribute('data-nq-id');
    if (role === 'link') {
      e.preventDefault();
      hooks.openLink(el.getAttribute('href'));
    } else if ((role === 'button' || role === 'combobox' || role === 'option') && el.getAttribute('aria-disabled') !== 'true') {
      hooks.activate(id);
    }
  }

  // Radios and checkboxes report through change: clicks, Space and the arrow keys alike.
  function onChange(e) {
    var el = itemOf(e.target);
    if (el && (el.type === 'radio' || el.type === 'checkbox')) hooks.activate(el.getAttribute('data-nq-id'));
  }

  function onInput(e) {
    var el = itemOf(e.target);
    if (el && el.getAttribute('data-nq-role') === 'textbox') hooks.text(el.getAttribute('data-nq-id'), el.value);
  }

  // In a radio group the arrow keys move focus and Space or Enter chooses: choosing can
  // commit on the canvas (a match list closes), so focus alone must not choose.
  function onRadioKey(e, el) {
    var step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    if (e.key === 'Enter') {
      e.preventDefault();
      if (!el.checked) hooks.activate(el.getAttribute('data-nq-id'));
      return;
    }
    if (!step) return;
    e.preventDefault();
    var group = Array.prototype.filter.call(root.querySelectorAll('input[type="radio"]'), function (r) { return r.name === el.name; });
    var next = group[(group.indexOf(el) + step + group.length) % group.length];
    next.focus({ preventScroll: true });
  }

  // Enter in a text field submits, as in a form.
  function onKeydown(e) {
    var el = itemOf(e.target);
    if (el && el.type === 'radio') return onRadioKey(e, el);
    if (el && el.getAttribute('data-nq-role') === 'option' && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();  // an option chooses as a click does
      hooks.activate(el.getAttribute('data-nq-id'));
      return;
    }
    if (!el || e.key !== 'Enter' || el.getAttribute('data-nq-role') !== 'textbox' || e.isComposing) return;
    var submit = find('button', function (it) { return /(^|\/)submit$/.test(it.id) && !/disabled/.test(it.state || ''); });
    if (submit) {
      e.preventDefault();
      hooks.activate(submit.id);
    }
  }

  function onFocusIn(e) {
    var el = itemOf(e.target);
    hooks.focus(el ? el.getAttribute('data-nq-id') : '');
  }

  function onFocusOut(e) {
    if (!root.contains(e.relatedTarget)) hooks.focus('');
  }

  root.addEventListener('click', onClick);
  root.addEventListener('change', onChange);
  root.addEventListener('input', onInput);
  root.addEventListener('keydown', onKeydown);
  root.addEventListener('focusin', onFocusIn);
  root.addEventListener('focusout', onFocusOut);

  return {
    root: root,
    update: update,
    follow: function (id) { if (root.contains(document.activeElement)) follow(id); },
    hit: hit,
    items: function () { return items; },
    element: function (id) { return byId[id] || null; },
  };
}
