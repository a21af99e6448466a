// Embedding: one compile for many widgets, lazy start, inline documents, the JavaScript API,
// elements added later, error cards, a strict CSP, a server with the wrong MIME type, links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, waitForState, press, screenshot, problems, recordEvents, events } from './helpers.mjs';
import { startServer } from '../server.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

// Counts compiles of WebAssembly modules on the page (use as `init`).
function countCompiles() {
  window.__compiles = 0;
  for (const name of ['compile', 'compileStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) { window.__compiles++; return original.apply(this, args); };
  }
}

test('two widgets on a page: compiled once, the far one started when near, independent', async () => {
  const page = await env.page('/two-widgets.html', { init: countCompiles });
  await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0, { index: 0 });
  assert.equal(await page.evaluate(() => NewsQuiz.widgets.length), 2);
  assert.equal(await page.evaluate(() => NewsQuiz.widgets[1].state()), null, 'the far widget waits until it comes near');
  assert.equal(await page.evaluate(() => document.querySelector('#second canvas')), null);

  await press(page, 'start', { index: 0 });
  await waitForState(page, (s) => s.screen === 'question' && s.targets.length > 0, { index: 0 });
  await page.evaluate(() => document.querySelector('#second').scrollIntoView());
  const second = await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0, { index: 1 });
  assert.equal(second.article.id, 'civic-toolkit-us-mexico-security');
  assert.equal(await page.evaluate(() => window.__compiles), 1, 'one compile for both widgets');
  await press(page, 'start', { index: 1 });
  await waitForState(page, (s) => s.screen === 'question' && s.question.index === 0, { index: 1 });
  const first = await page.evaluate(() => NewsQuiz.widgets[0].state());
  assert.equal(first.article.id, 'rubio-us-mexico-security-2025-09-03');
  assert.deepEqual(first.question.index, 0);
  assert.equal(await page.evaluate(() => document.querySelectorAll('canvas').length), 2);
  assert.deepEqual(problems(page), []);
});

test('an inline document mounts from its <script type="application/json">', async () => {
  const page = await env.page('/inline.html');
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.equal(s.article.id, 'border-trade-2025-09-04');
  await press(page, 'start');
  const q = await waitForState(page, (s) => s.screen === 'question' && s.targets.length > 0);
  assert.equal(q.question.type, 'true_false');
  assert.deepEqual(problems(page), []);
});

test('NewsQuiz.mount() and destroy(): options from the call, the element as it was afterwards', async () => {
  const page = await env.page('/inline.html', { init: recordEvents });
  await waitForState(page, (s) => s.screen === 'article');
  const doc = await page.evaluate(() => JSON.parse(document.querySelector('[data-newsquiz] script').textContent));
  const result = await page.evaluate(async (doc) => {
    const el = document.createElement('section');
    el.id = 'api';
    el.className = 'mine';
    document.querySelector('main').append(el);
    const before = el.outerHTML;
    const w = await NewsQuiz.mount(el, { article: doc, theme: 'dark', start: 'quiz', storage: 'none' });
    const again = await NewsQuiz.mount(el);
    const s = w.state();
    const mounted = { count: NewsQuiz.widgets.length, same: again === w, dark: el.classList.contains('newsquiz--dark'), canvases: el.querySelectorAll('canvas').length };
    w.destroy();
    return { before, after: el.outerHTML, s, mounted, left: NewsQuiz.widgets.length, saved: localStorage.getItem('newsquiz:session:' + doc.article.id) };
  }, doc);
  assert.equal(result.s.screen, 'question', 'start: "quiz" opens on the first question');
  assert.deepEqual(result.mounted, { count: 2, same: true, dark: true, canvases: 1 });
  assert.equal(result.after, result.before);
  assert.equal(result.left, 1);
  assert.equal(result.saved, null, 'storage: "none" keeps nothing');
  const starts = (await events(page)).filter((e) => e.type === 'newsquiz:start');
  assert.deepEqual(starts.map((e) => [e.detail, e.target]), [[{ articleId: 'border-trade-2025-09-04', attempt: 1 }, 'api']]);
});

