// The page hears each event once with the detail of interfaces.md §5, and every xAPI
// statement is valid by Learning Locker's rules and reaches data-xapi-endpoint. The quiz is
// taken through the accessible mirror (DOM activation, as a screen reader does).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import xapiValidation from '@learninglocker/xapi-validation';
import { open, takeSeedQuiz, recordEvents, events, problems, SEED_ID, SEED_ANSWERS } from './helpers.mjs';

const validate = xapiValidation.default;
let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const POINTS = { q4: 2, q8: 2 };
const XAPI = {  // interactionType, correctResponsesPattern, response
  q1: ['choice', ['a'], 'a'],
  q2: ['choice', ['a'], 'a'],
  q3: ['choice', ['a'], 'a'],
  q4: ['choice', ['a[,]b'], 'a[,]b'],
  q5: ['true-false', ['false'], 'false'],
  q6: ['numeric', ['3'], '3'],
  q7: ['fill-in', ['National Guard', 'the National Guard', 'Mexican National Guard', 'Guardia Nacional'], 'National Guard'],
  q8: ['matching', ['p1[.]p1[,]p2[.]p2[,]p3[.]p3[,]p4[.]p4'], 'p1[.]p1[,]p2[.]p2[,]p3[.]p3[,]p4[.]p4'],
  q9: ['choice', ['a'], 'a'],
  q10: ['true-false', ['true'], 'true'],
};
const VERB = 'http://adlnet.gov/expapi/verbs/';

test('each event once with its detail, and valid xAPI statements sent to the endpoint', async () => {
  const page = await env.page('/', { init: recordEvents });
  const posts = [];
  page.on('request', (r) => { if (r.url().endsWith('/xapi/statements') && r.method() === 'POST') posts.push(r); });
  await takeSeedQuiz(page, 'mirror');
  const all = await events(page);
  const of = (type) => all.filter((e) => e.type === `newsquiz:${type}`).map((e) => e.detail);

  assert.deepEqual(of('ready'), [{ articleId: SEED_ID }]);
  assert.deepEqual(of('start'), [{ articleId: SEED_ID, attempt: 1 }]);
  assert.deepEqual(of('error'), []);
  assert.deepEqual(of('answer'), Object.keys(SEED_ANSWERS).map((q) => ({
    articleId: SEED_ID, questionId: q, response: SEED_ANSWERS[q], correct: true, score: POINTS[q] || 1, max: POINTS[q] || 1,
  })));
  const [complete] = of('complete');
  assert.equal(of('complete').length, 1);
  assert.ok(Number.isInteger(complete.durationMs) && complete.durationMs > 0, `durationMs ${complete.durationMs}`);
  assert.deepEqual(complete, { articleId: SEED_ID, score: 12, max: 12, percent: 100, passed: true, durationMs: complete.durationMs });

  // Every answer is followed by its statement; the completion by `completed` and `passed`.
  const order = all.map((e) => e.type.slice(9)).filter((t) => t !== 'ready' && t !== 'start');
  assert.deepEqual(order, [...Array(10).fill(['answer', 'xapi']).flat(), 'complete', 'xapi', 'xapi']);
  const statements = of('xapi').map((d) => d.statement);
  for (const s of statements) assert.deepEqual(validate(s).map((w) => `${w.path.join('.')}: ${w.message}`), [], JSON.stringify(s));
  assert.equal(new Set(statements.map((s) => s.id)).size, 12, 'a statement id each');

  const learner = await page.evaluate(() => JSON.parse(localStorage.getItem('newsquiz:progress')).learner);
  assert.match(learner, /^[0-9a-f]{32}$/);
  const origin = new URL(env.url).origin;
  for (const s of statements) {
    assert.deepEqual(s.actor, { objectType: 'Agent', account: { homePage: origin, name: learner } });
    assert.match(s.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  }
  const answered = statements.slice(0, 10);
  answered.forEach((s, i) => {
    const q = `q${i + 1}`;
    const [type, pattern, response] = XAPI[q];
    assert.equal(s.verb.id, VERB + 'answered');
    assert.equal(s.object.id, `${origin}/newsquiz/${SEED_ID}/${q}`);
    assert.equal(s.object.definition.type, 'http://adlnet.gov/expapi/activities/cmi.interaction');
    assert.equal(s.object.definition.interactionType, type, q);
    assert.deepEqual(s.object.definition.correctResponsesPattern, pattern, q);
    assert.equal(s.result.response, response, q);
    assert.equal(s.result.success, true);
    assert.deepEqual(s.result.score, { scaled: 1, raw: POINTS[q] || 1, min: 0, max: POINTS[q] || 1 });
    assert.match(s.result.duration, /^PT(\d+M)?\d+(\.\d\d?)?S$/, q);
    assert.deepEqual(s.context.contextActivities.parent, [{ objectType: 'Activity', id: `${origin}/newsquiz/${SEED_ID}` }]);
  });
  assert.deepEqual(answered[7].object.definition.source.map((c) => c.id), ['p1', 'p2', 'p3', 'p4']);
  assert.deepEqual(answered[0].object.definition.choices.map((c) => c.id), ['a', 'b', 'c']);
  const [completed, passed] = statements.slice(10);
  assert.equal(completed.verb.id, VERB + 'completed');
  assert.equal(passed.verb.id, VERB + 'passed');
  for (const s of [completed, passed]) {
    assert.equal(s.object.id, `${origin}/newsquiz/${SEED_ID}`);
    assert.equal(s.object.definition.type, 'http://adlnet.gov/expapi/activities/assessment');
    assert.deepEqual(s.result.score, { scaled: 1, raw: 12, min: 0, max: 12 });
    assert.equal(s.result.completion, true);
    assert.equal(s.result.success, true);
    assert.match(s.result.duration, /^PT(\d+M)?\d+(\.\d\d?)?S$/);
  }

  // POSTed to data-xapi-endpoint="/xapi" with the version header, no credentials of any LRS.
  await page.waitForFunction((n) => fetch('/xapi/statements').then((r) => r.json()).then((l) => l.length >= n), 12);
  assert.deepEqual(env.server.statements.map((s) => s.id), statements.map((s) => s.id));
  assert.equal(posts.length, 12);
  for (const r of posts) {
    assert.equal(r.method(), 'POST');
    assert.equal(r.headers()['x-experience-api-version'], '1.0.3');
    assert.equal(r.headers()['content-type'], 'application/json');
    assert.equal(r.headers().authorization, undefined);
  }
  assert.deepEqual(problems(page), []);
});
