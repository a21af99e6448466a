// `newsquiz validate FILE...` through the real binary: exact lines, exact exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, fixture } from './run.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-validate-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name, content) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

const minimal = '{"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03"}}';
const invalidDir = fixture('tests/fixtures/invalid');
const validDir = fixture('tests/fixtures/valid');

test('a valid document prints ok and exits 0', () => {
  const file = path.join(validDir, 'single.json');
  const r = run(['validate', file]);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, `${file}: ok\n`);
  assert.equal(r.stderr, '');
});

test('the seed articles and every valid fixture are ok in one run', () => {
  const files = [
    ...fs.readdirSync(fixture('assets/articles')).filter((f) => f.endsWith('.json')).map((f) => fixture(`assets/articles/${f}`)),
    ...fs.readdirSync(validDir).filter((f) => f.endsWith('.json')).map((f) => path.join(validDir, f)),
  ];
  assert.ok(files.length >= 12);
  const r = run(['validate', ...files]);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, files.map((f) => `${f}: ok\n`).join(''));
});

test('warnings are printed and the document is still ok', () => {
  const file = write('warned.json', minimal.replace('{"format"', '{"theme": "dark", "format"'));
  const r = run(['validate', file]);
  assert.equal(r.status, 0);
  assert.equal(r.stdout,
    `${file}: warning: /theme: expected a field of a newsquiz/1 document, got "theme"; it is ignored\n` +
    `${file}: ok\n`);
});

test('an invalid document prints every error, in document order, and exits 1', () => {
  const file = path.join(invalidDir, 'several-errors.json');
  const r = run(['validate', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, [
    '/article/headline: missing; expected a string',
    '/article/id: expected lowercase letters a-z, digits and hyphens, starting with a letter or digit, at most 100 characters; got the string "Rubio"',
    '/article/date: expected a real calendar date as YYYY-MM-DD, got "2025-9-3"',
    '/quiz/questions/1/points: expected a number > 0, got 0',
    '/quiz/questions/3/answer: expected a number, got the string "three"',
    '/actions/0/text: missing; expected a string',
  ].map((line) => `${file}: error: ${line}\n`).join(''));
});

test('a syntax error gives its line and column', () => {
  const file = path.join(invalidDir, 'syntax-trailing-comma.json');
  const r = run(['validate', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, `${file}: error: /article: line 5, column 3: expected a member name in double quotes, got '}'\n`);
});

test('an error about the whole document prints (document) as its pointer', () => {
  const file = write('array.json', '[]');
  const r = run(['validate', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, `${file}: error: (document): expected an object, got an array\n`);
});

test('a missing file is an invalid input, not a usage error', () => {
  const file = path.join(tmp, 'does-not-exist.json');
  const r = run(['validate', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, `${file}: error: (document): cannot open the file\n`);
});

test('a file over 2 MiB is refused, one of exactly 2 MiB is read', () => {
  const exact = write('exact.json', minimal + ' '.repeat(2 * 1024 * 1024 - minimal.length));
  assert.equal(fs.statSync(exact).size, 2097152);
  const big = write('big.json', minimal + ' '.repeat(2 * 1024 * 1024 - minimal.length + 1));
  const r = run(['validate', exact, big]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, `${exact}: ok\n${big}: error: (document): is larger than 2 MiB\n`);
});

test('mixed arguments: each file in turn, exit 1 when any is invalid', () => {
  const valid = path.join(validDir, 'match.json');
  const invalid = path.join(invalidDir, 'format-newsquiz-2.json');
  const missing = path.join(tmp, 'missing.json');
  const bad = write('bad-utf8.json', Buffer.from('{"format": "newsquiz/1", "article": {"headline": "M\xe9xico"}}', 'latin1'));
  const r = run(['validate', valid, invalid, missing, bad, valid]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout,
    `${valid}: ok\n` +
    `${invalid}: error: /format: expected "newsquiz/1", got "newsquiz/2": this reader knows version 1 only\n` +
    `${missing}: error: (document): cannot open the file\n` +
    `${bad}: error: /article/headline: line 1, column 52: expected UTF-8 text, got a byte sequence that is not UTF-8, starting with 0xE9\n` +
    `${valid}: ok\n`);
});

test('every invalid fixture prints the diagnostics beside it, in one run', () => {
  const names = fs.readdirSync(invalidDir).filter((f) => f.endsWith('.json')).sort();
  assert.ok(names.length >= 70);
  const files = names.map((name) => path.join(invalidDir, name));
  const r = run(['validate', ...files]);
  assert.equal(r.status, 1);
  const lines = r.stdout.split('\n').slice(0, -1);
  let at = 0;
  for (const file of files) {
    const expected = fs.readFileSync(file.replace(/\.json$/, '.expect'), 'utf8').split('\n').filter(Boolean);
    for (const want of expected) {
      const [, severity, , pointer, place] = want.match(/^(\w+) (\w+) (\S+)(?: @(\d+:\d+))?$/);
      const line = lines[at++] ?? '';
      const location = place ? `line ${place.split(':')[0]}, column ${place.split(':')[1]}: ` : '';
      assert.ok(line.startsWith(`${file}: ${severity}: ${pointer}: ${location}`), `${want}\n  got: ${line}`);
    }
  }
  assert.equal(at, lines.length, 'no line beyond the expected ones, and no "ok"');
});

test('usage errors exit 2', () => {
  const none = run(['validate']);
  assert.equal(none.status, 2);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /usage: newsquiz validate FILE\.\.\./);
  const option = run(['validate', '--strict', path.join(validDir, 'single.json')]);
  assert.equal(option.status, 2);
  assert.equal(option.stdout, '');
  assert.match(option.stderr, /unknown option --strict/);
});
