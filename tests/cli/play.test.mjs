// `newsquiz play DOC` through the real binary, fed scripted stdin: transcripts of the view it
// prints (card, questions with picks and marks, feedback, buttons, results and their review),
// scores, re-prompts, end of input, errors, and a cross-check against `newsquiz score`.
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

function docWith(source, change) {
  const doc = JSON.parse(fs.readFileSync(source, 'utf8'));
  change(doc);
  return tempFile('doc.json', JSON.stringify(doc));
}
const seedWith = (change) => docWith(seedArticle, change);

const count = (text, needle) => text.split(needle).length - 1;

const seedCard =
  'September 3, 2025\n' +
  'Rubio announces expanded US-Mexico security collaboration\n' +
  'Reported by: ABC News · Associated Press · Associated Press · Associated Press · Associated Press · +31\n' +
  'Border diplomacy contradicts campaign promises as security needs trump politics\n' +
  'Topics: 🌍 Foreign Policy · 🏛️ Government\n';
// The card's call to the quiz under the topics: the quiz's title (the seed's own words; the
// second article's "Test your knowledge") and the call to action.
const cta = 'Take the full quiz to master this topic and track your progress.\n';
const quizCall = '\nReady to test your knowledge?\n' + cta;
// What the reader can do, listed on the card under its buttons.
const seedActions = '\nWhat you can do\n' +
  '  1. Monitor State Department diplomatic communications through FOIA requests tracking contradictions between public rhetoric and private policy coordination with Mexico\n' +
  '  2. Contact border state representatives at 202-224-3121 demanding consistency between diplomatic cooperation messaging and immigration enforcement that requires Mexican partnership\n' +
  '  3. Support congressional oversight committees investigating how State Department balances diplomatic needs with campaign promises that undermine essential international security cooperation\n' +
  '  4. Join border community organizations advocating for realistic policies that maintain security cooperation while addressing legitimate immigration enforcement concerns\n' +
  '  5. Track drug interdiction statistics at DEA.gov measuring whether diplomatic cooperation translates into measurable security improvements for American communities\n' +
  '  6. Pressure administration officials through congressional hearings to explain how anti-Mexico rhetoric serves security interests requiring sustained Mexican partnership\n' +
  '  7. Contact Government Accountability Office at gao.gov demanding analysis of security cooperation effectiveness versus political messaging impacts on bilateral relationships\n' +
  '  8. Support bipartisan foreign policy organizations like Council on Foreign Relations studying how campaign rhetoric affects essential diplomatic partnerships during governance\n' +
  '';
const civicActions = '\nWhat you can do\n' +
  '  1. Contact border state representatives at 202-224-3121 demanding consistency between diplomatic cooperation messaging and immigration enforcement that requires Mexican partnership\n' +
  '  2. Contact Government Accountability Office at gao.gov demanding analysis of security cooperation effectiveness versus political messaging impacts on bilateral relationships\n' +
  '';
const seedResultsButtons = 'Buttons: [Try again] [Copy result] [What you can do] [Your progress] [Back to the article]\n';

// A choice line of an unpicked choice marked right: what a quiz without solutions never shows.
const unpickedRight = /^ {2}\d+\. \[ \] .* \(right\)$/m;
// Any mark on a choice, item, pair or field: what feedback at the end never shows before the results.
const anyMark = / \((right|partly right|wrong)\)$/m;

// The rows of the "Your answers" list that follows the results screen starting at `from`:
// { question, verdict, score, max, prompt, answer, solution, explanation } (solution: null when
// the row shows none). The list ends at the next blank line or at the end of the output.
function reviewRows(stdout, from = 0) {
  const title = '\nYour answers\n';
  const start = stdout.indexOf(title, from);
  assert.notEqual(start, -1, 'the results are followed by "Your answers"');
  const lines = stdout.slice(start + title.length).split('\n\n')[0].replace(/\n$/, '').split('\n');
  const rows = [];
  for (const l of lines) {
    const head = l.match(/^Question (\d+) · (Correct|Partly correct|Not quite) · (\S+) of (\S+) points?$/);
    if (head) {
      rows.push({ question: Number(head[1]), verdict: head[2], score: Number(head[3]), max: Number(head[4]), lines: [] });
    } else {
      assert.ok(rows.length > 0, `a row opens with its head, not: ${l}`);
      rows.at(-1).lines.push(l);
    }
  }
  return rows.map(({ lines: [prompt, answer, ...rest], ...row }) => {
    assert.match(answer, /^Your answer: /);
    const solution = rest[0]?.startsWith('Correct answer: ') ? rest.shift().slice('Correct answer: '.length) : null;
    assert.ok(rest.length <= 1, `one explanation at most after the answer: ${rest}`);
    return { ...row, prompt, answer: answer.slice('Your answer: '.length), solution, explanation: rest[0] ?? null };
  });
}

