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
  assert.equal(r.stdout, files.map((f) => `${f}: ok\n`).join('') + `${files.length} files: ${files.length} ok, 0 invalid; 0 errors, 0 warnings\n`);
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
  assert.equal(r.stdout, `${exact}: ok\n${big}: error: (document): is larger than 2 MiB\n2 files: 1 ok, 1 invalid; 1 error, 0 warnings\n`);
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
    `${valid}: ok\n` +
    '5 files: 2 ok, 3 invalid; 3 errors, 0 warnings\n');
});

test('every invalid fixture prints the diagnostics beside it, in one run', () => {
  const names = fs.readdirSync(invalidDir).filter((f) => f.endsWith('.json')).sort();
  assert.ok(names.length >= 70);
  const files = names.map((name) => path.join(invalidDir, name));
  const r = run(['validate', ...files]);
  assert.equal(r.status, 1);
  const lines = r.stdout.split('\n').slice(0, -1);
  const summary = lines.pop();
  let at = 0, errors = 0, warnings = 0;
  for (const file of files) {
    const expected = fs.readFileSync(file.replace(/\.json$/, '.expect'), 'utf8').split('\n').filter(Boolean);
    for (const want of expected) {
      const [, severity, , pointer, place] = want.match(/^(\w+) (\w+) (\S+)(?: @(\d+:\d+))?$/);
      const line = lines[at++] ?? '';
      const location = place ? `line ${place.split(':')[0]}, column ${place.split(':')[1]}: ` : '';
      assert.ok(line.startsWith(`${file}: ${severity}: ${pointer}: ${location}`), `${want}\n  got: ${line}`);
      severity === 'error' ? errors++ : warnings++;
    }
  }
  assert.equal(at, lines.length, 'no line beyond the expected ones, and no "ok"');
  assert.equal(summary, `${files.length} files: 0 ok, ${files.length} invalid; ${errors} errors, ${warnings} warnings`);
});

test('usage errors exit 2', () => {
  const none = run(['validate']);
  assert.equal(none.status, 2);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /^newsquiz validate: no PATH given\nusage: newsquiz validate \[--json\] PATH\.\.\.\n$/);
  const option = run(['validate', '--strict', path.join(validDir, 'single.json')]);
  assert.equal(option.status, 2);
  assert.equal(option.stdout, '');
  assert.match(option.stderr, /unknown option --strict/);
});

