// [SECTION] The HTML version, for browsers without WebGL2: the same core (scoring, progress,
// events) through the C ABI, drawn from nq_view(), the view the canvas draws (core/view.h).
// It decides nothing: every word, mark and button comes from the view. Elements carry the
// canvas's item ids (data-id) and marks (data-mark), so both can be read back the same way.
import { h } from './dom.js';

export function createFallback(hooks) {
  var root = h('div', { class: 'newsquiz__fallback' });
  var uid = hooks.uid;
  var expanded = false;  // "Read more" on the card: the reader's own unfolding, as on the canvas
  var last = null;

  // quiet: the control keeps its element (a text field being typed in keeps caret and IME).
  function answer(response, quiet) { hooks.intent({ intent: 'answer', response: response }, quiet); }

  function text(tag, id, value, attrs) {
    if (!value) return null;
    return h(tag, Object.assign({ 'data-id': id, text: value }, attrs || {}));
  }

  function marked(attrs, mark) {
    if (mark && mark !== 'none' && mark !== 'picked') {
      attrs['data-mark'] = mark;
      attrs.class = (attrs.class || '') + ' newsquiz__mark--' + mark;
    }
    return attrs;
  }

  function buttons(v, row) {
    var list = v.buttons.filter(function (b) { return b.row === row; });
    if (!list.length) return null;
    return h('div', { class: 'newsquiz__buttons' }, list.map(function (b) {
      return h('button', {
        type: 'button', class: 'newsquiz__button newsquiz__button--' + b.style, 'data-id': b.id,
        'aria-disabled': b.disabled ? 'true' : null, text: b.label,
        onclick: function (e) {
          if (e.currentTarget.getAttribute('aria-disabled') === 'true') return;
          if (b.intent === 'share') hooks.share(v.results.share_text, v.results.share_copied);
          else hooks.intent({ intent: b.intent });
        },
      });
    }));
  }

  function chips(list, label) {
    if (!list.length) return null;
    return h('ul', { class: 'newsquiz__chips', 'aria-label': label }, list.map(function (c) {
      var attrs = { 'data-id': c.id, text: c.text };
      if (c.label !== c.text) attrs['aria-label'] = c.label;
      return h('li', attrs, c.href ? [h('a', { href: c.href, target: '_blank', rel: 'noopener noreferrer', text: c.text,
        onclick: function (e) { e.preventDefault(); hooks.openLink(c.href); } })] : null);
    }));
  }

  // [SECTION] The card
  function articleView(v) {
    var a = v.article;
    var shown = expanded ? a.body.length : a.body_folded;
    var parts = [
      text('p', 'date', a.date, { class: 'newsquiz__meta' }),
      text('h2', 'headline', a.headline, { class: 'newsquiz__headline', tabindex: '-1' }),
      chips(a.sources, a.sources_label),  // the sources, then the dek, as the article shows them
      text('p', 'dek', a.dek, { class: 'newsquiz__dek' }),
    ].concat(a.body.slice(0, shown).map(function (p, i) { return text('p', 'body/' + i, p); }));
    if (a.body_folded < a.body.length) {
      parts.push(h('button', { type: 'button', class: 'newsquiz__button newsquiz__button--quiet', 'data-id': 'read-more',
        'aria-expanded': expanded ? 'true' : 'false', text: expanded ? a.read_less : a.read_more,
        onclick: function () { expanded = !expanded; render(last); } }));
    }
    parts.push(chips(a.topics, a.topics_label));
    if (a.quiz) {
      parts.push(h('div', { class: 'newsquiz__panel' }, [
        text('h3', 'quiz-title', a.quiz_title),
        text('p', 'cta', a.cta),
        text('p', 'your-score', a.your_score, { class: 'newsquiz__best' }),
        text('p', 'best-score', a.best, { class: 'newsquiz__best', 'data-figure': '' }),
        buttons(v, 0),
      ]));
    }
    parts.push(buttons(v, 1));
    if (a.actions_title) parts.push(text('h3', 'actions-title', a.actions_title), actionList(v));
    return parts.concat([buttons(v, 2)]);
  }

  // [SECTION] The question
  function choicesView(q) {
    var multiple = q.type === 'multiple';
    return h('fieldset', { class: 'newsquiz__choices' }, [h('legend', { class: 'newsquiz__sr', text: q.prompt })].concat(q.choices.map(function (c) {
      var input = h('input', {
        type: multiple ? 'checkbox' : 'radio', name: 'nq-' + uid + '-' + q.id, value: c.id, checked: c.picked,
        disabled: q.locked,
        onchange: function () {
          if (q.type === 'true_false') return answer(c.id === 'true');
          if (!multiple) return answer(c.id);
          var picked = q.choices.filter(function (o) { return o.id === c.id ? !o.picked : o.picked; })
            .map(function (o) { return o.id; });
          answer(picked.length ? picked : null);
        },
      });
      return h('label', marked({ class: 'newsquiz__choice', 'data-id': c.item }, c.mark),
        [input, h('span', { text: c.text }), c.note ? h('span', { class: 'newsquiz__note', text: c.note }) : null]);
    })));
  }

  function fieldView(q) {
    var f = q.field;
    var id = 'nq-' + uid + '-' + q.id + '-input';
    var input = h('input', marked({
      id: id, type: 'text', value: f.value, placeholder: f.placeholder, autocomplete: 'off',
      inputmode: f.numeric ? 'decimal' : null, disabled: q.locked, 'data-id': f.item,
      oninput: function () { hooks.intent({ intent: 'answer', text: input.value }, true); },
      onkeydown: function (e) { if (e.key === 'Enter' && !e.isComposing) hooks.intent({ intent: 'submit' }); },
    }, f.mark));
    return h('div', { class: 'newsquiz__field' }, [
      h('label', { for: id, text: f.label + (f.unit ? ' (' + f.unit + ')' : '') }),
      h('span', { class: 'newsquiz__input' }, [input, f.unit ? h('span', { text: ' ' + f.unit }) : null]),
      h('p', { class: 'newsquiz__hint', role: 'status', 'data-id': f.item + '-hint', text: f.error }),
    ]);
  }

  function orderView(q) {
    var ids = q.items.map(function (it) { return it.id; });
    function move(i, by) {
      var next = ids.slice();
      var t = next[i]; next[i] = next[i + by]; next[i + by] = t;
      answer(next);
    }
    return h('ol', { class: 'newsquiz__order' }, q.items.map(function (it, i) {
      return h('li', marked({ 'data-id': it.item }, it.mark), [
        h('span', { text: it.text }),
        q.locked ? null : h('button', { type: 'button', 'aria-label': it.up, disabled: !it.can_up, 'data-id': it.item + '/up',
          text: '\u2191', onclick: function () { move(i, -1); } }),
        q.locked ? null : h('button', { type: 'button', 'aria-label': it.down, disabled: !it.can_down, 'data-id': it.item + '/down',
          text: '\u2193', onclick: function () { move(i, 1); } }),
      ]);
    }));
  }

  function matchView(q) {
    return h('div', {}, q.rows.map(function (row) {
      var id = 'nq-' + uid + '-' + q.id + '-' + row.id;
      var select = h('select', marked({
        id: id, disabled: q.locked, 'data-id': row.item,
        onchange: function () {
          var picked = {}, any = false;
          q.rows.forEach(function (other) {
            var chosen = other.id === row.id ? select.value : other.chosen;
            if (chosen) { picked[other.id] = chosen; any = true; }
          });
          answer(any ? picked : null);
        },
      }, row.mark), [h('option', { value: '', text: q.choose })].concat(q.options.map(function (o) {
        return h('option', { value: o.id, text: o.text, selected: o.id === row.chosen });
      })));
      return h('div', { class: 'newsquiz__match' }, [h('label', { for: id, 'data-id': q.id + '/left/' + row.id, text: row.left }), select]);
    }));
  }

  function feedbackView(q) {
    var f = q.feedback;
    if (!f) return null;
    return h('div', marked({ class: 'newsquiz__feedback' }, f.verdict), [
      h('p', {}, [text('strong', q.id + '/verdict', f.title, { role: 'status' }), ' \u00b7 ', text('span', q.id + '/points', f.points)]),
    ].concat(f.notes.map(function (n, i) { return text('p', q.id + '/note/' + i, n); })).concat([
      text('p', q.id + '/solution-label', f.solution_label, { class: 'newsquiz__meta' }),
      text('p', q.id + '/solution', f.solution),
      text('p', q.id + '/explanation', f.explanation),
      text('p', q.id + '/others', f.others, { class: 'newsquiz__meta' }),
    ]));
  }

  function questionView(v) {
    var q = v.question;
    var body = q.choices ? choicesView(q) : q.field ? fieldView(q) : q.items ? orderView(q) : matchView(q);
    return [
      h('p', { class: 'newsquiz__meta', 'data-id': 'progress', role: 'progressbar', 'aria-label': q.counter,
        'aria-valuetext': q.counter_value, 'aria-valuemin': '0', 'aria-valuemax': '100',
        'aria-valuenow': String(Math.round(q.progress * 100)), 'data-figure': '', text: q.counter }),
      text('p', 'time-left', q.time_left, { class: 'newsquiz__meta' + (q.time_short ? ' newsquiz__urgent' : ''), role: 'status' }),
      text('p', 'review-source', q.from, { class: 'newsquiz__meta' }),
      text('h2', q.id + '/prompt', q.prompt, { class: 'newsquiz__prompt', tabindex: '-1' }),
      text('p', q.id + '/hint', q.hint, { class: 'newsquiz__hint' }),
      body,
      feedbackView(q),
      buttons(v, 0),
    ];
  }

  // [SECTION] Results and review
  function reviewRows(r) {
    return [text('h3', 'review-title', r.review_title), h('ol', { class: 'newsquiz__review' }, r.rows.map(function (row) {
      return h('li', marked({}, row.verdict), [
        text('p', row.id + '/head', row.head, { class: 'newsquiz__meta' }),
        text('p', row.id + '/prompt', row.prompt, { class: 'newsquiz__prompt' }),
        text('p', row.id + '/yours-label', row.answer_label, { class: 'newsquiz__meta' }),
        text('p', row.id + '/yours', row.answer),
        text('p', row.id + '/solution-label', row.solution_label, { class: 'newsquiz__meta' }),
        text('p', row.id + '/solution', row.solution),
        text('p', row.id + '/explanation', row.explanation),
        text('p', row.id + '/others', row.others, { class: 'newsquiz__meta' }),
      ]);
    }))];
  }

  function resultsView(v) {
    var r = v.results;
    return [
      text('h2', 'results-title', r.title, { tabindex: '-1' }),
      h('p', { class: 'newsquiz__score', 'data-id': 'score-ring', role: 'progressbar', 'aria-label': r.title,
        'aria-valuetext': r.percent_text, 'aria-valuemin': '0', 'aria-valuemax': '100',
        'aria-valuenow': String(r.percent), 'data-figure': '', text: r.percent_text }),
      text('p', 'score', r.score_text, { class: 'newsquiz__score' }),
      r.pass_shown ? text('p', 'passed', r.status, { class: 'newsquiz__status', role: 'status' }) : null,
      text('p', 'time-up', r.timed_out, { class: 'newsquiz__meta' }),
      text('p', 'band', r.band),
      text('p', 'others', r.others),
      r.changes.length ? text('h3', 'changes-title', r.changes_title) : null,
      r.changes.length ? h('ul', { class: 'newsquiz__changes' }, r.changes.map(function (c) {
        return text('li', c.id, c.text, { 'data-figure': '' });
      })) : null,
      buttons(v, 0),
      buttons(v, 1),
    ].concat(reviewRows(r));
  }

  function reviewView(v) { return reviewRows(v.results).concat([buttons(v, 0)]); }

  // [SECTION] Progress, actions, error
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

  function progressView(v) {
    var p = v.progress;
    var parts = [text('h2', 'progress-title', p.title, { tabindex: '-1' })];
    if (p.empty) return parts.concat([text('p', 'no-attempts', p.empty), buttons(v, 1)]);
    parts.push(text('p', 'streak', p.streak, { class: 'newsquiz__score', 'data-figure': '' }),
      text('p', 'totals', p.totals, { class: 'newsquiz__meta', 'data-figure': '' }),
      buttons(v, 0),
      text('p', 'nothing-due', p.nothing_due, { class: 'newsquiz__meta' }));
    if (p.topics.length) {
      parts.push(text('h3', 'mastery-title', p.topics_title), h('div', { class: 'newsquiz__bars' }, p.topics.map(function (t) {
        return bar('div', { role: 'progressbar', 'aria-label': t.label, 'aria-valuenow': String(t.percent), 'aria-valuemin': '0',
          'aria-valuemax': '100', 'aria-valuetext': t.figure, 'data-id': t.id, 'data-figure': '' }, t.label, t.percent, t.figure);
      })));
    }
    if (p.recent.length) {
      parts.push(text('h3', 'scores-title', p.recent_title), h('ol', { class: 'newsquiz__bars', 'data-id': 'scores-chart',
        'data-figure': '', 'aria-label': p.chart }, p.recent.map(function (r) {
        return bar('li', {}, r.headline, r.percent, r.figure);
      })));
    }
    return parts.concat([buttons(v, 1), buttons(v, 2)]);
  }

  // A question over the screen (keep progress on this device? delete it?): its words and its buttons.
  function promptView(v) {
    if (!v.prompt || !v.prompt.id) return null;
    var id = 'nq-' + uid + '-prompt';
    return h('div', { class: 'newsquiz__prompt-box', role: 'group', 'aria-labelledby': id, 'data-id': 'prompt/' + v.prompt.id }, [
      h('p', { id: id, 'data-id': 'prompt/' + v.prompt.id + '/text', text: v.prompt.text }), buttons(v, v.prompt.row)]);
  }

  // The numbered actions with their links and Done ticks: on their own screen and on the card.
  function actionList(v) {
    return h('ol', { class: 'newsquiz__actions' }, v.actions.map(function (a) {
      var spans = a.spans.map(function (s) {
        if (!s.href) return s.text;
        return h('a', { href: s.href, target: '_blank', rel: 'noopener noreferrer', text: s.text,
          onclick: function (e) { e.preventDefault(); hooks.openLink(s.href); } });
      });
      return h('li', {}, [h('span', { 'data-id': a.id }, spans), h('label', {}, [
        h('input', { type: 'checkbox', checked: a.done, 'aria-label': a.done_label, 'data-id': a.id + '/done',
          onchange: function () { hooks.intent({ intent: 'toggle_action_done', index: a.index }); } }),
        ' ' + a.done_word,
      ])]);
    }));
  }

  function actionsView(v) {
    return [text('h2', 'actions-title', v.title, { tabindex: '-1' }), actionList(v), buttons(v, 0)];
  }

  function errorView(v) {
    return [text('h2', 'error-title', v.error.title, { tabindex: '-1' }), text('p', 'error-body', v.error.body)];
  }

  var screens = { article: articleView, question: questionView, results: resultsView, review: reviewView,
    progress: progressView, actions: actionsView, error: errorView };

  function render(v) {
    var focused = document.activeElement;
    var key = root.contains(focused) ? focused.getAttribute('data-id') : null;
    last = v;
    root.lang = v.lang;
    root.dir = v.dir;
    root.replaceChildren.apply(root, screens[v.screen](v).concat([promptView(v)]).filter(Boolean));
    var again = key && root.querySelector('[data-id="' + key + '"]');
    if (again) again.focus({ preventScroll: true });
    else if (key) {  // the focused control went with its screen: the new screen's start
      var start = root.querySelector('h2[tabindex], button, input, select');
      if (start) start.focus({ preventScroll: true });
    }
  }

  // After a quiet answer the field keeps its element; what it changed is patched in: whether
  // Submit can be pressed, and what the field says about the text.
  function patch(v) {
    last = v;
    v.buttons.forEach(function (b) {
      var el = root.querySelector('button[data-id="' + b.id + '"]');
      if (el) { if (b.disabled) el.setAttribute('aria-disabled', 'true'); else el.removeAttribute('aria-disabled'); }
    });
    var f = v.question && v.question.field;
    var hint = f && root.querySelector('[data-id="' + f.item + '-hint"]');
    if (hint) hint.textContent = f.error;
  }

  // Interactive controls and the progress figures (data-figure), in CSS px relative to the
  // fallback's box (state().targets), with the canvas's ids.
  function targets() {
    var box = root.getBoundingClientRect();
    var list = [];
    root.querySelectorAll('button, input, select, a[href], [data-figure]').forEach(function (el) {
      var r = (el.type === 'radio' || el.type === 'checkbox') && el.closest('label') ? el.closest('label').getBoundingClientRect() : el.getBoundingClientRect();
      var role = el.tagName === 'A' ? 'link' : el.tagName === 'SELECT' ? 'combobox' : el.type === 'text' ? 'textbox' :
        el.type === 'radio' || el.type === 'checkbox' ? el.type : el.tagName === 'BUTTON' ? 'button' : el.getAttribute('role') || 'text';
      var label = el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent : el.textContent);
      var t = { role: role, label: label.trim(), x: r.left - box.left, y: r.top - box.top, w: r.width, h: r.height };
      var id = el.getAttribute('data-id') || (el.closest('[data-id]') && el.closest('[data-id]').getAttribute('data-id'));
      if (id) t = Object.assign({ id: id }, t);
      if (role === 'radio' || role === 'checkbox') t.checked = el.checked;
      if (role === 'progressbar') t.value = el.getAttribute('aria-valuetext');
      if (el.getAttribute('aria-disabled') === 'true' || el.disabled) t.disabled = true;
      list.push(t);
    });
    return list;
  }

  return { root: root, render: render, patch: patch, targets: targets };
}
