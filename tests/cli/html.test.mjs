// `newsquiz html DOC` through the real binary: the seed quiz's every prompt and choice, one
// script (the JSON-LD, which parses), acceptedAnswer only with show_solutions, exit codes; and the
// fragment read back by an HTML5 parser (parse5): no parse error, the same bytes when written
// again, every prompt and choice as text, no script but the JSON-LD, also for hostile text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { run, fixture } from './run.mjs';

const parse5 = createRequire(fixture('web/package.json'))('parse5');

const seed = fixture('assets/articles/rubio-us-mexico-security.json');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function jsonLd(html) {
  const m = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html);
  assert.ok(m, 'a JSON-LD script');
  return JSON.parse(m[1]);
}

test('html writes the card and every prompt and choice of the seed, with one script: its JSON-LD', () => {
  const r = run(['html', seed]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const doc = JSON.parse(fs.readFileSync(seed, 'utf8'));
  assert.ok(r.stdout.startsWith(`<div class="newsquiz-static" lang="${doc.lang || 'en'}" dir="ltr">\n`));
  assert.ok(r.stdout.includes(`<h2 class="newsquiz-static__headline">${escape(doc.article.headline)}</h2>`));
  for (const q of doc.quiz.questions) {
    assert.ok(r.stdout.includes(`<p class="newsquiz-static__prompt">${escape(q.prompt)}</p>`), q.id);
    for (const c of q.choices || []) assert.ok(r.stdout.includes(`<li>${escape(c.text)}</li>`), `${q.id}/${c.id}`);
    for (const i of q.items || []) assert.ok(r.stdout.includes(`<li>${escape(i.text)}</li>`), `${q.id}/${i.id}`);
    for (const p of q.pairs || []) {
      assert.ok(r.stdout.includes(`<li>${escape(p.left)}</li>`), `${q.id}/${p.id} left`);
      assert.ok(r.stdout.includes(`<li>${escape(p.right)}</li>`), `${q.id}/${p.id} right`);
    }
  }
  assert.ok(r.stdout.includes(`<summary>The ${doc.quiz.questions.length} questions of this quiz</summary>`));
  // the actions numbered under the quiz, as the card lists them, their phone number a link
  const actions = r.stdout.slice(r.stdout.indexOf('<section class="newsquiz-static__actions">'));
  assert.ok(actions.startsWith('<section class="newsquiz-static__actions"><h3 class="newsquiz-static__actions-title">What you can do</h3>\n'));
  assert.equal(actions.slice(0, actions.indexOf('</ol>')).match(/<li>/g).length, doc.actions.length);
  assert.ok(actions.includes('<a href="tel:+12022243121" rel="noopener">202-224-3121</a>'));
  assert.ok(r.stdout.indexOf('newsquiz-static__questions') < r.stdout.indexOf('newsquiz-static__actions'));
  assert.equal(r.stdout.match(/<script/g).length, 1);
  const ld = jsonLd(r.stdout);
  assert.equal(ld['@type'], 'Quiz');
  assert.equal(ld.hasPart.length, doc.quiz.questions.length);
  assert.deepEqual(ld.about, doc.article.topics.map((t) => ({ '@type': 'Thing', name: t.label })));
  assert.equal(ld.hasPart.filter((p) => p.acceptedAnswer).length, doc.quiz.questions.length);
});

test('html with show_solutions false: no acceptedAnswer', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nq-html-'));
  const doc = JSON.parse(fs.readFileSync(seed, 'utf8'));
  doc.quiz.show_solutions = false;
  const file = path.join(dir, 'doc.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  const out = path.join(dir, 'out.html');
  const r = run(['html', file, '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  const html = fs.readFileSync(out, 'utf8');
  assert.equal(html.includes('acceptedAnswer'), false);
  assert.equal(jsonLd(html).hasPart.length, doc.quiz.questions.length);
});

test('html --help, usage errors (2) and an invalid document (1)', () => {
  const help = run(['html', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^usage: newsquiz html DOC \[--lang TAG\] \[--seed N\] \[-o OUT\.html\]\n/);
  assert.equal(run(['html']).status, 2);
  assert.equal(run(['html', seed, '--lang', 'fr_CA!']).status, 2);
  assert.equal(run(['html', seed, '--bogus']).status, 2);
  const missing = run(['html', fixture('tests/fixtures/nope.json')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.json: error: cannot open the file\n$/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nq-html-'));
  const bad = path.join(dir, 'bad.json');
  fs.writeFileSync(bad, '{"format": "newsquiz/1"}');
  const invalid = run(['html', bad]);
  assert.equal(invalid.status, 1);
  assert.equal(invalid.stdout, '');
  assert.match(invalid.stderr, /bad\.json: error: \/article: /);
});

// [SECTION] The fragment read back by an HTML5 parser
// Written back as the fragment writes HTML: the five characters html_escape() escapes, in text
// and attributes alike, and a script's text as it is. NOTE: parse5's own serializer escapes
// fewer (it writes " and ' as they are in text, ' in attributes), so its output would differ
// from the fragment by exactly those escapes; with the fragment's rules the round trip is exact.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const escapeAll = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function writeBack(node) {
  if (node.nodeName === '#text') return node.parentNode.tagName === 'script' ? node.value : escapeAll(node.value);
  if (node.nodeName === '#comment') return `<!--${node.data}-->`;
  const inner = (node.childNodes || []).map(writeBack).join('');
  if (!node.tagName) return inner;  // the fragment itself
  const attrs = node.attrs.map((a) => ` ${a.name}="${escapeAll(a.value)}"`).join('');
  return VOID.has(node.tagName) ? `<${node.tagName}${attrs}>` : `<${node.tagName}${attrs}>${inner}</${node.tagName}>`;
}

// The fragment parsed as the content of a <div> (where publishers put it), with its parse errors.
function parseBack(html) {
  const errors = [];
  const context = parse5.parseFragment('<div></div>').childNodes[0];
  const tree = parse5.parseFragment(context, html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  return { tree, errors };
}

function* elements(node) {
  for (const child of node.childNodes || []) {
    if (child.tagName) yield child;
    yield* elements(child.tagName === 'template' ? child.content : child);
  }
}
const classOf = (el) => (el.attrs.find((a) => a.name === 'class') || {}).value || '';
const textOf = (node) => node.nodeName === '#text' ? node.value : (node.childNodes || []).map(textOf).join('');
const byClass = (root, name) => [...elements(root)].filter((el) => classOf(el).split(' ').includes(`newsquiz-static__${name}`));
const EDU = { single: 'Multiple choice', multiple: 'Checkbox', true_false: 'True or false', numeric: 'Numeric',
  text: 'Short answer', order: 'Ordering', match: 'Matching' };

// Every check of a parsed fragment against its document.
function checkParsed(html, doc) {
  const { tree, errors } = parseBack(html);
  assert.deepEqual(errors, [], 'no HTML parse error');
  assert.equal(writeBack(tree), html, 'the parsed tree written back gives the fragment, byte for byte');
  assert.equal(parse5.serialize(tree), html.replace(/&quot;/g, '"').replace(/&#39;/g, "'"),
    'parse5\'s serializer differs only by the quotes it leaves unescaped (no attribute holds one here)');

  const all = [...elements(tree)];
  assert.deepEqual(all.filter((el) => el.tagName === 'script').map((el) => el.attrs), [[{ name: 'type', value: 'application/ld+json' }]],
    'one script, the JSON-LD');
  assert.deepEqual(all.flatMap((el) => el.attrs.filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))), []);
  assert.equal(textOf(byClass(tree, 'headline')[0]), doc.article.headline);

  const questions = byClass(tree, 'question');
  assert.equal(questions.length, doc.quiz.questions.length);
  const words = { true: 'True', false: 'False' };
  doc.quiz.questions.forEach((q, k) => {
    const li = questions[k];
    const list = (name) => byClass(li, name).flatMap((ul) => ul.childNodes.filter((n) => n.tagName === 'li').map(textOf));
    assert.deepEqual(li.attrs.find((a) => a.name === 'data-type').value, q.type, q.id);
    assert.deepEqual(byClass(li, 'prompt').map(textOf), [q.prompt], q.id);
    if (q.type === 'true_false') assert.deepEqual(list('choices'), [words.true, words.false], q.id);
    else assert.deepEqual(list('choices'), (q.choices || []).map((c) => c.text), q.id);
    assert.deepEqual(list('items').sort(), (q.items || []).map((i) => i.text).sort(), q.id);
    assert.deepEqual(list('left'), (q.pairs || []).map((p) => p.left), q.id);
    assert.deepEqual(list('right').sort(), (q.pairs || []).map((p) => p.right).sort(), q.id);
  });

  const ld = JSON.parse(textOf(all.find((el) => el.tagName === 'script')));
  assert.equal(ld['@type'], 'Quiz');
  assert.equal(ld.hasPart.length, doc.quiz.questions.length);
  assert.deepEqual(ld.hasPart.map((p) => [p['@type'], p.eduQuestionType, p.text]),
    doc.quiz.questions.map((q) => ['Question', EDU[q.type], q.prompt]));
  return tree;
}

test('html: the seed fragment parses as HTML without error and writes back to the same bytes', () => {
  const r = run(['html', seed]);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(fs.readFileSync(seed, 'utf8'));
  const tree = checkParsed(r.stdout, doc);
  // the questions are folded: one closed <details> holds them all
  const [details] = byClass(tree, 'questions');
  assert.equal(details.tagName, 'details');
  assert.equal(details.attrs.some((a) => a.name === 'open'), false);
  assert.equal(byClass(details, 'question').length, doc.quiz.questions.length);
});

test('html: hostile text (markup, quotes, a closing script tag) stays text, in the page and in the JSON-LD', () => {
  const doc = JSON.parse(fs.readFileSync(seed, 'utf8'));
  doc.article.headline = 'Caf\u00e9 <b>bold</b> & "quoted" \'single\' </div>';
  doc.quiz.questions[0].prompt = 'Which </details></section><script>alert(1)</script> is it?';
  doc.quiz.questions[0].choices[1].text = '</script><script>alert("choice")</script><!-- x -->';
  doc.quiz.questions[7].pairs[0].left = '<a href="javascript:alert(1)">left</a>';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nq-html-'));
  const file = path.join(dir, 'hostile.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  const r = run(['html', file]);
  assert.equal(r.status, 0, r.stderr);
  checkParsed(r.stdout, doc);
});

test('html: the parse-back check fails on a fragment that is not what it was (the check can fail)', () => {
  const r = run(['html', seed]);
  const doc = JSON.parse(fs.readFileSync(seed, 'utf8'));
  const broken = [
    r.stdout.replace('</details>\n</div>', '</div>'),  // a details left open: the tree nests differently
    r.stdout.replace('<p class="newsquiz-static__prompt">', '<p class="newsquiz-static__prompt"><p>'),  // a p in a p
    r.stdout.replace('&quot;', '"'),  // an unescaped quote reads back as the same text, written back escaped
    r.stdout.replace('</div>\n', '<script>alert(1)</script></div>\n'),
  ];
  for (const html of broken) {
    assert.notEqual(html, r.stdout);
    assert.throws(() => checkParsed(html, doc), assert.AssertionError);
  }
});
