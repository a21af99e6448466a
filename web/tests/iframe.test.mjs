// The iframe page, web/dist/embed.html?src=DOC-URL, served from another origin than the host
// page: the host's iframe follows the widget's height through a whole quiz (the parent snippet of
// docs/embedding.md, and an amp-iframe-like host that hears only AMP's embed-size); sandboxed
// (allow-scripts only: no storage, an opaque origin) it runs with progress in memory and not one
// console error or warning; after Next from a tall question the host scrolls where the widget asks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { open, closeAfterEach, root, waitForState, inFrame, press, takeSeedQuiz, answerWithPointer, answerQuizInHtml,
  noWebGL, screenshot, SEED_ANSWERS, SEED_ID } from './helpers.mjs';

// env's server serves embed.html and the quiz; the host pages come from a server of their own,
// on another origin (a page fulfilled by page.route would count as a public one, whose frames
// Chromium keeps from loading from 127.0.0.1).
let env, hosts;
const hostPages = new Map();  // path -> HTML
before(async () => {
  env = await open();
  hosts = http.createServer((req, res) => {
    const body = hostPages.get(new URL(req.url, 'http://localhost').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body || 'not found');
  });
  await new Promise((ok) => hosts.listen(0, '127.0.0.1', ok));
});
after(async () => {
  hosts.closeAllConnections();
  await new Promise((ok) => hosts.close(ok));
  await env.close();
});
const closing = closeAfterEach();

const SNIPPET = fs.readFileSync(path.join(root, 'web/demo/iframe.js'), 'utf8');
const embedUrl = () => `${env.url}/dist/embed.html?src=${encodeURIComponent('/assets/articles/rubio-us-mexico-security.json')}`;
const FRAME_STYLE = 'display: block; width: 100%; height: 160px; border: 0';

// A host page at /NAME.html on the hosts' server: text, the iframe, text and room below (a
// shorter frame never scrolls the page by itself), then `script`.
// Every message the page gets is kept in window.__messages.
async function hostPage(name, { attributes = '', script = SNIPPET, ...options } = {}) {
  const page = closing(await env.page(null, options));
  const noise = watchConsole(page);
  const text = '<p>' + 'The story goes on around the quiz. '.repeat(30) + '</p>';
  hostPages.set(`/${name}.html`, `<!doctype html><html lang="en"><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">
<script>window.__messages = []; window.addEventListener('message', (e) => window.__messages.push(e.data));</script>
<main>${text}<iframe title="Quiz" src="${embedUrl()}" style="${FRAME_STYLE}" ${attributes}></iframe>${text}
<div style="height: 2000px"></div></main>
<script>${script}</script>`);
  const { port } = hosts.address();
  await page.goto(`http://127.0.0.1:${port}/${name}.html`);
  const frame = await (await page.$('iframe')).contentFrame();
  return { page, frame, quiz: inFrame(page, frame), noise };
}

