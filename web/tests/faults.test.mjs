// Network faults: what the reader sees and what the console says when the document or
// newsquiz.wasm does not come as it should, when the connection goes after the first screen, and
// when the xAPI endpoint fails or hangs. Faults are served through page.route; "too slow" is a
// route that never answers and the loader's bounded wait, run out on Playwright's clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, root, closeAfterEach, routedPage, waitForState, takeSeedQuiz, answerQuizInHtml, press, recordEvents, events, noWebGL } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });
const closing = closeAfterEach();

const SEED = fs.readFileSync(path.join(root, 'assets/articles/rubio-us-mexico-security.json'), 'utf8');
const INLINE = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(fs.readFileSync(path.join(root, 'web/demo/inline.html'), 'utf8'))[1];
const INLINE_ANSWERS = { q1: false, q2: 'a' };
const CARD = ['This quiz could not be loaded', 'Check your connection and try again.', 'Try again'];
const DOC = '/quizzes/fault.json';
const DOCUMENT_TIMEOUT_MS = 15000;  // web/src/loader.js, docs/embedding.md

// A page of ours at /t/NAME.html with the widget's script and the given widget markup.
const pageWith = async (name, widget, options) => closing(await routedPage(env, name, widget, options));

// newsquiz's warnings and errors in the console, and anything thrown.
const said = (page) => page.messages.filter((m) => /^(warning|error): \[newsquiz\]/.test(m) || m.startsWith('pageerror'));
// Waits until done() holds (what the page logs or the server gets, seen from here), up to 30 s.
async function until(page, done, why) {
  const end = Date.now() + 30000;
  while (!done()) {
    if (Date.now() > end) assert.fail(why());
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  }
}
// The ids of the xAPI statements the demo server's endpoint took.
const received = () => env.server.statements.map((s) => s.id);
const card = (page) => page.locator('.newsquiz__error').evaluate((el) => [...el.querySelectorAll('p, button')].map((e) => e.textContent));

// The document at DOC answers as `fault` says until the test sets it to 'ok'.
async function faultyDocument(page) {
  const served = { fault: null, requests: 0, held: [] };
  await page.route(env.url + DOC, (route) => {
    served.requests++;
    const f = served.fault;
    if (f === 'ok') return route.fulfill({ contentType: 'application/json', body: SEED });
    if (f === 'slow') return void served.held.push(route);  // never answered
    if (f === 404 || f === 500) return route.fulfill({ status: f, contentType: 'text/plain', body: 'no' });
    if (f === 'html') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Sign in</title><p>Please sign in.' });
    if (f === 'truncated') return route.fulfill({ contentType: 'application/json', body: SEED.slice(0, SEED.length >> 1) });
    throw new Error(`no fault ${f}`);
  });
  return served;
}

// The error card, then Try again with the document back: the quiz as if nothing had happened.
// `className`: the widget's classes once it runs ("newsquiz newsquiz--html" for the HTML version).
async function recovers(page, served, className = 'newsquiz') {
  served.fault = 'ok';
  const before = served.requests;
  await page.getByRole('button', { name: 'Try again' }).click();
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.equal(s.article.id, 'rubio-us-mexico-security-2025-09-03');
  assert.equal(served.requests, before + 1, 'Try again fetches the document once more');
  // The reader's focus was on Try again: it is on the card's headline now, not lost to the page.
  await page.waitForFunction(() => document.activeElement !== document.body);
  assert.deepEqual(await page.evaluate(() => [document.activeElement.closest('[data-newsquiz]') !== null, document.activeElement.textContent]),
    [true, JSON.parse(SEED).article.headline]);
  assert.equal(await page.locator('.newsquiz__error').count(), 0);
  assert.deepEqual(await page.evaluate(() => document.querySelector('[data-newsquiz]').className), className);
  await press(page, 'start');
  await waitForState(page, (s) => s.screen === 'question' && s.question.index === 0);
}

