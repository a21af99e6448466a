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
import { documents, planFor, validator, run } from './plans.mjs';

const source = process.env.NQ_SOURCE_DIR || path.resolve(import.meta.dirname, '../..');
const newsquiz = process.env.NEWSQUIZ || path.join(source, 'build/native/newsquiz');
const canvas = process.env.NQ_AGREEMENT_CANVAS || path.join(source, 'build/native/tests/agreement-canvas');
const PLANS = Number(process.env.NQ_AGREEMENT_PLANS || 20);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nq-agreement-'));

test('the canvas and play agree screen by screen, and with score', () => {
  let compared = 0, plans = 0;
  const failures = [];
  const valid = validator(newsquiz, path.join(work, 'check.json'));
  for (const relative of documents(source)) {
    const original = JSON.parse(fs.readFileSync(path.join(source, relative), 'utf8'));
    if (!original.quiz || !original.quiz.questions || !original.quiz.questions.length) continue;
    for (let k = 0; k < PLANS; k++) {
      const { seed, doc, changes, plan } = planFor(relative, original, k, valid);
      const docFile = path.join(work, `doc-${plans}.json`), planFile = path.join(work, `plan-${plans}.json`);
      fs.writeFileSync(docFile, JSON.stringify(doc));
      fs.writeFileSync(planFile, JSON.stringify(plan));
      const where = `${relative} plan seed ${seed} (${changes.join(', ') || 'as written'})`;
      plans++;

      const c = run(canvas, [docFile, String(seed), planFile]);
      assert.equal(c.status, 0, `${where}: agreement-canvas failed:\n${c.stderr}`);
      const canvasScreens = c.stdout.trim().split('\n').map((line) => canvasDigest(JSON.parse(line), doc));
      const input = canvasScreens.filter((s) => s.input !== undefined).map((s) => s.input + '\n').join('');
      const p = run(newsquiz, ['play', docFile, '--seed', String(seed)], input);
      assert.equal(p.status, 0, `${where}: play failed:\n${p.stderr}`);
      const playScreens = playDigests(p.stdout);

      // score on the answers the canvas gave
      const answers = {};
      for (const s of canvasScreens) if (s.question !== undefined) answers[s.question] = s.response;
      const answersFile = path.join(work, `answers-${plans}.json`);
      fs.writeFileSync(answersFile, JSON.stringify({ answers }));
      const sc = run(newsquiz, ['score', docFile, answersFile]);
      assert.equal(sc.status, 0, `${where}: score failed:\n${sc.stderr}`);
      const scored = JSON.parse(sc.stdout);

      const problems = compareScreens(canvasScreens, playScreens, scored, doc);
      compared += canvasScreens.length;
      for (const problem of problems) failures.push(`${where}: ${problem}`);
      if (failures.length > 20) break;
    }
    if (failures.length > 20) break;
  }
  console.log(`[newsquiz] agreement: ${plans} plans, ${compared} screens compared`);
  assert.deepEqual(failures, [], `the views disagree:\n${failures.join('\n')}`);
  fs.rmSync(work, { recursive: true, force: true });
});
