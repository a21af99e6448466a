// The seed quiz taken three ways through the canvas: real mouse clicks at state().targets,
// the keyboard alone, and touch taps. Each ends on the results with every answer right.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, screenshot, takeSeedQuiz, problems, recordEvents, events, waitForState, press } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const PERFECT = { score: 12, max: 12, percent: 100, passed: true, band: 'You know this story inside out.' };

test('the whole seed quiz with mouse clicks at the targets', async () => {
  const page = await env.page('/', { init: recordEvents });
  const s = await takeSeedQuiz(page, 'mouse');
  assert.deepEqual(s.result, PERFECT);
  await screenshot(page, 'quiz-mouse-results');
  const answers = (await events(page)).filter((e) => e.type === 'newsquiz:answer');
  assert.equal(answers.length, 10);
  assert.ok(answers.every((e) => e.detail.correct), JSON.stringify(answers.map((e) => e.detail)));
  assert.deepEqual(problems(page), []);

  // After a reload: the results again, and the finished attempt in the site's progress.
  await page.reload();
  const again = await waitForState(page, (s) => s.screen === 'results' && s.targets.length > 0);
  assert.deepEqual(again.result, PERFECT);
  const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('newsquiz:progress')));
  assert.deepEqual(progress.articles.map((a) => [a.id, a.attempts.length, a.attempts[0].score, a.attempts[0].max]),
    [['rubio-us-mexico-security-2025-09-03', 1, 12, 12]]);
  assert.deepEqual((await events(page)).map((e) => e.type), ['newsquiz:ready'], 'a reload replays without events');

  // The progress screen: the attempt in the chart, and each topic of the article at its level.
  // Every answer right today: recall 100 % in both topics, proficient (mastered needs a spaced review).
  await press(page, 'show-progress');
  const p = await waitForState(page, (s) => s.screen === 'progress' && s.targets.some((t) => t.id === 'scores-chart'));
  const readout = (id) => p.targets.find((t) => t.id === id).label;
  assert.deepEqual(p.targets.filter((t) => t.id.startsWith('mastery/')).map((t) => [t.id, t.label, t.value]), [
    ['mastery/foreign-policy', '🌍 Foreign Policy: proficient', '100%'],
    ['mastery/government', '🏛️ Government: proficient', '100%'],
  ]);
  assert.equal(readout('scores-chart'), 'Recent scores: 100%');
  assert.equal(readout('totals'), '1 article, 1 quiz taken');
  assert.equal(readout('streak'), '1-day streak · Longest: 1 day');
  assert.deepEqual(p.progress, {
    attempts: 1, best: { score: 12, max: 12, percent: 100 }, due: 0, reviewing: false, streak: 1,
    topics: [{ id: 'foreign-policy', level: 'proficient', percent: 100 }, { id: 'government', level: 'proficient', percent: 100 }],
  });
  await screenshot(page, 'progress-screen', { element: '.newsquiz-slot' });
});

test('the whole seed quiz with the keyboard alone', async () => {
  const page = await env.page('/');
  const s = await takeSeedQuiz(page, 'keyboard');
  assert.deepEqual(s.result, PERFECT);
  await screenshot(page, 'quiz-keyboard-results');
  assert.deepEqual(problems(page), []);
});

test('the whole seed quiz with touch taps', async () => {
  const page = await env.page('/', { hasTouch: true, isMobile: true, width: 390, height: 844, dpr: 2 });
  const s = await takeSeedQuiz(page, 'touch');
  assert.deepEqual(s.result, PERFECT);
  await screenshot(page, 'quiz-touch-results', { element: '.newsquiz-slot' });
  assert.deepEqual(problems(page), []);
});

test('an attempt under way is kept across a reload', async () => {
  const page = await env.page('/');
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.equal(s.question, null);
  const { press } = await import('./helpers.mjs');
  await press(page, 'start');
  await press(page, 'q1/choice/b');
  await press(page, 'submit');
  await press(page, 'next');
  await waitForState(page, (s) => s.question && s.question.index === 1);
  await page.reload();
  const resumed = await waitForState(page, (s) => s.screen === 'question' && s.targets.length > 0);
  assert.deepEqual(resumed.question, { index: 1, total: 10, id: 'q2', type: 'single', answered: false, correct: null });
  const stored = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(stored, ['newsquiz:session:rubio-us-mexico-security-2025-09-03']);
});