const DOCUMENT_FAULTS = [
  [404, /^error: \[newsquiz\] could not load \/quizzes\/fault\.json \(HTTP 404\): check that data-newsquiz holds the URL of a newsquiz\/1 JSON document$/],
  [500, /^error: \[newsquiz\] could not load \/quizzes\/fault\.json \(HTTP 500\): check that data-newsquiz holds the URL of a newsquiz\/1 JSON document$/],
  ['html', /^error: \[newsquiz\] could not load \/quizzes\/fault\.json: what came is not JSON \(.+; Content-Type: text\/html\): check that data-newsquiz holds the URL of a newsquiz\/1 JSON document, and that its server sends it whole$/],
  ['truncated', /^error: \[newsquiz\] could not load \/quizzes\/fault\.json: what came is not JSON \(.+; Content-Type: application\/json\): check that data-newsquiz holds the URL of a newsquiz\/1 JSON document, and that its server sends it whole$/],
];

for (const [fault, message] of DOCUMENT_FAULTS) {
  test(`a document that comes as ${fault}: the error card, Try again, the quiz once it comes whole`, async () => {
    const page = await pageWith(`doc-${fault}`, `<div data-newsquiz="${DOC}"></div>`, { init: recordEvents });
    const served = await faultyDocument(page);
    served.fault = fault;
    await page.goto(`${env.url}/t/doc-${fault}.html`);
    const s = await waitForState(page, (s) => s.screen === 'error');
    assert.match(s.error, /^could not load \/quizzes\/fault\.json/);
    assert.deepEqual(await card(page), CARD);
    assert.equal(await page.evaluate(() => document.querySelector('[data-newsquiz]').className), 'newsquiz newsquiz--error');
    assert.deepEqual(said(page).length, 1, said(page).join('\n'));
    assert.match(said(page)[0], message);
    assert.deepEqual((await events(page)).map((e) => [e.type, e.detail.message]), [['newsquiz:error', s.error]]);
    let told = 1;
    if (fault === 500) {
      // Try again while the server still fails: the new card, focus on its Try again.
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.waitForFunction(() => document.activeElement.matches('[data-newsquiz] .newsquiz__retry'));
      assert.equal(served.requests, 2);
      assert.deepEqual(await card(page), CARD);
      told = 2;
    }
    await recovers(page, served);
    assert.equal(said(page).length, told, 'nothing more is said once the quiz runs: ' + said(page).join('\n'));
  });
}

// Without WebGL2 the quiz comes as its HTML version: Try again puts the focus on its headline too.
test('a document that comes as 404 to a browser without WebGL2: Try again, the HTML version, the focus on its headline', async () => {
  const page = await pageWith('doc-404-html', `<div data-newsquiz="${DOC}"></div>`, { init: noWebGL });
  const served = await faultyDocument(page);
  served.fault = 404;
  await page.goto(`${env.url}/t/doc-404-html.html`);
  await waitForState(page, (s) => s.screen === 'error');
  assert.deepEqual(await card(page), CARD);
  await recovers(page, served, 'newsquiz newsquiz--html');
  assert.equal(await page.locator('[data-newsquiz] .newsquiz__fallback').count(), 1, 'the quiz runs as its HTML version');
  assert.equal(await page.locator('[data-newsquiz] canvas').count(), 0);
});

test('a document too slow to come: the bounded wait, then the error card with Try again', async () => {
  const page = await pageWith('doc-slow', `<div data-newsquiz="${DOC}" data-lang="es"></div>`);
  const served = await faultyDocument(page);
  served.fault = 'slow';
  // the clock stands still until the test moves it
  await page.clock.install({ time: new Date('2025-09-03T10:00:00Z') });
  await page.clock.pauseAt(new Date('2025-09-03T10:00:01Z'));
  await page.goto(`${env.url}/t/doc-slow.html`);
  while (!served.held.length) await new Promise((r) => setImmediate(r));  // the request is on its way, unanswered
  await page.clock.runFor(DOCUMENT_TIMEOUT_MS - 1);
  assert.equal(await page.evaluate(() => NewsQuiz.widgets[0].state()), null, 'still waiting, one millisecond before the bound');
  await page.clock.runFor(1);
  const s = await waitForState(page, (s) => s.screen === 'error');
  assert.equal(s.error, 'could not load /quizzes/fault.json within 15 seconds: check that its server answers, and quickly');
  assert.deepEqual(await card(page), ['No se pudo cargar este cuestionario', 'Comprueba tu conexión y vuelve a intentarlo.', 'Intentar de nuevo']);
  assert.deepEqual(said(page), [`error: [newsquiz] ${s.error}`]);
  await page.clock.resume();
  served.fault = 'ok';
  await page.getByRole('button', { name: 'Intentar de nuevo' }).click();
  await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.deepEqual(said(page), [`error: [newsquiz] ${s.error}`]);
});

