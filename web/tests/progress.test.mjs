// Progress across articles, widgets and tabs: a quiz finished in one widget makes its questions
// due for review in another article's widget a month later; a finish in one tab reaches the
// other tab's widget through the `storage` event, without a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, root, waitForState, press, answerQuiz, answerQuizInHtml, screenshot, problems, noWebGL, SEED_ID, SEED_ANSWERS } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const CIVIC = JSON.parse(fs.readFileSync(path.join(root, 'assets/articles/civic-toolkit-us-mexico-security.json'), 'utf8'));
const CIVIC_ID = CIVIC.article.id;
const CIVIC_ANSWERS = {
  q1: 'a', q2: false, q3: 'GAO', q4: { p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' }, q5: ['a', 'b', 'c'],
};
// A review asks "r1", "r2", ... in its own order: its questions are known by their prompts.
const CIVIC_BY_PROMPT = new Map(CIVIC.quiz.questions.map((q) => [q.prompt, CIVIC_ANSWERS[q.id]]));
const DAY = 86400000;
// Recall a month after a first right answer is below 70 % (familiar); right again a day or more
// later is a spaced success at 100 % (mastered).
const topicName = (id) => { const t = CIVIC.article.topics.find((t) => t.id === id); return `${t.emoji} ${t.label}`; };
const REVIEW_CHANGES = [
  ['change/civics', `${topicName('civics')}: familiar → mastered`],
  ['change/government', `${topicName('government')}: familiar → mastered`],
];
const changes = (s) => s.targets.filter((t) => /^change\//.test(t.id)).map((t) => [t.id, t.label]);

const storedProgress = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('newsquiz:progress')));
const reps = (store, articleId) => store.articles.find((a) => a.id === articleId).questions.map((q) => [q.id, q.card.reps]);
const target = (s, id) => s.targets.find((t) => t.id === id);

// The n-th widget of the page, once it is near enough to start.
async function reach(page, selector, index) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  return waitForState(page, (s) => s.screen !== null && s.targets.length > 0, { index });
}

// 30 days later (every card's interval is shorter): the page again, its first widget offering a review.
async function monthLater(page) {
  await page.clock.install({ time: Date.now() + 30 * DAY });
  await page.reload();
  await page.locator('#first').scrollIntoViewIfNeeded();  // the page may come back scrolled to the second widget
  return waitForState(page, (s) => s.screen === 'article' && target(s, 'review-due'), { index: 0 });
}

test('a month after one article\'s quiz, another article\'s widget reviews its questions', async () => {
  const page = await env.page('/two-widgets.html');
  await reach(page, '#second', 1);
  await press(page, 'start', { index: 1 });
  const done = await answerQuiz(page, CIVIC_ANSWERS, { index: 1 });
  assert.deepEqual(done.result, { score: 7, max: 7, percent: 100, passed: true, band: 'You know these tools inside out.' });
  // The first widget heard of it at once (no reload): it now has progress to show.
  const first = await waitForState(page, (s) => s.screen === 'article' && target(s, 'show-progress'), { index: 0 });
  assert.deepEqual(first.progress.topics.map((t) => t.id), ['civics', 'government']);
  assert.equal(first.progress.due, 0, 'nothing is due on the day the questions were answered');
  assert.equal(target(first, 'review-due'), undefined);
  assert.deepEqual(reps(await storedProgress(page), CIVIC_ID), [['q1', 1], ['q2', 1], ['q3', 1], ['q4', 1], ['q5', 1]]);

  // A month later the first widget offers all five.
  const card = await monthLater(page);
  assert.equal(target(card, 'review-due').label, 'Review 5 questions due');
  assert.deepEqual({ due: card.progress.due, reviewing: card.progress.reviewing }, { due: 5, reviewing: false });
  await screenshot(page, 'progress-review-due-card', { element: '#first' });

  await press(page, 'review-due', { index: 0 });
  const asked = await waitForState(page, (s) => s.screen === 'question' && s.targets.length > 0, { index: 0 });
  assert.deepEqual([asked.question.id, asked.question.total, asked.progress.reviewing], ['r1', 5, true]);
  const prompt = (q) => page.evaluate((id) => document.querySelector(`#first [data-nq-id="${CSS.escape(id)}"]`).textContent, `${q}/prompt`);
  const reviewed = await answerQuiz(page, async (q) => CIVIC_BY_PROMPT.get(await prompt(q)), { index: 0 });
  assert.deepEqual([reviewed.result.score, reviewed.result.max, reviewed.result.percent], [7, 7, 100]);
  assert.equal(reviewed.progress.due, 0);
  assert.deepEqual(changes(reviewed), REVIEW_CHANGES);
  assert.deepEqual(reps(await storedProgress(page), CIVIC_ID), [['q1', 2], ['q2', 2], ['q3', 2], ['q4', 2], ['q5', 2]]);
  assert.deepEqual(problems(page), []);
});

