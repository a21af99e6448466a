// The static fragment of `newsquiz html` inside the element, on a page with text above and below:
// with JavaScript the loader keeps it shown until the widget's first frame at its own height, then
// the canvas takes its place in that frame (never both shown, never neither), the text below does
// not move and the page's layout shift stays under 0.1; without JavaScript the fragment is the
// quiz, styled by web/dist/newsquiz.css: the card, and every prompt and choice once the reader opens
// the questions. Needs the native build (build/native/newsquiz, or NEWSQUIZ) for the fragment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { open, closeAfterEach, root, waitForState, screenshot, problems } from './helpers.mjs';

const SEED = 'assets/articles/rubio-us-mexico-security.json';
const newsquiz = process.env.NEWSQUIZ || path.join(root, 'build/native/newsquiz');
const fragment = execFileSync(newsquiz, ['html', path.join(root, SEED)], { encoding: 'utf8' });
const doc = JSON.parse(fs.readFileSync(path.join(root, SEED), 'utf8'));

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });
const closing = closeAfterEach();

// NOTE: scroll anchoring off: the figures are those of a browser without it (Safari), where a
// change of the widget's height would move whatever the reader is looking at below it. Room at
// the end: a page that got shorter than the reader's scroll would move the scroll instead of the
// text, which the layout-shift API does not count.
const paragraphs = (n, words) => Array.from({ length: n }, (_, i) => `<p>${words} ${i + 1}. ${'The story goes on around the quiz. '.repeat(12)}</p>`).join('\n');
const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>static</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/dist/newsquiz.css">
<style>html { overflow-anchor: none } body { margin: 0; font: 16px/1.5 sans-serif } main { max-width: 760px; margin: 0 auto; padding: 0 20px }</style>
<main>${paragraphs(3, 'Above')}
<div id="quiz" data-newsquiz="/${SEED}">${fragment}</div>
<p id="below">Below the quiz. ${'The story goes on after the quiz. '.repeat(12)}</p>
${paragraphs(6, 'Below')}
<div style="height: 3000px"></div></main>
<script src="/dist/newsquiz.js" async></script>`;

// The page at /t/static.html; what it fetches of `hold` waits until the promise resolves.
async function staticPage({ hold = null, init = [], ...options } = {}) {
  const page = closing(await env.page(null, { init, ...options }));
  await page.route(`${env.url}/t/static.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }));
  if (hold) await page.route(`${env.url}${hold.url}`, async (route) => { await hold.until; await route.continue(); });
  await page.goto(`${env.url}/t/static.html`);
  return page;
}

// Every layout shift not caused by input (buffered: from the page's start), and, after each
// layout (ResizeObserver, before the paint), whether the fragment was shown, whether the widget's
// frame was shown with its canvas drawn at the size it shows (its drawing buffer that size: the
// loader sizes it and draws in one go), and the element's height: what the reader saw, frame by
// frame. (Use as `init`.)
function watchLayout() {
  window.__shift = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__shift += e.value;
      window.__shifts.push({ value: e.value, sources: e.sources.map((s) => s.node && (s.node.id || s.node.className || s.node.nodeName)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  window.__seen = [];
  const shown = (el) => !!el && el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0 &&
    getComputedStyle(el).visibility === 'visible';
  const record = () => {
    const host = document.getElementById('quiz');
    const canvas = host.querySelector('canvas');
    const drawn = !!canvas && canvas.height === Math.round(canvas.getBoundingClientRect().height * devicePixelRatio);
    const seen = { fragment: shown(host.querySelector('.newsquiz-static')), frame: shown(host.querySelector('.newsquiz__frame')) && drawn,
      height: host.getBoundingClientRect().height };
    const last = window.__seen[window.__seen.length - 1];
    if (!last || last.fragment !== seen.fragment || last.frame !== seen.frame || last.height !== seen.height) window.__seen.push(seen);
  };
  const observer = new ResizeObserver(record);
  new MutationObserver(() => {
    const host = document.getElementById('quiz');
    if (!host) return;
    for (const el of [host, ...host.children, ...host.querySelectorAll('canvas')]) observer.observe(el);
  }).observe(document, { childList: true, subtree: true });
}

// Resolves after the next two frames have been drawn: layout-shift entries of a frame are reported by then.
const settled = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0)))));

