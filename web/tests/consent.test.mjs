// data-storage="ask" and NewsQuiz.setConsent: localStorage stays untouched (every key) until the
// reader or the publisher's consent tool agrees; Download gives the stored JSON byte for byte and
// Delete empties it, both confirmed by a reload. On the canvas and on the HTML version.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, root, waitForState, press, answerQuiz, answerQuizInHtml, noWebGL, problems, SEED_ANSWERS } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const INDEX = fs.readFileSync(path.join(root, 'web/demo/index.html'), 'utf8');

// The demo page with data-storage="ask" on its widget (and a setConsent call before it, if any).
async function askPage({ init, consent } = {}) {
  const page = await env.page(null, { init, acceptDownloads: true });
  // a consent tool's call, queued before the loader (async) is there, as docs/privacy.md shows
  const extra = consent === undefined ? '' : `<script>(window.NewsQuiz = window.NewsQuiz || []).push(function (nq) { nq.setConsent(${consent}); });</script>`;
  await page.route(env.url + '/', (route) => route.fulfill({
    contentType: 'text/html', body: INDEX.replace('data-newsquiz=', 'data-storage="ask" data-newsquiz=').replace('</body>', extra + '</body>'),
  }));
  await page.goto(env.url + '/');
  return page;
}

const storage = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
const target = (s, id) => s.targets.find((t) => t.id === id);

for (const html of [false, true]) {
  const mode = html ? 'the HTML version' : 'the canvas';
  const init = html ? noWebGL : undefined;
  const answer = (page) => (html ? answerQuizInHtml(page, SEED_ANSWERS) : answerQuiz(page, SEED_ANSWERS));

  test(`ask, on ${mode}: nothing stored until Yes, then the attempt is; Download and Delete, confirmed by reloads`, async () => {
    const page = await askPage({ init });
    await press(page, 'start');
    let s = await waitForState(page, (s) => s.screen === 'question');
    assert.equal(target(s, 'consent-yes'), undefined, 'not asked before the first answer');
    await answer(page);
    s = await waitForState(page, (s) => s.screen === 'results' && target(s, 'consent-yes'));
    assert.equal(target(s, 'consent-yes').label, 'Yes');
    assert.equal(target(s, 'consent-no').label, 'No');
    assert.deepEqual(await storage(page), {}, 'every key untouched before consent');
    await press(page, 'consent-yes');
    await waitForState(page, (s) => !target(s, 'consent-yes'));
    const stored = await storage(page);
    assert.equal(stored['newsquiz:consent'], 'yes');
    assert.equal(JSON.parse(stored['newsquiz:progress']).articles.length, 1, 'what memory held is written');

    await page.reload();  // the finished attempt is back, on its results
    await waitForState(page, (s) => s.screen === 'results' && s.progress.attempts === 1);
    await press(page, 'show-progress');
    await waitForState(page, (s) => s.screen === 'progress' && target(s, 'download-progress'));
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'download-progress')]);
    assert.equal(download.suggestedFilename(), 'newsquiz-progress.json');
    const bytes = fs.readFileSync(await download.path(), 'utf8');
    assert.equal(bytes, (await storage(page))['newsquiz:progress'], 'the download is the stored JSON, byte for byte');

    await press(page, 'delete-progress');
    s = await waitForState(page, (s) => target(s, 'delete-confirm'));
    assert.equal(target(s, 'delete-confirm').label, 'Delete');
    assert.equal((await storage(page))['newsquiz:progress'] !== undefined, true, 'nothing goes before the confirmation');
    await press(page, 'delete-confirm');
    s = await waitForState(page, (s) => s.screen === 'progress' && !target(s, 'delete-confirm') && !target(s, 'download-progress'));
    assert.deepEqual(await storage(page), {});
    await page.reload();
    s = await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
    assert.equal(s.progress.attempts, 0, 'the reload finds nothing');
    assert.deepEqual(await storage(page), {});
    assert.deepEqual(problems(page), []);
  });

  test(`setConsent(false), on ${mode}: nothing is asked and nothing stored through a whole quiz and a reload`, async () => {
    const page = await askPage({ init, consent: false });
    await press(page, 'start');
    const s = await answer(page);
    assert.equal(target(s, 'consent-yes'), undefined);
    assert.deepEqual(await storage(page), {});
    await page.reload();
    await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
    assert.deepEqual(await storage(page), {});
  });
}
