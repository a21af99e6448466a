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
// q2, q5 and q9 wrong; q4 one of two; q8 two of four pairs (C and D swapped): 7 of 12.
const mixed = ['1', '2', '1', '1', 't', '3', 'Guardia Nacional', '4 3 1 2', '2', 't'];

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
  const answers = tempFile('answers.json', JSON.stringify({ answers: {
    q1: 'a', q2: 'b', q3: 'a', q4: ['a'], q5: true, q6: 3, q7: 'Guardia Nacional',
    q8: { p1: 'p1', p2: 'p2', p3: 'p4', p4: 'p3' }, q9: 'b', q10: true } }));
  const p = play(mixed);
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
    assert.match(r.stderr, /usage: newsquiz play DOC \[--seed N\] \[--progress FILE \[--today N\]\]\n$/);
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

// --progress FILE: the reader's progress store in a file, as the widget keeps it in localStorage.
const civicArticle = fixture('assets/articles/civic-toolkit-us-mexico-security.json');
const seedId = 'rubio-us-mexico-security-2025-09-03';
const day = 20000;  // 2024-10-04
// The civic toolkit's quiz with --seed 7, all right: its match shows the rights as p4, p2, p1, p3.
const civicPerfect = ['1', 'f', 'GAO', '3 2 4 1', '1 2 3'];

function emptyDir() { return fs.mkdtempSync(path.join(os.tmpdir(), 'nq-play-progress-')); }

function playKept(lines, file, today, { doc = seedArticle, seed = '42' } = {}) {
  return play(lines, { doc, args: ['--seed', seed, '--progress', file, '--today', String(today)] });
}

const readStore = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const article = (store, id) => store.articles.find((a) => a.id === id);

// Each question's card as [reps, lapses, last_day, due_day].
function cards(store, id = seedId) {
  return Object.fromEntries(article(store, id).questions.map(
    (q) => [q.id, q.card && [q.card.reps, q.card.lapses, q.card.last_day, q.card.due_day]]));
}
const sameCards = (value, ids) => Object.fromEntries(ids.map((id) => [id, value]));
const seedQuestions = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10'];

test('play --progress: the first run creates the file with the attempt, its score and a card per question', () => {
  const dir = emptyDir();
  const file = path.join(dir, 'progress.json');
  const r = playKept(perfect, file, day);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(!r.stdout.includes('due for review'));
  assert.ok(r.stdout.includes('\nScore: 12 of 12 points (100%), passed.\n'));
  assert.ok(r.stdout.endsWith(
    '   Correct: 1 of 1 point.\n' +
    '\n' +
    'Your progress\n' +
    '🌍 Foreign Policy: not started → proficient (0% → 100%)\n' +
    '🏛️ Government: not started → proficient (0% → 100%)\n' +
    'Streak: 1 day (longest: 1 day).\n' +
    '\n' +
    `Progress saved in ${file}.\n`), r.stdout.slice(-400));
  assert.deepEqual(fs.readdirSync(dir), ['progress.json'], 'no FILE.tmp is left');

  const store = readStore(file);
  assert.equal(store.format, 'newsquiz-progress');
  assert.equal(store.version, 2);
  assert.match(store.learner, /^[0-9a-f]{32}$/);
  assert.deepEqual(store.days, [day]);
  assert.equal(store.longest_streak, 1);
  assert.deepEqual(store.articles.map((a) => a.id), [seedId]);
  const [attempt] = article(store, seedId).attempts;
  assert.equal(article(store, seedId).attempts.length, 1);
  assert.deepEqual({ score: attempt.score, max: attempt.max, completed: attempt.completed, day: attempt.day },
    { score: 12, max: 12, completed: true, day });
  assert.deepEqual(attempt.answers.map((a) => [a.id, a.score, a.correct]),
    seedQuestions.map((id) => [id, id === 'q4' || id === 'q8' ? 2 : 1, true]));
  // FSRS-6: a first Good review gives stability 2.3065, two days at 90 % retention
  assert.deepEqual(cards(store), sameCards([1, 0, day, day + 2], seedQuestions));
});