test('play: a perfect run of the seed quiz', () => {
  const r = play(perfect);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.startsWith(seedCard + quizCall +
    'Buttons: [Start quiz]\n' + seedActions +
    'Seed 42: add --seed 42 to take this same draw again.\n' +
    '\n' +
    'Question 1 of 10\n' +
    'Which three problems did the Sep. 3 talks between Rubio and Mexican officials target?\n' +
    '  1. [ ] Drug trafficking, gun smuggling and fuel theft\n' +
    '  2. [ ] Tariffs, water rights and remittances\n' +
    '  3. [ ] Human trafficking, cybercrime and money laundering\n' +
    'Buttons: [Submit (unavailable)]\n' +
    'Your answer (a number from 1 to 3): 1\n' +
    '\n' +
    'Question 1 of 10\n' +
    'Which three problems did the Sep. 3 talks between Rubio and Mexican officials target?\n' +
    '  1. [x] Drug trafficking, gun smuggling and fuel theft (right)\n' +
    '       Right: these are the three problems named in the first paragraph.\n' +
    '  2. [ ] Tariffs, water rights and remittances\n' +
    '  3. [ ] Human trafficking, cybercrime and money laundering\n' +
    'Correct · 1 of 1 point\n' +
    'The article says Rubio met Mexican officials to strengthen security collaboration on drug trafficking, gun smuggling and fuel theft.\n' +
    'Buttons: [Next]\n' +
    '\n' +
    'Question 2 of 10\n'), r.stdout.slice(0, 1500));
  assert.ok(!r.stdout.includes('Test your knowledge:') && !r.stdout.includes('Feedback after each answer'));
  assert.ok(r.stdout.includes(
    '\nQuestion 4 of 10\n' +
    'Which steps does the article say the Mexican government is taking? Select all that apply.\n' +
    '  1. [x] Deploying National Guard forces for border security operations and drug interdiction (right)\n' +
    '  2. [x] Establishing high-level implementation groups for joint enforcement with American agencies (right)\n' +
    '  3. [ ] Closing its border crossings with the United States\n' +
    '  4. [ ] Suspending contacts with the State Department\n' +
    'Correct · 2 of 2 points\n'));
  assert.ok(r.stdout.includes(
    'Question 8 of 10\n' +
    'Match each tool from the "What you can do" list with what the page suggests using it for.\n' +
    'Choose the match for each item.\n' +
    '  A. FOIA requests → Choose…\n  B. 202-224-3121 → Choose…\n  C. DEA.gov → Choose…\n  D. gao.gov → Choose…\n' +
    '  to choose from:\n' +
    '  1. Asking for an analysis of security cooperation effectiveness\n' +
    '  2. Tracking drug interdiction statistics\n' +
    '  3. Contacting border state representatives\n' +
    '  4. Monitoring State Department diplomatic communications\n' +
    'Buttons: [Submit (unavailable)]\n' +
    'Your matches (for A to D in turn, the number of its match): 4 3 2 1\n' +
    '\n' +
    'Question 8 of 10\n' +
    'Match each tool from the "What you can do" list with what the page suggests using it for.\n' +
    '  A. FOIA requests → Monitoring State Department diplomatic communications (right)\n' +
    '  B. 202-224-3121 → Contacting border state representatives (right)\n' +
    '  C. DEA.gov → Tracking drug interdiction statistics (right)\n' +
    '  D. gao.gov → Asking for an analysis of security cooperation effectiveness (right)\n' +
    'Correct · 2 of 2 points\n' +
    'The list suggests FOIA requests to monitor State Department communications, 202-224-3121 to contact border state ' +
    'representatives, DEA.gov for drug interdiction statistics and gao.gov for an analysis of security cooperation effectiveness.\n' +
    'Buttons: [Next]\n'));
  assert.ok(r.stdout.includes(
    'True or false (t/f): f\n' +
    '\n' +
    'Question 5 of 10\n' +
    'True or false: according to the article, State Department diplomatic channels stopped working because of the political rhetoric.\n' +
    '  1. [ ] True\n' +
    '  2. [x] False (right)\n' +
    'Correct · 1 of 1 point\n' +
    'Right: the channels keep working professionally despite the friction.\n' +
    'The article says State Department diplomatic channels continue functioning professionally even while political rhetoric creates friction.\n' +
    'Buttons: [Next]\n'));
  assert.ok(r.stdout.includes('Your answer (a number): 3\n\nQuestion 6 of 10\n' +
    'On which day of September 2025 did Rubio meet with Mexican officials? Enter the day of the month.\n' +
    'Your answer: 3 (right)\nCorrect · 1 of 1 point\n'));
  assert.ok(r.stdout.includes(
    'True or false (t/f): t\n' +
    '\n' +
    'Question 10 of 10\n' +
    'True or false: the article says cross-border security partnerships remain essential for US domestic issues such as the fentanyl crisis and border enforcement.\n' +
    '  1. [x] True (right)\n' +
    '  2. [ ] False\n' +
    'Correct · 1 of 1 point\n' +
    'Right: the article names the fentanyl crisis and border enforcement.\n' +
    'The article says cross-border security partnerships remain essential for US domestic issues including the fentanyl crisis and border enforcement.\n' +
    'Buttons: [See results]\n' +
    '\n' +
    'Your result\n' +
    '100% · 12 of 12 points\n' +
    'Passed\n' +
    'You know this story inside out.\n' +
    'Topics\n' +
    '  🌍 Foreign Policy: not started → proficient\n' +
    '  🏛️ Government: not started → proficient\n' +
    seedResultsButtons +
    '\n' +
    'Your answers\n' +
    'Question 1 · Correct · 1 of 1 point\n' +
    'Which three problems did the Sep. 3 talks between Rubio and Mexican officials target?\n' +
    'Your answer: Drug trafficking, gun smuggling and fuel theft\n' +
    'The article says Rubio met Mexican officials to strengthen security collaboration on drug trafficking, gun smuggling and fuel theft.\n' +
    'Question 2 · Correct · 1 of 1 point\n'));
  // each question twice (to answer, then with its feedback), then a row for each in the review
  assert.equal(count(r.stdout, 'Buttons: [Submit (unavailable)]\n'), 10);
  assert.equal(count(r.stdout, 'Buttons: [Next]\n'), 9);
  assert.equal(count(r.stdout, 'Buttons: [See results]\n'), 1);
  assert.equal(r.stdout.match(/^Correct · \d+ of \d+ points?$/gm).length, 10);
  const rows = reviewRows(r.stdout);
  assert.deepEqual(rows.map((row) => [row.question, row.verdict, row.score, row.max]),
    [1, 1, 1, 2, 1, 1, 1, 2, 1, 1].map((max, i) => [i + 1, 'Correct', max, max]));
  assert.deepEqual(rows.map((row) => row.solution), Array(10).fill(null), 'a right answer needs no solution');
  assert.equal(rows[7].answer, 'FOIA requests → Monitoring State Department diplomatic communications; ' +
    '202-224-3121 → Contacting border state representatives; DEA.gov → Tracking drug interdiction statistics; ' +
    'gao.gov → Asking for an analysis of security cooperation effectiveness');
  assert.ok(r.stdout.endsWith('Your answer: True\nThe article says cross-border security partnerships remain essential for ' +
    'US domestic issues including the fentanyl crisis and border enforcement.\n'), 'no progress screen without --progress');
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
  assert.equal(count(r.stdout, 'Please type t or f (or true or false, 1 or 2).\n'), 2);
  assert.equal(count(r.stdout, 'Please type a number, such as 3 or -2.5.\n'), 1);
  assert.equal(count(r.stdout, 'Please type an answer.\n'), 1);
  assert.equal(count(r.stdout, 'Please type 4 numbers from 1 to 4, one for each of A to D.\n'), 3);
  assert.equal(count(r.stdout, 'Please type'), 13);
  assert.ok(r.stdout.includes('Your answer (a number from 1 to 3): abc\nPlease type one number from 1 to 3.\n'));
  // a re-prompt asks again without printing the question again
  assert.ok(r.stdout.includes('Buttons: [Submit (unavailable)]\n' +
    'True or false (t/f): maybe\nPlease type t or f (or true or false, 1 or 2).\nTrue or false (t/f): F\n\nQuestion 5 of 10\n'));
  // "1,2,2" picks each of 1 and 2 once
  assert.ok(r.stdout.includes('  1. [x] Deploying National Guard forces for border security operations and drug interdiction (right)\n' +
    '  2. [x] Establishing high-level implementation groups for joint enforcement with American agencies (right)\n'));
  assert.ok(r.stdout.includes('\nYour result\n100% · 12 of 12 points\nPassed\n'));
});

