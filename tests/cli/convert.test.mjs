// `newsquiz convert` through the real binary: stdout vs -o, exact stderr lines, exit codes 0/1/2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, fixture } from './run.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-convert-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name, content) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

const article = ['--id', 'capitals', '--headline', 'Capitals', '--date', '2025-09-03'];
const mcGift = write('mc.gift', 'What is the capital of France? {=Paris ~Lyon}\n');

test('--help prints the usage and every option, exit 0', () => {
  const r = run(['convert', '--help']);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^usage: newsquiz convert --from gift\|aiken\|moodle-xml\|opentdb IN \[-o OUT\.json\]/);
  for (const option of ['--from', '-o, --output', '--id', '--headline', '--date', '--lang', '--url', '--dek']) assert.ok(r.stdout.includes(`  ${option} `), option);
});

test('convert is listed by newsquiz --help', () => {
  const r = run(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /\n  convert --from gift\|aiken\|moodle-xml\|opentdb IN .* convert a GIFT, Aiken, Moodle XML or Open Trivia DB quiz/);
});

test('the document goes to stdout, and loads with validate', () => {
  const r = run(['convert', '--from', 'gift', mcGift, ...article]);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.deepEqual(JSON.parse(r.stdout), {
    format: 'newsquiz/1',
    article: { id: 'capitals', headline: 'Capitals', date: '2025-09-03' },
    quiz: { questions: [{ id: 'q1', type: 'single', prompt: 'What is the capital of France?',
      choices: [{ id: 'a', text: 'Paris', correct: true }, { id: 'b', text: 'Lyon' }] }] },
  });
  const out = write('stdout.json', r.stdout);
  assert.equal(run(['validate', out]).stdout, `${out}: ok\n`);
});

test('-o writes the same bytes to a file and prints nothing', () => {
  const out = path.join(tmp, 'out.json');
  const r = run(['convert', '--from', 'gift', mcGift, ...article, '-o', out]);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, '');
  assert.equal(fs.readFileSync(out, 'utf8'), run(['convert', '--from', 'gift', mcGift, ...article]).stdout);
});

test('- reads standard input', () => {
  const r = run(['convert', '--from', 'aiken', '-', ...article], { input: 'Q?\nA. yes\nB. no\nANSWER: A\n' });
  assert.equal(r.status, 0);
  assert.equal(JSON.parse(r.stdout).quiz.questions[0].choices[0].correct, true);
});

test('warnings name the input and the line, on stderr; the document is still written', () => {
  const file = write('warned.gift', '::T:: Name it. {=Paris#Yes ~Lyon}\n\nWrite an essay. {}\n\nShort? {=Paris#Well done}\n');
  const r = run(['convert', '--from', 'gift', file, ...article]);
  assert.equal(r.status, 0);
  assert.equal(r.stderr,
    `${file}:1:1: warning: question names are not shown in newsquiz: 1 name is left out\n` +
    `${file}:3:1: warning: an essay question ({}) is skipped: newsquiz scores its own questions\n` +
    `${file}:5:10: warning: the feedback of a text answer is left out: newsquiz shows none\n`);
  assert.equal(JSON.parse(r.stdout).quiz.questions.length, 2);
});

test('without the article flags: placeholders that validate, and a warning for each field', () => {
  const file = write('Capitals of Europe.gift', '$CATEGORY: $course$/top/Europe\n\nWhat is the capital of France? {=Paris ~Lyon}\n');
  const r = run(['convert', '--from', 'gift', file]);
  assert.equal(r.status, 0);
  assert.equal(r.stderr,
    `${file}: warning: /article/id: the article's id is "capitals-of-europe", made from the file name; give --id to choose it\n` +
    `${file}: warning: /article/headline: the headline is "Europe", taken from the first category; give --headline to write it\n` +
    `${file}: warning: /article/date: the date is a placeholder, 1970-01-01; give --date YYYY-MM-DD (or --date today)\n`);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(doc.article, { id: 'capitals-of-europe', headline: 'Europe', date: '1970-01-01',
    topics: [{ id: 'europe', label: 'Europe' }] });
  assert.equal(doc.quiz.questions[0].topic, 'europe');
});

test('--date today is the local date; --lang, --url and --dek are kept', () => {
  const r = run(['convert', '--from', 'gift', mcGift, '--id', 'a', '--headline', 'H', '--date', 'today', '--lang', 'es',
    '--url', 'https://example.org/a', '--dek', 'Sub']);
  assert.equal(r.status, 0);
  const doc = JSON.parse(r.stdout);
  const now = new Date();
  const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  assert.equal(doc.article.date, local);
  assert.equal(doc.lang, 'es');
  assert.equal(doc.article.url, 'https://example.org/a');
  assert.equal(doc.article.dek, 'Sub');
});