test('play --progress: a second run adds its attempt and keeps the first', () => {
  const dir = emptyDir();
  const file = path.join(dir, 'progress.json');
  assert.equal(playKept(perfect, file, day).status, 0);
  const first = readStore(file);
  fs.writeFileSync(file + '.tmp', 'left by an interrupted run');
  const r = playKept(mixed, file, day + 1);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(!r.stdout.includes('due for review'), 'the article\'s own cards are not offered as a review');
  assert.ok(r.stdout.includes('\nScore: 7 of 12 points (58.3%), not passed.\n'));
  assert.ok(r.stdout.endsWith(
    '\nYour progress\n' +
    '🌍 Foreign Policy: proficient → familiar (95% → 67%)\n' +
    '🏛️ Government: proficient → familiar (95% → 25%)\n' +
    'Streak: 2 days (longest: 2 days).\n' +
    '\n' +
    `Progress saved in ${file}.\n`), r.stdout.slice(-400));
  assert.deepEqual(fs.readdirSync(dir), ['progress.json']);

  const store = readStore(file);
  assert.equal(store.learner, first.learner);
  assert.deepEqual(store.days, [day, day + 1]);
  const attempts = article(store, seedId).attempts;
  assert.deepEqual(attempts.map((a) => [a.score, a.max, a.day]), [[12, 12, day], [7, 12, day + 1]]);
  assert.deepEqual(attempts[0], article(first, seedId).attempts[0], 'the first attempt is kept as it was');
  assert.notEqual(attempts[1].id, attempts[0].id);
  // right again: stability grows, due in 7 days; wrong (q4 and q8 partly): a lapse, due tomorrow
  const good = [2, 0, day + 1, day + 8], lapse = [2, 1, day + 1, day + 2];
  assert.deepEqual(cards(store), { ...sameCards(good, seedQuestions), ...sameCards(lapse, ['q2', 'q4', 'q5', 'q8', 'q9']) });
});

