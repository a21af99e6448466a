// Runs the real `newsquiz` binary (NEWSQUIZ, set by ctest) with arguments and optional stdin.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const sourceDir = process.env.NQ_SOURCE_DIR || path.resolve(import.meta.dirname, '../..');
const binary = process.env.NEWSQUIZ || path.join(sourceDir, 'build/native/newsquiz');

export function fixture(relative) { return path.join(sourceDir, relative); }

export function run(args, { input = '', env = {} } = {}) {
  const r = spawnSync(binary, args, { input, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30000 });
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
