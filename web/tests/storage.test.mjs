// Storage faults: a full store (the reader is told once, nothing is lost), a localStorage that
// throws on access, two tabs finishing different quizzes at the same moment, and a store written
// by a newer newsquiz, kept untouched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, root, closeAfterEach, waitForState, press, answerQuiz, answerQuizInHtml, answerInHtml, noWebGL } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });
const closing = closeAfterEach();
const newPage = async (pathname, options) => closing(await env.page(pathname, options));

const INLINE_ID = 'border-trade-2025-09-04';
const INLINE_ANSWERS = { q1: false, q2: 'a' };
const UNSAVED = 'Your progress could not be saved on this device. It is kept until you close this page.';
const said = (page) => page.messages.filter((m) => /^(warning|error): \[newsquiz\]/.test(m) || m.startsWith('pageerror'));
const notices = (page) => page.locator('.newsquiz__notice').allTextContents();
const stored = (page) => page.evaluate(() => localStorage.getItem('newsquiz:progress'));
const attemptsIn = (text) => JSON.parse(text).articles.map((a) => [a.id, a.attempts.length]);

// localStorage.setItem throws QuotaExceededError while window.__full (use as `init`).
function fullStorage() {
  window.__full = true;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return setItem.call(this, key, value);
  };
}

test('quota exceeded on save: the reader is told once, progress stays in memory, nothing is lost', async () => {
  const page = await newPage('/inline.html', { init: fullStorage });
  await press(page, 'start', { input: 'mirror' });
  const first = await answerQuiz(page, INLINE_ANSWERS, { input: 'mirror' });
  assert.deepEqual([first.result.score, first.progress.attempts], [2, 1], 'the attempt counts, in memory');
  assert.deepEqual(await notices(page), [UNSAVED]);
  assert.equal(await page.locator('.newsquiz__notice[role="status"]').count(), 1);
  assert.equal(await stored(page), null);
  const WARNING = 'warning: [newsquiz] could not save progress (QuotaExceededError: storage is full or blocked); it is kept until ' +
    'the page closes. Free some of this site\'s storage to keep it across visits.';
  assert.deepEqual(said(page), [WARNING]);

  // Another attempt, still full: not told again.
  await press(page, 'retry', { input: 'mirror' });
  const second = await answerQuiz(page, INLINE_ANSWERS, { input: 'mirror' });
  assert.equal(second.progress.attempts, 2);
  assert.deepEqual(await notices(page), [UNSAVED]);
  assert.deepEqual(said(page), [WARNING]);

  // Room again: the next save writes every attempt the page kept.
  await page.evaluate(() => { window.__full = false; });
  await press(page, 'retry', { input: 'mirror' });
  const third = await answerQuiz(page, INLINE_ANSWERS, { input: 'mirror' });
  assert.equal(third.progress.attempts, 3);
  assert.deepEqual(attemptsIn(await stored(page)), [[INLINE_ID, 3]]);
  assert.deepEqual(said(page), [WARNING]);
});

test('localStorage that throws on access: one warning, the quiz in memory, no error', async () => {
  const page = await newPage('/inline.html', { init: [noWebGL, () => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  }] });
  await press(page, 'start');
  const s = await answerQuizInHtml(page, INLINE_ANSWERS);
  assert.deepEqual([s.screen, s.result.score, s.progress.attempts], ['results', 2, 1]);
  assert.deepEqual(said(page), ['warning: [newsquiz] localStorage is not available here (SecurityError): progress lasts until the ' +
    'page closes. Set data-storage="none" to silence this.']);
  assert.deepEqual(await notices(page), [], 'a browser that keeps nothing is the publisher\'s and the reader\'s setting: not told');
});

// [SECTION] Two tabs at the same moment
const OTHER = {
  format: 'newsquiz/1', lang: 'en',
  article: { id: 'tab-b', headline: 'The other tab', date: '2025-09-05', body: ['One question.'], topics: [{ id: 'trade', label: 'Trade' }] },
  quiz: { questions: [{ id: 'q1', type: 'true_false', prompt: 'Is this the other tab?', answer: true }] },
};

