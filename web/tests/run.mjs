// Runs the browser suites (make test-web): two files at a time, each in its own
// `node --test`, bounded in time, its output printed whole when it ends.
//
//   node web/tests/run.mjs [file.test.mjs ...]     (default: every web/tests/*.test.mjs)
//
// A file that fails or runs out of time is run once more, alone, once the others are done:
// a failure that repeats fails the run; one that does not is named in the summary as
// flaky, with its first output kept above. Chromium on a loaded two-core machine can stall;
// a broken widget fails both times.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// --test-force-exit came in Node.js 20.14, and playwright-core needs 20: say so before anything runs.
const NODE_MIN = [20, 14];
const [major, minor] = process.versions.node.split('.').map(Number);
console.log(`[newsquiz] browser suites under Node.js ${process.version} (${process.execPath})`);
if (major < NODE_MIN[0] || (major === NODE_MIN[0] && minor < NODE_MIN[1])) {
  console.error(`[newsquiz] error: the browser suites need Node.js ${NODE_MIN.join('.')} or later, ` +
    `this is ${process.version}. Run them through make (make test-web): scripts/bootstrap.sh then ` +
    'installs a pinned Node.js into .deps/node and puts it first on PATH.');
  process.exit(1);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const FILE_MS = 8 * 60 * 1000;  // the longest (a11y) takes about 2 min, 4 on a loaded machine
const KILL_GRACE_MS = 30 * 1000;
const CONCURRENCY = 2;

const files = process.argv.length > 2
  ? process.argv.slice(2).map((f) => path.resolve(f))
  : fs.readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => path.join(here, f));

// One file in its own test runner: { file, ok, ms, output, counts }.
function runFile(file) {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--test', '--test-force-exit', `--test-timeout=${FILE_MS}`, file],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    // the runner's own --test-timeout should end it first; this is for a runner that hangs
    const guard = setTimeout(() => {
      output += `\n[newsquiz] ${path.basename(file)} still running after ${FILE_MS + KILL_GRACE_MS} ms: killed\n`;
      child.kill('SIGKILL');
    }, FILE_MS + KILL_GRACE_MS);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      const count = (name) => Number((output.match(new RegExp(`^# ${name} (\\d+)$`, 'm')) || [])[1] || 0);
      done({
        file, ok: code === 0 && !signal, ms: Date.now() - started, output,
        counts: { tests: count('tests'), pass: count('pass'), fail: count('fail'), cancelled: count('cancelled') },
      });
    });
  });
}

function print(result, attempt) {
  const name = path.basename(result.file);
  process.stdout.write(`\n[newsquiz] ${name}${attempt > 1 ? ' (second run)' : ''}\n${result.output}`);
}

async function runAll(list, concurrency) {
  const results = [];
  let next = 0;
  async function worker() {
    while (next < list.length) {
      const result = await runFile(list[next++]);
      print(result, 1);
      results.push(result);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, list.length) }, worker));
  return results;
}

const first = await runAll(files, CONCURRENCY);
const summary = [];
let failed = 0;
for (const file of files) {
  const r1 = first.find((r) => r.file === file);
  let line = `${path.basename(file)}: ${r1.counts.pass}/${r1.counts.tests} passed in ${(r1.ms / 1000).toFixed(1)} s`;
  if (!r1.ok) {
    const r2 = await runFile(file);
    print(r2, 2);
    line = `${path.basename(file)}: failed (${r1.counts.fail} failed, ${r1.counts.cancelled} cancelled), then ` +
      (r2.ok ? `passed alone, ${r2.counts.pass}/${r2.counts.tests}: FLAKY` : `failed again (${r2.counts.fail} failed): FAILED`);
    if (!r2.ok) failed++;
  }
  summary.push(line);
}
process.stdout.write(`\n[newsquiz] browser suites\n${summary.map((l) => `  ${l}`).join('\n')}\n`);
process.exit(failed ? 1 : 0);
