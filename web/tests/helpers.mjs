// Shared by the browser suites: the demo server, Debian's Chromium through playwright-core,
// waits on the widget's own state(), and the seed quiz taken with mouse, keyboard or touch.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = path.join(root, 'build/web-tests');
export const SEED_ID = 'rubio-us-mexico-security-2025-09-03';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox', '--disable-gpu-sandbox', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
];
const CLOSE_MS = 15000;

// The promise's value, or `late` once ms have passed without one.
function within(promise, ms, late) {
  let timer;
  const expired = new Promise((ok) => { timer = setTimeout(() => ok(late), ms); });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

// One server and one browser per suite file: const env = await open(); ... await env.close();
export async function open({ serverOptions = {}, args = [] } = {}) {
  const { server, url } = await startServer(serverOptions);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, ...args] });
  let shared = null;
  return {
    url, browser, server,
    // A page in a fresh context (its own storage), or with shared: true in one context for
    // the whole suite, whose cache keeps the compiled widget between pages.
    async page(pathname, { width = 800, height = 900, dpr = 1, init, shared: share = false, ...options } = {}) {
      const fresh = () => browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, ...options });
      const context = share ? (shared = shared || (await fresh())) : await fresh();
      const page = await context.newPage();
      page.messages = [];
      page.on('console', (m) => page.messages.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => page.messages.push(`pageerror: ${e.message}`));
      for (const script of [].concat(init || [])) await page.addInitScript(script);  // each self-contained
      if (pathname) await page.goto(url + pathname);
      return page;
    },
    // Bounded: a browser that does not quit in time is left to the test runner's
    // --test-force-exit, whose exit makes playwright-core kill it.
    async close() {
      const closed = await within(browser.close().then(() => true), CLOSE_MS, false);
      if (!closed) console.error(`[tests] Chromium did not close within ${CLOSE_MS} ms`);
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    },
  };
}

// Pages that close when their test ends, so that nothing of one test runs on into the next.
// Call once per file: const closing = closeAfterEach(); const page = closing(await env.page(...));
export function closeAfterEach() {
  const opened = [];
  afterEach(async () => { while (opened.length) await opened.pop().context().close(); });
  return (page) => { opened.push(page); return page; };
}

// A page whose /t/NAME.html (routed, not yet visited) is `body` in <main>, then the widget's script.
export async function routedPage(env, name, body, options = {}) {
  const page = await env.page(null, options);
  await page.route(`${env.url}/t/${name}.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>${name}</title><main>${body}</main><script src="/dist/newsquiz.js"></script>`,
  }));
  return page;
}

// Waits until the n-th widget has drawn every frame it wanted (its targets are where they
// show) and its state() satisfies pred (run here, in Node), and returns that state. Polls
// state() through the DevTools protocol, so a page's CSP (no eval) does not get in the way.
export async function waitForState(page, pred, { index = 0, timeout = 20000 } = {}) {
  const end = Date.now() + timeout;
  let last = null;
  const TIMED_OUT = Symbol('timed out');
  for (;;) {
    // bounded too: a page whose main thread never comes back fails here, not hangs the suite
    const answer = await within(page.evaluate((i) => {
      const w = window.NewsQuiz && window.NewsQuiz.widgets[i];
      return w && w.idle ? w.state() : null;
    }, index), Math.max(end - Date.now(), 0) + 5000, TIMED_OUT);
    if (answer === TIMED_OUT) throw new Error(`the page did not answer state() within ${timeout} ms: its main thread is busy`);
    last = answer;
    if (last && pred(last)) return last;
    if (Date.now() > end) {
      throw new Error(`state() never matched ${pred} within ${timeout} ms; last: ${JSON.stringify(last && { ...last, targets: last.targets.map((t) => t.id || t.label) })}`);
    }
    await new Promise((r) => setTimeout(r, 40));
  }
}