test('play: a line too long is refused, not a crash', () => {
  const r = play(['x'.repeat(200000), ...perfect]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes('Your answer (a number from 1 to 3): (a line too long)\nPlease type one number from 1 to 3.\n'));
  assert.ok(r.stdout.includes('\nYour result\n100% · 12 of 12 points\nPassed\n'));
});

test('play: end of input mid-quiz ends the attempt with the results', () => {
  const r = play(['1', '2', '1']);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes('Your answers (numbers from 1 to 4, separated by commas or spaces): \n' +
    'End of input: the attempt ends here.\n' +
    '\n' +
    'Your result\n' +
    '16.6% · 2 of 12 points\n' +   // 16.67 cut, not rounded up
    'Not passed\n' +
    'Worth another read: the article has the answers.\n'));
  const rows = reviewRows(r.stdout);
  assert.deepEqual(rows.map((row) => [row.verdict, row.score, row.answer]), [
    ['Correct', 1, 'Drug trafficking, gun smuggling and fuel theft'],
    ['Not quite', 0, 'The Attorney General'],
    ['Correct', 1, 'As the closest collaboration in the history of US-Mexico relations'],
    ...Array(7).fill(['Not quite', 0, 'No answer'])]);
  assert.equal(count(r.stdout, 'Your answer: No answer\n'), 7);
  assert.deepEqual(rows.slice(4, 7).map((row) => row.solution), ['False', '3', 'National Guard'],
    'an unanswered question shows its solution');
  const empty = play([]);
  assert.equal(empty.status, 0, empty.stderr);
  assert.ok(empty.stdout.includes('Buttons: [Submit (unavailable)]\nYour answer (a number from 1 to 3): \n' +
    'End of input: the attempt ends here.\n\nYour result\n0% · 0 of 12 points\nNot passed\n'));
  assert.deepEqual(reviewRows(empty.stdout).map((row) => [row.verdict, row.answer]), Array(10).fill(['Not quite', 'No answer']));
});

test('play: with feedback at the end, the feedback waits for the review', () => {
  const doc = seedWith((d) => { d.quiz.feedback = 'end'; });
  const r = play(perfect, { doc });
  assert.equal(r.status, 0, r.stderr);
  const results = r.stdout.indexOf('\nYour result\n');
  const quiz = r.stdout.slice(0, results);
  assert.equal(count(quiz, 'Correct'), 0);
  assert.doesNotMatch(quiz, anyMark);
  assert.equal(count(quiz, '[x]'), 0, 'each question shows once, before its answer');
  assert.equal(count(quiz, 'Buttons: [Next (unavailable)]\n'), 9);
  assert.equal(count(quiz, 'Buttons: [See results (unavailable)]\n'), 1);
  assert.equal(count(quiz, 'Buttons:'), 11, 'the card, then one per question');
  assert.ok(quiz.includes(
    'True or false (t/f): f\n' +
    '\n' +
    'Question 6 of 10\n'));
  assert.ok(r.stdout.includes(
    'Question 5 · Correct · 1 of 1 point\n' +
    'True or false: according to the article, State Department diplomatic channels stopped working because of the political rhetoric.\n' +
    'Your answer: False\n' +
    'The article says State Department diplomatic channels continue functioning professionally even while political rhetoric creates friction.\n' +
    'Question 6 · Correct · 1 of 1 point\n'));
  assert.ok(r.stdout.includes('\nYour result\n100% · 12 of 12 points\nPassed\n'));
  assert.deepEqual(reviewRows(r.stdout).map((row) => row.verdict), Array(10).fill('Correct'));
});

// tests/fixtures/valid/every-field.json: in Spanish, a quiz title, pick 5 of 7, 300 s, feedback at
// the end, no retry, no solutions, pass mark 60 %. With --seed 3 it asks q5 (text), q4 (numeric,
// in sources), q2 (multiple: the National Guard, closing the border, joint groups), q7 (match:
// Analysis, Statistics) and q1 (single, weighted: a 100, b 50, c 0) in that order.
const everyField = fixture('tests/fixtures/valid/every-field.json');

