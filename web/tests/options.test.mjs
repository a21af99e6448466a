// Options that change what the reader sees: dark theme (forced, or following the system
// live), and the widget's words in Spanish.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, waitForState, press, screenshot, problems } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

// The card colour the widget drew with (from its frame report), as relative luminance 0..1.
const cardLuminance = (page) => page.evaluate(() => {
  const hex = getComputedStyle(document.querySelector('.newsquiz__frame')).getPropertyValue('--newsquiz-card').trim();
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
});

test('data-theme="dark" draws the dark card', async () => {
  const page = await env.page('/dark.html');
  await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  assert.ok(await cardLuminance(page) < 0.2, 'a dark card');
  assert.equal(await page.evaluate(() => document.querySelector('.newsquiz-slot').classList.contains('newsquiz--dark')), true);
  await screenshot(page, 'options-dark-article');
  await press(page, 'start');
  await waitForState(page, (s) => s.screen === 'question' && s.targets.length > 0);
  await screenshot(page, 'options-dark-question', { fullPage: false });
  assert.deepEqual(problems(page), []);
});

test('data-theme="auto" follows the system setting, also when it changes', async () => {
  const page = await env.page('/', { colorScheme: 'dark' });
  await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  assert.ok(await cardLuminance(page) < 0.2, 'dark with a dark system');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => !document.querySelector('.newsquiz-slot').classList.contains('newsquiz--dark'));
  await waitForState(page, (s) => s.targets.length > 0);
  assert.ok(await cardLuminance(page) > 0.8, 'light again');
});

test('data-lang="es": the widget speaks Spanish', async () => {
  const page = await env.page('/es.html');
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.equal(s.article.id, 'rubio-us-mexico-security-2025-09-03-es');
  assert.equal(s.targets.find((t) => t.id === 'start').label, 'Empezar');
  await press(page, 'start');
  const q = await waitForState(page, (s) => s.screen === 'question' && s.targets.some((t) => t.id === 'submit'));
  assert.equal(q.targets.find((t) => t.id === 'submit').label, 'Enviar');
  assert.equal(await page.locator('.newsquiz__mirror [role="progressbar"]').getAttribute('aria-label'), 'Pregunta 1 de 10');
  await screenshot(page, 'options-es-question', { fullPage: false });
  assert.deepEqual(problems(page), []);
});

test('text in any script the system can draw: accented Latin, Greek, Cyrillic, CJK, colour emoji', async () => {
  const page = await env.page('/inline.html');
  await waitForState(page, (s) => s.screen === 'article');
  const headline = 'Ñandú café · Ελληνικά · Русский · 中文新闻 · 日本語';
  const s = await page.evaluate(async (headline) => {
    const el = document.createElement('div');
    el.id = 'scripts';
    document.querySelector('main').prepend(el);
    const w = await NewsQuiz.mount(el, { article: {
      format: 'newsquiz/1', lang: 'en',
      article: { id: 'scripts', headline, date: '2025-09-03', body: ['Ünïcödé ½ — “quotes” …'],
        topics: [{ id: 'world', label: 'Welt', emoji: '🌍' }, { id: 'flags', label: 'Drapeaux', emoji: '🇲🇽' }] },
    } });
    el.scrollIntoView();
    return w.state();
  }, headline);
  assert.equal(s.article.headline, headline);
  await waitForState(page, (s) => s.article.id === 'scripts' && s.targets.length >= 0, { index: 1 });
  const heading = page.locator('#scripts .newsquiz__mirror h2');
  assert.equal(await heading.textContent(), headline, 'UTF-8 through the module and back');
  await screenshot(page, 'options-scripts', { element: '#scripts' });
});
