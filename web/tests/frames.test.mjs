// Frames the widget draws: the first one at the canvas's final height, a tap's new screen at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, waitForState, targetPoint } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

// After every animation frame callback: the first widget's frame count, its canvas's CSS height and
// backing-store height, and its screen, each time the count changed.
const WATCH = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const seen = window.__frames = [];
  window.requestAnimationFrame = (fn) => raf((t) => {
    fn(t);
    const w = window.NewsQuiz && window.NewsQuiz.widgets[0];
    const canvas = w && w.element.querySelector('canvas');
    if (!canvas || !w.frames || (seen.length && seen[seen.length - 1].frames === w.frames)) return;
    const state = w.state();
    seen.push({ frames: w.frames, css: canvas.getBoundingClientRect().height, backing: canvas.height, screen: state.screen,
      targets: state.targets.map((t) => t.id) });
  });
})()`;

const frames = (page) => page.evaluate(() => window.__frames);
const idle = (page) => page.waitForFunction(() => window.NewsQuiz.widgets[0].idle);

test('the first frame is drawn at the height the article settles at', async () => {
  const page = await env.page('/', { dpr: 2, init: WATCH });
  await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  await idle(page);
  const seen = await frames(page);
  const last = seen[seen.length - 1];
  assert.ok(last.css > 100, `the article is ${last.css} px tall`);
  const { targets, ...first } = seen[0];
  assert.deepEqual(first, { frames: 1, css: last.css, backing: last.css * 2, screen: 'article' });
  assert.ok(targets.includes('start'), `the first frame's targets: ${targets}`);
});

test('a tap on Start draws the first question in the frame that took the release', async () => {
  const page = await env.page('/', { hasTouch: true, init: WATCH });
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  const p = await targetPoint(page, s.targets.find((t) => t.id === 'start'));
  await idle(page);
  const before = (await frames(page)).length;
  await page.touchscreen.tap(p.x, p.y);
  await waitForState(page, (s) => s.screen === 'question');
  await idle(page);
  // The frame in which the core moved to the question drew it: its targets are the question's.
  const tap = (await frames(page)).slice(before);
  const first = tap.find((f) => f.screen === 'question');
  assert.ok(first.targets.includes('submit'), `targets of the frame that reached the question: ${first.targets}`);
  assert.ok(tap.length <= 4, `${tap.length} frames for the tap`);
});
