// The examples of docs/*.md run through the real binary, so the docs say what newsquiz does.
//
// In a doc, a fenced block whose info string names a file (```json budget.json, ```gift
// capitals.gift) is that file; a ```console block holds commands (`$ newsquiz ...`), each
// followed by what it prints (standard output, then standard error). Every command of a doc
// runs in a folder holding that doc's files, in the order written, and must print exactly that.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixture } from './run.mjs';

const binary = process.env.NEWSQUIZ || fixture('build/native/newsquiz');
const docsDir = fixture('docs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-docs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

// Every fenced block: its info string and its text.
function blocks(markdown) {
  const out = [];
  const fence = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
  for (let m; (m = fence.exec(markdown));) out.push({ info: m[1].trim(), text: m[2] });
  return out;
}

// "$ newsquiz validate a.json" -> ["validate", "a.json"]; quotes group words.
function words(line) {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function commands(text) {
  const out = [];
  for (const line of text.split('\n').slice(0, -1)) {
    if (line.startsWith('$ ')) out.push({ line, args: words(line.slice(2)), expected: '' });
    else if (out.length) out[out.length - 1].expected += `${line}\n`;
    else throw new Error(`output before any command: ${line}`);
  }
  return out;
}

const docs = fs.readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort();

test('the docs hold examples to run', () => {
  for (const name of ['format.md', 'authoring.md']) assert.ok(docs.includes(name), name);
  const all = docs.flatMap((name) => blocks(fs.readFileSync(path.join(docsDir, name), 'utf8')));
  assert.ok(all.filter((b) => b.info === 'console').length >= 8);
});

for (const name of docs) {
  const found = blocks(fs.readFileSync(path.join(docsDir, name), 'utf8'));
  const runs = found.filter((b) => b.info === 'console').flatMap((b) => commands(b.text));
  if (!runs.length) continue;
  test(`${name}: every command prints what the doc says`, () => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(dir);
    for (const b of found) {
      const [kind, file] = b.info.split(/\s+/);
      if (file && kind !== 'console') fs.writeFileSync(path.join(dir, file), b.text);
    }
    for (const c of runs) {
      assert.equal(c.args[0], 'newsquiz', c.line);
      const r = spawnSync(binary, c.args.slice(1), { cwd: dir, encoding: 'utf8', timeout: 30000 });
      assert.equal(r.stdout + r.stderr, c.expected, c.line);
    }
  });
}
