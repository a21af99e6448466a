// The seed article as the demo asset keeps it: the page it was made from
// (tests/fixtures/seed/rubio-us-mexico-security.txt, as the reader saw it) against
// assets/articles/rubio-us-mexico-security.json. News text is quoted, not edited; the one
// exception is the page's link artefact "Marco RubioMarco Rubio", which reads as the name once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fixture } from './run.mjs';

const page = fs.readFileSync(fixture('tests/fixtures/seed/rubio-us-mexico-security.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter(Boolean);
const doc = JSON.parse(fs.readFileSync(fixture('assets/articles/rubio-us-mexico-security.json'), 'utf8'));
const es = JSON.parse(fs.readFileSync(fixture('assets/articles/rubio-us-mexico-security.es.json'), 'utf8'));

// The page's lines between two markers (exclusive).
function between(first, last) {
  const from = page.indexOf(first), to = page.indexOf(last, from + 1);
  assert.ok(from >= 0 && to > from, `"${first}" then "${last}" on the seed page`);
  return page.slice(from + 1, to);
}

test('the body is the seed page\'s paragraphs word for word, the link artefact read once', () => {
  const dek = doc.article.dek;
  const paragraphs = between(dek, '🌍Foreign Policy🏛️Government').map((p) => p.replace('Marco RubioMarco Rubio', 'Marco Rubio'));
  assert.equal(paragraphs.length, 8);
  assert.deepEqual(doc.article.body, paragraphs);
});

test('the headline, then the five source chips and "+31", then the dek, as the page has them', () => {
  const head = between('September 3, 2025', page.find((l) => l.startsWith('Secretary of State')));
  assert.deepEqual(head, [doc.article.headline, 'ABC News', 'Associated Press', 'Associated Press', 'Associated Press',
    'Associated Press', '+31', doc.article.dek]);
  assert.deepEqual(doc.article.sources.map((s) => s.name), head.slice(1, 6));
  assert.equal(`+${doc.article.more_sources}`, head[6]);
  assert.deepEqual(es.article.sources, doc.article.sources);
  assert.equal(es.article.more_sources, doc.article.more_sources);
});

test('the quiz\'s call is the page\'s title, and the actions are its eight, in order', () => {
  const call = between('🌍Foreign Policy🏛️Government', 'Start Quiz');
  assert.deepEqual(call, ['Ready to test your knowledge?', 'Take the full quiz to master this topic and track your progress.']);
  assert.equal(doc.quiz.title, call[0]);
  assert.equal(es.quiz.title, '¿Listo para poner a prueba lo que sabes?');
  const actions = page.slice(page.indexOf('What you can do') + 1).filter((l) => !/^\d+$/.test(l));
  assert.deepEqual(doc.actions.map((a) => a.text), actions);
});
