// Browsers that cannot do everything: without WebGL2 the quiz runs as plain HTML on the same
// core; with noisy canvas read-back the text comes from the bundled Inter subset.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, waitForState, screenshot, problems, recordEvents, events, SEED_ANSWERS, press, answerInHtml, noWebGL } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

test('without WebGL2 the whole quiz works as HTML, with the same scoring and events', async () => {
  const page = await env.page('/', { init: [noWebGL, recordEvents] });
  const root = page.locator('.newsquiz__fallback');
  const article = await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  assert.deepEqual(article.targets.filter((t) => t.role === 'button').map((t) => [t.role, t.label]),
    [['button', 'Read more'], ['button', 'Start quiz']]);
  // the actions listed on the card, as the seed shows them: their links and Done ticks
  assert.deepEqual(article.targets.filter((t) => t.role === 'link').map((t) => t.label), ['202-224-3121', 'DEA.gov', 'gao.gov']);
  assert.deepEqual(article.targets.filter((t) => t.role === 'checkbox').map((t) => [t.id, t.label, t.checked]),
    [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`action/${n}/done`, `Done: action ${n}`, false]));
  // the sources before the dek, the call under the topics, the list under the call
  assert.deepEqual(await page.locator('.newsquiz__fallback [data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))
    .filter((id) => /^(headline|source\/0|source\/more|dek|quiz-title|cta|start|actions-title|action\/1)$/.test(id))),
    ['headline', 'source/0', 'source/more', 'dek', 'quiz-title', 'cta', 'start', 'actions-title', 'action/1']);
  assert.equal(await page.evaluate(() => document.querySelector('.newsquiz-slot').classList.contains('newsquiz--html')), true);
  assert.equal(await page.locator('.newsquiz-slot canvas').count(), 0);
  await screenshot(page, 'fallback-article');

  await root.getByRole('button', { name: 'Start quiz' }).click();
  for (let n = 0; n < 10; n++) {
    const s = await waitForState(page, (s) => s.screen === 'question' && s.question.index === n && !s.question.answered);
    await answerInHtml(root, SEED_ANSWERS[s.question.id]);
    await root.getByRole('button', { name: 'Submit' }).click();
    await waitForState(page, (s) => s.question && s.question.answered);
    if (n === 0) {
      assert.match(await page.locator('.newsquiz__live').textContent(), /^Correct\. 1 of 1 point/);
      await screenshot(page, 'fallback-feedback');
    }
    await root.locator('.newsquiz__button--primary').click();
  }
  const s = await waitForState(page, (s) => s.screen === 'results');
  assert.deepEqual(s.result, { score: 12, max: 12, percent: 100, passed: true, band: 'You know this story inside out.' });
  assert.match(await page.locator('.newsquiz__live').textContent(), /You scored 12 of 12 \(100%\)\. Passed\./);
  await screenshot(page, 'fallback-results');

  // What the attempt changed in each topic, and the progress screen, as the canvas words them.
  assert.deepEqual(s.targets.filter((t) => /^change\//.test(t.id)).map((t) => [t.id, t.label]), [
    ['change/foreign-policy', '🌍 Foreign Policy: not started → proficient'],
    ['change/government', '🏛️ Government: not started → proficient'],
  ]);
  await root.getByRole('button', { name: 'Your progress' }).click();
  const p = await waitForState(page, (s) => s.screen === 'progress');
  assert.deepEqual(p.targets.filter((t) => t.role !== 'button').map((t) => [t.id, t.role, t.label, t.value]), [
    ['streak', 'text', '1-day streak · Longest: 1 day', undefined],
    ['totals', 'text', '1 article, 1 quiz taken', undefined],
    ['mastery/foreign-policy', 'progressbar', '🌍 Foreign Policy: proficient', '100%'],
    ['mastery/government', 'progressbar', '🏛️ Government: proficient', '100%'],
    ['scores-chart', 'text', 'Recent scores: 100%', undefined],
  ]);
  assert.deepEqual(p.targets.filter((t) => t.role === 'button').map((t) => [t.id, t.label]), [
    ['results', 'Back to results'], ['article', 'Back to the article'],
    ['download-progress', 'Download my progress'], ['delete-progress', 'Delete my progress'],
  ]);
  assert.equal(await root.locator('[role="progressbar"]').first().getAttribute('aria-valuenow'), '100');
  await screenshot(page, 'fallback-progress', { element: '.newsquiz-slot' });

  const all = await events(page);
  const answers = all.filter((e) => e.type === 'newsquiz:answer').map((e) => e.detail);
  assert.deepEqual(answers.map((d) => [d.questionId, d.response, d.correct]), Object.entries(SEED_ANSWERS).map(([q, r]) => [q, r, true]));
  assert.equal(all.filter((e) => e.type === 'newsquiz:complete').length, 1);
  assert.equal(all.filter((e) => e.type === 'newsquiz:xapi').length, 12);
  assert.deepEqual(problems(page), []);
});