test('play --progress: questions due from an earlier article are offered and r reviews them before the quiz', () => {
  const file = path.join(emptyDir(), 'progress.json');
  assert.equal(playKept(mixed, file, day).status, 0);
  // Most forgotten first: the five missed (q2, q4, q5, q8, q9), then the rest in quiz order.
  // The match (q8) is answered "1 1 1 1": one pair right whatever the draw, so half a point.
  const review = ['1', '1 2', 'f', '1 1 1 1', '1', '1', '1', '3', 'National Guard', 't'];
  const r = playKept(['r', ...review, ...civicPerfect], file, day + 30, { doc: civicArticle, seed: '7' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.startsWith(
    'How to follow up on US-Mexico security cooperation\n' +
    'Five public tools for checking what diplomats and agencies actually deliver\n' +
    '2025-09-04\n' +
    'Topics: Government, Civics\n' +
    '\n' +
    '10 questions due for review from earlier articles.\n' +
    'Type r to review them now, or press Enter for this article\'s quiz: r\n' +
    '\n' +
    'Review of questions from earlier articles\n' +
    '\n' +
    'Question 1 of 10 (1 point)\n' +
    'From: Rubio announces expanded US-Mexico security collaboration\n' +
    'Which US official met with Mexican officials on Sep. 3, 2025?\n'), r.stdout.slice(0, 800));
  assert.equal(count(r.stdout, '\nFrom: Rubio announces expanded US-Mexico security collaboration\n'), 10);
  assert.ok(r.stdout.includes(
    '\nResults\nScore: 10.5 of 12 points (87.5%), passed.\n\nReview\n'));
  assert.ok(r.stdout.includes(
    '\nYour progress\n' +
    '🌍 Foreign Policy: familiar → mastered (45% → 100%)\n' +
    '🏛️ Government: familiar → proficient (17% → 75%)\n' +
    '\n' +
    'Test your knowledge: 5 questions, 7 points, pass mark 60%.\n'), r.stdout);
  assert.ok(r.stdout.includes('\nScore: 7 of 7 points (100%), passed.\nYou know these tools inside out.\n'));
  assert.ok(r.stdout.endsWith(
    '\nYour progress\n' +
    '🗳️ Civics: not started → proficient (0% → 100%)\n' +
    '🏛️ Government: proficient (75% → 86%)\n' +
    'Streak: 1 day (longest: 1 day).\n' +
    '\n' +
    `Progress saved in ${file}.\n`), r.stdout.slice(-400));

  const store = readStore(file);
  const reviewed = day + 30;
  assert.deepEqual(cards(store), {
    ...sameCards([2, 0, reviewed, reviewed + 37], ['q1', 'q3', 'q6', 'q7', 'q10']),  // right twice
    ...sameCards([2, 0, reviewed, reviewed + 5], ['q2', 'q4', 'q5', 'q9']),          // wrong, then right
    q8: [2, 1, reviewed, reviewed + 1],                                                // wrong twice
  });
  assert.deepEqual(article(store, seedId).attempts.map((a) => a.score), [7], 'a review is no attempt');
  assert.deepEqual(article(store, 'civic-toolkit-us-mexico-security').attempts.map((a) => [a.score, a.max, a.day]),
    [[7, 7, reviewed]]);
  assert.deepEqual(store.days, [day, reviewed]);
});

test('play --progress: Enter declines the review; end of input during a review skips the quiz', () => {
  const file = path.join(emptyDir(), 'progress.json');
  assert.equal(playKept(mixed, file, day).status, 0);
  const before = cards(readStore(file));
  const declined = playKept(['maybe', '', ...civicPerfect], file, day + 30, { doc: civicArticle, seed: '7' });
  assert.equal(declined.status, 0, declined.stderr);
  assert.ok(declined.stdout.includes(
    '\n10 questions due for review from earlier articles.\n' +
    'Type r to review them now, or press Enter for this article\'s quiz: maybe\n' +
    'Please type r, or press Enter.\n' +
    'Type r to review them now, or press Enter for this article\'s quiz: \n' +
    '\nTest your knowledge: 5 questions, 7 points, pass mark 60%.\n'), declined.stdout.slice(0, 800));
  assert.ok(!declined.stdout.includes('Review of questions'));
  assert.deepEqual(cards(readStore(file)), before, 'cards not reviewed keep their memory');

  const cut = playKept(['r', '1'], file, day + 31, { doc: civicArticle, seed: '7' });
  assert.equal(cut.status, 0, cut.stderr);
  assert.ok(cut.stdout.includes('\nEnd of input: the attempt ends here.\n\nResults\nScore: 1 of 12 points (8.3%), not passed.\n'));
  assert.ok(!cut.stdout.includes('Test your knowledge'));
  assert.ok(cut.stdout.endsWith('Streak: 2 days (longest: 2 days).\n\nProgress saved in ' + file + '.\n'), cut.stdout.slice(-300));
  const store = readStore(file);
  assert.deepEqual(cards(store), { ...before, q2: [2, 0, day + 31, day + 31 + 5] }, 'only the answered card moves');
  assert.deepEqual(article(store, 'civic-toolkit-us-mexico-security').attempts.length, 1, 'only the declined run\'s attempt');
});

test('play --progress: a corrupt store is reported on stderr, kept as FILE.bak and replaced by a working one', () => {
  const dir = emptyDir();
  const truncated = path.join(dir, 'truncated.json');
  const original = fs.readFileSync(fixture('tests/fixtures/progress/corrupt-truncated.json'));
  fs.writeFileSync(truncated, original);
  const r = playKept(perfect, truncated, day);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '[newsquiz] progress: /: is not valid JSON; starting from an empty store\n');
  assert.ok(r.stdout.includes('\nScore: 12 of 12 points (100%), passed.\n'));
  assert.ok(r.stdout.endsWith(`\nThe damaged store is kept as ${truncated}.bak.\nProgress saved in ${truncated}.\n`), r.stdout.slice(-200));
  assert.deepEqual(readStore(truncated).articles.map((a) => [a.id, a.attempts.length]), [[seedId, 1]]);
  assert.deepEqual(fs.readFileSync(truncated + '.bak'), original, 'the damaged store, byte for byte');

  // The repaired store is whole: the next run keeps no copy, and the first copy stays.
  const again = playKept([], truncated, day + 1);
  assert.equal(again.status, 0, again.stderr);
  assert.ok(!again.stdout.includes('damaged'));
  assert.deepEqual(fs.readFileSync(truncated + '.bak'), original);

  // Entries of the wrong type are dropped one by one; the rest of the store is kept.
  const typed = path.join(dir, 'types.json');
  fs.copyFileSync(fixture('tests/fixtures/progress/corrupt-types.json'), typed);
  const t = playKept([], typed, day);
  assert.equal(t.status, 0, t.stderr);
  assert.deepEqual(t.stderr.trimEnd().split('\n').map((l) => l.replace(/;.*/, '')), [
    '/learner: has the wrong type', '/days/1: has the wrong type', '/days/3: is out of range',
    '/articles/0/questions/0/card/question/type: is out of range', '/articles/0/questions/1/card/difficulty: is out of range',
    '/articles/0/questions/2/topics/0: has the wrong type', '/articles/0/attempts/1/score: has the wrong type',
    '/articles/0/attempts/2/answers/0/response/matches/0: has the wrong type', '/articles/0/attempts/3/day: is required',
    '/articles/0/attempts/4/started_ms: is out of range', '/articles/1: has the wrong type', '/articles/2/id: is required',
    '/articles/3/id: repeats an id'].map((l) => '[newsquiz] progress: ' + l));
  assert.deepEqual(fs.readFileSync(typed + '.bak'), fs.readFileSync(fixture('tests/fixtures/progress/corrupt-types.json')));
  const kept = readStore(typed);
  assert.deepEqual(kept.days, [day, 20094, 20096]);
  assert.deepEqual(kept.articles.map((a) => [a.id, a.attempts.map((x) => x.id)]),
    [['city-budget-2025', ['a1', 'a3']], [seedId, [article(kept, seedId).attempts[0].id]]]);
  assert.equal(article(kept, seedId).attempts[0].score, 0);

  // More than 1 MiB is no store of ours.
  const large = path.join(dir, 'large.json');
  fs.writeFileSync(large, ' '.repeat(1024 * 1024 + 1));
  const l = playKept([], large, day);
  assert.equal(l.status, 0, l.stderr);
  assert.equal(l.stderr, '[newsquiz] progress: /: is larger than 1 MiB; starting from an empty store\n');
  assert.equal(readStore(large).articles.length, 1);
  assert.equal(fs.statSync(large + '.bak').size, 1024 * 1024 + 1);

  // A FILE.bak that cannot be replaced (here a folder): nothing is saved, FILE stays as it was.
  const stuck = path.join(dir, 'stuck.json');
  fs.writeFileSync(stuck, original);
  fs.mkdirSync(stuck + '.bak');
  fs.writeFileSync(path.join(stuck + '.bak', 'inside'), 'x');
  const s = playKept(perfect, stuck, day);
  assert.equal(s.status, 1);
  assert.equal(s.stderr, '[newsquiz] progress: /: is not valid JSON; starting from an empty store\n' +
    `${stuck}: error: progress not saved: cannot replace ${stuck}.bak: Directory not empty\n`);
  assert.deepEqual(fs.readFileSync(stuck), original);
});

