// The views of one quiz agree, screen by screen, on what they draw: the canvas (its items, from
// native headless frames driven by clicks; agreement-canvas) and `newsquiz play` (its transcript
// on stdout), for every valid fixture and article and PLANS seeded random answer plans each, on
// documents varied by the plan (weights, negative weights, show_solutions false, feedback end,
// a time limit, pick). They must agree on the marks of every choice, item and row, the buttons
// offered (labels, disabled), the words shown and the score; and the score must be what
// `newsquiz score` gives for the same answers.
//
// The plans come from plans.mjs, which the HTML version's leg (web/tests/agreement.test.mjs) shares.
// NEWSQUIZ and NQ_AGREEMENT_CANVAS name the binaries (ctest sets them); NQ_AGREEMENT_PLANS the
// number of plans per document (20).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canvasDigest, playDigests, compareScreens } from './digest.mjs';
import { plans, canvasLines, run } from './plans.mjs';

const source = process.env.NQ_SOURCE_DIR || path.resolve(import.meta.dirname, '../..');
const newsquiz = process.env.NEWSQUIZ || path.join(source, 'build/native/newsquiz');
const canvas = process.env.NQ_AGREEMENT_CANVAS || path.join(source, 'build/native/tests/agreement-canvas');
const PLANS = Number(process.env.NQ_AGREEMENT_PLANS || 20);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nq-agreement-'));

test('the canvas and play agree screen by screen, and with score', () => {
  let compared = 0, count = 0;
  const failures = [];
  for (const p of plans({ source, count: PLANS, newsquiz, work })) {
    const { doc, docFile, where } = p;
    count++;
    const canvasScreens = canvasLines(canvas, p).map((line) => canvasDigest(line, doc));
    const input = canvasScreens.filter((s) => s.input !== undefined).map((s) => s.input + '\n').join('');
    const played = run(newsquiz, ['play', docFile, '--seed', String(p.seed)], input);
    assert.equal(played.status, 0, `${where}: play failed:\n${played.stderr}`);
    const playScreens = playDigests(played.stdout);

    // score on the answers the canvas gave
    const answers = {};
    for (const s of canvasScreens) if (s.question !== undefined) answers[s.question] = s.response;
    const answersFile = path.join(work, `answers-${p.n}.json`);
    fs.writeFileSync(answersFile, JSON.stringify({ answers }));
    const sc = run(newsquiz, ['score', docFile, answersFile]);
    assert.equal(sc.status, 0, `${where}: score failed:\n${sc.stderr}`);
    const scored = JSON.parse(sc.stdout);

    const problems = compareScreens(canvasScreens, playScreens, scored, doc);
    compared += canvasScreens.length;
    for (const problem of problems) failures.push(`${where}: ${problem}`);
    if (failures.length > 20) break;
  }
  console.log(`[newsquiz] agreement: ${count} plans, ${compared} screens compared`);
  assert.deepEqual(failures, [], `the views disagree:\n${failures.join('\n')}`);
  fs.rmSync(work, { recursive: true, force: true });
});