test('a GIFT syntax error: line and column, exit 1, nothing written', () => {
  const file = write('broken.gift', 'Fine? {T}\n\nWhat is 2+2?\n{=4 ~5\n');
  const out = path.join(tmp, 'never.json');
  const r = run(['convert', '--from', 'gift', file, ...article, '-o', out]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `${file}:4:1: error: '{' without '}' after it: the answers never end (write \\{ for a brace in the text)\n`);
  assert.equal(fs.existsSync(out), false);
});

test('malformed Aiken, Moodle XML and Open Trivia DB files: exit 1 with the line', () => {
  const cases = [
    ['aiken', 'tests/fixtures/import/aiken/unknown-answer.txt', ':5:1: error: expected ANSWER: followed by one letter from A to C, got "D"\n'],
    ['moodle-xml', 'tests/fixtures/import/moodle-xml/malformed.xml', ':5:5: error: the XML is malformed: Start-end tags mismatch\n'],
    ['opentdb', 'tests/fixtures/import/opentdb/malformed.json', ":3:55: error: the JSON is malformed: expected '}', got a string\n"],
  ];
  for (const [from, relative, tail] of cases) {
    const file = fixture(relative);
    const r = run(['convert', '--from', from, file, ...article]);
    assert.equal(r.status, 1, from);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, file + tail);
  }
});

test('binary, truncated and huge input: exit 1 and a clear message, no crash', () => {
  const binary = write('binary.gift', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  let r = run(['convert', '--from', 'gift', binary, ...article]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${binary}:3:1: error: a NUL byte: this is not a text file\n`);  // PNG's \r\n and \n end lines 1 and 2

  const latin1 = write('latin1.gift', Buffer.from('Caf\xe9? {T}\n', 'latin1'));
  r = run(['convert', '--from', 'gift', latin1, ...article]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${latin1}:1:4: error: a byte that is not UTF-8: save the file as UTF-8\n`);

  const xml = fs.readFileSync(fixture('tests/fixtures/import/moodle-xml/all-types.xml'), 'utf8');
  const truncated = write('truncated.xml', xml.slice(0, 1000));
  r = run(['convert', '--from', 'moodle-xml', truncated, ...article]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`^${truncated.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: the XML is malformed: `));
  assert.equal(r.signal, null);

  const huge = write('huge.gift', 'Q {T}\n\n'.repeat(400000));
  r = run(['convert', '--from', 'gift', huge, ...article]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${huge}: error: is larger than 2 MiB\n`);
});

test('a file that cannot be read: exit 1', () => {
  const missing = path.join(tmp, 'missing.gift');
  const r = run(['convert', '--from', 'gift', missing]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${missing}: error: cannot open the file\n`);
});

test('usage errors exit 2', () => {
  const cases = [
    [['convert'], 'newsquiz convert: --from and IN are required\n'],
    [['convert', mcGift], 'newsquiz convert: --from and IN are required\n'],
    [['convert', '--from', 'qti', mcGift], "newsquiz convert: --from takes gift, aiken, moodle-xml or opentdb, got 'qti'\n"],
    [['convert', '--from', 'gift', mcGift, '--colour', 'red'], "newsquiz convert: unknown or incomplete option '--colour'\n"],
    [['convert', '--from', 'gift', mcGift, '-o'], "newsquiz convert: unknown or incomplete option '-o'\n"],
    [['convert', '--from', 'gift', mcGift, mcGift], 'newsquiz convert: one IN only\n'],
    [['convert', '--from', 'gift', mcGift, '--date', '2025-02-30'],
      'newsquiz convert: --date 2025-02-30: expected a real calendar date as YYYY-MM-DD, got "2025-02-30"\n'],
    [['convert', '--from', 'gift', mcGift, '--id', 'Not An Id'],
      'newsquiz convert: --id Not An Id: expected lowercase letters a-z, digits and hyphens, starting with a letter or digit, at most 100 characters; got the string "Not An Id"\n'],
  ];
  for (const [args, message] of cases) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.ok(r.stderr.startsWith(message), `${args.join(' ')}:\n${r.stderr}`);
    assert.ok(r.stderr.endsWith('usage: newsquiz convert --from gift|aiken|moodle-xml|opentdb IN [-o OUT.json] [--id ID] [--headline TEXT] ' +
      '[--date YYYY-MM-DD|today] [--lang TAG] [--url URL] [--dek TEXT]\n'));
  }
});

test('a converted quiz scores through `newsquiz score` as GIFT says: 50 % is half', () => {
  const file = write('weights.gift', 'Which is best? {=best ~%50%good ~bad}\n');
  const doc = write('weights.json', run(['convert', '--from', 'gift', file, ...article]).stdout);
  const answers = write('answers.json', JSON.stringify({ answers: { q1: 'b' } }));
  const r = run(['score', doc, answers]);
  assert.equal(r.status, 0);
  assert.equal(JSON.parse(r.stdout).score, 0.5);
});