test('play: the every-field fixture: title, pick, time limit, end feedback, no solutions', () => {
  const r = play([], { doc: everyField, args: ['--seed', '3'] });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout,
    '3 de septiembre de 2025\n' +
    'Rubio announces expanded US-Mexico security collaboration\n' +
    'Informan: ABC News · Associated Press · +31\n' +
    'Border diplomacy contradicts campaign promises as security needs trump politics\n' +
    'Temas: 🌍 Foreign Policy · 🏛️ Government\n' +
    '\n' +
    'Check what you read\n' +
    'Haz el cuestionario completo para dominar este tema y seguir tu progreso.\n' +
    'Buttons: [Empezar]\n' +
    '\n' +
    'Qué puedes hacer\n' +
    '  1. Contact border state representatives at 202-224-3121\n' +
    '  2. Track drug interdiction statistics at DEA.gov\n' +
    '  3. Write to the GAO\n' +
    'Seed 3: add --seed 3 to take this same draw again.\n' +
    '\n' +
    'Pregunta 1 de 5\n' +
    'Tiempo restante 5:00\n' +
    'Which forces does Mexico deploy?\n' +
    'Buttons: [Siguiente (unavailable)]\n' +
    'Your answer: \n' +
    'End of input: the attempt ends here.\n' +
    '\n' +
    'Tu resultado\n' +
    '0 % · 0 de 6,5 puntos\n' +
    'No aprobado\n' +
    'Worth another read.\n' +
    'Temas\n' +
    '  🌍 Foreign Policy: sin empezar (0 %)\n' +
    '  🏛️ Government: sin empezar (0 %)\n' +
    'Buttons: [Copiar resultado] [Qué puedes hacer] [Tu progreso] [Volver al artículo]\n' +
    '\n' +
    'Tus respuestas\n' +
    'Pregunta 1 · No es correcto · 0 de 1 punto\nWhich forces does Mexico deploy?\nTu respuesta: Sin respuesta\nThe National Guard.\n' +
    'Pregunta 2 · No es correcto · 0 de 1 punto\nHow many more sources than the two shown?\nTu respuesta: Sin respuesta\nThe card shows +31.\n' +
    'Pregunta 3 · No es correcto · 0 de 1,5 puntos\nWhich steps is Mexico taking?\nTu respuesta: Sin respuesta\n' +
    'Mexico deploys the National Guard and sets up joint groups.\n' +
    'Pregunta 4 · No es correcto · 0 de 1 punto\nMatch each tool with its use.\nTu respuesta: Sin respuesta\nDEA.gov has statistics; GAO analyses.\n' +
    'Pregunta 5 · No es correcto · 0 de 2 puntos\nWhich problems did the talks target?\nTu respuesta: Sin respuesta\n' +
    'The first paragraph names all three.\n');

  // Answered: 4 of 6.5 is 61.5 %, passed at the quiz's own mark (60 %, not the default 70 %).
  const answered = play(['National Guard', '31', '2', '2 1', '2'], { doc: everyField, args: ['--seed', '3'] });
  assert.equal(answered.status, 0, answered.stderr);
  const results = answered.stdout.indexOf('\nTu resultado\n');
  assert.doesNotMatch(answered.stdout.slice(0, results), anyMark, 'no marks before the results');
  assert.equal(answered.stdout.match(/^Pregunta \d de 5$/gm).length, 5);
  assert.equal(answered.stdout.match(/^Tiempo restante [45]:\d\d$/gm).length, 5);
  assert.ok(answered.stdout.slice(results).startsWith(
    '\nTu resultado\n' +
    '61,5 % · 4 de 6,5 puntos\n' +
    'Aprobado\n' +
    'Good grasp of the story.\n' +
    'Temas\n' +
    '  🌍 Foreign Policy: sin empezar → familiarizado\n' +
    '  🏛️ Government: sin empezar → familiarizado\n' +
    'Buttons: [Copiar resultado] [Qué puedes hacer] [Tu progreso] [Volver al artículo]\n' +  // no retry
    '\n' +
    'Tus respuestas\n' +
    'Pregunta 1 · Correcto · 1 de 1 punto\nWhich forces does Mexico deploy?\nTu respuesta: National Guard\nThe National Guard.\n' +
    'Pregunta 2 · Correcto · 1 de 1 punto\nHow many more sources than the two shown?\nTu respuesta: 31 sources\nThe card shows +31.\n' +
    'Pregunta 3 · No es correcto · 0 de 1,5 puntos\nWhich steps is Mexico taking?\nTu respuesta: Closing the border\n' +
    'Mexico deploys the National Guard and sets up joint groups.\n' +
    'Pregunta 4 · Correcto · 1 de 1 punto\nMatch each tool with its use.\nTu respuesta: DEA.gov → Statistics; gao.gov → Analysis\n' +
    'DEA.gov has statistics; GAO analyses.\n' +
    'Pregunta 5 · Parcialmente correcto · 1 de 2 puntos\nWhich problems did the talks target?\nTu respuesta: Only drug trafficking\n' +
    'The first paragraph names all three.\n'), answered.stdout.slice(results));

  // The same quiz with feedback after each answer: picks are marked, and what was missed is not
  // shown (show_solutions: false) during the quiz or in the review.
  const immediate = play(['Marines', '30', '3', '2 1', '2'],
    { doc: docWith(everyField, (d) => { d.quiz.feedback = 'immediate'; }), args: ['--seed', '3'] });
  assert.equal(immediate.status, 0, immediate.stderr);
  assert.ok(immediate.stdout.includes(
    'Which steps is Mexico taking?\n' +
    '  1. [ ] Deploying the National Guard\n' +
    '  2. [ ] Closing the border\n' +
    '  3. [x] Joint implementation groups (right)\n' +
    '       Yes.\n' +
    'Parcialmente correcto · 0,75 de 1,5 puntos\n' +
    'Mexico deploys the National Guard and sets up joint groups.\n' +
    'Buttons: [Siguiente]\n'));
  assert.ok(immediate.stdout.includes(
    'Which problems did the talks target?\n' +
    '  1. [ ] Drug trafficking, gun smuggling and fuel theft\n' +
    '  2. [x] Only drug trafficking (partly right)\n' +
    '       Half right.\n' +
    '  3. [ ] All of the above\n' +
    'Parcialmente correcto · 1 de 2 puntos\n' +
    'The first paragraph names all three.\n' +
    'Buttons: [Ver resultados]\n'));
  assert.ok(immediate.stdout.includes('Tu respuesta: Marines (wrong)\nNo es correcto · 0 de 1 punto\nThe National Guard.\n'));
  assert.ok(immediate.stdout.includes('\nTu resultado\n42,3 % · 2,75 de 6,5 puntos\nNo aprobado\n'));  // 42.31 cut
  for (const out of [r.stdout, answered.stdout, immediate.stdout]) {
    assert.doesNotMatch(out, unpickedRight);
    assert.equal(count(out, 'Respuesta correcta'), 0);
    assert.equal(count(out, 'Correct answer'), 0);
  }
});