// Waits until the iframe is as tall as the widget inside it (CSS px), and returns that height.
async function sizedToWidget(page, frame, { timeout = 10000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const widget = await frame.evaluate(() => window.NewsQuiz.widgets[0].element.getBoundingClientRect().height);
    const iframe = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
    if (widget > 0 && iframe === Math.ceil(widget)) {
      // and the frame's document is exactly that tall: nothing cut off, no scroll bar inside
      assert.deepEqual(await frame.evaluate(() => [document.documentElement.scrollHeight, window.innerHeight]), [iframe, iframe]);
      return iframe;
    }
    if (Date.now() > end) throw new Error(`the iframe stayed ${iframe} px tall; the widget in it is ${widget} px`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

// Page errors, and every error and warning in the console of the host page and of its frames,
// with the address of the document that said it.
function watchConsole(page) {
  const heard = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') heard.push(`${m.type()}: ${m.text()} (${m.location().url})`); });
  page.on('pageerror', (e) => heard.push(`pageerror: ${e.message}`));
  return heard;
}

// Takes the seed quiz right in the frame with the mouse, from the card: asked(s) on each question
// before its answer, answered(s) once its feedback shows; stops there at question `stop`, else
// goes on to the results.
async function takeInFrame(quiz, { stop = null, asked = async () => {}, answered = async () => {} } = {}) {
  await press(quiz, 'start');
  for (;;) {
    const s = await waitForState(quiz, (s) => s.screen === 'question' && !s.question.answered && s.targets.some((t) => t.id === 'submit'));
    await asked(s);
    await answerWithPointer(quiz, s.question.id, SEED_ANSWERS[s.question.id], 'mouse');
    await press(quiz, 'submit');
    await answered(await waitForState(quiz, (s) => s.question.answered && s.targets.some((t) => t.id === 'next')));
    if (s.question.id === stop) return s;
    await press(quiz, 'next');
    if (s.question.index === s.question.total - 1) return waitForState(quiz, (s) => s.screen === 'results' && s.targets.length > 0);
  }
}

test('a plain iframe with the parent snippet is as tall as the widget on every screen of the quiz (canvas, mouse)', async () => {
  assert.ok(fs.readFileSync(path.join(root, 'docs/embedding.md'), 'utf8').includes(SNIPPET), 'docs/embedding.md shows web/demo/iframe.js as it is');
  const { page, frame, quiz, noise } = await hostPage('plain');
  await waitForState(quiz, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.equal(await frame.evaluate(() => !!document.querySelector('.newsquiz canvas')), true, 'the canvas widget');
  const heights = { card: await sizedToWidget(page, frame) };
  const results = await takeInFrame(quiz, {
    asked: async (s) => { heights[s.question.id] = await sizedToWidget(page, frame); },
    answered: async (s) => { heights[`${s.question.id} answered`] = await sizedToWidget(page, frame); },
  });
  assert.deepEqual([results.result.score, results.result.max], [12, 12]);
  heights.results = await sizedToWidget(page, frame);
  console.log(`[iframe] heights at 800 px (canvas): ${JSON.stringify(heights)}`);
  assert.ok(new Set(Object.values(heights)).size >= 10, 'the quiz went through many heights');
  await screenshot(page, 'iframe-plain-results');
  assert.deepEqual(noise, []);
});

test('an amp-iframe-like host that hears only AMP\'s embed-size resizes too (HTML version)', async () => {
  const amp = `window.addEventListener('message', (e) => {
    const frame = document.querySelector('iframe');
    if (e.source !== frame.contentWindow || !e.data || e.data.sentinel !== 'amp' || e.data.type !== 'embed-size') return;
    frame.style.height = e.data.height + 'px';
  });`;
  const { page, frame, quiz, noise } = await hostPage('amp', { script: amp, init: noWebGL });
  await waitForState(quiz, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.equal(await frame.evaluate(() => document.querySelector('.newsquiz').classList.contains('newsquiz--html')), true);
  const card = await sizedToWidget(page, frame);
  await frame.locator('[data-id="start"]').click();
  await waitForState(quiz, (s) => s.screen === 'question' && s.question.index === 0);
  const question = await sizedToWidget(page, frame);
  assert.notEqual(question, card);
  const results = await answerQuizInHtml(quiz, SEED_ANSWERS);
  assert.deepEqual([results.result.score, results.result.max], [12, 12]);
  const end = await sizedToWidget(page, frame);
  assert.notEqual(end, question);
  const sizes = (await page.evaluate(() => window.__messages)).filter((m) => m && m.sentinel === 'amp');
  assert.ok(sizes.length >= 3, 'one message per change');
  assert.deepEqual(sizes[sizes.length - 1], { sentinel: 'amp', type: 'embed-size', height: end });
  console.log(`[iframe] AMP host, HTML version: card ${card}, q1 ${question}, results ${end}; ${sizes.length} embed-size messages`);
  assert.deepEqual(noise, []);
});

test('sandbox="allow-scripts" on another origin: the whole quiz, progress in memory, no console error or warning', async () => {
  const { page, frame, quiz, noise } = await hostPage('sandboxed', { attributes: 'sandbox="allow-scripts"' });
  assert.deepEqual(await frame.evaluate(() => {
    let storage = 'usable';
    try { window.localStorage.getItem('x'); } catch (e) { storage = e.name; }
    return [window.origin, storage];
  }), ['null', 'SecurityError'], 'an opaque origin without storage');
  const results = await takeSeedQuiz(quiz, 'mouse');
  assert.deepEqual([results.result.score, results.result.max, results.result.passed], [12, 12, true]);
  assert.deepEqual([results.article.id, results.progress.attempts], [SEED_ID, 1], 'the attempt is kept, in memory');
  assert.deepEqual(noise, []);
  assert.equal(await frame.evaluate(() => document.getElementById('newsquiz').getAttribute('data-storage')), 'none');
  await sizedToWidget(page, frame);
});

test('Next from the tall question in a short window: newsquiz:scroll, and the snippet shows the widget\'s top', async () => {
  const { page, frame, quiz, noise } = await hostPage('scroll', { width: 900, height: 640 });
  await takeInFrame(quiz, { stop: 'q8' });
  const tall = await sizedToWidget(page, frame);
  assert.ok(tall > 640, `the answered question is taller than the window: ${tall}`);
  // The host scrolled to the iframe's bottom: the widget's top is far above the window.
  await page.evaluate(async () => {
    const r = document.querySelector('iframe').getBoundingClientRect();
    window.scrollBy(0, r.bottom - window.innerHeight);
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));  // drawn where it is
  });
  assert.ok(await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().top < -100));
  await page.evaluate(() => { window.__messages.length = 0; });
  // Next clicked where it is, without scrolling first.
  const s = await waitForState(quiz, (s) => s.targets.some((t) => t.id === 'next'));
  const next = s.targets.find((t) => t.id === 'next');
  const inside = await frame.evaluate(() => {
    const r = document.querySelector('.newsquiz__canvas').getBoundingClientRect();
    return { x: r.left, y: r.top };
  });
  const at = await page.evaluate(() => { const r = document.querySelector('iframe').getBoundingClientRect(); return { x: r.left, y: r.top }; });
  await page.mouse.click(at.x + inside.x + next.x + next.w / 2, at.y + inside.y + next.y + next.h / 2);
  await waitForState(quiz, (s) => s.screen === 'question' && s.question.id === 'q9');
  const offset = await frame.evaluate(() => window.NewsQuiz.widgets[0].element.getBoundingClientRect().top + window.scrollY);
  await page.waitForFunction(() => window.__messages.some((m) => m && m.type === 'newsquiz:scroll'), null, { timeout: 10000 });
  const asked = (await page.evaluate(() => window.__messages)).filter((m) => m && m.type === 'newsquiz:scroll');
  assert.deepEqual(asked[0], { type: 'newsquiz:scroll', top: offset });
  await page.waitForFunction((offset) => Math.abs(document.querySelector('iframe').getBoundingClientRect().top + offset) < 1, offset, { timeout: 10000 });
  await screenshot(page, 'iframe-scroll-after-next', { fullPage: false });
  assert.deepEqual(noise, []);
});