// Saves build/web-tests/NAME.png: the whole page, the viewport (fullPage: false) or one element.
export async function screenshot(page, name, { fullPage = true, element = null } = {}) {
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.png`);
  if (element) await page.locator(element).first().screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage });
  return file;
}

// A browser without WebGL2 (use as `init`): the widget runs as its HTML version.
export function noWebGL() {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    return /webgl/.test(kind) ? null : original.call(this, kind, ...rest);
  };
}

// Records every newsquiz:* event that reaches the document, in order (use as `init`).
export function recordEvents() {
  window.__events = [];
  for (const type of ['ready', 'start', 'answer', 'complete', 'xapi', 'error']) {
    document.addEventListener(`newsquiz:${type}`, (e) => {
      window.__events.push({ type: e.type, detail: e.detail, target: e.target.id || e.target.className });
    });
  }
}

export const events = (page) => page.evaluate(() => window.__events);

// Page errors and [newsquiz] errors, for asserting a clean run.
export const problems = (page) => page.messages.filter((m) => m.startsWith('pageerror') || /^error: \[newsquiz\]/.test(m));

// [SECTION] Reaching the widget's targets (state().targets, CSS px relative to the canvas)
// Scrolls the target to the middle of the viewport and returns its centre in page coordinates.
export async function targetPoint(page, target, index = 0) {
  return page.evaluate(async ([i, t]) => {
    // a smooth scroll the widget began (keeping the reader oriented after Next) ends first
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let last = NaN, n = 0; last !== window.scrollY && n < 100; n++) {
      last = window.scrollY;
      await frame();
      await frame();
    }
    const el = window.NewsQuiz.widgets[i].element;
    const surface = el.querySelector('.newsquiz__canvas') || el.querySelector('.newsquiz__fallback');
    const before = surface.getBoundingClientRect();
    window.scrollBy(0, before.top + t.y + t.h / 2 - window.innerHeight / 2);
    const r = surface.getBoundingClientRect();
    return { x: r.left + t.x + t.w / 2, y: r.top + t.y + t.h / 2 };
  }, [index, target]);
}

// The widget in an iframe, seen as a page by the helpers of this file (waitForState, press,
// answerQuiz, answerQuizInHtml...): state() and the DOM are the frame's; clicks, taps and keys go
// through the host page, the host first scrolling the point (frame coordinates) to the middle of
// its viewport, once a smooth scroll under way has ended.
export function inFrame(page, frame, iframe = 'iframe') {
  const toPage = (x, y) => page.evaluate(async ([selector, x, y]) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const el = document.querySelector(selector);
    // the host's scroll and the iframe's place and height settle first (a resize is on its way)
    const where = () => { const r = el.getBoundingClientRect(); return `${window.scrollY} ${r.top} ${r.height}`; };
    for (let last = '', n = 0; last !== where() && n < 100; n++) {
      last = where();
      await frame();
      await frame();
    }
    const box = () => { const r = el.getBoundingClientRect(); return { x: r.left + el.clientLeft + x, y: r.top + el.clientTop + y }; };
    window.scrollBy(0, box().y - window.innerHeight / 2);
    await frame();  // NOTE: the browser hit-tests a frame where it last painted it: the scroll is drawn first
    await frame();
    return box();
  }, [iframe, x, y]);
  return {
    evaluate: (fn, arg) => frame.evaluate(fn, arg),
    waitForFunction: (fn, arg, options) => frame.waitForFunction(fn, arg, options),
    locator: (selector, options) => frame.locator(selector, options),
    keyboard: page.keyboard,
    mouse: { click: async (x, y, options) => { const p = await toPage(x, y); return page.mouse.click(p.x, p.y, options); } },
    touchscreen: { tap: async (x, y) => { const p = await toPage(x, y); return page.touchscreen.tap(p.x, p.y); } },
  };
}

// Activates the accessible mirror's control for an item, as a screen reader does (a DOM click).
async function activateMirror(page, id, index) {
  await page.evaluate(([i, id]) => {
    const el = window.NewsQuiz.widgets[i].element.querySelector(`[data-nq-id="${CSS.escape(id)}"]`);
    el.click();
  }, [index, id]);
}

// Waits for an enabled target by id, then clicks (mouse) or taps (touch) its centre, or
// activates its mirror control (mirror).
export async function press(page, id, { input = 'mouse', index = 0 } = {}) {
  const s = await waitForState(page, (s) => s.targets.some((t) => t.id === id && !t.disabled), { index });
  if (input === 'mirror') return activateMirror(page, id, index);
  const p = await targetPoint(page, s.targets.find((t) => t.id === id), index);
  if (input === 'touch') await page.touchscreen.tap(p.x, p.y);
  else await page.mouse.click(p.x, p.y);
}

// Moves DOM focus with Tab until the mirror control for `id` has it (keyboard only).
export async function tabTo(page, id, { max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    const at = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('data-nq-id'));
    if (at === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${id}`);
}