test('an element added later is mounted once, a removed one destroyed', async () => {
  const page = await env.page(null);
  // A page with no widget at first: the widget's own <style> must not be taken for one.
  await page.route(env.url + '/late.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><title>late</title><main></main><script src="/dist/newsquiz.js"></script>',
  }));
  await page.goto(env.url + '/late.html');
  await page.waitForFunction(() => window.NewsQuiz && NewsQuiz.widgets.length === 0);
  await page.evaluate(() => {
    const el = document.createElement('div');
    el.id = 'late';
    el.setAttribute('data-newsquiz', '/assets/articles/civic-toolkit-us-mexico-security.json');
    document.querySelector('main').append(el);
  });
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  assert.equal(s.article.id, 'civic-toolkit-us-mexico-security');
  await page.evaluate(() => { const el = document.querySelector('#late'); el.parentNode.append(el); });  // moved, not gone
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  assert.equal(await page.evaluate(() => [NewsQuiz.widgets.length, document.querySelectorAll('#late canvas').length].join()), '1,1');
  await page.evaluate(() => document.querySelector('#late').remove());
  await page.waitForFunction(() => NewsQuiz.widgets.length === 0);
});

test('a broken document and a missing one show error cards, events and console advice', async () => {
  const page = await env.page('/broken.html', { init: recordEvents });
  const broken = await waitForState(page, (s) => s.screen === 'error', { index: 0 });
  assert.match(broken.error, /^\/article\/headline: /);
  const missing = await waitForState(page, (s) => s.screen === 'error', { index: 1 });
  assert.match(missing.error, /could not load \/quizzes\/missing\.json \(HTTP 404\)/);
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('.newsquiz-slot')].map((e) => e.classList.contains('newsquiz--error'))), [true, true]);
  const errors = (await events(page)).filter((e) => e.type === 'newsquiz:error').map((e) => e.detail.message);
  assert.equal(errors.length, 2);
  assert.ok(errors.some((m) => m.includes('/quizzes/broken.json is not a valid newsquiz/1 document')), errors.join('\n'));
  assert.ok(page.messages.some((m) => m.startsWith('error: [newsquiz] /quizzes/broken.json') && m.includes('newsquiz validate')), page.messages.join('\n'));
  assert.equal(await page.locator('.newsquiz__error').count(), 1, 'the missing document gets the HTML card');
  await screenshot(page, 'embed-error-cards');
});

test('a strict Content-Security-Policy page runs with no violation', async () => {
  const page = await env.page(null, { init: () => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  } });
  await page.goto(env.url + '/csp.html');
  await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  await press(page, 'start');
  await waitForState(page, (s) => s.screen === 'question' && s.targets.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems(page), []);
});

test('a server that sends .wasm with the wrong MIME type still works, with advice', async () => {
  const { server, url } = await startServer({ wasmType: 'application/octet-stream' });
  try {
    const page = await env.page(null);
    await page.goto(url + '/inline.html');
    await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
    assert.ok(page.messages.some((m) => m.includes('[newsquiz]') && m.includes('Content-Type: application/wasm')), page.messages.join('\n'));
  } finally {
    await new Promise((ok) => server.close(ok));
  }
});

test('links open through window.open with noopener', async () => {
  const page = await env.page('/', { init: () => {
    window.__opened = [];
    window.open = (...args) => { window.__opened.push(args); return null; };
  } });
  // the actions, with their links, are listed on the card
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.role === 'link'));
  const links = s.targets.filter((t) => t.role === 'link');
  const phone = links.find((t) => t.label.includes('202-224-3121'));
  assert.ok(phone, JSON.stringify(links));
  await press(page, phone.id);
  await page.waitForFunction(() => window.__opened.length === 1);
  assert.deepEqual(await page.evaluate(() => window.__opened), [['tel:+12022243121', '_blank', 'noopener,noreferrer']]);
});
