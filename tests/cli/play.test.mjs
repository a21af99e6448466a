// `newsquiz play DOC` through the real binary, fed scripted stdin: transcripts, scores,
// re-prompts, end of input, errors, and a cross-check against `newsquiz score`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, fixture } from './run.mjs';

const seedArticle = fixture('assets/articles/rubio-us-mexico-security.json');

// With --seed 42 the match question (q8) shows its right column reversed: p4, p3, p2, p1.
const perfect = ['1', '1', '1', '1 2', 'f', '3', 'National Guard', '4 3 2 1', '1', 't'];

function play(lines, { doc = seedArticle, args = ['--seed', '42'] } = {}) {
  return run(['play', doc, ...args], { input: lines.map((l) => l + '\n').join('') });
}

function tempFile(name, content) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nq-play-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function seedWith(change) {
  const doc = JSON.parse(fs.readFileSync(seedArticle, 'utf8'));
  change(doc);
  return tempFile('doc.json', JSON.stringify(doc));
}

const count = (text, needle) => text.split(needle).length - 1;

// The verdict lines of the review, as "Correct: 1 of 1".
function reviewVerdicts(stdout) {
  const review = stdout.slice(stdout.indexOf('\nReview\n'));
  return [...review.matchAll(/^ {3}(Correct|Partly correct|Incorrect|Not answered): (\S+) of (\S+) points?\.$/gm)]
    .map((m) => ({ verdict: m[1], score: Number(m[2]), max: Number(m[3]) }));
}

test('play: a perfect run of the seed quiz', () => {
  const r = play(perfect);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.startsWith(
    'Rubio announces expanded US-Mexico security collaboration\n' +
    'Border diplomacy contradicts campaign promises as security needs trump politics\n' +
    '2025-09-03 | ABC News, Associated Press +31 more\n' +
    'Topics: Foreign Policy, Government\n' +
    '\n' +
    'Test your knowledge: 10 questions, 12 points, pass mark 70%.\n' +
    'Feedback after each answer.\n' +
    'Seed 42: add --seed 42 to take this same draw again.\n'), r.stdout.slice(0, 600));
  assert.ok(r.stdout.includes(
    'Question 8 of 10 (2 points)\n' +
    'Match each tool from the "What you can do" list with what the page suggests using it for.\n' +
    '  A. FOIA requests\n  B. 202-224-3121\n  C. DEA.gov\n  D. gao.gov\n' +
    '  go with\n' +
    '  1. Asking for an analysis of security cooperation effectiveness\n' +
    '  2. Tracking drug interdiction statistics\n' +
    '  3. Contacting border state representatives\n' +
    '  4. Monitoring State Department diplomatic communications\n' +
    'Your matches (for A to D in turn, the number of its match): 4 3 2 1\n' +
    'Correct: 2 of 2 points.\n'));
  assert.ok(r.stdout.includes(
    'True or false (t/f): f\n' +
    'Correct: 1 of 1 point.\n' +
    'Right: the channels keep working professionally despite the friction.\n' +
    'The article says State Department diplomatic channels continue functioning professionally even while political rhetoric creates friction.\n'));
  assert.ok(r.stdout.includes('\nResults\nScore: 12 of 12 points (100%), passed.\nYou know this story inside out.\n\nReview\n'));
  // a verdict after each answer and again in the review
  assert.equal(r.stdout.match(/^ *Correct: \d+ of \d+ points?\.$/gm).length, 20);
  assert.equal(count(r.stdout, 'Please type'), 0);
  assert.equal(play(perfect).stdout, r.stdout, 'the same seed and input give the same transcript');
});

test('play: input it cannot read is refused with a message and asked again', () => {
  const r = play(['0', 'abc', '4', '1 2', '', '1',        // q1: out of range, words, too many
    '1', '1', '', '1,2,2', 'maybe', 'F', 'three', '3', '   ', 'national guard',
    '4 3 2', '4 3 2 1 1', '4 3 2 9', '4 3 2 1', '1', 'yes', 'TRUE']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(count(r.stdout, 'Please type one number from 1 to 3.\n'), 5);
  assert.equal(count(r.stdout, 'Please type one or more numbers from 1 to 4, separated by commas or spaces.\n'), 1);
  assert.equal(count(r.stdout, 'Please type t or f (or true or false).\n'), 2);
  assert.equal(count(r.stdout, 'Please type a number, such as 3 or -2.5.\n'), 1);
  assert.equal(count(r.stdout, 'Please type an answer.\n'), 1);
  assert.equal(count(r.stdout, 'Please type 4 numbers from 1 to 4, one for each of A to D.\n'), 3);
  assert.ok(r.stdout.includes('Your answer (a number from 1 to 3): abc\nPlease type one number from 1 to 3.\n'));
  assert.ok(r.stdout.includes('\nScore: 12 of 12 points (100%), passed.\n'));
});

test('play: a line too long is refused, not a crash', () => {
  const r = play(['x'.repeat(200000), ...perfect]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes('Your answer (a number from 1 to 3): (a line too long)\nPlease type one number from 1 to 3.\n'));
  assert.ok(r.stdout.includes('\nScore: 12 of 12 points (100%), passed.\n'));
});

test('play: end of input mid-quiz ends the attempt with the results', () => {
  const r = play(['1', '2', '1']);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes('Your answers (numbers from 1 to 4, separated by commas or spaces): \nEnd of input: the attempt ends here.\n'));
  assert.ok(r.stdout.includes('\nScore: 2 of 12 points (16.7%), not passed.\nWorth another read: the article has the answers.\n'));
  assert.equal(count(r.stdout, 'Your answer: (no answer)\n'), 7);
  assert.deepEqual(reviewVerdicts(r.stdout).map((v) => v.verdict),
    ['Correct', 'Incorrect', 'Correct', ...Array(7).fill('Not answered')]);
  const empty = play([]);
  assert.equal(empty.status, 0, empty.stderr);
  assert.ok(empty.stdout.includes('\nScore: 0 of 12 points (0%), not passed.\n'));
});