test('play: once feedback shows, picks are marked and, where the quiz shows solutions, what was missed', () => {
  const r = play(mixed);
  assert.equal(r.status, 0, r.stderr);
  // a wrong single answer: the right choice, not picked, is marked; the marks are the solution
  assert.ok(r.stdout.includes(
    'Your answer (a number from 1 to 4): 2\n' +
    '\n' +
    'Question 2 of 10\n' +
    'Which US official met with Mexican officials on Sep. 3, 2025?\n' +
    '  1. [ ] The Secretary of State, Marco Rubio (right)\n' +
    '  2. [x] The Attorney General (wrong)\n' +
    '  3. [ ] The Secretary of Homeland Security\n' +
    '  4. [ ] The Secretary of Defense\n' +
    'Not quite · 0 of 1 point\n' +
    'The article opens with Secretary of State Marco Rubio meeting Mexican officials on Sep. 3, 2025.\n' +
    'Buttons: [Next]\n'));
  // one of two right choices picked: the other is marked right
  assert.ok(r.stdout.includes(
    '  1. [x] Deploying National Guard forces for border security operations and drug interdiction (right)\n' +
    '  2. [ ] Establishing high-level implementation groups for joint enforcement with American agencies (right)\n' +
    '  3. [ ] Closing its border crossings with the United States\n' +
    '  4. [ ] Suspending contacts with the State Department\n' +
    'Partly correct · 1 of 2 points\n'));
  assert.ok(r.stdout.includes(
    '  1. [x] True (wrong)\n' +
    '  2. [ ] False (right)\n' +
    'Not quite · 0 of 1 point\n' +
    'Not quite: the article says the channels continue functioning professionally.\n'));
  // a match marks each row, which does not say what was right: the solution follows
  assert.ok(r.stdout.includes(
    '  C. DEA.gov → Asking for an analysis of security cooperation effectiveness (wrong)\n' +
    '  D. gao.gov → Tracking drug interdiction statistics (wrong)\n' +
    'Partly correct · 1 of 2 points\n' +
    'Correct answer: FOIA requests → Monitoring State Department diplomatic communications; 202-224-3121 → Contacting ' +
    'border state representatives; DEA.gov → Tracking drug interdiction statistics; gao.gov → Asking for an analysis of ' +
    'security cooperation effectiveness\n'));
  assert.ok(r.stdout.includes('Your answer: Guardia Nacional (right)\nCorrect · 1 of 1 point\n'));
  assert.equal(count(r.stdout.slice(0, r.stdout.indexOf('\nYour result\n')), 'Correct answer: '), 1);
  // the review gives the solution of every question not fully right
  assert.deepEqual(reviewRows(r.stdout).map((row) => row.solution), [null, 'The Secretary of State, Marco Rubio', null,
    'Deploying National Guard forces for border security operations and drug interdiction; ' +
    'Establishing high-level implementation groups for joint enforcement with American agencies',
    'False', null, null,
    'FOIA requests → Monitoring State Department diplomatic communications; 202-224-3121 → Contacting border state ' +
    'representatives; DEA.gov → Tracking drug interdiction statistics; gao.gov → Asking for an analysis of security ' +
    'cooperation effectiveness',
    'Legitimate trade protection and law enforcement cooperation', null]);
  assert.ok(r.stdout.includes('\nYour result\n58.3% · 7 of 12 points\nNot passed\nWorth another read: the article has the answers.\n' +
    'Topics\n  🌍 Foreign Policy: not started → familiar\n  🏛️ Government: not started → familiar\n' + seedResultsButtons));
});

// q1 weighted (a 100, b 50), q6's answer 3.5, q5 (true_false, answer false), and an order
// question whose three items --seed 42 shows reversed.
function mixedTypesDoc() {
  return seedWith((d) => {
    const q = Object.fromEntries(d.quiz.questions.map((x) => [x.id, x]));
    q.q1.choices[0].weight = 100;
    q.q1.choices[1].weight = 50;
    q.q6.answer = 3.5;
    d.quiz.questions = [q.q1, q.q6, q.q5, {
      id: 'q11', type: 'order', topic: 'government', points: 3, prompt: 'Put these in the order the article tells them.',
      items: [{ id: 'i1', text: 'Rubio meets Mexican officials' }, { id: 'i2', text: 'Mexico deploys the National Guard' },
        { id: 'i3', text: 'Joint implementation groups are set up' }],
      explanation: 'The article tells the meeting first, then the deployment, then the groups.' }];
  });
}