test('the widget replaces the fragment in one frame: no gap, the text below stays, layout shift < 0.1', async () => {
  let release;
  const until = new Promise((ok) => { release = ok; });
  const page = await staticPage({ hold: { url: `/${SEED}`, until }, init: watchLayout });
  // the loader is there, the widget waits for its document: the fragment is what shows
  await page.waitForFunction(() => window.NewsQuiz && NewsQuiz.widgets.length === 1);
  assert.equal(await page.locator('#quiz .newsquiz-static').isVisible(), true);
  assert.equal(await page.locator('#quiz canvas').count(), 0);
  // the reader has scrolled to the quiz's end: the text below it is in view
  await page.evaluate(() => window.scrollTo(0, document.getElementById('below').getBoundingClientRect().top + window.scrollY - innerHeight * 2 / 3));
  await settled(page);
  const measure = () => page.evaluate(() => {
    const host = document.getElementById('quiz');
    const canvas = host.querySelector('canvas');
    return {
      below: document.getElementById('below').getBoundingClientRect().top,
      host: host.getBoundingClientRect().height,
      fragment: host.querySelector('.newsquiz-static').getBoundingClientRect().height,
      canvas: canvas ? canvas.getBoundingClientRect().height : null,
      scrollY: window.scrollY,
    };
  });
  const before = await measure();

  release();
  const state = await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  assert.equal(state.article.id, doc.article.id);
  // the hand-over comes with the frame after the one that sized the canvas; a loader that never
  // hands over fails the assertions below
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#quiz .newsquiz-static')).display === 'none', null,
    { timeout: 10000 }).catch(() => {});
  await settled(page);
  const after = await measure();
  const shifts = await page.evaluate(() => ({ sum: window.__shift, entries: window.__shifts, seen: window.__seen }));
  console.log(`[static] fragment ${before.fragment} px, first frame ${after.canvas} px; text below moved ${after.below - before.below} px; ` +
    `layout shift ${shifts.sum} (${JSON.stringify(shifts.entries)})`);

  // the canvas took the fragment's place: the fragment is out of the layout (kept in the page for its JSON-LD), the canvas shows
  assert.equal(await page.locator('#quiz .newsquiz-static').isVisible(), false, 'the fragment is hidden');
  assert.equal(await page.locator('#quiz .newsquiz-static script[type="application/ld+json"]').count(), 1);
  assert.equal(await page.locator('#quiz canvas').isVisible(), true);
  assert.equal(after.host, after.canvas);
  assert.equal(after.scrollY, before.scrollY);
  // frame by frame: the fragment alone, then the widget alone, drawn; never both, never neither
  assert.deepEqual(shifts.seen.map((s) => [s.fragment, s.frame]).filter((s, i, all) => i === 0 || s.join() !== all[i - 1].join()),
    [[true, false], [false, true]], JSON.stringify(shifts.seen));
  assert.ok(Math.abs(after.below - before.below) <= 8, `the text below moved ${after.below - before.below} px`);
  assert.ok(shifts.sum < 0.1, `layout shift ${shifts.sum}`);
  assert.deepEqual(problems(page), []);
  await screenshot(page, 'static-handed-over', { fullPage: false });

  // destroy() gives the element back as it was: the fragment shown, nothing of the widget
  await page.evaluate(() => NewsQuiz.widgets[0].destroy());
  assert.equal(await page.locator('#quiz .newsquiz-static').isVisible(), true);
  assert.equal(await page.locator('#quiz .newsquiz-static').getAttribute('style'), '');
  assert.equal(await page.locator('#quiz canvas').count(), 0);
  assert.equal(await page.evaluate(() => document.getElementById('quiz').getBoundingClientRect().height), before.host);
});

test('without JavaScript the fragment is the quiz: the card, every prompt and choice behind its summary, newsquiz.css applied', async () => {
  const page = await staticPage({ javaScriptEnabled: false });
  const card = page.locator('#quiz .newsquiz-static');
  assert.equal(await page.locator('#quiz .newsquiz-static__headline').textContent(), doc.article.headline);
  assert.equal(await page.locator('#quiz .newsquiz-static__headline').isVisible(), true);
  // newsquiz.css, and nothing else on the page, gives the card its padding, its radius and its hidden "and 31 more"
  assert.deepEqual(await card.evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.paddingTop, s.borderTopLeftRadius, getComputedStyle(el.querySelector('.newsquiz-static__sr')).position];
  }), ['28px', '12px', 'absolute']);
  assert.equal(await page.locator('canvas').count(), 0);
  assert.equal(await page.locator('#quiz').getAttribute('class'), null, 'no loader ran');

  const prompts = page.locator('#quiz .newsquiz-static__prompt');
  assert.equal(await prompts.count(), doc.quiz.questions.length);
  assert.equal(await prompts.first().isVisible(), false, 'the questions start folded');
  await screenshot(page, 'static-no-js-card');
  await page.getByText(`The ${doc.quiz.questions.length} questions of this quiz`).click();
  const questions = page.locator('#quiz .newsquiz-static__question');
  for (let k = 0; k < doc.quiz.questions.length; k++) {
    const q = doc.quiz.questions[k];
    const prompt = questions.nth(k).locator('.newsquiz-static__prompt');
    assert.equal(await prompt.textContent(), q.prompt);
    assert.equal(await prompt.isVisible(), true, q.id);
    const texts = q.type === 'true_false' ? ['True', 'False']
      : q.type === 'match' ? q.pairs.flatMap((p) => [p.left, p.right]) : (q.choices || []).map((c) => c.text);
    const shown = questions.nth(k).locator('ul li');
    assert.equal(await shown.count(), texts.length, q.id);
    for (let i = 0; i < texts.length; i++) assert.equal(await shown.nth(i).isVisible(), true, `${q.id} ${i}`);
    assert.deepEqual((await shown.allTextContents()).sort(), [...texts].sort(), q.id);
  }
  await screenshot(page, 'static-no-js-questions');
});