// newsquiz.wasm as `fault` says until 'ok' (then from the server).
async function faultyWasm(page) {
  const served = { fault: null };
  await page.route(`${env.url}/dist/newsquiz.wasm`, async (route) => {
    if (served.fault === 'ok') return route.continue();
    if (served.fault === 404) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    const whole = await (await route.fetch()).body();
    if (served.fault === 'cut') return route.fulfill({ contentType: 'application/wasm', body: whole.subarray(0, whole.length >> 1) });
    if (served.fault === 'octet') return route.fulfill({ contentType: 'application/octet-stream', body: whole });
    throw new Error(`no fault ${served.fault}`);
  });
  return served;
}

const WASM_FAULTS = [
  [404, (url) => `error: [newsquiz] could not load ${url} (HTTP 404): deploy every file of web/dist next to newsquiz.js`],
  ['cut', (url) => new RegExp(`^error: \\[newsquiz\\] could not compile ${url.replace(/[.]/g, '\\.')} \\(WebAssembly\\.compile\\(\\): .+\\): deploy every file of web/dist next to newsquiz\\.js, whole$`)],
];

for (const [fault, message] of WASM_FAULTS) {
  test(`newsquiz.wasm ${fault === 404 ? 'missing (404)' : 'cut short'}: the error card (no HTML version without the core), then Try again`, async () => {
    const page = await pageWith(`wasm-${fault}`, '<div data-newsquiz="/assets/articles/rubio-us-mexico-security.json"></div>');
    const served = await faultyWasm(page);
    served.fault = fault;
    await page.goto(`${env.url}/t/wasm-${fault}.html`);
    await waitForState(page, (s) => s.screen === 'error');
    assert.deepEqual(await card(page), CARD);
    assert.equal(await page.locator('.newsquiz__fallback, canvas').count(), 0);
    const url = `${env.url}/dist/newsquiz.wasm`;
    assert.equal(said(page).length, 1, said(page).join('\n'));
    if (typeof message(url) === 'string') assert.equal(said(page)[0], message(url));
    else assert.match(said(page)[0], message(url));
    served.fault = 'ok';
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
    assert.equal(await page.locator('canvas').count(), 1);
    assert.equal(said(page).length, 1, said(page).join('\n'));
  });
}

test('newsquiz.wasm with the wrong MIME type still runs, with its one warning', async () => {
  const page = await pageWith('wasm-octet', '<div data-newsquiz="/assets/articles/rubio-us-mexico-security.json"></div>');
  (await faultyWasm(page)).fault = 'octet';
  await page.goto(`${env.url}/t/wasm-octet.html`);
  await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.deepEqual(said(page), [`warning: [newsquiz] ${env.url}/dist/newsquiz.wasm is not served as application/wasm, so it cannot ` +
    'compile while it downloads. Configure the server to send .wasm files with Content-Type: application/wasm.']);
});