test('play: with feedback at the end, the feedback waits for the review', () => {
  const doc = seedWith((d) => { d.quiz.feedback = 'end'; });
  const r = play(perfect, { doc });
  assert.equal(r.status, 0, r.stderr);
  const results = r.stdout.indexOf('\nResults\n');
  assert.equal(count(r.stdout.slice(0, results), 'Correct'), 0);
  assert.ok(r.stdout.includes('Feedback at the end.\n'));
  assert.ok(r.stdout.includes(
    '5. True or false: according to the article, State Department diplomatic channels stopped working because of the political rhetoric.\n' +
    '   Your answer: False\n' +
    '   Correct: 1 of 1 point.\n' +
    '   Right: the channels keep working professionally despite the friction.\n'));
  assert.ok(r.stdout.includes('\nScore: 12 of 12 points (100%), passed.\n'));
});

test('play: the every-field fixture: title, pick, time limit, end feedback, no solutions', () => {
  const r = play([], { doc: fixture('tests/fixtures/valid/every-field.json'), args: ['--seed', '3'] });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes('\nCheck what you read: 5 questions, 6.5 points, pass mark 60%.\n' +
    'Time limit: 300 seconds.\nFeedback at the end.\nSeed 3: add --seed 3 to take this same draw again.\n'), r.stdout);
  assert.ok(r.stdout.includes('\nQuestion 1 of 5 (1 point)\n'));
  assert.ok(r.stdout.includes('\nScore: 0 of 6.5 points (0%), not passed.\nWorth another read.\n'));
  assert.equal(count(r.stdout, 'Not answered: '), 5);
  assert.equal(count(r.stdout, 'Correct answer'), 0);  // show_solutions: false
});

test('play: the same answers score the same through `newsquiz score`', () => {
  // q2, q5 and q9 wrong; q4 one of two; q8 two of four pairs (C and D swapped).
  const lines = ['1', '2', '1', '1', 't', '3', 'Guardia Nacional', '4 3 1 2', '2', 't'];
  const answers = tempFile('answers.json', JSON.stringify({ answers: {
    q1: 'a', q2: 'b', q3: 'a', q4: ['a'], q5: true, q6: 3, q7: 'Guardia Nacional',
    q8: { p1: 'p1', p2: 'p2', p3: 'p4', p4: 'p3' }, q9: 'b', q10: true } }));
  const p = play(lines);
  const s = run(['score', seedArticle, answers]);
  assert.equal(p.status, 0, p.stderr);
  assert.equal(s.status, 0, s.stderr);
  const scored = JSON.parse(s.stdout);
  assert.equal(scored.score, 7);
  assert.ok(p.stdout.includes(`\nScore: ${scored.score} of ${scored.max} points (${scored.percent}%), ` +
    `${scored.passed ? 'passed' : 'not passed'}.\n${scored.band}\n`), p.stdout.slice(-2500));
  assert.deepEqual(reviewVerdicts(p.stdout).map(({ score, max }) => ({ score, max })),
    scored.questions.map(({ score, max }) => ({ score, max })));
  assert.deepEqual(reviewVerdicts(p.stdout).map((v) => v.verdict),
    ['Correct', 'Incorrect', 'Correct', 'Partly correct', 'Incorrect', 'Correct', 'Correct', 'Partly correct',
      'Incorrect', 'Correct']);
});

test('play: a document without a quiz shows its card', () => {
  const doc = seedWith((d) => { delete d.quiz; });
  const r = play([], { doc });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.endsWith('Topics: Foreign Policy, Government\n\nThis article has no quiz.\n'));
});

test('play: a file it cannot use is exit 1 with a message', () => {
  const missing = play([], { doc: path.join(os.tmpdir(), 'nq-play-no-such-file.json') });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nq-play-no-such-file\.json: error: cannot open the file\n$/);
  assert.equal(missing.stdout, '');
  const broken = play([], { doc: tempFile('broken.json', '{"format": "newsquiz/1",') });
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /broken\.json: error: .*line 1/);
  assert.equal(broken.stdout, '');
});

test('play: usage errors are exit 2', () => {
  for (const args of [[], ['--seed', '1'], [seedArticle, '--seed'], [seedArticle, '--seed', '-1'],
    [seedArticle, '--seed', '18446744073709551616'], [seedArticle, '--shuffle'], [seedArticle, seedArticle]]) {
    const r = run(['play', ...args]);
    assert.equal(r.status, 2, `play ${args.join(' ')}`);
    assert.match(r.stderr, /usage: newsquiz play DOC \[--seed N\]\n$/);
    assert.equal(r.stdout, '');
  }
});

test('play: without --seed the seed is drawn and printed, and --seed=N repeats the run', () => {
  const first = run(['play', seedArticle], { input: '' });
  assert.equal(first.status, 0, first.stderr);
  const seed = first.stdout.match(/^Seed (\d+): add --seed \1 to take this same draw again\.$/m)[1];
  const again = run(['play', seedArticle, `--seed=${seed}`], { input: '' });
  assert.equal(again.stdout, first.stdout);
});
