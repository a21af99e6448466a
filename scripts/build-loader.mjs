// Builds web/dist/newsquiz.js with esbuild (pinned in web/package-lock.json): web/src/loader.js
// and the ES modules it imports, its CSS (minified, as one string) and Emscripten's glue, in
// one minified IIFE whose only global is NewsQuiz.
//
//   node scripts/build-loader.mjs --glue build/wasm/web/newsquiz.js --out web/dist/newsquiz.js --version 0.1.0
//
// What the build provides to web/src: the module 'newsquiz:glue' (Emscripten's glue, its
// default export the factory of the module), each .css file as its text (default export), the
// constant NEWSQUIZ_VERSION and NEWSQUIZ_WORDS: the JSON text of { en: {name: words}, es, fr, de },
// the entries of core/words.h the loader says itself (LOADER_WORDS), for when the module is not
// there to say them.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
export const entry = path.join(web, 'src/loader.js');
export const GLUE = 'newsquiz:glue';  // the name web/src imports Emscripten's glue by

// The entries of core/words.h's table the loader needs: its error card, and what it tells the
// reader about storage. Every other word comes from the module at run time.
export const LOADER_WORDS = ['error_title', 'error_load', 'retry', 'progress_unsaved'];

// { en: {name: text}, es: ..., fr: ..., de: ... } from the X(name, "English", "Spanish", "French",
// "German") entries of words.h.
export function loaderWords(names = LOADER_WORDS) {
  const table = fs.readFileSync(path.join(root, 'core/words.h'), 'utf8').replace(/\\\n/g, ' ');
  const quoted = '"((?:[^"\\\\]|\\\\.)*)"';
  const langs = ['en', 'es', 'fr', 'de'];
  const entry = new RegExp('X\\((\\w+)' + langs.map(() => ',\\s*' + quoted).join('') + '\\s*\\)', 'g');
  const words = Object.fromEntries(langs.map((l) => [l, {}]));
  for (const m of table.matchAll(entry)) {
    if (!names.includes(m[1])) continue;
    langs.forEach((l, i) => { words[l][m[1]] = JSON.parse('"' + m[i + 2] + '"'); });
  }
  const missing = names.filter((n) => !(n in words.en));
  if (missing.length) fail('core/words.h has no entry ' + missing.join(', ') + ', which the loader says');
  return words;
}

// ES2017 syntax, as the loader has always shipped: esbuild lowers newer syntax or refuses it.
const JS_TARGET = 'es2017';

function fail(message) {
  console.error('[newsquiz] ' + message);
  process.exit(1);
}

export function loadEsbuild() {
  try {
    return createRequire(path.join(web, 'package.json'))('esbuild');
  } catch (e) {
    return fail('esbuild is not installed in web/node_modules (' + e.code + '): run scripts/bootstrap.sh, or `npm ci` in web/');
  }
}

// The build's options for esbuild.build(): also read by web/tests/bundle.test.mjs, which
// takes the defined names and GLUE as declared.
export function loaderOptions(esbuild, { glue, out, version }) {
  // Emscripten's glue is a script: `var NewsQuizModule = (() => ...)();`, then lines that
  // register it with CommonJS or AMD when the page has those. As a module: module, exports and
  // define are its own (the page's are never touched) and the factory is its default export.
  const glueModule = {
    name: 'newsquiz-glue',
    setup(build) {
      build.onResolve({ filter: new RegExp('^' + GLUE + '$') }, () => ({ path: path.resolve(glue), namespace: 'newsquiz-glue' }));
      build.onLoad({ filter: /.*/, namespace: 'newsquiz-glue' }, async (args) => {
        const text = await fs.promises.readFile(args.path, 'utf8');
        const factory = /^\s*var ([A-Za-z_$][\w$]*) = /.exec(text);
        if (!factory) return { errors: [{ text: args.path + ' does not start with `var NAME = `: is it still built with -sMODULARIZE?' }] };
        return { contents: 'var module, exports, define;\n' + text + '\nexport default ' + factory[1] + ';\n', loader: 'js' };
      });
    },
  };
  // loader.css as one string for a <style>: comments and white space go, nothing else changes.
  const cssAsText = {
    name: 'newsquiz-css',
    setup(build) {
      build.onLoad({ filter: /\.css$/ }, async (args) => {
        const css = await esbuild.transform(await fs.promises.readFile(args.path, 'utf8'),
          { loader: 'css', minifyWhitespace: true, sourcefile: args.path });
        return { contents: css.code.trim(), loader: 'text', warnings: css.warnings };
      });
    },
  };
  return {
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    // An IIFE of our own: esbuild's iife format would put "use strict" before it, where it
    // would also make strict any script a site concatenates after this one.
    format: 'esm',
    platform: 'browser',
    target: JS_TARGET,
    minify: true,
    legalComments: 'none',
    charset: 'ascii',  // 'más' as escapes: right whatever charset a server declares for the file
    define: { NEWSQUIZ_VERSION: JSON.stringify(version), NEWSQUIZ_WORDS: JSON.stringify(JSON.stringify(loaderWords())) },
    banner: { js: '/* newsquiz ' + version + ': an embeddable news quiz (MIT). <div data-newsquiz="story.json"></div> */\n(()=>{"use strict";' },
    footer: { js: '})();' },
    plugins: [glueModule, cssAsText],
    logLevel: 'silent',
  };
}

function args(argv) {
  const named = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!/^--(glue|out|version)$/.test(argv[i]) || argv[i + 1] === undefined) {
      fail('usage: node scripts/build-loader.mjs --glue GLUE.js --out newsquiz.js --version X.Y.Z');
    }
    named[argv[i].slice(2)] = argv[i + 1];
  }
  for (const name of ['glue', 'out', 'version']) if (!named[name]) fail('build-loader.mjs needs --' + name);
  return named;
}

async function main() {
  const options = args(process.argv.slice(2));
  if (!fs.existsSync(options.glue)) fail(options.glue + ' does not exist: build the nq_web target first');
  const esbuild = loadEsbuild();
  let result;
  try {
    result = await esbuild.build({ ...loaderOptions(esbuild, options), metafile: true });
  } catch (e) {
    const lines = await esbuild.formatMessages(e.errors || [], { kind: 'error' });
    fail('esbuild could not build ' + options.out + ':\n' + (lines.join('') || e.message));
  }
  // A warning is a mistake in web/src (an import of a name nobody exports, a duplicate key):
  // the widget is not shipped with it. Nor with an export, which would break the IIFE around it.
  const exported = Object.values(result.metafile.outputs).flatMap((o) => o.exports);
  if (result.warnings.length || exported.length) {
    fs.rmSync(options.out, { force: true });
    const lines = await esbuild.formatMessages(result.warnings, { kind: 'warning' });
    if (exported.length) lines.push(entry + ' exports ' + exported.join(', ') + ': the entry of an IIFE exports nothing\n');
    fail('esbuild warned while building ' + options.out + ':\n' + lines.join(''));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