// Records what the page adds to and removes from window's listeners (use as `init`).
function recordWindowListeners() {
  window.__listeners = [];
  const add = window.addEventListener, remove = window.removeEventListener;
  window.addEventListener = function (type, ...rest) { window.__listeners.push(`+${type}`); return add.call(this, type, ...rest); };
  window.removeEventListener = function (type, ...rest) { window.__listeners.push(`-${type}`); return remove.call(this, type, ...rest); };
}

test('a quiz finished in one tab reaches the other tab\'s widget without a reload', async () => {
  const tab2 = await env.page('/', { init: recordWindowListeners });
  const tab1 = await tab2.context().newPage();
  tab1.messages = [];
  const before = await waitForState(tab2, (s) => s.screen === 'article' && s.targets.length > 0);
  assert.equal(target(before, 'show-progress'), undefined, 'no progress yet');
  assert.deepEqual(before.progress.topics, []);

  await tab1.goto(env.url + '/inline.html');
  await waitForState(tab1, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  await press(tab1, 'start');
  await answerQuiz(tab1, { q1: false, q2: 'a' });

  const after = await waitForState(tab2, (s) => target(s, 'show-progress'));
  assert.deepEqual(after.progress.topics, [{ id: 'trade', level: 'proficient', percent: 100 }]);
  await press(tab2, 'show-progress');
  const p = await waitForState(tab2, (s) => s.screen === 'progress' && target(s, 'mastery/trade'));
  assert.deepEqual([target(p, 'mastery/trade').label, target(p, 'mastery/trade').value], ['🚚 Trade: proficient', '100%']);
  assert.equal(target(p, 'totals').label, '1 article, 1 quiz taken');
  assert.equal(target(p, 'scores-chart').label, 'Recent scores: 100%');
  // Two listeners on window, `storage` (other tabs) and `online` (the xAPI outbox), from the first widget to the last.
  assert.deepEqual(await tab2.evaluate(() => window.__listeners), ['+storage', '+online']);
  assert.deepEqual(await tab2.evaluate(() => { NewsQuiz.widgets.slice().forEach((w) => w.destroy()); return window.__listeners; }),
    ['+storage', '+online', '-storage', '-online']);
  assert.deepEqual(problems(tab2), []);
});

test('without WebGL2 the review of due questions runs as HTML', async () => {
  const page = await env.page('/two-widgets.html', { init: noWebGL });
  await reach(page, '#second', 1);
  await press(page, 'start', { index: 1 });
  await answerQuizInHtml(page, CIVIC_ANSWERS, { index: 1 });
  const card = await monthLater(page);
  assert.deepEqual(card.targets.filter((t) => t.role === 'button').map((t) => [t.id, t.label]), [
    ['read-more', 'Read more'], ['start', 'Start quiz'], ['review-due', 'Review 5 questions due'],
    ['show-progress', 'Your progress'],
  ]);
  await press(page, 'review-due', { index: 0 });
  await waitForState(page, (s) => s.screen === 'question' && s.progress.reviewing, { index: 0 });
  const first = page.locator('#first .newsquiz__fallback');
  assert.deepEqual(await first.locator('.newsquiz__meta').allTextContents(), [
    'Review · Question 1 of 5', 'From: How to follow up on US-Mexico security cooperation',
  ]);
  const prompt = () => first.locator('.newsquiz__prompt').first().textContent();
  const s = await answerQuizInHtml(page, async () => CIVIC_BY_PROMPT.get(await prompt()), { index: 0 });
  assert.deepEqual([s.result.score, s.result.max, s.progress.due, s.progress.reviewing], [7, 7, 0, true]);
  assert.equal(await first.locator('h2').textContent(), 'Review finished');
  assert.deepEqual(changes(s), REVIEW_CHANGES);
  assert.deepEqual(reps(await storedProgress(page), CIVIC_ID), [['q1', 2], ['q2', 2], ['q3', 2], ['q4', 2], ['q5', 2]]);
  await screenshot(page, 'progress-fallback-review-results', { element: '#first' });
  assert.deepEqual(problems(page), []);
});

test('data-storage="none" keeps progress in the page\'s memory, shared only with other "none" widgets', async () => {
  const page = await env.page('/inline.html', { init: noWebGL });
  await waitForState(page, (s) => s.screen === 'article');
  const doc = {
    format: 'newsquiz/1', lang: 'en',
    article: { id: 'memory-only', headline: 'Kept in memory', date: '2025-09-05', body: ['One question.'],
      topics: [{ id: 'privacy', label: 'Privacy' }] },
    quiz: { questions: [{ id: 'q1', type: 'true_false', prompt: 'Is anything stored?', answer: false }] },
  };
  const mount = (id) => page.evaluate(([doc, id]) => {
    const el = document.createElement('div');
    el.id = id;
    document.querySelector('main').append(el);
    return NewsQuiz.mount(el, { article: doc, storage: 'none' }).then(() => NewsQuiz.widgets.length - 1);
  }, [doc, id]);
  const index = await mount('none-1');
  await press(page, 'start', { index });
  await answerQuizInHtml(page, { q1: false }, { index });
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing in localStorage');
  const local = await waitForState(page, () => true, { index: 0 });
  assert.deepEqual(local.progress.topics, [], 'the page\'s stored widget does not take it');
  // Another "none" widget for the same article, mounted later, finds the attempt and the progress.
  const later = await mount('none-2');
  const s = await waitForState(page, (s) => s.screen !== 'article', { index: later });
  assert.deepEqual([s.screen, s.progress.attempts, s.progress.topics], ['results', 1, [{ id: 'privacy', level: 'proficient', percent: 100 }]]);
  assert.deepEqual(problems(page), []);
});

test('a damaged store: a warning per problem, its text kept as newsquiz:progress:damaged, then repaired by the next save', async () => {
  const damaged = fs.readFileSync(path.join(root, 'tests/fixtures/progress/corrupt-types.json'), 'utf8');
  const page = await env.page('/', { init: [`localStorage.setItem('newsquiz:progress', ${JSON.stringify(damaged)});`, noWebGL] });
  await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  const warnings = page.messages.filter((m) => m.startsWith('warning: [newsquiz] progress: '));
  assert.equal(warnings.length, 13, warnings.join('\n'));
  assert.equal(warnings[0], 'warning: [newsquiz] progress: /learner: has the wrong type; the entry is dropped');
  const stored = () => page.evaluate(() => [localStorage.getItem('newsquiz:progress'), localStorage.getItem('newsquiz:progress:damaged')]);
  assert.deepEqual(await stored(), [damaged, damaged], 'kept before anything is saved over it');

  await press(page, 'start');
  await answerQuizInHtml(page, SEED_ANSWERS);
  const [repaired, kept] = await stored();
  assert.equal(kept, damaged, 'the damaged text, byte for byte');
  const store = JSON.parse(repaired);
  assert.deepEqual(store.articles.map((a) => [a.id, a.attempts.length]), [['city-budget-2025', 2], [SEED_ID, 1]]);
  assert.deepEqual(store.articles[0].attempts.map((a) => a.id), ['a1', 'a3']);
  assert.deepEqual(problems(page), []);
});
