// run-check.mjs: the `fsrs-oracle` ctest. Generates FSRS reference values with ts-fsrs now,
// checks that the committed tests/fixtures/fsrs-reference.json is exactly that output,
// then has the native checker (argv[2]) replay them through core/fsrs.h.
//
//   node tests/fsrs-oracle/run-check.mjs build/native/tests/fsrs-oracle-check
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { format, generate } from './reference.mjs';

const checker = process.argv[2];
const fixture = new URL('../fixtures/fsrs-reference.json', import.meta.url);
const fresh = format(await generate());

let status = 0;
if (readFileSync(fixture, 'utf8') !== fresh) {
  console.error('[newsquiz] tests/fixtures/fsrs-reference.json differs from what ts-fsrs computes now; regenerate it with:\n' +
                '  node tests/fsrs-oracle/reference.mjs > tests/fixtures/fsrs-reference.json');
  status = 1;
}
const dir = mkdtempSync(path.join(tmpdir(), 'nq-fsrs-oracle-'));
try {
  const file = path.join(dir, 'reference.json');
  writeFileSync(file, fresh);
  const r = spawnSync(checker, [file], { encoding: 'utf8' });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  if (r.error || r.status !== 0) status = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