// Gives a response through the HTML version's controls (root: its .newsquiz__fallback locator).
export async function answerInHtml(root, answer) {
  if (typeof answer === 'number' || (typeof answer === 'string' && answer.length > 1)) {
    await root.getByRole('textbox').fill(String(answer));
  } else if (typeof answer === 'object' && !Array.isArray(answer)) {
    for (const [left, pair] of Object.entries(answer)) await root.locator(`select[data-id$="/select/${left}"]`).selectOption(pair);
  } else {
    for (const a of [].concat(answer)) await root.locator(`input[value="${a}"]`).click();
  }
}

// Answers every question of the n-th widget's HTML version from the first on screen to the results.
// answers: as for answerQuiz().
export async function answerQuizInHtml(page, answers, { index = 0 } = {}) {
  const root = page.locator('.newsquiz__fallback').nth(index);
  const first = await waitForState(page, (s) => s.screen === 'question', { index });
  for (let n = 0; n < first.question.total; n++) {
    const s = await waitForState(page, (s) => s.screen === 'question' && s.question.index === n && !s.question.answered, { index });
    await answerInHtml(root, typeof answers === 'function' ? await answers(s.question.id) : answers[s.question.id]);
    await root.locator('[data-id="submit"]').click();
    const after = await waitForState(page, (s) => s.screen === 'results' || s.question.index > n || s.question.answered, { index });
    if (after.screen === 'question' && after.question.index === n) await root.locator('[data-id="next"]').click();
  }
  return waitForState(page, (s) => s.screen === 'results', { index });
}

// [SECTION] The seed quiz, answered right
export const SEED_ANSWERS = {
  q1: 'a', q2: 'a', q3: 'a', q4: ['a', 'b'], q5: false, q6: 3, q7: 'National Guard',
  q8: { p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' }, q9: 'a', q10: true,
};

// The item ids a question's right answer is made of, in the order to activate them.
function answerIds(q, answer) {
  if (typeof answer === 'boolean') return [`${q}/${answer}`];
  if (Array.isArray(answer)) return answer.map((a) => `${q}/choice/${a}`);
  if (typeof answer === 'object') return Object.entries(answer).flatMap(([l, p]) => [`${q}/select/${l}`, `${q}/select/${l}/${p}`]);
  return [`${q}/choice/${answer}`];
}

export async function answerWithPointer(page, q, answer, input, index = 0) {
  if (typeof answer === 'number' || (typeof answer === 'string' && !/^[a-z]$/.test(answer))) {
    const id = `${q}/${typeof answer === 'number' ? 'number' : 'text'}`;
    if (input === 'mirror') {
      await waitForState(page, (s) => s.targets.some((t) => t.id === id));
      await page.evaluate(([id, text]) => {
        const el = document.querySelector(`[data-nq-id="${CSS.escape(id)}"]`);
        el.focus();
        el.value = text;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, data: text, inputType: 'insertText' }));
      }, [id, String(answer)]);
      return;
    }
    await press(page, id, { input, index });
    // the field has focus: the mirror's (canvas) or the HTML version's own
    await page.waitForFunction((id) => {
      const el = document.activeElement;
      return el && (el.getAttribute('data-nq-id') === id || el.getAttribute('data-id') === id);
    }, id);
    await page.keyboard.type(String(answer));
    return;
  }
  for (const id of answerIds(q, answer)) await press(page, id, { input, index });
}

