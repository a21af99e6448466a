// The answer plans of the agreement test, made in one place for both of its legs: the native
// one (tests/agreement/agreement.test.mjs: the canvas against `newsquiz play` and `score`) and
// the browser one (web/tests/agreement.test.mjs: the canvas against the HTML version). Plan k
// of a document is the same in both: its seed, the document as the plan varies it, and what
// the reader does on each question (agreement-canvas's PLAN).
//
//   for (const p of plans({ source, count: 20, newsquiz, work })) {
//     const screens = canvasLines(canvas, p);  // p.seed, p.doc, p.plan, p.docFile, p.where
//   }
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Every valid fixture and article, as paths relative to the source tree, sorted.
function documents(source) {
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

// Plan k (0, 1, ...) of the document at `relative` (its text parsed: `original`): the seed the
// quiz is taken with, the document varied, its changes in words, and the PLAN. valid(doc) says
// whether `newsquiz validate` takes a document.
function planFor(relative, original, k, valid) {
  const seed = 1000 + k;
  const rnd = random(seed * 7919 + relative.length);
  const { doc, changes } = variant(original, rnd, valid);
  const plan = { answers: Object.fromEntries(doc.quiz.questions.map((q) => [q.id, actionFor(q, rnd)])) };
  return { seed, doc, changes, plan };
}

// Every plan of the test, in order: `count` for each document with questions, each written
// to `work` as DOC and PLAN files for the binaries, with `where` naming it in messages.
// newsquiz: the CLI, whose `validate` says which varied documents are valid.
export function* plans({ source, count, newsquiz, work }) {
  const check = path.join(work, 'check.json');
  const valid = (doc) => {
    fs.writeFileSync(check, JSON.stringify(doc));
    return run(newsquiz, ['validate', check]).status === 0;
  };
  let n = 0;
  for (const relative of documents(source)) {
    const original = JSON.parse(fs.readFileSync(path.join(source, relative), 'utf8'));
    if (!original.quiz || !original.quiz.questions || !original.quiz.questions.length) continue;
    for (let k = 0; k < count; k++, n++) {
      const { seed, doc, changes, plan } = planFor(relative, original, k, valid);
      const docFile = path.join(work, `doc-${n}.json`), planFile = path.join(work, `plan-${n}.json`);
      fs.writeFileSync(docFile, JSON.stringify(doc));
      fs.writeFileSync(planFile, JSON.stringify(plan));
      yield { n, seed, doc, plan, docFile, planFile, where: `${relative} plan seed ${seed} (${changes.join(', ') || 'as written'})` };
    }
  }
}

// The screens agreement-canvas (`binary`) prints for one of plans(): one parsed line each.
export function canvasLines(binary, p) {
  const c = run(binary, [p.docFile, String(p.seed), p.planFile]);
  if (c.status !== 0) throw new Error(`${p.where}: agreement-canvas failed:\n${c.stderr}`);
  return c.stdout.trim().split('\n').map((line) => JSON.parse(line));
}

export function run(binary, args, input = '') {
  const r = spawnSync(binary, args, { input, encoding: 'utf8', timeout: 60000 });
  if (r.error) throw r.error;
  return r;
}
