// Builds web/dist/newsquiz.css, the stylesheet a publisher may link for the static fragment of
// `newsquiz html`: web/newsquiz.css minified by esbuild (pinned in web/package-lock.json), under
// a one-line banner. A warning (a rule esbuild cannot read) fails the build.
//
//   node scripts/build-css.mjs --in web/newsquiz.css --out web/dist/newsquiz.css --version 0.1.0
import fs from 'node:fs';
import { loadEsbuild } from './build-loader.mjs';

function fail(message) {
  console.error('[newsquiz] ' + message);
  process.exit(1);
}

const argv = process.argv.slice(2), named = {};
for (let i = 0; i < argv.length; i += 2) {
  if (!/^--(in|out|version)$/.test(argv[i]) || argv[i + 1] === undefined) {
    fail('usage: node scripts/build-css.mjs --in newsquiz.css --out dist/newsquiz.css --version X.Y.Z');
  }
  named[argv[i].slice(2)] = argv[i + 1];
}
for (const name of ['in', 'out', 'version']) if (!named[name]) fail('build-css.mjs needs --' + name);

const esbuild = loadEsbuild();
let result;
try {
  result = await esbuild.transform(fs.readFileSync(named.in, 'utf8'),
    { loader: 'css', minify: true, legalComments: 'none', charset: 'ascii', sourcefile: named.in });
} catch (e) {
  const lines = await esbuild.formatMessages(e.errors || [], { kind: 'error' });
  fail('esbuild could not read ' + named.in + ':\n' + (lines.join('') || e.message));
}
if (result.warnings.length) {
  const lines = await esbuild.formatMessages(result.warnings, { kind: 'warning' });
  fail('esbuild warned while minifying ' + named.in + ':\n' + lines.join(''));
}
fs.writeFileSync(named.out, '/* newsquiz ' + named.version + ': the static fragment of `newsquiz html` (MIT) */\n' + result.code);