async function answerWithKeyboard(page, q, answer) {
  if (typeof answer === 'number' || (typeof answer === 'string' && !/^[a-z]$/.test(answer))) {
    await tabTo(page, `${q}/${typeof answer === 'number' ? 'number' : 'text'}`);
    await page.keyboard.type(String(answer));
    return;
  }
  for (const id of answerIds(q, answer)) {
    await waitForState(page, (s) => s.targets.some((t) => t.id === id));
    const radio = await page.evaluate((id) => {
      const el = document.querySelector(`[data-nq-id="${CSS.escape(id)}"]`);
      return el && el.type === 'radio' ? el.name : null;
    }, id);
    if (radio) {
      // Tab reaches a radio group once (its chosen radio, else its first); the arrows move
      // within it and Space chooses.
      const group = await page.evaluate((name) => [...document.getElementsByName(name)].map((e) => e.getAttribute('data-nq-id')), radio);
      const entry = await page.evaluate((name) => ([...document.getElementsByName(name)].find((e) => e.checked) || document.getElementsByName(name)[0]).getAttribute('data-nq-id'), radio);
      await tabTo(page, entry);
      for (let i = 0; i < group.length && (await page.evaluate(() => document.activeElement.getAttribute('data-nq-id'))) !== id; i++) {
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Space');
    } else {
      await tabTo(page, id);
      await page.keyboard.press('Space');
    }
    await waitForState(page, (s) => !s.targets.some((t) => t.id === id && (t.role === 'checkbox' || t.role === 'radio') && !t.checked));
  }
}

// Takes the whole seed quiz from the article card to the results, answering every question right.
// input: 'mouse' (clicks at state().targets), 'touch' (taps there), 'keyboard' (Tab, arrows,
// Space, typing) or 'mirror' (the accessible controls activated as a screen reader would).
export async function takeSeedQuiz(page, input) {
  await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  await (input === 'keyboard' ? tabTo(page, 'start').then(() => page.keyboard.press('Enter')) : press(page, 'start', { input }));
  return answerQuiz(page, SEED_ANSWERS, { input });
}

// Answers every question from the first one on screen to the results of the n-th widget.
// answers: { question id: response }, or an async function (question id) => response.
export async function answerQuiz(page, answers, { input = 'mouse', index = 0 } = {}) {
  const go = (id) => (input === 'keyboard' ? tabTo(page, id).then(() => page.keyboard.press('Enter')) : press(page, id, { input, index }));
  const first = await waitForState(page, (s) => s.screen === 'question', { index });
  for (let n = 0; n < first.question.total; n++) {
    const s = await waitForState(page, (s) => s.screen === 'question' && s.question.index === n && !s.question.answered && s.targets.some((t) => t.id === 'submit'), { index });
    const q = s.question.id;
    const answer = typeof answers === 'function' ? await answers(q) : answers[q];
    if (input === 'keyboard') await answerWithKeyboard(page, q, answer);
    else await answerWithPointer(page, q, answer, input, index);
    if (input === 'keyboard') {
      await waitForState(page, (s) => s.targets.some((t) => t.id === 'submit' && !t.disabled));
      await go('submit');
    } else {
      await press(page, 'submit', { input, index });
    }
    // Feedback after each question waits for Next; feedback at the end goes straight on.
    const after = await waitForState(page, (s) => s.screen === 'results' || (s.question && (s.question.index > n ||
      (s.question.answered && s.targets.some((t) => t.id === 'next')))), { index });
    if (after.question && after.question.index === n) await go('next');
  }
  return waitForState(page, (s) => s.screen === 'results' && s.targets.length > 0, { index });
}
