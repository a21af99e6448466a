// The views of one quiz agree, screen by screen, on what they draw: the canvas (its items, from
// native headless frames driven by clicks; agreement-canvas) and `newsquiz play` (its transcript
// on stdout), for every valid fixture and article and PLANS seeded random answer plans each, on
// documents varied by the plan (weights, negative weights, show_solutions false, feedback end,
// a time limit, pick). They must agree on the marks of every choice, item and row, the buttons
// offered (labels, disabled), the words shown and the score; and the score must be what
// `newsquiz score` gives for the same answers.
//
// NEWSQUIZ and NQ_AGREEMENT_CANVAS name the binaries (ctest sets them); NQ_AGREEMENT_PLANS the
// number of plans per document (20).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canvasDigest, playDigests, compareScreens } from './digest.mjs';

const source = process.env.NQ_SOURCE_DIR || path.resolve(import.meta.dirname, '../..');
const newsquiz = process.env.NEWSQUIZ || path.join(source, 'build/native/newsquiz');
const canvas = process.env.NQ_AGREEMENT_CANVAS || path.join(source, 'build/native/tests/agreement-canvas');
const PLANS = Number(process.env.NQ_AGREEMENT_PLANS || 20);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nq-agreement-'));

function run(binary, args, input = '') {
  const r = spawnSync(binary, args, { input, encoding: 'utf8', timeout: 60000 });
  if (r.error) throw r.error;
  return r;
}

function documents() {
  const list = [];
  for (const dir of ['tests/fixtures/valid', 'assets/articles'])
    for (const name of fs.readdirSync(path.join(source, dir)).sort())
      if (name.endsWith('.json')) list.push(path.join(dir, name));
  return list;
}

// mulberry32: the same plan for the same seed on every machine.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The document as the plan varies it; weights only where the validator takes them.
function variant(doc, rnd, valid) {
  const d = structuredClone(doc);
  const q = d.quiz;
  const questions = q.questions;
  const changes = [];
  if (rnd() < 0.4) { q.show_solutions = false; changes.push('show_solutions false'); }
  if (rnd() < 0.4) { q.feedback = 'end'; changes.push('feedback end'); }
  if (rnd() < 0.3) { q.time_limit_s = 900; changes.push('time limit'); }
  if (questions.length > 2 && rnd() < 0.3) { q.pick = 2 + Math.floor(rnd() * (questions.length - 1)); changes.push(`pick ${q.pick}`); }
  if (rnd() < 0.5) {
    const weighted = structuredClone(d);
    for (const question of weighted.quiz.questions) {
      const c = question.choices;
      if (question.type === 'single' && c.length >= 3) {
        c.forEach((choice) => { delete choice.correct; });
        c[0].weight = 100; c[1].weight = 50; c[2].weight = -50;
      } else if (question.type === 'multiple' && c.length >= 3) {
        const right = c.filter((choice) => choice.correct);
        right.forEach((choice) => { choice.weight = Math.floor(100 / right.length); });
        const wrong = c.find((choice) => !choice.correct);
        if (wrong) wrong.weight = -50;
      }
    }
    if (valid(weighted)) { changes.push('weights'); return { doc: weighted, changes }; }
  }
  return { doc: d, changes };
}

// One action per question: what the reader does, in ids (agreement-canvas's PLAN).
function actionFor(question, rnd) {
  const pickOne = (list) => list[Math.floor(rnd() * list.length)];
  switch (question.type) {
    case 'single': return { pick: [pickOne(question.choices).id] };
    case 'multiple': {
      const picked = question.choices.filter(() => rnd() < 0.5).map((c) => c.id);
      return { pick: picked.length ? picked : [pickOne(question.choices).id] };
    }
    case 'true_false': return { bool: rnd() < 0.5 };
    case 'numeric': {
      const right = question.answer ?? question.min;
      return { type: String(pickOne([right, right + 1, -3.5])) };
    }
    case 'text': return { type: pickOne([question.accept[0], question.accept[0].toUpperCase(), 'nothing like it']) };
    case 'order': {  // left as first shown in half the plans
      const n = question.items.length;
      return { down: rnd() < 0.5 ? [] : Array.from({ length: 1 + Math.floor(rnd() * n) }, () => Math.floor(rnd() * (n - 1))) };
    }
    case 'match': {
      const rights = question.pairs.map((p) => p.id);
      const shuffled = rights.map((id) => [rnd(), id]).sort((a, b) => a[0] - b[0]).map(([, id]) => id);
      const good = rnd() < 0.3;
      return { match: Object.fromEntries(question.pairs.map((p, k) => [p.id, good ? p.id : shuffled[k]])) };
    }
  }
  throw new Error(`no action for a ${question.type} question`);
}

test('the canvas and play agree screen by screen, and with score', () => {
  let compared = 0, plans = 0;
  const failures = [];
  for (const relative of documents()) {
    const original = JSON.parse(fs.readFileSync(path.join(source, relative), 'utf8'));
    if (!original.quiz || !original.quiz.questions || !original.quiz.questions.length) continue;
    const valid = (doc) => {
      const file = path.join(work, 'check.json');
      fs.writeFileSync(file, JSON.stringify(doc));
      return run(newsquiz, ['validate', file]).status === 0;
    };
    for (let k = 0; k < PLANS; k++) {
      const seed = 1000 + k;
      const rnd = random(seed * 7919 + relative.length);
      const { doc, changes } = variant(original, rnd, valid);
      const plan = { answers: Object.fromEntries(doc.quiz.questions.map((q) => [q.id, actionFor(q, rnd)])) };
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