test('play: a weighted choice is partly right, numbers are read as the widget reads them, 1 and 2 answer true or false, Enter keeps an order', () => {
  const r = play(['2', '1e5', '3,5', '2', '1 1 2', ''], { doc: mixedTypesDoc() });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes(
    'Your answer (a number from 1 to 3): 2\n' +
    '\n' +
    'Question 1 of 4\n' +
    'Which three problems did the Sep. 3 talks between Rubio and Mexican officials target?\n' +
    '  1. [ ] Drug trafficking, gun smuggling and fuel theft (right)\n' +
    '  2. [x] Tariffs, water rights and remittances (partly right)\n' +
    '       None of these is mentioned in the article.\n' +
    '  3. [ ] Human trafficking, cybercrime and money laundering\n' +
    'Partly correct · 0.5 of 1 point\n'), r.stdout.slice(0, 2000));
  assert.ok(r.stdout.includes(
    'Your answer (a number): 1e5\n' +
    'Please type a number, such as 3 or -2.5.\n' +
    'Your answer (a number): 3,5\n' +
    '\n' +
    'Question 2 of 4\n' +
    'On which day of September 2025 did Rubio meet with Mexican officials? Enter the day of the month.\n' +
    'Your answer: 3,5 (right)\n' +
    'Correct · 1 of 1 point\n'));
  assert.ok(r.stdout.includes('True or false (t/f): 2\n\nQuestion 3 of 4\n' +
    'True or false: according to the article, State Department diplomatic channels stopped working because of the political rhetoric.\n' +
    '  1. [ ] True\n  2. [x] False (right)\nCorrect · 1 of 1 point\n'));
  // the order as shown is an answer: Submit is open at once, and Enter submits it
  assert.ok(r.stdout.includes(
    'Question 4 of 4\n' +
    'Put these in the order the article tells them.\n' +
    'Drag the items, or use the arrows, to put them in order.\n' +
    '  1. Joint implementation groups are set up\n' +
    '  2. Mexico deploys the National Guard\n' +
    '  3. Rubio meets Mexican officials\n' +
    'Buttons: [Submit]\n' +
    'Your order (the 3 numbers, first to last; Enter keeps it as shown): 1 1 2\n' +
    'Please type each number from 1 to 3 once, in the right order.\n' +
    'Your order (the 3 numbers, first to last; Enter keeps it as shown): \n' +
    '\n' +
    'Question 4 of 4\n' +
    'Put these in the order the article tells them.\n' +
    '  1. Joint implementation groups are set up (wrong)\n' +
    '  2. Mexico deploys the National Guard (right)\n' +
    '  3. Rubio meets Mexican officials (wrong)\n' +
    'Partly correct · 1 of 3 points\n' +
    'Correct answer: Rubio meets Mexican officials → Mexico deploys the National Guard → Joint implementation groups are set up\n' +
    'The article tells the meeting first, then the deployment, then the groups.\n' +
    'Buttons: [See results]\n' +
    '\n' +
    'Your result\n' +
    '58.3% · 3.5 of 6 points\n' +
    'Not passed\n'));
  assert.equal(count(r.stdout, 'Please type'), 2);
  assert.deepEqual(reviewRows(r.stdout).map(({ verdict, score, max, answer, solution }) => [verdict, score, max, answer, solution]), [
    ['Partly correct', 0.5, 1, 'Tariffs, water rights and remittances', 'Drug trafficking, gun smuggling and fuel theft'],
    ['Correct', 1, 1, '3.5', null],
    ['Correct', 1, 1, 'False', null],
    ['Partly correct', 1, 3, 'Joint implementation groups are set up → Mexico deploys the National Guard → Rubio meets Mexican officials',
      'Rubio meets Mexican officials → Mexico deploys the National Guard → Joint implementation groups are set up']]);
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
  assert.equal(scored.percent, 700 / 12);
  assert.equal(Math.trunc(scored.percent * 10) / 10, 58.3, 'play shows the exact percent cut to one decimal');
  assert.ok(p.stdout.includes(`\nYour result\n58.3% · ${scored.score} of ${scored.max} points\n` +
    `${scored.passed ? 'Passed' : 'Not passed'}\n${scored.band}\n`), p.stdout.slice(-2500));
  const rows = reviewRows(p.stdout);
  assert.deepEqual(rows.map(({ score, max }) => ({ score, max })), scored.questions.map(({ score, max }) => ({ score, max })));
  assert.deepEqual(rows.map((row) => row.verdict),
    scored.questions.map((q) => (q.correct ? 'Correct' : q.score > 0 ? 'Partly correct' : 'Not quite')));
  assert.deepEqual(rows.map((row) => row.verdict),
    ['Correct', 'Not quite', 'Correct', 'Partly correct', 'Not quite', 'Correct', 'Correct', 'Partly correct',
      'Not quite', 'Correct']);
});

