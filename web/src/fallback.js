// [SECTION] The HTML version, for browsers without WebGL2: the same core (scoring,
// progress, events) through the C ABI, drawn from nq_view() as plain, styled HTML.
import { h } from './dom.js';

export function createFallback(hooks) {
  var root = h('div', { class: 'newsquiz__fallback' });
  var uid = hooks.uid;

  // Sends an answer made of the controls' current values, in the content format's shape.
  // quiet: the control keeps its element (a text field being typed in keeps caret and IME).
  function answer(response, quiet) { hooks.intent({ intent: 'answer', response: response }, quiet); }

  function numberFrom(text) {
    var t = String(text).trim().replace(',', '.');
    return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : null;
  }

  function choicesView(q) {
    var multiple = q.type === 'multiple';
    var legend = h('legend', { class: 'newsquiz__prompt', text: q.prompt });
    var list = q.choices.map(function (c) {
      var input = h('input', {
        type: multiple ? 'checkbox' : 'radio', name: 'nq-' + uid + '-' + q.id, value: c.id, checked: c.selected,
        disabled: q.phase !== 'question', 'data-key': 'choice-' + c.id,
        onchange: function () {
          if (q.type === 'true_false') return answer(c.id === 'true');
          if (!multiple) return answer(c.id);
          var picked = [];
          root.querySelectorAll('input[name="nq-' + uid + '-' + q.id + '"]:checked').forEach(function (i) { picked.push(i.value); });
          answer(picked.length ? picked : null);
        },
      });
      var mark = c.correct === undefined ? '' : c.correct ? 'newsquiz__choice--correct' : c.selected ? 'newsquiz__choice--wrong' : '';
      return h('label', { class: 'newsquiz__choice ' + mark }, [input, h('span', { text: c.text })]);
    });
    return h('fieldset', { class: 'newsquiz__choices' }, [legend].concat(q.hint ? [h('p', { class: 'newsquiz__hint', text: q.hint })] : []).concat(list));
  }

  function inputView(q) {
    var id = 'nq-' + uid + '-' + q.id + '-input';
    var field = h('input', {
      id: id, type: 'text', value: q.input.value, placeholder: q.input.placeholder, autocomplete: 'off',
      inputmode: q.input.numeric ? 'decimal' : null, disabled: q.phase !== 'question', 'data-key': 'input',
      oninput: function () {
        var v = field.value;
        answer(q.input.numeric ? numberFrom(v) : v.trim() ? v : null, true);
      },
      onkeydown: function (e) { if (e.key === 'Enter' && !e.isComposing) hooks.intent({ intent: 'submit' }); },
    });
    return h('div', { class: 'newsquiz__field' }, [
      h('label', { for: id, class: 'newsquiz__prompt', text: q.prompt }),
      h('span', { class: 'newsquiz__input' }, [field, q.input.unit ? h('span', { text: ' ' + q.input.unit }) : null]),
    ]);
  }

  function orderView(q) {
    var ids = q.items.map(function (it) { return it.id; });
    function move(i, by) {
      var next = ids.slice();
      var t = next[i]; next[i] = next[i + by]; next[i + by] = t;
      answer(next);
    }
    var rows = q.items.map(function (it, i) {
      return h('li', {}, [
        h('span', { text: it.text }),
        h('button', { type: 'button', 'aria-label': it.up, disabled: i === 0 || q.phase !== 'question', 'data-key': 'up-' + it.id, text: '\u2191', onclick: function () { move(i, -1); } }),
        h('button', { type: 'button', 'aria-label': it.down, disabled: i === ids.length - 1 || q.phase !== 'question', 'data-key': 'down-' + it.id, text: '\u2193', onclick: function () { move(i, 1); } }),
      ]);
    });
    return h('div', {}, [h('p', { class: 'newsquiz__prompt', text: q.prompt }), h('p', { class: 'newsquiz__hint', text: q.hint }), h('ol', { class: 'newsquiz__order' }, rows)]);
  }

  function matchView(q) {
    var rows = q.left.map(function (l) {
      var id = 'nq-' + uid + '-' + q.id + '-' + l.id;
      var select = h('select', {
        id: id, disabled: q.phase !== 'question', 'data-key': 'match-' + l.id,
        onchange: function () {
          var picked = {}, any = false;
          root.querySelectorAll('select[data-left]').forEach(function (s) { if (s.value) { picked[s.getAttribute('data-left')] = s.value; any = true; } });
          answer(any ? picked : null);
        },
        'data-left': l.id,
      }, [h('option', { value: '', text: q.choose })].concat(q.right.map(function (r) {
        return h('option', { value: r.id, text: r.text, selected: r.id === l.chosen });
      })));
      return h('div', { class: 'newsquiz__match' }, [h('label', { for: id, text: l.text }), select]);
    });
    return h('div', {}, [h('p', { class: 'newsquiz__prompt', text: q.prompt }), h('p', { class: 'newsquiz__hint', text: q.hint })].concat(rows));
  }

  function questionView(q) {
    var body = q.choices ? choicesView(q) : q.input ? inputView(q) : q.items ? orderView(q) : matchView(q);
    var parts = [h('p', { class: 'newsquiz__meta', text: q.label }), q.from ? h('p', { class: 'newsquiz__meta', text: q.from }) : null, body];
    if (q.feedback) {
      var f = q.feedback;
      parts.push(h('div', { class: 'newsquiz__feedback ' + (f.correct ? 'newsquiz__feedback--correct' : 'newsquiz__feedback--wrong') }, [
        h('p', {}, [h('strong', { text: f.title }), ' \u00b7 ' + f.points]),
      ].concat(f.messages.map(function (m) { return h('p', { text: m }); }))
        .concat(f.explanation ? [h('p', { text: f.explanation })] : [])));
    }
    return parts;
  }

  function articleView(a, v) {
    var chips = a.sources.map(function (s) { return h('li', { text: s.name }); });
    if (a.more_sources) chips.push(h('li', { text: a.more_sources }));
    return [
      h('p', { class: 'newsquiz__meta', text: a.date }),
      h('h2', { class: 'newsquiz__headline', text: a.headline, tabindex: '-1' }),
      a.dek ? h('p', { class: 'newsquiz__dek', text: a.dek }) : null,
      chips.length ? h('p', { class: 'newsquiz__meta', text: a.sources_label }) : null,
      chips.length ? h('ul', { class: 'newsquiz__chips' }, chips) : null,
    ].concat(a.body.map(function (p) { return h('p', { text: p }); })).concat([
      a.topics.length ? h('ul', { class: 'newsquiz__chips', 'aria-label': a.topics_label }, a.topics.map(function (t) {
        return h('li', { text: (t.emoji ? t.emoji + ' ' : '') + t.label });
      })) : null,
      v.cta ? h('p', { text: v.cta }) : null,
      v.best ? h('p', { class: 'newsquiz__best', 'data-id': 'best-score', text: v.best }) : null,
    ]);
  }

  // A labelled bar (a topic's mastery, a recent score); the width set through CSSOM, which a CSP allows.
  function bar(tag, attrs, label, percent, value) {
    var fill = h('span', { class: 'newsquiz__bar-fill' });
    fill.style.width = Math.max(0, Math.min(100, percent)) + '%';
    return h(tag, Object.assign({ class: 'newsquiz__bar' }, attrs), [
      h('span', { class: 'newsquiz__bar-label', text: label }),
      h('span', { class: 'newsquiz__bar-value', text: value }),
      h('span', { class: 'newsquiz__bar-track', 'aria-hidden': 'true' }, [fill]),
    ]);
  }

  function progressView(p) {
    var parts = [h('h2', { text: p.title, tabindex: '-1' })];
    if (p.empty) return parts.concat([h('p', { text: p.empty })]);
    parts.push(h('p', { class: 'newsquiz__score', 'data-id': 'streak', text: p.streak }),
      h('p', { class: 'newsquiz__meta', 'data-id': 'totals', text: p.totals }));
    if (p.nothing_due) parts.push(h('p', { class: 'newsquiz__meta', text: p.nothing_due }));
    if (p.topics.length) {
      parts.push(h('h3', { text: p.topics_label }), h('div', { class: 'newsquiz__bars' }, p.topics.map(function (t) {
        return bar('div', { role: 'progressbar', 'aria-label': t.label, 'aria-valuenow': String(t.percent), 'aria-valuemin': '0',
          'aria-valuemax': '100', 'aria-valuetext': t.value, 'data-id': t.id }, t.label, t.percent, t.value);
      })));
    }
    if (p.recent.length) {
      parts.push(h('h3', { text: p.recent_label }), h('ol', { class: 'newsquiz__bars', 'data-id': 'scores-chart', 'aria-label': p.chart }, p.recent.map(function (r) {
        return bar('li', {}, r.headline, r.percent, r.value);
      })));
    }
    return parts;
  }

  function resultView(r) {
    return [
      h('h2', { text: r.title, tabindex: '-1' }),
      h('p', { class: 'newsquiz__score', text: r.summary }),
      r.status ? h('p', { text: r.status + (r.band ? ': ' + r.band : '') }) : null,
      r.timed_out ? h('p', { text: r.timed_out }) : null,
      r.changes.length ? h('ul', { class: 'newsquiz__changes' }, r.changes.map(function (c) {
        return h('li', { 'data-id': c.id, text: c.text });
      })) : null,
    ];
  }

  function reviewView(v) {
    return [h('h2', { text: v.title, tabindex: '-1' }), h('ol', { class: 'newsquiz__review' }, v.review.map(function (e) {
      return h('li', {}, [
        h('p', { class: 'newsquiz__meta', text: e.label + ' \u00b7 ' + e.points }),
        h('p', { class: 'newsquiz__prompt', text: e.prompt }),
        h('p', { text: e.answer_label + ': ' + e.answer }),
        e.solution_label ? h('p', { text: e.solution_label + ': ' + e.solution }) : null,
        e.explanation ? h('p', { text: e.explanation }) : null,
      ]);
    }))];
  }

  function actionsView(v) {
    return [h('h2', { text: v.title, tabindex: '-1' }), h('ul', { class: 'newsquiz__actions' }, v.actions.map(function (a) {
      var text = a.spans.map(function (s) {
        if (!s.href) return s.text;
        return h('a', { href: s.href, target: '_blank', rel: 'noopener noreferrer', text: s.text,
          onclick: function (e) { e.preventDefault(); hooks.openLink(s.href); } });
      });
      return h('li', {}, [h('label', {}, [
        h('input', { type: 'checkbox', checked: a.done, 'aria-label': a.done_label, 'data-key': 'done-' + a.index,
          onchange: function () { hooks.intent({ intent: 'toggle_action_done', index: a.index }); } }),
        h('span', {}, text),
      ])]);
    }))];
  }

  function render(v) {
    var focused = document.activeElement;
    var key = root.contains(focused) ? focused.getAttribute('data-key') : null;
    var parts;
    switch (v.screen) {
      case 'article': parts = articleView(v.article, v); break;
      case 'question': parts = questionView(v.question); break;
      case 'results': parts = resultView(v.result); break;
      case 'review': parts = reviewView(v); break;
      case 'actions': parts = actionsView(v); break;
      case 'progress': parts = progressView(v.progress); break;
      case 'error': parts = [h('h2', { text: v.error.title, tabindex: '-1' }), h('p', { text: v.error.body })]; break;
      default: parts = [h('h2', { text: v.title || '', tabindex: '-1' })];
    }
    if (v.time_left) parts.unshift(h('p', { class: 'newsquiz__meta', text: v.time_left }));
    var buttons = v.buttons.map(function (b) {
      return h('button', {
        type: 'button', class: b.primary ? 'newsquiz__button newsquiz__button--primary' : 'newsquiz__button',
        'aria-disabled': b.disabled ? 'true' : null, 'data-key': 'button-' + b.intent, 'data-id': b.id, text: b.label,
        onclick: function (e) { if (e.currentTarget.getAttribute('aria-disabled') !== 'true') hooks.intent({ intent: b.intent }); },
      });
    });
    if (buttons.length) parts.push(h('div', { class: 'newsquiz__buttons' }, buttons));
    root.replaceChildren.apply(root, parts.filter(Boolean));
    var again = key && root.querySelector('[data-key="' + key + '"]');
    if (again) again.focus({ preventScroll: true });
    else if (key) {  // the focused control went with its screen: the new screen's start
      var start = root.querySelector('h2[tabindex], button, input, select');
      if (start) start.focus({ preventScroll: true });
    }
  }

  // Interactive controls and the progress figures (data-id), in CSS px relative to the
  // fallback's box (state().targets), with the canvas's ids where the HTML has them.
  function targets() {
    var box = root.getBoundingClientRect();
    var list = [];
    root.querySelectorAll('button, input, select, a[href], [data-id]').forEach(function (el) {
      var r = (el.type === 'radio' || el.type === 'checkbox') && el.closest('label') ? el.closest('label').getBoundingClientRect() : el.getBoundingClientRect();
      var role = el.tagName === 'A' ? 'link' : el.tagName === 'SELECT' ? 'combobox' : el.type === 'text' ? 'textbox' :
        el.type === 'radio' || el.type === 'checkbox' ? el.type : el.tagName === 'BUTTON' ? 'button' : el.getAttribute('role') || 'text';
      var label = el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent : el.textContent);
      var t = { role: role, label: label.trim(), x: r.left - box.left, y: r.top - box.top, w: r.width, h: r.height };
      if (el.getAttribute('data-id')) t = Object.assign({ id: el.getAttribute('data-id') }, t);
      if (role === 'radio' || role === 'checkbox') t.checked = el.checked;
      if (role === 'progressbar') t.value = el.getAttribute('aria-valuetext');
      list.push(t);
    });
    return list;
  }

  // After a quiet answer only the buttons change (Submit becomes possible).
  function patch(v) {
    v.buttons.forEach(function (b) {
      var el = root.querySelector('[data-key="button-' + b.intent + '"]');
      if (el) { if (b.disabled) el.setAttribute('aria-disabled', 'true'); else el.removeAttribute('aria-disabled'); }
    });
  }

  return { root: root, render: render, patch: patch, targets: targets };
}