test('play --progress: a store from a newer newsquiz is refused before the quiz and left byte for byte', () => {
  const dir = emptyDir();
  const file = path.join(dir, 'progress.json');
  fs.copyFileSync(fixture('tests/fixtures/progress/corrupt-newer-version.json'), file);
  const bytes = fs.readFileSync(file);
  const r = playKept(perfect, file, day);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `${file}: error: this progress store was written by a newer newsquiz; it is left as it is ` +
    '(update newsquiz, or give another --progress FILE)\n');
  assert.deepEqual(fs.readFileSync(file), bytes);
  assert.deepEqual(fs.readdirSync(dir), ['progress.json']);
});

test('play --progress: a FILE it cannot write or read is exit 1 with a message, before the quiz', () => {
  const dir = emptyDir();
  const missingDir = path.join(dir, 'no-such-folder', 'progress.json');
  const r = playKept(perfect, missingDir, day);
  assert.equal(r.status, 1);
  assert.equal(r.signal, null);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `${missingDir}: error: cannot create ${missingDir}.tmp: No such file or directory\n`);
  const folder = playKept(perfect, dir, day);
  assert.equal(folder.status, 1);
  assert.equal(folder.stdout, '');
  assert.equal(folder.stderr, `${dir}: error: is not a regular file\n`);
  assert.deepEqual(fs.readdirSync(dir), []);
});

test('play --progress: a document without a quiz leaves the store alone', () => {
  const dir = emptyDir();
  const r = playKept([], path.join(dir, 'progress.json'), day, { doc: seedWith((d) => { delete d.quiz; }) });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.endsWith('\nThis article has no quiz.\n'));
  assert.deepEqual(fs.readdirSync(dir), []);
});

test('play --progress: usage errors and help', () => {
  const file = path.join(emptyDir(), 'progress.json');
  for (const [args, message] of [
    [['--progress'], '--progress needs a FILE'],
    [['--progress='], '--progress needs a FILE'],
    [['--today', '20000'], '--today only applies with --progress'],
    [['--progress', file, '--today'], '--today needs a whole number of days from 0 to 1000000'],
    [['--progress', file, '--today', '-1'], '--today needs a whole number of days from 0 to 1000000'],
    [['--progress', file, '--today=1000001'], '--today needs a whole number of days from 0 to 1000000'],
    [['--progress', file, '--today', '2e4'], '--today needs a whole number of days from 0 to 1000000']]) {
    const r = run(['play', seedArticle, ...args]);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stderr, `newsquiz play: ${message}\nusage: newsquiz play DOC [--seed N] [--progress FILE [--today N]]\n`);
    assert.equal(r.stdout, '');
  }
  assert.ok(!fs.existsSync(file));
  const help = run(['play', '--help']);
  assert.equal(help.status, 0);
  assert.ok(help.stdout.startsWith('usage: newsquiz play DOC [--seed N] [--progress FILE [--today N]]\n\n'));
  assert.match(help.stdout, /\n {2}--progress FILE {2}keeps the reader's progress in FILE \(created when missing\)/);
  assert.match(help.stdout, /\(type r to review them, Enter for the article's quiz\)/);
  assert.match(help.stdout, /A damaged store is\n +repaired and the damaged file kept as FILE\.bak;/);
});