test('with noisy canvas read-back the text comes from the bundled Inter subset', async () => {
  const page = await env.page(null, { init: () => {
    const original = CanvasRenderingContext2D.prototype.getImageData;
    CanvasRenderingContext2D.prototype.getImageData = function (...args) {
      const d = original.apply(this, args);
      for (let i = 0; i < d.data.length; i += 61) d.data[i] ^= 1;  // what fingerprinting protection does
      return d;
    };
  } });
  const fonts = [];
  page.on('request', (r) => { if (r.url().endsWith('.otf')) fonts.push(r.url().replace(/.*\//, '')); });
  await page.goto(env.url + '/');
  await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  await press(page, 'start');
  await waitForState(page, (s) => s.screen === 'question' && s.targets.length > 0);
  assert.deepEqual(fonts.sort(), ['newsquiz-inter-bold.otf', 'newsquiz-inter-regular.otf']);
  assert.ok(page.messages.some((m) => m.includes('[newsquiz] canvas text read-back is not exact')), page.messages.join('\n'));
  await screenshot(page, 'fallback-inter-question', { fullPage: false });
  assert.deepEqual(problems(page), []);
});

test('a lost WebGL context continues as HTML, where the reader was', async () => {
  const page = await env.page('/');
  await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  await press(page, 'start');
  await press(page, 'q1/choice/a');
  await press(page, 'submit');
  await waitForState(page, (s) => s.question && s.question.answered);
  await page.evaluate(() => document.querySelector('.newsquiz__canvas').getContext('webgl2').getExtension('WEBGL_lose_context').loseContext());
  const s = await waitForState(page, (s) => s.screen === 'question' && s.targets.some((t) => t.label === 'Next'));
  assert.deepEqual(s.question, { index: 0, total: 10, id: 'q1', type: 'single', answered: true, correct: true });
  assert.equal(await page.locator('.newsquiz-slot canvas').count(), 0);
  await page.locator('.newsquiz__fallback').getByRole('button', { name: 'Next' }).click();
  await waitForState(page, (s) => s.question && s.question.index === 1);
  assert.ok(page.messages.some((m) => m.includes('[newsquiz] the WebGL context was lost')), page.messages.join('\n'));
});

test('data-actions="button" keeps the compact card: one button to the actions', async () => {
  const page = await env.page('/', { init: noWebGL });
  await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  await page.evaluate(() => {
    const el = document.createElement('div');
    el.setAttribute('data-actions', 'button');
    document.body.prepend(el);
    return window.NewsQuiz.mount(el, { src: '/assets/articles/rubio-us-mexico-security.json' }).then(() => true);
  });
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0, { index: 1 });
  assert.deepEqual(s.targets.map((t) => [t.role, t.label]),
    [['button', 'Read more'], ['button', 'Start quiz'], ['button', 'What you can do (8)']]);
});
