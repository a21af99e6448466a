// The results screen's share button: the Web Share API with the article's url and the score
// sentence where the browser has it, else the clipboard (and the live region says so).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, press, takeSeedQuiz, answerQuizInHtml, noWebGL, problems, SEED_ANSWERS } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

// The seed article has no `url` and the demo page no canonical link: the page's address is shared.
const pageUrl = () => env.url + '/';
function stubShare() {
  window.__shared = [];
  navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
}
function noShare() { delete Navigator.prototype.share; delete Navigator.prototype.canShare; }

for (const html of [false, true]) {
  const mode = html ? 'the HTML version' : 'the canvas';
  const inits = (more) => (html ? [noWebGL, more] : [more]);
  // the seed quiz answered right: with the mouse on the canvas, through the form's own controls in HTML
  const take = async (page) => (html ? (await press(page, 'start'), answerQuizInHtml(page, SEED_ANSWERS)) : takeSeedQuiz(page, 'mouse'));

  test(`Share on ${mode} hands the article's url and the score sentence to navigator.share`, async () => {
    const page = await env.page('/', { init: inits(stubShare) });
    const s = await take(page);
    await press(page, 'share');
    const shared = await page.waitForFunction(() => window.__shared.length && window.__shared).then((h) => h.jsonValue());
    assert.equal(shared.length, 1);
    assert.equal(shared[0].url, pageUrl());
    assert.equal(shared[0].text, `I scored ${s.result.score}/${s.result.max} on "${s.article.headline}"`);
    assert.deepEqual(problems(page), []);
  });

  test(`without Web Share, on ${mode}, the clipboard gets the sentence and the link, and the live region says so`, async () => {
    const page = await env.page('/', { init: inits(noShare), permissions: ['clipboard-read', 'clipboard-write'] });
    const s = await take(page);
    await press(page, 'share');
    await page.waitForFunction(() => document.querySelector('.newsquiz__live').textContent.includes('copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `I scored ${s.result.score}/${s.result.max} on "${s.article.headline}" ${pageUrl()}`);
  });
}
