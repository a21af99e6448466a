// Accessibility: axe-core finds nothing on any demo page or quiz screen; the mirror gives
// real controls in reading order over an aria-hidden canvas; focus shows on the canvas;
// feedback is announced politely; Tab passes through the widget both ways (no trap).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { open, waitForState, press, tabTo, noWebGL } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

async function axe(page, where) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe on ${where}`);
}

const settled = (index) => (s) => s.screen === 'error' || s.targets.length > 0;

for (const [path, widgets] of [['/', 1], ['/inline.html', 1], ['/dark.html', 1], ['/es.html', 1], ['/broken.html', 2], ['/csp.html', 1], ['/two-widgets.html', 2]]) {
  test(`axe-core finds no violation on ${path}`, async () => {
    const page = await env.page(path, { shared: true });
    for (let i = 0; i < widgets; i++) {
      await page.evaluate((i) => NewsQuiz.widgets[i] && NewsQuiz.widgets[i].element.scrollIntoView(), i);
      await waitForState(page, settled(i), { index: i });
    }
    await axe(page, path);
    await page.close();
  });
}

test('axe-core finds no violation on the question, feedback and results screens', async () => {
  const page = await env.page('/');
  await press(page, 'start');
  await waitForState(page, (s) => s.screen === 'question' && s.targets.length > 0);
  await axe(page, 'a question');
  await press(page, 'q1/choice/b');
  await press(page, 'submit');
  await waitForState(page, (s) => s.question && s.question.answered && s.targets.some((t) => t.id === 'next'));
  await axe(page, 'feedback');
});

test('axe-core finds no violation on the HTML version', async () => {
  const page = await env.page('/', { init: () => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return /webgl/.test(kind) ? null : original.call(this, kind, ...rest); };
  } });
  await waitForState(page, (s) => s.targets.length > 0);
  await axe(page, 'the HTML article');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await waitForState(page, (s) => s.screen === 'question');
  await axe(page, 'the HTML question');
});

// A reader with history (a store of another article, its cards long due), set before the page loads.
const storedProgress = readFileSync(new URL('../../tests/fixtures/progress/v2-store.json', import.meta.url), 'utf8');
const withProgress = `localStorage.setItem('newsquiz:progress', ${JSON.stringify(storedProgress.trim())});`;

for (const [kind, init] of [['canvas', [withProgress]], ['HTML version', [withProgress, noWebGL]]]) {
  test(`axe-core finds no violation on the progress screen and the review entry (${kind})`, async () => {
    const page = await env.page('/', { init });
    await waitForState(page, (s) => s.targets.some((t) => t.id === 'review-due'));
    await axe(page, `the card with a review due (${kind})`);
    await press(page, 'show-progress');
    await waitForState(page, (s) => s.screen === 'progress' && s.targets.some((t) => t.id.startsWith('mastery/')));
    await axe(page, `the progress screen (${kind})`);
    await page.close();
  });
}

test('the mirror: real controls in reading order over an aria-hidden canvas', async () => {
  const page = await env.page('/');
  await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  assert.equal(await page.getAttribute('.newsquiz__canvas', 'aria-hidden'), 'true');
  const slot = page.locator('.newsquiz-slot');
  await slot.getByRole('heading', { name: 'Rubio announces expanded US-Mexico security collaboration' }).waitFor({ state: 'attached' });
  assert.equal(await slot.getByRole('button', { name: 'Start quiz' }).count(), 1);
  // The outline a screen reader lists: the headline, then the card's sections one level below it.
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('.newsquiz__mirror :is(h1,h2,h3,h4,h5,h6)')]
    .map((e) => `${e.tagName} ${e.textContent}`)), [
    'H2 Rubio announces expanded US-Mexico security collaboration', 'H3 Ready to test your knowledge?', 'H3 What you can do',
  ]);
  const order = await page.evaluate(() => [...document.querySelectorAll('.newsquiz__mirror > *')].map((e) => parseFloat(e.style.top)));
  assert.deepEqual(order, [...order].sort((a, b) => a - b), 'top to bottom');

  await press(page, 'start');
  await waitForState(page, (s) => s.screen === 'question' && s.targets.length > 0);
  const radios = slot.getByRole('radio');
  assert.deepEqual(await radios.evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label'))), [
    'Drug trafficking, gun smuggling and fuel theft', 'Tariffs, water rights and remittances', 'Human trafficking, cybercrime and money laundering',
  ]);
  // A DOM activation drives the widget, as a screen reader's would.
  await slot.getByRole('radio', { name: 'Tariffs, water rights and remittances' }).evaluate((r) => r.click());
  await waitForState(page, (s) => s.targets.some((t) => t.id === 'q1/choice/b' && t.checked));
  // A choice made on the canvas shows in the mirror: a screen reader hears which one is picked.
  await press(page, 'q1/choice/c');
  const picked = () => radios.evaluateAll((rs) => rs.map((r) => r.checked));
  await page.waitForFunction(() => {
    const rs = [...document.querySelectorAll('.newsquiz__mirror input[type=radio]')];
    return rs.length === 3 && rs[2].checked;
  });
  assert.deepEqual(await picked(), [false, false, true]);
});

test('DOM focus draws the focus ring on the canvas, and feedback is announced politely', async () => {
  const page = await env.page('/');
  await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  const canvas = page.locator('.newsquiz__canvas');
  const plain = await canvas.screenshot();
  await tabTo(page, 'start');
  await waitForState(page, (s) => s.screen === 'article');
  const ringed = await canvas.screenshot();
  assert.notDeepEqual(ringed, plain, 'the canvas changes when its button has DOM focus');
  await page.keyboard.press('Enter');
  await waitForState(page, (s) => s.screen === 'question' && s.targets.length > 0);
  assert.equal(await page.evaluate(() => document.activeElement.closest('.newsquiz__mirror') !== null), true, 'focus stays in the widget');
  const live = page.locator('.newsquiz__live');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  await press(page, 'q1/choice/a');
  await press(page, 'submit');
  await waitForState(page, (s) => s.question && s.question.answered);
  assert.match(await live.textContent(), /^Correct\. 1 of 1 point/);
});

test('Tab goes through the widget and out of it, both ways: no keyboard trap', async () => {
  const page = await env.page('/');
  await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  const where = () => page.evaluate(() => {
    const e = document.activeElement;
    return e.getAttribute('data-nq-id') ? `widget:${e.getAttribute('data-nq-id')}` : e.id || e.textContent.trim() || e.tagName;
  });
  const forward = [];
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press('Tab');
    forward.push(await where());
  }
  // the card's controls in reading order: Read more, Start, then each listed action's links and
  // Done tick; then out of the widget, on to the page
  assert.deepEqual(forward.slice(0, 16), ['The Daily Ledger', 'widget:read-more', 'widget:start',
    'widget:action/1/done', 'widget:action/2/link/1', 'widget:action/2/done', 'widget:action/3/done', 'widget:action/4/done',
    'widget:action/5/link/1', 'widget:action/5/done', 'widget:action/6/done', 'widget:action/7/link/1', 'widget:action/7/done',
    'widget:action/8/done', 'comment', 'The seed article']);
  const back = [];
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Shift+Tab');
    back.push(await where());
  }
  assert.deepEqual(back, forward.slice(0, 15).reverse(), 'the same stops backwards');
});