// The race of two tabs saving at once, made certain (use as `init`): while window.__stale is a
// string, the page reads that as the stored progress (what it read before the other tab saved),
// and while window.__hold is set, it hears no `storage` event (they wait in window.__held).
function racingTab() {
  const getItem = Storage.prototype.getItem;
  Storage.prototype.getItem = function (key) {
    return key === 'newsquiz:progress' && typeof window.__stale === 'string' ? window.__stale : getItem.call(this, key);
  };
  window.__held = [];
  const add = window.addEventListener;
  window.addEventListener = function (type, fn, ...rest) {
    if (type !== 'storage') return add.call(this, type, fn, ...rest);
    return add.call(this, type, (e) => (window.__hold ? window.__held.push(() => fn(e)) : fn(e)), ...rest);
  };
}

// Submits the last question's answer and goes on to the results.
async function finish(page) {
  await page.locator('[data-id="submit"]').click();
  const s = await waitForState(page, (s) => s.screen === 'results' || s.question.answered);
  if (s.screen !== 'results') await page.locator('[data-id="next"]').click();
  await waitForState(page, (s) => s.screen === 'results');
}

test('two tabs finish different quizzes at the same moment: both attempts survive the merge', async () => {
  const a = await newPage('/inline.html', { init: noWebGL });
  const b = await a.context().newPage();
  await b.addInitScript(noWebGL);
  await b.addInitScript(racingTab);
  b.messages = [];
  b.on('pageerror', (e) => b.messages.push(`pageerror: ${e.message}`));
  b.on('console', (m) => b.messages.push(`${m.type()}: ${m.text()}`));
  await b.route(`${env.url}/t/other.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>other</title><div data-newsquiz=""><script type="application/json">${JSON.stringify(OTHER)}</script></div><script src="/dist/newsquiz.js"></script>`,
  }));
  await b.goto(`${env.url}/t/other.html`);

  // Each tab on its last question, answered, not yet submitted.
  await press(a, 'start');
  await answerInHtml(a.locator('.newsquiz__fallback'), INLINE_ANSWERS.q1);
  await a.locator('[data-id="submit"]').click();
  await waitForState(a, (s) => s.question.answered);
  await a.locator('[data-id="next"]').click();
  await waitForState(a, (s) => s.question && s.question.index === 1);
  await answerInHtml(a.locator('.newsquiz__fallback'), INLINE_ANSWERS.q2);
  await press(b, 'start');
  await waitForState(b, (s) => s.screen === 'question');
  await answerInHtml(b.locator('.newsquiz__fallback'), true);

  // Tab b saves from the store as it was before tab a's save, and hears of it only afterwards.
  await b.evaluate(() => { window.__stale = localStorage.getItem('newsquiz:progress') || ''; window.__hold = true; });
  await finish(a);
  await finish(b);
  await b.evaluate(() => { window.__stale = null; window.__hold = false; window.__held.splice(0).forEach((f) => f()); });

  await a.waitForFunction(() => {
    const s = JSON.parse(localStorage.getItem('newsquiz:progress'));
    return s.articles.length === 2;
  });
  assert.deepEqual(attemptsIn(await stored(a)).sort(), [[INLINE_ID, 1], ['tab-b', 1]]);
  // each widget sees both, and the store is settled: what each tab would write back is what is there
  for (const page of [a, b]) await waitForState(page, (s) => s.progress.attempts === 1 && s.progress.topics.length === 1);
  assert.deepEqual(await a.evaluate(() => NewsQuiz.widgets[0].state().progress.topics), [{ id: 'trade', level: 'proficient', percent: 100 }]);
  assert.deepEqual([...said(a), ...said(b)], []);
});

test('a store written by a newer newsquiz is kept untouched, the attempt in memory, the reader told', async () => {
  const newer = fs.readFileSync(path.join(root, 'tests/fixtures/progress/corrupt-newer-version.json'), 'utf8');
  const page = await newPage('/inline.html', { init: [noWebGL, `localStorage.setItem('newsquiz:progress', ${JSON.stringify(newer)});`] });
  await press(page, 'start');
  const s = await answerQuizInHtml(page, INLINE_ANSWERS);
  assert.deepEqual([s.screen, s.progress.attempts], ['results', 1]);
  assert.equal(await stored(page), newer, 'byte for byte');
  assert.equal(await page.evaluate(() => localStorage.getItem('newsquiz:progress:damaged')), null, 'not damaged, only newer');
  assert.deepEqual(await notices(page), [UNSAVED]);
  assert.deepEqual(said(page), ['warning: [newsquiz] progress: /: was written by a newer newsquiz; starting from an empty store']);
});
