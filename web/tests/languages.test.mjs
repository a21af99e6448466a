// The widget's words: data-lang="de" speaks German; data-strings (a URL fetched beside the
// document) overrides a button's label on the canvas and in the HTML version; a broken strings
// file is one console warning and the built-in words, never an error card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, waitForState, problems, noWebGL } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const SEED = '/assets/articles/rubio-us-mexico-security.json';

// A page of one widget with these attributes; /words/*.json answer with the given bodies.
async function widgetPage(attributes, files = {}, options = {}) {
  const page = await env.page(null, options);
  await page.route('**/words/*.json', (route) => {
    const name = new URL(route.request().url()).pathname.replace('/words/', '');
    return name in files ? route.fulfill({ status: 200, contentType: 'application/json', body: files[name] })
      : route.fulfill({ status: 404, body: 'not found' });
  });
  await page.route('**/languages.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body:
    '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><main>' +
    `<div class="newsquiz-slot" data-newsquiz="${SEED}" ${attributes}></div>` +
    '</main><script src="/dist/newsquiz.js"></script></body></html>' }));
  await page.goto(env.url + '/languages.html');
  return page;
}

const label = (s, id) => (s.targets.find((t) => t.id === id) || {}).label;

test('data-lang="de": the canvas speaks German', async () => {
  const page = await widgetPage('data-lang="de"');
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.equal(label(s, 'start'), 'Quiz starten');
  assert.deepEqual(problems(page), []);
});

test('data-strings overrides a label on the canvas, over the built-in French', async () => {
  const strings = JSON.stringify({ fr: { start_quiz: 'Lancer le quiz' } });
  const page = await widgetPage('data-lang="fr-CA" data-strings="/words/fr.json"', { 'fr.json': strings });
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.equal(label(s, 'start'), 'Lancer le quiz');
  assert.deepEqual(problems(page), []);
});

test("data-strings in the HTML version, and a publisher's own language (pt)", async () => {
  const strings = JSON.stringify({ pt: { start_quiz: 'Começar o quiz' } });
  const page = await widgetPage('data-lang="pt" data-strings="/words/pt.json"', { 'pt.json': strings }, { init: noWebGL });
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.equal(label(s, 'start'), 'Começar o quiz');
  assert.equal(await page.locator('.newsquiz__fallback button[data-id="start"]').textContent(), 'Começar o quiz');
  assert.deepEqual(problems(page), []);
});

test('a broken strings file: one console warning, the built-in words, no error card', async () => {
  const broken = JSON.stringify({ de: { start_quiz: 'Los {0}' } });
  const page = await widgetPage('data-lang="de" data-strings="/words/de.json"', { 'de.json': broken });
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.equal(label(s, 'start'), 'Quiz starten');
  const warnings = page.messages.filter((m) => m.startsWith('warning: [newsquiz]') && m.includes('strings'));
  assert.deepEqual(warnings, ['warning: [newsquiz] the strings file is ignored: error: /de/start_quiz: expected the placeholders of "Start quiz" (none), got {0}']);
  const missing = await widgetPage('data-lang="de" data-strings="/words/none.json"');
  const m = await waitForState(missing, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.equal(label(m, 'start'), 'Quiz starten');
  assert.equal(missing.messages.filter((t) => t.includes('data-strings: could not load')).length, 1);
  assert.deepEqual(problems(page), []);
});
