// `newsquiz aggregate` through the real binary: the exact AGG.json of the 100-statement
// fixture, pages, exact stderr lines for malformed exports, exit codes 0/1/2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { run, fixture } from './run.mjs';

const validateXapi = createRequire(fixture('web/package.json'))('@learninglocker/xapi-validation').default;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-aggregate-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name, content) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

const statements100 = fixture('tests/fixtures/aggregate/statements-100.json');
const seedId = 'rubio-us-mexico-security-2025-09-03';
const civicId = 'civic-toolkit-us-mexico-security';

// 101 counts, one attempt at each whole percent given
function percents(...wholes) {
  const p = new Array(101).fill(0);
  for (const w of wholes) p[w] += 1;
  return p;
}

// What the fixture's plan gives (tests/unit-aggregate.cpp, fixture_statements), by hand.
const expected100 = {
  format: 'newsquiz-aggregates/1',
  statements: { read: 100, answers: 65, attempts: 10, duplicates: 5, without_id: 2, voided: 1, foreign: 3, without_result: 4, other_verbs: 10 },
  articles: {
    [civicId]: { attempts: 2, percents: percents(50, 100), questions: { q2: { responses: 6, right: 4 } } },
    [seedId]: {
      attempts: 8,
      percents: percents(0, 25, 50, 62, 75, 87, 91, 100),
      questions: { q1: { responses: 30, right: 21 }, q2: { responses: 29, right: 10 } },
    },
  },
};
const summary100 = 'aggregate: 100 statements read: 65 answers and 10 attempts counted; not counted: 5 duplicates, ' +
  '2 without an id, 1 voided, 3 about other activities than newsquiz questions and quizzes, ' +
  '4 without result.success or result.score, 10 of other verbs\n';

test('--help prints the usage, exit 0; aggregate is listed by newsquiz --help', () => {
  const r = run(['aggregate', '--help']);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^usage: newsquiz aggregate STATEMENTS\.json\.\.\. \[-o AGG\.json\]\n/);
  assert.ok(r.stdout.includes('at most 64 MiB'));
  assert.ok(r.stdout.includes('  -o, --output AGG.json '));
  const all = run(['--help']);
  assert.equal(all.status, 0);
  assert.match(all.stdout, /\n  aggregate STATEMENTS\.json\.\.\. \[-o AGG\.json\] +per-question shares of right answers/);
});

test('usage errors exit 2', () => {
  for (const args of [['aggregate'], ['aggregate', '--bogus', statements100], ['aggregate', statements100, '-o']]) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /\nusage: newsquiz aggregate STATEMENTS\.json\.\.\. \[-o AGG\.json\]\n$/);
  }
});

test('the fixture\'s 100 statements are valid xAPI (Learning Locker\'s validator)', () => {
  const { statements } = JSON.parse(fs.readFileSync(statements100, 'utf8'));
  assert.equal(statements.length, 100);
  for (const [i, s] of statements.entries()) assert.deepEqual(validateXapi(s).map((e) => `${e.path.join('.')}: ${e.message}`), [], `statement ${i}`);
});

test('the 100 statements give exactly the planned AGG.json, on stdout and with -o', () => {
  const r = run(['aggregate', statements100]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, summary100);
  // one line of compact JSON, members in the documented order
  assert.equal(r.stdout, JSON.stringify(expected100) + '\n');

  const out = path.join(tmp, 'agg.json');
  const o = run(['aggregate', statements100, '-o', out]);
  assert.equal(o.status, 0, o.stderr);
  assert.equal(o.stdout, '');
  assert.equal(o.stderr, summary100);
  assert.equal(fs.readFileSync(out, 'utf8'), r.stdout);
  assert.ok(!fs.existsSync(out + '.tmp'));
});

