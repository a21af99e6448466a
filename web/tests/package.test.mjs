// npm-ready: the package publishes the dist files and a declaration file that type-checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { root } from './helpers.mjs';

const web = path.join(root, 'web');

test('npm pack would publish exactly the widget, its fonts, its iframe page, the static fragment\'s stylesheet and the declarations', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: web, encoding: 'utf8' }));
  assert.equal(pack.name, 'newsquiz');
  assert.deepEqual(pack.files.map((f) => f.path).sort(), [
    'dist/embed.html', 'dist/embed.js',
    'dist/newsquiz-inter-bold.otf', 'dist/newsquiz-inter-regular.otf', 'dist/newsquiz.css', 'dist/newsquiz.js', 'dist/newsquiz.wasm',
    'newsquiz.d.ts', 'package.json',
  ]);
});

test('newsquiz.d.ts type-checks a publisher\'s use of the API and events (tsc --strict)', () => {
  const tsc = path.join(web, 'node_modules/typescript/bin/tsc');
  const args = ['--noEmit', '--strict', '--target', 'es2020', '--lib', 'es2020,dom', '--module', 'es2020',
    '--moduleResolution', 'bundler', path.join(web, 'tests/types/usage.ts')];
  execFileSync(process.execPath, [tsc, ...args], { cwd: web, encoding: 'utf8' });
});