test('play: a document without a quiz shows its card', () => {
  const doc = seedWith((d) => { delete d.quiz; });
  const r = play([], { doc });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, seedCard + seedActions);
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
const civicCard =
  'September 4, 2025\n' +
  'How to follow up on US-Mexico security cooperation\n' +
  'Five public tools for checking what diplomats and agencies actually deliver\n' +
  'Topics: 🏛️ Government · 🗳️ Civics\n' + '\nTest your knowledge\n' + cta;
const reviewOffer = 'Type r for "Review 10 questions due", or press Enter for the article\'s quiz: ';

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
  assert.ok(r.stdout.startsWith(seedCard + quizCall +
    'Buttons: [Start quiz]\n' + seedActions + 'Seed 42: add --seed 42 to take this same draw again.\n\nQuestion 1 of 10\n'),
  'nothing is due: no review offered');
  assert.ok(r.stdout.includes('\nYour result\n100% · 12 of 12 points\nPassed\nYou know this story inside out.\nTopics\n' +
    '  🌍 Foreign Policy: not started → proficient\n  🏛️ Government: not started → proficient\n' + seedResultsButtons));
  assert.ok(r.stdout.endsWith(
    'Your answer: True\n' +
    'The article says cross-border security partnerships remain essential for US domestic issues including the fentanyl crisis and border enforcement.\n' +
    '\n' +
    'Your progress\n' +
    '1-day streak · Longest: 1 day\n' +
    '1 article, 1 quiz taken\n' +
    'Nothing is due for review today.\n' +
    'Topics\n' +
    '  🌍 Foreign Policy: proficient (100%)\n' +
    '  🏛️ Government: proficient (100%)\n' +
    'Recent scores: 100%\n' +
    'Buttons: [Back to results] [Back to the article] [Download my progress] [Delete my progress]\n' +
    '\n' +
    `Progress saved in ${file}.\n`), r.stdout.slice(-600));
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
  // the card knows the first attempt; the article's own cards are not offered as a review
  assert.ok(r.stdout.startsWith(seedCard + quizCall +
    'Your best: 12 of 12 (100%)\n' +
    'Buttons: [Retake] [Your progress]\n' + seedActions +
    'Seed 42: add --seed 42 to take this same draw again.\n\nQuestion 1 of 10\n'), r.stdout.slice(0, 800));
  assert.ok(r.stdout.includes('\nYour result\n58.3% · 7 of 12 points\nNot passed\nWorth another read: the article has the answers.\n' +
    'Topics\n  🌍 Foreign Policy: proficient → familiar\n  🏛️ Government: proficient → familiar\n' + seedResultsButtons));
  assert.ok(r.stdout.endsWith(
    '\nYour progress\n' +
    '2-day streak · Longest: 2 days\n' +
    '1 article, 2 quizzes taken\n' +
    'Nothing is due for review today.\n' +
    'Topics\n' +
    '  🌍 Foreign Policy: familiar (67%)\n' +
    '  🏛️ Government: familiar (25%)\n' +
    'Recent scores: 100%, 58%\n' +
    'Buttons: [Back to results] [Back to the article] [Download my progress] [Delete my progress]\n' +
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
  assert.ok(r.stdout.startsWith(civicCard +
    'Buttons: [Start quiz] [Review 10 questions due] [Your progress]\n' + civicActions +
    'Seed 7: add --seed 7 to take this same draw again.\n' +
    reviewOffer + 'r\n' +
    '\n' +
    'Review · Question 1 of 10\n' +
    'From: Rubio announces expanded US-Mexico security collaboration\n' +
    'Which US official met with Mexican officials on Sep. 3, 2025?\n'), r.stdout.slice(0, 1200));
  // each review question twice (to answer, then with its feedback)
  assert.equal(count(r.stdout, '\nFrom: Rubio announces expanded US-Mexico security collaboration\n'), 20);
  assert.equal(r.stdout.match(/^Review · Question \d+ of 10$/gm).length, 20);
  // A review draws the match's right column afresh on each run (its seed takes the clock): "1 1 1 1"
  // gives every row the same right, which is right for its own row only.
  const rights = ['Monitoring State Department diplomatic communications', 'Contacting border state representatives',
    'Tracking drug interdiction statistics', 'Asking for an analysis of security cooperation effectiveness'];
  const match = r.stdout.match(new RegExp(
    '^  A\\. FOIA requests → (.+) \\((right|wrong)\\)\n  B\\. 202-224-3121 → \\1 \\((right|wrong)\\)\n' +
    '  C\\. DEA\\.gov → \\1 \\((right|wrong)\\)\n  D\\. gao\\.gov → \\1 \\((right|wrong)\\)\n' +
    'Partly correct · 0\\.5 of 2 points\nCorrect answer: (.+)\n', 'm'));
  assert.ok(match, r.stdout);
  assert.deepEqual(match.slice(2, 6), rights.map((right) => (right === match[1] ? 'right' : 'wrong')));
  assert.ok(rights.includes(match[1]));
  assert.equal(match[6], ['FOIA requests', '202-224-3121', 'DEA.gov', 'gao.gov'].map((left, i) => `${left} → ${rights[i]}`).join('; '));
  // a review has no pass mark; its results offer the progress and the article
  const reviewResults = r.stdout.indexOf('\nReview finished\n');
  assert.ok(r.stdout.slice(reviewResults).startsWith(
    '\nReview finished\n' +
    '87.5% · 10.5 of 12 points\n' +
    'Topics\n' +
    '  🌍 Foreign Policy: familiar → mastered\n' +
    '  🏛️ Government: familiar → proficient\n' +
    'Buttons: [Your progress] [Back to the article]\n' +
    '\n' +
    'Your answers\n'), r.stdout.slice(reviewResults, reviewResults + 600));
  assert.deepEqual(reviewRows(r.stdout, reviewResults).map((row) => [row.verdict, row.score, row.max]), [
    ['Correct', 1, 1], ['Correct', 2, 2], ['Correct', 1, 1], ['Partly correct', 0.5, 2],
    ...Array(6).fill(['Correct', 1, 1])]);
  // then the article's quiz
  assert.ok(r.stdout.includes(
    'Your answer: True\n' +
    'The article says cross-border security partnerships remain essential for US domestic issues including the fentanyl crisis and border enforcement.\n' +
    '\n' +
    'Question 1 of 5\n' +
    'What does FOIA stand for?\n'));
  assert.ok(r.stdout.includes('\nYour result\n100% · 7 of 7 points\nPassed\nYou know these tools inside out.\n' +
    'Topics\n  🗳️ Civics: not started → proficient\n  🏛️ Government: proficient (75% → 86%)\n' +
    'Buttons: [Try again] [Copy result] [What you can do] [Your progress] [Back to the article]\n'));
  assert.deepEqual(reviewRows(r.stdout, r.stdout.indexOf('\nYour result\n')).map((row) => [row.verdict, row.score]),
    [['Correct', 1], ['Correct', 1], ['Correct', 1], ['Correct', 2], ['Correct', 2]]);
  assert.ok(r.stdout.endsWith(
    '\nYour progress\n' +
    '1-day streak · Longest: 1 day\n' +
    '2 articles, 2 quizzes taken\n' +
    'Nothing is due for review today.\n' +
    'Topics\n' +
    '  🗳️ Civics: proficient (100%)\n' +
    '  🌍 Foreign Policy: mastered (100%)\n' +
    '  🏛️ Government: proficient (86%)\n' +
    'Recent scores: 58%, 100%\n' +
    'Buttons: [Back to results] [Back to the article] [Download my progress] [Delete my progress]\n' +
    '\n' +
    `Progress saved in ${file}.\n`), r.stdout.slice(-600));

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
  assert.ok(declined.stdout.startsWith(civicCard +
    'Buttons: [Start quiz] [Review 10 questions due] [Your progress]\n' + civicActions +
    'Seed 7: add --seed 7 to take this same draw again.\n' +
    reviewOffer + 'maybe\n' +
    'Please type r, or press Enter.\n' +
    reviewOffer + '\n' +
    '\n' +
    'Question 1 of 5\n' +
    'What does FOIA stand for?\n'), declined.stdout.slice(0, 1200));
  assert.ok(!declined.stdout.includes('Review · Question') && !declined.stdout.includes('Review finished'));
  assert.ok(declined.stdout.includes('\nYour result\n100% · 7 of 7 points\nPassed\n'));
  assert.ok(declined.stdout.endsWith(
    '\nYour progress\n' +
    '1-day streak · Longest: 1 day\n' +
    '2 articles, 2 quizzes taken\n' +
    'Topics\n' +
    '  🗳️ Civics: proficient (100%)\n' +
    '  🏛️ Government: familiar (52%)\n' +
    '  🌍 Foreign Policy: familiar (45%)\n' +
    'Recent scores: 58%, 100%\n' +
    'Buttons: [Review 10 questions due] [Back to results] [Back to the article] [Download my progress] [Delete my progress]\n' +
    '\n' +
    `Progress saved in ${file}.\n`), declined.stdout.slice(-600));
  assert.deepEqual(cards(readStore(file)), before, 'cards not reviewed keep their memory');

  const cut = playKept(['r', '1'], file, day + 31, { doc: civicArticle, seed: '7' });
  assert.equal(cut.status, 0, cut.stderr);
  assert.ok(cut.stdout.includes(
    'Review · Question 2 of 10\n' +
    'From: Rubio announces expanded US-Mexico security collaboration\n' +
    'Which steps does the article say the Mexican government is taking? Select all that apply.\n' +
    '  1. [ ] Deploying National Guard forces for border security operations and drug interdiction\n' +
    '  2. [ ] Establishing high-level implementation groups for joint enforcement with American agencies\n' +
    '  3. [ ] Closing its border crossings with the United States\n' +
    '  4. [ ] Suspending contacts with the State Department\n' +
    'Buttons: [Submit (unavailable)]\n' +
    'Your answers (numbers from 1 to 4, separated by commas or spaces): \n' +
    'End of input: the attempt ends here.\n' +
    '\n' +
    'Review finished\n' +
    '8.3% · 1 of 12 points\n' +   // 8.33 cut
    'Topics\n' +
    '  🏛️ Government: familiar (50% → 64%)\n' +
    'Buttons: [Review 9 questions due] [Your progress] [Back to the article]\n' +
    '\n' +
    'Your answers\n'), cut.stdout);
  const rows = reviewRows(cut.stdout, cut.stdout.indexOf('\nReview finished\n'));
  assert.deepEqual(rows.map((row) => [row.verdict, row.score, row.answer]),
    [['Correct', 1, 'The Secretary of State, Marco Rubio'], ...Array(9).fill(['Not quite', 0, 'No answer'])]);
  // no quiz after the review
  assert.doesNotMatch(cut.stdout, /^Question \d+ of 5$/m);
  assert.ok(!cut.stdout.includes('\nYour result\n'));
  assert.ok(cut.stdout.endsWith(
    '\nYour progress\n' +
    '2-day streak · Longest: 2 days\n' +
    '2 articles, 2 quizzes taken\n' +
    'Topics\n' +
    '  🗳️ Civics: proficient (95%)\n' +
    '  🏛️ Government: familiar (64%)\n' +
    '  🌍 Foreign Policy: familiar (44%)\n' +
    'Recent scores: 58%, 100%\n' +
    'Buttons: [Review 9 questions due] [Back to the article] [Download my progress] [Delete my progress]\n' +
    '\n' +
    `Progress saved in ${file}.\n`), cut.stdout.slice(-600));
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
  assert.ok(r.stdout.includes('\nYour result\n100% · 12 of 12 points\nPassed\n'));
  assert.ok(r.stdout.endsWith('\nYour progress\n1-day streak · Longest: 1 day\n1 article, 1 quiz taken\n' +
    'Nothing is due for review today.\nTopics\n  🌍 Foreign Policy: proficient (100%)\n  🏛️ Government: proficient (100%)\n' +
    'Recent scores: 100%\nButtons: [Back to results] [Back to the article] [Download my progress] [Delete my progress]\n' +
    `\nThe damaged store is kept as ${truncated}.bak.\nProgress saved in ${truncated}.\n`), r.stdout.slice(-400));
  assert.deepEqual(readStore(truncated).articles.map((a) => [a.id, a.attempts.length]), [[seedId, 1]]);
  assert.deepEqual(fs.readFileSync(truncated + '.bak'), original, 'the damaged store, byte for byte');

  // The repaired store is whole: the next run keeps no copy, and the first copy stays.
  const again = playKept([], truncated, day + 1);
  assert.equal(again.status, 0, again.stderr);
  assert.ok(!again.stdout.includes('damaged'));
  assert.ok(again.stdout.endsWith('\nRecent scores: 100%, 0%\nButtons: [Back to results] [Back to the article] [Download my progress] [Delete my progress]\n' +
    `\nProgress saved in ${truncated}.\n`), again.stdout.slice(-300));
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
  // No input: play exits before reading any, and writing answers to a closed pipe would fail
  // the spawn (EPIPE). An empty stdout says the card was not even shown.
  const r = playKept([], file, day);
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
  const r = playKept([], missingDir, day);  // no input: see the test above
  assert.equal(r.status, 1);
  assert.equal(r.signal, null);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `${missingDir}: error: cannot create ${missingDir}.tmp: No such file or directory\n`);
  const folder = playKept([], dir, day);
  assert.equal(folder.status, 1);
  assert.equal(folder.stdout, '');
  assert.equal(folder.stderr, `${dir}: error: is not a regular file\n`);
  assert.deepEqual(fs.readdirSync(dir), []);
});

test('play --progress: a document without a quiz leaves the store alone', () => {
  const dir = emptyDir();
  const r = playKept([], path.join(dir, 'progress.json'), day, { doc: seedWith((d) => { delete d.quiz; }) });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, seedCard + seedActions);
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
  assert.match(help.stdout, /after the\n +results it shows the progress screen \(streak, topics, recent\n +scores\)\./);
  assert.match(help.stdout, /A damaged store is repaired and the damaged file kept as\n +FILE\.bak;/);
});