test('offline after the first screen: the whole quiz, its progress kept, nothing said; online again, the outbox goes', async () => {
  const page = closing(await env.page('/'));
  await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.context().setOffline(true);
  const s = await takeSeedQuiz(page, 'mirror');
  assert.deepEqual(s.result, { score: 12, max: 12, percent: 100, passed: true, band: s.result.band });
  const store = await page.evaluate(() => JSON.parse(localStorage.getItem('newsquiz:progress')));
  assert.deepEqual(store.articles.map((a) => [a.id, a.attempts.length]), [['rubio-us-mexico-security-2025-09-03', 1]]);
  // index.html sends xAPI statements: offline, each waits in the outbox for a later page.
  const outbox = await page.evaluate(() => JSON.parse(localStorage.getItem('newsquiz:xapi:outbox')));
  assert.equal(outbox.length, 12);
  assert.deepEqual(said(page).filter((m) => !m.startsWith('warning: [newsquiz] could not send an xAPI statement')), []);
  assert.ok(requests.every((u) => u.endsWith('/xapi/statements')), requests.join('\n'));
  // Online again: the statements that waited go at once, on this page, each once. First every
  // statement gives up its retries (each says so), so that only the connection's return sends them.
  const ids = outbox.map((e) => e.statement.id);
  const gaveUp = () => page.messages.filter((m) => m.startsWith('warning: [newsquiz] could not send an xAPI statement')).length;
  await until(page, () => gaveUp() === 12, () => `${gaveUp()} of 12 statements gave up their retries`);
  await page.context().setOffline(false);
  await page.waitForFunction(() => localStorage.getItem('newsquiz:xapi:outbox') === null);
  assert.deepEqual(received().filter((id) => ids.includes(id)).sort(), [...ids].sort());
});

// [SECTION] xAPI: an endpoint that fails or hangs
const xapiWidget = (storage) => `<div data-newsquiz="" data-xapi-endpoint="/xapi" data-storage="${storage}"><script type="application/json">${INLINE}</script></div>`;
const statementIds = async (page) => (await events(page)).filter((e) => e.type === 'newsquiz:xapi').map((e) => e.detail.statement.id);

test('an xAPI endpoint that fails: the quiz goes on, each statement kept in storage, sent by the next page', async () => {
  const page = await pageWith('xapi-fails', xapiWidget('local'), { init: [noWebGL, recordEvents] });
  let posts = 0;
  await page.route(`${env.url}/xapi/statements`, (route) => { posts++; return route.fulfill({ status: 503, body: 'down' }); });
  await page.goto(`${env.url}/t/xapi-fails.html`);
  await press(page, 'start');
  const s = await answerQuizInHtml(page, INLINE_ANSWERS);
  assert.deepEqual([s.screen, s.result.score, s.result.max], ['results', 2, 2]);
  const ids = await statementIds(page);
  assert.equal(ids.length, 4, 'two answers, completed, passed');
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('newsquiz:xapi:outbox')));
  assert.deepEqual(kept.map((e) => [e.url, e.statement.id]), ids.map((id) => ['/xapi/statements', id]));
  assert.ok(posts >= 4, `${posts} POSTs`);
  assert.deepEqual(ids.filter((id) => received().includes(id)), []);

  // The endpoint is back: the next page sends them, each once, and removes the emptied outbox.
  await page.unroute(`${env.url}/xapi/statements`);
  await page.reload();
  await page.waitForFunction(() => localStorage.getItem('newsquiz:xapi:outbox') === null);
  assert.deepEqual(ids.filter((id) => received().includes(id)), ids);
  assert.equal(received().filter((id) => ids.includes(id)).length, 4);
  assert.deepEqual(said(page).filter((m) => !/^(warning: \[newsquiz\] could not send an xAPI|error: Failed to load resource)/.test(m)), []);
});

test('an xAPI endpoint that hangs, storage off: the quiz goes on, statements kept in memory and sent once it answers', async () => {
  const page = await pageWith('xapi-hangs', xapiWidget('none'), { init: [noWebGL, recordEvents] });
  const hung = [];
  await page.route(`${env.url}/xapi/statements`, (route) => void hung.push(route));
  await page.goto(`${env.url}/t/xapi-hangs.html`);
  await press(page, 'start');
  const s = await answerQuizInHtml(page, INLINE_ANSWERS);
  assert.equal(s.screen, 'results');
  const ids = await statementIds(page);
  assert.equal(ids.length, 4);
  assert.equal(hung.length, 4, 'each statement was tried, none answered');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'data-storage="none": nothing in localStorage');
  // The endpoint answers again: the bounded wait gives up on each hung request, the retry sends it.
  await page.unroute(`${env.url}/xapi/statements`);
  await until(page, () => ids.every((id) => received().includes(id)), () => `received ${received().filter((id) => ids.includes(id)).length} of 4`);
  assert.deepEqual(said(page).filter((m) => !/^error: Failed to load resource/.test(m)), []);
});