// [SECTION] Folders
// A folder tree: documents at several depths, files that are not .json, hidden names.
function tree(name, files) {
  const root = path.join(tmp, name);
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

const warned = minimal.replace('{"format"', '{"theme": "dark", "format"');

test('a folder stands for every .json file under it, in order of their paths, then a summary', () => {
  const root = tree('site', {
    'b.json': minimal,
    'a/z.json': warned,
    'a/b/deep.json': '[]',
    'a.json': minimal,
    'notes.txt': 'not a document',
    'quiz.JSON.bak': '{',
    '.hidden.json': '{',
    '.cache/cached.json': '{',
    'a/.git/x.json': '{',
  });
  const r = run(['validate', root]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout,
    `${root}/a.json: ok\n` +
    `${root}/a/b/deep.json: error: (document): expected an object, got an array\n` +
    `${root}/a/z.json: warning: /theme: expected a field of a newsquiz/1 document, got "theme"; it is ignored\n` +
    `${root}/a/z.json: ok\n` +
    `${root}/b.json: ok\n` +
    '4 files: 3 ok, 1 invalid; 1 error, 1 warning\n');
});

test('folders and files mix; a folder of valid documents exits 0, with its summary even for one file', () => {
  const root = tree('one', { 'only.json': minimal });
  const single = path.join(validDir, 'single.json');
  const alone = run(['validate', root]);
  assert.equal(alone.status, 0);
  assert.equal(alone.stdout, `${root}/only.json: ok\n1 file: 1 ok, 0 invalid; 0 errors, 0 warnings\n`);
  const mixed = run(['validate', single, `${root}/`, validDir]);
  assert.equal(mixed.status, 0);
  const valid = fs.readdirSync(validDir).filter((f) => f.endsWith('.json')).sort().map((f) => `${validDir}/${f}: ok\n`);
  assert.equal(mixed.stdout, `${single}: ok\n${root}/only.json: ok\n${valid.join('')}` +
    `${valid.length + 2} files: ${valid.length + 2} ok, 0 invalid; 0 errors, 0 warnings\n`);
});

test('a folder with no .json file is an error of its own', () => {
  const root = tree('empty', { 'readme.txt': 'nothing here' });
  const r = run(['validate', root]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, `${root}: error: (document): holds no .json file\n1 file: 0 ok, 1 invalid; 1 error, 0 warnings\n`);
});

test('a symbolic link to a file is followed, one to a folder is not entered', () => {
  const root = tree('links', { 'real.json': minimal, 'elsewhere/other.json': '[]' });
  fs.symlinkSync(path.join(root, 'real.json'), path.join(root, 'link.json'));
  fs.symlinkSync(path.join(root, 'elsewhere'), path.join(root, 'loop'));
  fs.symlinkSync(root, path.join(root, 'elsewhere', 'back'));
  const r = run(['validate', root]);
  assert.equal(r.stdout,
    `${root}/elsewhere/other.json: error: (document): expected an object, got an array\n` +
    `${root}/link.json: ok\n${root}/real.json: ok\n3 files: 2 ok, 1 invalid; 1 error, 0 warnings\n`);
});

test('file and folder names in UTF-8 are printed as they are', () => {
  const root = tree('noticias', { 'México/¿quién?.json': minimal, 'México/日本語.json': warned, 'Ελλάδα.json': '{' });
  const r = run(['validate', root]);
  assert.equal(r.stdout,
    `${root}/México/¿quién?.json: ok\n` +
    `${root}/México/日本語.json: warning: /theme: expected a field of a newsquiz/1 document, got "theme"; it is ignored\n` +
    `${root}/México/日本語.json: ok\n` +
    `${root}/Ελλάδα.json: error: (document): line 1, column 2: expected a member name in double quotes, got the end of the text\n` +
    '3 files: 2 ok, 1 invalid; 1 error, 1 warning\n');
  const json = JSON.parse(run(['validate', '--json', root]).stdout);
  assert.deepEqual(json.files.map((f) => f.path), [`${root}/México/¿quién?.json`, `${root}/México/日本語.json`, `${root}/Ελλάδα.json`]);
});

// [SECTION] --json
test('--json: one line of JSON with every diagnostic, its place in the file, and a summary', () => {
  const root = tree('json', {
    'a-ok.json': '{\n  "theme": "dark",\n  "format": "newsquiz/1",\n  "article": {"id": "a", "headline": "H", "date": "2025-09-03"}\n}\n',
    'b-bad.json': '{"format": "newsquiz/1",\n "article": {"id": "A", "date": "2025-02-30",\n   "héadline": "Ñ"}}',
    'c-syntax.json': '{"format": "newsquiz/1",\n "article": }',
  });
  const missing = path.join(tmp, 'json-missing.json');
  const r = run(['validate', '--json', root, missing]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^\{"files":\[.*\],"summary":\{[^{}]*\}\}\n$/);
  assert.equal(r.stdout.split('\n').length, 2, 'one line');
  const d = (severity, code, pointer, line, column, message) => ({ severity, code, pointer, line, column, message });
  assert.deepEqual(JSON.parse(r.stdout), {
    files: [
      { path: `${root}/a-ok.json`, ok: true, errors: 0, warnings: 1, diagnostics: [
        d('warning', 'unknown_field', '/theme', 2, 3, 'expected a field of a newsquiz/1 document, got "theme"; it is ignored')] },
      { path: `${root}/b-bad.json`, ok: false, errors: 3, warnings: 1, diagnostics: [
        d('error', 'missing_field', '/article/headline', 2, 2, 'missing; expected a string'),
        d('error', 'invalid_id', '/article/id', 2, 14, 'expected lowercase letters a-z, digits and hyphens, starting with a letter or digit, at most 100 characters; got the string "A"'),
        d('error', 'invalid_date', '/article/date', 2, 25, 'expected a real calendar date as YYYY-MM-DD, got "2025-02-30"'),
        d('warning', 'unknown_field', '/article/héadline', 3, 4, 'expected a field of an article, got "héadline"; it is ignored')] },
      { path: `${root}/c-syntax.json`, ok: false, errors: 1, warnings: 0, diagnostics: [
        d('error', 'json_syntax', '/article', 2, 13, "expected a value, got '}'")] },
      { path: missing, ok: false, errors: 1, warnings: 0, diagnostics: [
        d('error', 'cannot_read', '', null, null, 'cannot open the file')] },
    ],
    summary: { files: 4, ok: 1, invalid: 3, errors: 5, warnings: 2 },
  });
});

test('--json: a file over 2 MiB is too_large, a folder without documents no_documents', () => {
  const big = write('json-big.json', minimal + ' '.repeat(2 * 1024 * 1024));
  const empty = tree('json-empty', {});
  fs.mkdirSync(empty, { recursive: true });
  const r = run(['validate', big, empty, '--json']);
  assert.equal(r.status, 1);
  assert.deepEqual(JSON.parse(r.stdout).files, [
    { path: big, ok: false, errors: 1, warnings: 0, diagnostics: [
      { severity: 'error', code: 'too_large', pointer: '', line: null, column: null, message: 'is larger than 2 MiB' }] },
    { path: empty, ok: false, errors: 1, warnings: 0, diagnostics: [
      { severity: 'error', code: 'no_documents', pointer: '', line: null, column: null, message: 'holds no .json file' }] },
  ]);
});

test('--json: a repeated member is placed at its repeat, an array element at its value, a BOM takes no column', () => {
  const file = write('json-places.json',
    '\ufeff{"format": "newsquiz/1", "format": "newsquiz/1",\n' +
    '"article": {"id": "a", "headline": "H", "date": "2025-09-03", "body": ["x", 5, "y"]},\n' +
    '"quiz": {"questions": [{"id": "q1", "type": "single", "prompt": "P", "choices": [\n' +
    '  {"id": "a", "text": "A"},\n  {"id": "b", "text": "B"}]}]}}');
  const r = run(['validate', '--json', file]);
  const places = JSON.parse(r.stdout).files[0].diagnostics.map((x) => [x.code, x.pointer, x.line, x.column]);
  assert.deepEqual(places, [
    ['duplicate_key', '/format', 1, 26],
    ['wrong_type', '/article/body/1', 2, 77],
    ['no_correct_answer', '/quiz/questions/0/choices', 3, 70],
  ]);
});

test('--json: every diagnostic of every invalid fixture has a place that holds the value it names', () => {
  const names = fs.readdirSync(invalidDir).filter((f) => f.endsWith('.json')).sort();
  const r = run(['validate', '--json', invalidDir]);
  const report = JSON.parse(r.stdout);
  assert.equal(report.files.length, names.length);
  let checked = 0;
  for (const f of report.files) {
    const lines = fs.readFileSync(f.path, 'utf8').replace(/^\ufeff/, '').split('\n');
    for (const x of f.diagnostics) {
      assert.ok(Number.isInteger(x.line) && x.line >= 1 && Number.isInteger(x.column) && x.column >= 1, `${f.path} ${x.pointer}`);
      if (x.code === 'json_syntax' || x.code === 'invalid_utf8' || x.code === 'out_of_range' && /@/.test(fs.readFileSync(f.path.replace(/json$/, 'expect'), 'utf8'))) continue;
      // The text there is the member's name (or, for an element or the document, a value;
      // for a missing member, its object or the member holding it).
      const at = [...lines[x.line - 1]].slice(x.column - 1).join('');
      const last = x.pointer.split('/').pop().replace(/~1/g, '/').replace(/~0/g, '~');
      const ok = x.pointer === '' ? /^[[{"]/.test(at)
        : x.code === 'missing_field' ? /^[{"]/.test(at)
        : /^\d+$/.test(last) && !at.startsWith(`"${last}"`) ? /^[[{"\d\-tfn]/.test(at)
        : at.startsWith(JSON.stringify(last));
      assert.ok(ok, `${path.basename(f.path)}: ${x.pointer} at ${x.line}:${x.column} is "${at.slice(0, 30)}"`);
      checked++;
    }
  }
  assert.ok(checked >= 150, `${checked} places checked`);
});

test('--json: a file name that is not UTF-8 still gives valid JSON (U+FFFD in its place)', () => {
  const dir = path.join(tmp, 'latin1');
  fs.mkdirSync(dir);
  fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/M`), Buffer.from([0xe9]), Buffer.from('xico.json')]), minimal);
  const r = run(['validate', '--json', dir]);
  assert.equal(r.status, 0);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.files.map((f) => [f.path, f.ok]), [[`${dir}/M\ufffdxico.json`, true]]);
});
