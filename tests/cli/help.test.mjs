// Every command of the real binary: --help exits 0, usage errors exit 2, bad input exits 1.
// The commands are those `newsquiz --help` lists, so a command added later is held to the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, fixture } from './run.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-help-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const listing = run(['--help']);
const commands = [...listing.stdout.matchAll(/^ {2}(\S+) /gm)].map((m) => m[1]);

test('newsquiz --help lists every command with its usage, and exits 0', () => {
  assert.equal(listing.status, 0);
  assert.equal(listing.stderr, '');
  assert.match(listing.stdout, /^usage: newsquiz COMMAND \[ARGS\]\n/);
  for (const name of ['validate', 'score', 'convert', 'play', 'render']) assert.ok(commands.includes(name), name);
  assert.match(listing.stdout, /Exit codes: 0 done, 1 bad input \(a document, a file that cannot be read\), 2 usage\.\n$/);
  assert.deepEqual(run(['-h']), listing);
  assert.deepEqual(run(['help']), listing);
});

test('newsquiz alone, or an unknown command, prints the list to stderr and exits 2', () => {
  for (const args of [[], ['frobnicate'], ['help', 'frobnicate']]) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.ok(r.stderr.includes(listing.stdout), args.join(' '));
  }
  assert.match(run(['frobnicate']).stderr, /^newsquiz: unknown command 'frobnicate'\n/);
});

for (const name of commands) {
  test(`${name} --help and -h print its usage to stdout and exit 0, as help ${name} does`, () => {
    const r = run([name, '--help']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.ok(r.stdout.startsWith(`usage: newsquiz ${name}`), r.stdout);
    assert.ok(r.stdout.split('\n').length > 4, 'more than the usage line');
    assert.deepEqual(run([name, '-h']), r);
    assert.deepEqual(run(['help', name]), r);
  });

  test(`${name} with an unknown option, or no arguments, is a usage error: exit 2, nothing on stdout`, () => {
    for (const args of [[name, '--no-such-option'], [name]]) {
      const r = run(args, { input: '' });
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, new RegExp(`^newsquiz ${name}: .+\\nusage: newsquiz ${name}`), r.stderr);
    }
  });
}

// Bad input is 1 for every command that reads a document.
const missing = path.join(tmp, 'missing.json');
const notJson = path.join(tmp, 'not-json.json');
fs.writeFileSync(notJson, '{"format": ');
const seed = fixture('assets/articles/rubio-us-mexico-security.json');
const answers = fixture('tests/fixtures/answers/rubio-all-right.json');
const badInput = {
  validate: [['validate', missing], ['validate', notJson]],
  score: [['score', missing, answers], ['score', notJson, answers], ['score', seed, missing]],
  convert: [['convert', '--from', 'gift', missing]],
  render: [['render', missing, '--screen', 'article', '--width', '400', '-o', path.join(tmp, 'out.png')],
    ['render', notJson, '--screen', 'article', '--width', '400', '-o', path.join(tmp, 'out.png')]],
};
for (const [name, runs] of Object.entries(badInput)) {
  test(`${name} exits 1 on a file that is missing or not a document`, () => {
    for (const args of runs) {
      const r = run(args);
      assert.equal(r.status, 1, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.notEqual(r.stdout + r.stderr, '');
    }
  });
}

test('score: a document and answers in UTF-8 give UTF-8 out, exit 0', () => {
  const doc = path.join(tmp, 'pregunta-ñ.json');
  fs.writeFileSync(doc, JSON.stringify({
    format: 'newsquiz/1', lang: 'es', article: { id: 'a', headline: '¿Qué?', date: '2025-09-03' },
    quiz: { questions: [{ id: 'pregunta-é', type: 'text', prompt: '¿Dónde?', accept: ['Bogotá'] }],
      results: [{ min_percent: 0, message: 'Sigue leyendo 📰' }] },
  }));
  const given = path.join(tmp, 'respuestas-ñ.json');
  fs.writeFileSync(given, JSON.stringify({ answers: { 'pregunta-é': 'bogota' } }));
  const r = run(['score', doc, given]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '{"article":"a","score":1,"max":1,"percent":100,"passed":true,"band":"Sigue leyendo 📰",' +
    '"questions":[{"id":"pregunta-é","score":1,"max":1,"correct":true,"answered":true}]}\n');
  const wrong = path.join(tmp, 'respuestas-mal.json');
  fs.writeFileSync(wrong, JSON.stringify({ answers: { 'pregunta-ó': 'x' } }));
  const bad = run(['score', doc, wrong]);
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr, `${wrong}: error: /answers/pregunta-ó: names no question of the document\n`);
});