test('pages of an export, as an array and as an LRS response, overlapping, give the same figures', () => {
  const { statements } = JSON.parse(fs.readFileSync(statements100, 'utf8'));
  const first = write('page1.json', JSON.stringify(statements.slice(0, 60)));
  const second = write('page2.json', JSON.stringify({ statements: statements.slice(50), more: '/xapi/statements?more=p3' }));
  const r = run(['aggregate', first, second]);
  assert.equal(r.status, 0, r.stderr);
  const expected = structuredClone(expected100);
  expected.statements.read += 10;
  expected.statements.duplicates += 10;
  assert.equal(r.stdout, JSON.stringify(expected) + '\n');
  assert.equal(r.stderr.split('\n')[0],
    `${second}: warning: /more: the learning record store has more statements: fetch that link and pass its page too`);
});

test('an article reaches 30 responses: the share is there to show', () => {
  const q = 'https://news.example/newsquiz/art-1';
  const answers = Array.from({ length: 30 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    actor: { account: { homePage: 'https://news.example', name: `r${i}` } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
    object: { id: `${q}/q1` },
    context: { contextActivities: { parent: [{ id: q }] } },
    result: { success: i < 19 },
  }));
  const r = run(['aggregate', write('thirty.json', JSON.stringify(answers))]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).articles['art-1'].questions, { q1: { responses: 30, right: 19 } });
});

// Every malformed export of the unit suite, through the binary: exit 1, its errors as
// `FILE: error: POINTER: ...` lines in order, nothing on stdout, nothing written.
const invalidDir = fixture('tests/fixtures/aggregate/invalid-statements');
for (const name of fs.readdirSync(invalidDir).filter((f) => f.endsWith('.json')).sort()) {
  test(`malformed: ${name} exits 1 naming its pointer`, () => {
    const file = path.join(invalidDir, name);
    const out = path.join(tmp, `never-${name}`);
    const r = run(['aggregate', file, '-o', out]);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.signal, null);
    assert.equal(r.stdout, '');
    assert.ok(!fs.existsSync(out));
    const expect = fs.readFileSync(file.replace(/\.json$/, '.expect'), 'utf8').trim().split('\n');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, expect.length, r.stderr);
    expect.forEach((e, i) => {
      const pointer = e.split(' ')[2];
      assert.ok(lines[i].startsWith(`${file}: error: ${pointer}: `), `${lines[i]} names ${pointer}`);
    });
  });
}

test('malformed: the message says what was expected and what came', () => {
  const r = run(['aggregate', path.join(invalidDir, 'success-string.json')]);
  assert.equal(r.stderr, `${path.join(invalidDir, 'success-string.json')}: error: /statements/0/result/success: expected true or false, got the string "yes"\n`);
});

test('a file over 64 MiB is refused without reading it; a missing file is an error; both exit 1', () => {
  const big = path.join(tmp, 'big.json');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, 64 * 1024 * 1024 + 1);  // sparse: costs no disk
  const r = run(['aggregate', big]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${big}: error: is larger than 64 MiB\n`);
  const missing = path.join(tmp, 'missing.json');
  const m = run(['aggregate', missing]);
  assert.equal(m.status, 1);
  assert.equal(m.stderr, `${missing}: error: cannot open the file\n`);
});

test('a file with an error fails the run even when the other files are fine', () => {
  const bad = path.join(invalidDir, 'statement-not-object.json');
  const r = run(['aggregate', statements100, bad]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `${bad}: error: /0: expected a statement (an object), got the number 3\n`);
});

test('a flood of errors shows 20 per file and counts the rest', () => {
  const file = write('flood.json', `[${new Array(150).fill('1').join(',')}]`);
  const r = run(['aggregate', file]);
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 21);
  assert.equal(lines[19], `${file}: error: /19: expected a statement (an object), got the number 1`);
  assert.equal(lines[20], `${file}: error: and 130 more errors`);
});

test('an output that cannot be written exits 1', () => {
  const r = run(['aggregate', statements100, '-o', path.join(tmp, 'no-such-dir', 'agg.json')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no-such-dir\/agg\.json: error: cannot write the file\n$/);
});
