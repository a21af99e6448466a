// `newsquiz html DOC` through the real binary: the seed quiz's every prompt and choice, one
// script (the JSON-LD, which parses), acceptedAnswer only with show_solutions, exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, fixture } from './run.mjs';

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
