// `newsquiz score DOC ANSWERS` through the real binary: exact output, exact errors, exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, fixture } from './run.mjs';

const seed = fixture('assets/articles/rubio-us-mexico-security.json');
const answers = (name) => fixture(`tests/fixtures/answers/${name}`);
const q = (id, score, max, correct, answered = true) => ({ id, score, max, correct, answered });

function score(doc, answersFile) {
  return run(['score', doc, answersFile]);
}

test('score gives full marks for the right answers to the seed article', () => {
  const r = score(seed, answers('rubio-all-right.json'));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const expected = {
    article: 'rubio-us-mexico-security-2025-09-03', score: 12, max: 12, percent: 100, passed: true,
    band: 'You know this story inside out.',
    questions: [q('q1', 1, 1, true), q('q2', 1, 1, true), q('q3', 1, 1, true), q('q4', 2, 2, true),
      q('q5', 1, 1, true), q('q6', 1, 1, true), q('q7', 1, 1, true), q('q8', 2, 2, true),
      q('q9', 1, 1, true), q('q10', 1, 1, true)],
  };
  // One line of compact JSON, keys in this order, whole numbers without ".0".
  assert.equal(r.stdout, JSON.stringify(expected) + '\n');
  assert.match(r.stdout, /^\{"article":"rubio-us-mexico-security-2025-09-03","score":12,"max":12,"percent":100,"passed":true,/);
});

test('score gives exact partial credit for a mixed set, unanswered questions included', () => {
  const r = score(seed, answers('rubio-mixed.json'));
  assert.equal(r.status, 0, r.stderr);
  const expected = {
    article: 'rubio-us-mexico-security-2025-09-03', score: 5.5, max: 12, percent: 5.5 * 100 / 12, passed: false,  // exact: 45.833333333333336
    band: 'Worth another read: the article has the answers.',
    questions: [
      q('q1', 1, 1, true),
      q('q2', 0, 1, false),               // a wrong choice
      q('q3', 0, 1, false, false),        // absent from ANSWERS
      q('q4', 1, 2, false),               // one of two correct choices, given twice
      q('q5', 0, 1, false),
      q('q6', 1, 1, true),                // 3.0 for 3
      q('q7', 1, 1, true),                // guillemets, no-break space, "!" and case folded away
      q('q8', 1.5, 2, false),             // three of four pairs
      q('q9', 0, 1, false),               // an unknown choice id earns nothing
      q('q10', 0, 1, false, false),       // null is no answer
    ],
  };
  assert.equal(r.stdout, JSON.stringify(expected) + '\n');
});

test('score prints thirds without float noise and a null band when none is reached', () => {
  const r = score(answers('thirds-quiz.json'), answers('thirds-answers.json'));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout,
    '{"article":"thirds","score":2.34,"max":4,"percent":58.5,"passed":false,"band":null,"questions":[' +
    '{"id":"m","score":0.67,"max":1,"correct":false,"answered":true},' +
    '{"id":"o","score":0.67,"max":2,"correct":false,"answered":true},' +
    '{"id":"n","score":1,"max":1,"correct":true,"answered":true}]}\n');
});

test('score reports every response of the wrong shape with its JSON pointer', () => {
  const file = answers('rubio-wrong-shapes.json');
  const r = score(seed, file);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, [
    `${file}: error: /answers/q1: expected a choice id (a string), got number`,
    `${file}: error: /answers/q3: expected a choice id (a string), got array`,
    `${file}: error: /answers/q4/1: expected a choice id (a string), got number`,
    `${file}: error: /answers/q5: expected true or false, got string`,
    `${file}: error: /answers/q6: expected a number, got string`,
    `${file}: error: /answers/q7: expected a string, got array`,
    `${file}: error: /answers/q8/p2: expected a pair id (a string), got object`,
  ].join('\n') + '\n');
});

test('score names unknown question ids', () => {
  const file = answers('rubio-unknown-question.json');
  const r = score(seed, file);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr,
    `${file}: error: /answers/q99: names no question of the document\n` +
    `${file}: error: /answers/a~1b~0c: names no question of the document\n`);
});

test('score refuses ANSWERS that are not {"answers": {...}}', () => {
  for (const [name, message] of [
    ['rubio-not-answers.json', '/answers: is required'],
    ['rubio-answers-array.json', '/answers: expected an object of question id -> response, got array'],
  ]) {
    const r = score(seed, answers(name));
    assert.equal(r.status, 1, name);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `${answers(name)}: error: ${message}\n`);
  }
});

test('score reports unreadable JSON with its pointer, line and column', () => {
  const syntax = answers('rubio-syntax-error.json');
  let r = score(seed, syntax);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `${syntax}: error: /answers/q2: line 3, column 9: expected a value ` +
    '(a string in double quotes, a number, true, false, null, an object or an array)\n');
  const overflow = answers('rubio-number-overflow.json');
  r = score(seed, overflow);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${overflow}: error: /answers/q6: line 1, column 20: expected a number a double can hold, got 1e999\n`);
});

test('score refuses an invalid document, a document without a quiz and missing files', () => {
  const invalid = score(answers('rubio-all-right.json'), answers('rubio-all-right.json'));
  assert.equal(invalid.status, 1);
  assert.equal(invalid.stdout, '');
  assert.match(invalid.stderr, /^.*rubio-all-right\.json: error: /);
  const noQuiz = score(answers('no-quiz.json'), answers('rubio-all-right.json'));
  assert.equal(noQuiz.status, 1);
  assert.equal(noQuiz.stderr, `${answers('no-quiz.json')}: error: /quiz: is required to score answers\n`);
  const missing = score(seed, answers('no-such-file.json'));
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr, `${answers('no-such-file.json')}: error: cannot open the file\n`);
});

test('score with the wrong number of arguments is a usage error', () => {
  for (const args of [[], [seed], [seed, answers('rubio-all-right.json'), 'extra']]) {
    const r = run(['score', ...args]);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /usage: newsquiz score DOC ANSWERS\n$/);
  }
});
