// "How other readers did" (data-aggregates): the figures of an AGG.json after each answer, on each
// review row and on the results, in the canvas's mirror and in the HTML version alike; none where
// fewer than 30 answers or attempts were counted; a file that is missing or malformed is one
// console warning and no figures, never an error card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, root, waitForState, press, answerQuiz, answerQuizInHtml, noWebGL, problems, SEED_ID, SEED_ANSWERS } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const INDEX = fs.readFileSync(path.join(root, 'web/demo/index.html'), 'utf8');

// q1: 31 answers, 20 right (64.5 % -> "64%"); q2: 29 answers (under 30: no figure).
// 45 attempts: 10 at 0 %, 18 at 49 %, 12 at 50 %, 5 at 100 %. A reader at 100 % beats the
// 40 below (ties are not beaten): 40 / 45 = 88.9 % -> "88%".
function aggregates(spread = { 0: 10, 49: 18, 50: 12, 100: 5 }) {
  const percents = new Array(101).fill(0);
  for (const [p, n] of Object.entries(spread)) percents[p] = n;
  const attempts = percents.reduce((a, n) => a + n, 0);
  return JSON.stringify({
    format: 'newsquiz-aggregates/1',
    statements: { read: 0, answers: 0, attempts: 0, duplicates: 0, without_id: 0, voided: 0, foreign: 0, without_result: 0, other_verbs: 0 },
    articles: { [SEED_ID]: { attempts, percents, questions: { q1: { responses: 31, right: 20 }, q2: { responses: 29, right: 29 } } } },
  });
}

// The demo page with data-aggregates="/agg.json" on its widget, the file answered by `agg`
// (a body, or a status number).
async function pageWith(agg, { init } = {}) {
  const page = await env.page(null, { init });
  await page.route(env.url + '/', (route) => route.fulfill({
    contentType: 'text/html', body: INDEX.replace('data-newsquiz=', 'data-aggregates="/agg.json" data-newsquiz='),
  }));
  await page.route(env.url + '/agg.json', (route) => (typeof agg === 'number'
    ? route.fulfill({ status: agg, body: 'gone' })
    : route.fulfill({ contentType: 'application/json', body: agg })));
  await page.goto(env.url + '/');
  return page;
}

// The text the reader's view shows for an item id: the HTML version's element, else the mirror's.
const shown = (page, id) => page.evaluate((id) => {
  const el = document.querySelector(`.newsquiz__fallback [data-id="${CSS.escape(id)}"]`) ||
    document.querySelector(`[data-nq-id="${CSS.escape(id)}"]`);
  return el ? el.textContent : null;
}, id);

for (const html of [false, true]) {
  const mode = html ? 'the HTML version' : 'the canvas';
  const init = html ? noWebGL : undefined;

  test(`on ${mode}: a share after the answer from 30 responses, none under; better than on the results and each review row`, async () => {
    const page = await pageWith(aggregates(), { init });
    await press(page, 'start');
    await (html ? answerQuizInHtml : answerQuiz)(page, SEED_ANSWERS);
    assert.equal(await shown(page, 'others'), 'You did better than 88% of readers');
    assert.equal(await shown(page, 'review/q1/others'), '64% of readers got this right');
    assert.equal(await shown(page, 'review/q2/others'), null, 'q2 has 29 answers: no figure');
    assert.equal(await shown(page, 'review/q3/others'), null, 'q3 has none');
    assert.deepEqual(problems(page), []);
    assert.deepEqual(page.messages.filter((m) => /aggregates/.test(m)), []);
  });

  test(`on ${mode}: the figure shows in the feedback of the question, and not before the answer`, async () => {
    const page = await pageWith(aggregates(), { init });
    await press(page, 'start');
    await waitForState(page, (s) => s.screen === 'question' && s.question.id === 'q1' && !s.question.answered);
    assert.equal(await shown(page, 'q1/others'), null, 'nothing before the answer');
    if (html) {
      await page.locator('.newsquiz__fallback input[value="a"]').click();
      await page.locator('.newsquiz__fallback [data-id="submit"]').click();
    } else {
      await press(page, 'q1/choice/a');
      await press(page, 'submit');
    }
    await waitForState(page, (s) => s.screen === 'question' && s.question.answered);
    assert.equal(await shown(page, 'q1/others'), '64% of readers got this right');
  });

  test(`on ${mode}: under 30 attempts (29) the results say nothing of other readers`, async () => {
    const page = await pageWith(aggregates({ 0: 10, 49: 18, 100: 1 }), { init });
    await press(page, 'start');
    await (html ? answerQuizInHtml : answerQuiz)(page, SEED_ANSWERS);
    assert.equal(await shown(page, 'others'), null);
    assert.equal(await shown(page, 'review/q1/others'), '64% of readers got this right', 'the answers still count 31');
  });
}

test('a missing file is one warning naming it, and the quiz runs without figures', async () => {
  const page = await pageWith(404);
  await press(page, 'start');
  await answerQuiz(page, SEED_ANSWERS);
  assert.equal(await shown(page, 'others'), null);
  assert.equal(await shown(page, 'review/q1/others'), null);
  assert.deepEqual(page.messages.filter((m) => /aggregates/.test(m)),
    ['warning: [newsquiz] data-aggregates: could not load /agg.json (HTTP 404); the widget shows no figures of other readers.']);
  assert.deepEqual(problems(page), []);
});

test('a malformed file is one warning with its JSON pointer, and no figures', async () => {
  const page = await pageWith(aggregates().replace('"responses":31', '"responses":-31'));
  await press(page, 'start');
  await answerQuiz(page, SEED_ANSWERS);
  assert.equal(await shown(page, 'review/q1/others'), null);
  const warnings = page.messages.filter((m) => /aggregates/.test(m));
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /^warning: \[newsquiz\] .*the aggregates file is ignored: \/articles\/rubio-us-mexico-security-2025-09-03\/questions\/q1\/responses: /);
  assert.deepEqual(problems(page), []);
});
