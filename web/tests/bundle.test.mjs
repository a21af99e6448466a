// web/src as ES modules: every name a module uses is declared in it, imported, or the
// browser's; and the one file esbuild makes of them adds NewsQuiz to the page and nothing else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { root, open, waitForState } from './helpers.mjs';
import { GLUE, entry, loadEsbuild, loaderOptions } from '../../scripts/build-loader.mjs';

const src = path.join(root, 'web/src');
const dist = path.join(root, 'web/dist/newsquiz.js');
const esbuild = loadEsbuild();
// What the build provides to web/src, declared for every module: the names it defines
// (NEWSQUIZ_VERSION), the glue's module, CSS files as text.
const BUILD = Object.keys(loaderOptions(esbuild, { glue: '', out: '', version: '' }).define)
  .map((name) => `declare const ${name}: unknown;\n`).join('') +
  `declare module '${GLUE}' { const factory: unknown; export default factory; }\n` +
  "declare module '*.css' { const text: string; export default text; }\n";

// TypeScript's diagnostics for a name that resolves to nothing ("Cannot find name 'h'",
// its "did you mean" forms, `{ h }` with no h in scope), and for an import that does
// (no such file, no such export, no default export).
const UNRESOLVED = new Set([2304, 2552, 2580, 2581, 2582, 2583, 2584, 2591, 2592, 2593, 2662, 2663, 18004,
  2307, 2305, 2614, 2724, 1192, 2613]);

// files: { 'name.js': text }. Each file is checked as an ES module against the ES2020 and DOM
// libraries, so a name is found only where it is declared, imported, a browser global or in
// `declarations` (TypeScript declarations), and an import only where a file exports it.
// Also a name that one file exports and another uses unimported while a browser global of
// that name exists (an `open` that would reach window.open). Returns ['file:line: message', ...].
function undeclaredNames(files, declarations = '') {
  const dir = '/newsquiz-src/';
  const texts = new Map(Object.entries(files).map(([name, text]) => [dir + name, text]));
  texts.set(dir + 'build.d.ts', declarations);
  const options = {
    allowJs: true, checkJs: true, noEmit: true, target: ts.ScriptTarget.ES2017, module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler, moduleDetection: ts.ModuleDetectionKind.Force,
    lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'], types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  host.getSourceFile = (name, version) => texts.has(name) ? ts.createSourceFile(name, texts.get(name), version, true) : getSourceFile(name, version);
  host.fileExists = (name) => texts.has(name) || fileExists(name);
  host.readFile = (name) => texts.has(name) ? texts.get(name) : readFile(name);
  host.directoryExists = (name) => dir.startsWith(name.replace(/\/?$/, '/')) || directoryExists(name);
  host.realpath = (name) => name;
  const program = ts.createProgram([...texts.keys()], options, host);
  const checker = program.getTypeChecker();
  const ours = program.getSourceFiles().filter((sf) => texts.has(sf.fileName) && sf.fileName.endsWith('.js'));
  const where = (sf, at) => `${path.basename(sf.fileName)}:${sf.getLineAndCharacterOfPosition(at).line + 1}`;
  const found = [];
  for (const sf of ours) {
    for (const d of program.getSemanticDiagnostics(sf)) {
      if (UNRESOLVED.has(d.code)) found.push(`${where(sf, d.start)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    }
  }
  const exporters = new Map();  // name -> the file exporting it
  for (const sf of ours) {
    const symbol = checker.getSymbolAtLocation(sf);
    for (const e of symbol ? checker.getExportsOfModule(symbol) : []) exporters.set(e.name, path.basename(sf.fileName));
  }
  for (const sf of ours) {
    (function visit(node) {
      const parent = node.parent;
      const isName = parent && ((ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isQualifiedName(parent) && parent.right === node));
      const from = ts.isIdentifier(node) && !isName && exporters.get(node.text);
      if (from && from !== path.basename(sf.fileName)) {
        const symbol = checker.getSymbolAtLocation(node);
        const declarations = (symbol && symbol.declarations) || [];
        if (declarations.length && declarations.every((d) => program.isSourceFileDefaultLibrary(d.getSourceFile()))) {
          found.push(`${where(sf, node.getStart())}: '${node.text}' is the browser's global, while ${from} exports '${node.text}'`);
        }
      }
      ts.forEachChild(node, visit);
    })(sf);
  }
  return found;
}

test('the check finds a name used without its import, and accepts imports, locals and browser globals', () => {
  const lib = 'export function h(tag) { return document.createElement(tag); }\nexport const PREFIX = "newsquiz:";\n';
  assert.deepEqual(undeclaredNames({ 'dom.js': lib, 'use.js': 'export function card() {\n  return h("div");\n}\n' }),
    ["use.js:2: Cannot find name 'h'."]);
  assert.deepEqual(undeclaredNames({ 'dom.js': lib, 'use.js': 'export const o = { PREFIX };\n' }),
    ["use.js:1: No value exists in scope for the shorthand property 'PREFIX'. Either declare one or provide an initializer."]);
  assert.deepEqual(undeclaredNames({ 'dom.js': lib, 'use.js': 'export const key = PREFIX + "x";\n' }),
    ["use.js:1: Cannot find name 'PREFIX'."]);
  // Files without import or export are modules too: their names are not shared.
  assert.deepEqual(undeclaredNames({ 'a.js': 'function log(m) { console.log(m); }\n', 'b.js': 'log("hi");\n' }),
    ["b.js:1: Cannot find name 'log'."]);
  assert.deepEqual(undeclaredNames({
    'dom.js': lib,
    'use.js': 'import { h, PREFIX } from "./dom.js";\nfunction local(x) { var y = x; return y; }\n' +
      'export const el = h("p"); el.textContent = PREFIX + local(navigator.language) + location.href;\n',
  }), []);
  assert.deepEqual(undeclaredNames({ 'v.js': 'export const v = NEWSQUIZ_VERSION;\n' }), ["v.js:1: Cannot find name 'NEWSQUIZ_VERSION'."]);
  assert.deepEqual(undeclaredNames({ 'v.js': 'export const v = NEWSQUIZ_VERSION;\n' }, BUILD), []);
});

test('the check finds an import of a file or a name that does not exist, and accepts what the build provides', () => {
  const lib = 'export function h(tag) { return document.createElement(tag); }\n';
  assert.deepEqual(undeclaredNames({ 'dom.js': lib, 'use.js': 'import { h, hh } from "./dom.js";\nh("p");\n' }),
    ["use.js:1: Module '\"./dom.js\"' has no exported member 'hh'."]);
  assert.deepEqual(undeclaredNames({ 'dom.js': lib, 'use.js': 'import h from "./dom.js";\nh("p");\n' }),
    ["use.js:1: Module '\"/newsquiz-src/dom\"' has no default export. Did you mean to use 'import { h } from \"/newsquiz-src/dom\"' instead?"]);
  assert.deepEqual(undeclaredNames({ 'use.js': 'import { h } from "./dmo.js";\nh("p");\n' }),
    ["use.js:1: Cannot find module './dmo.js' or its corresponding type declarations."]);
  const css = `import factory from '${GLUE}';\nimport CSS from './loader.css';\nfactory(CSS);\n`;
  assert.deepEqual(undeclaredNames({ 'use.js': css }, BUILD), []);
  assert.equal(undeclaredNames({ 'use.js': css }).length, 2);
});

test('the check finds an exported name that, unimported, would reach a browser global of that name', () => {
  const links = 'export function open(href) { window.open(href, "_blank"); }\n';
  assert.deepEqual(undeclaredNames({ 'links.js': links, 'use.js': 'export function go() { open("https://example.org/"); }\n' }),
    ["use.js:1: 'open' is the browser's global, while links.js exports 'open'"]);
  assert.deepEqual(undeclaredNames({ 'links.js': links, 'use.js': 'import { open } from "./links.js";\nexport function go() { open("x"); window.open("y"); }\n' }), []);
  assert.deepEqual(undeclaredNames({ 'links.js': links, 'use.js': 'function open() {}\nexport function go() { open(); }\n' }), []);
});

test('no module of web/src uses a name it neither declares nor imports', () => {
  const files = {};
  for (const name of fs.readdirSync(src).filter((f) => f.endsWith('.js'))) files[name] = fs.readFileSync(path.join(src, name), 'utf8');
  assert.ok(Object.keys(files).length >= 6, Object.keys(files).join());
  assert.deepEqual(undeclaredNames(files, BUILD), []);
});

test('the bundle is made of every module and the CSS of web/src', async () => {
  const glue = path.join(root, 'build/wasm/web/newsquiz.js');
  const result = await esbuild.build({ ...loaderOptions(esbuild, { glue, out: 'newsquiz.js', version: '0.0.0' }), write: false, metafile: true });
  // the glue is read through its own namespace ('newsquiz-glue:PATH'), the rest as files
  const inputs = Object.keys(result.metafile.inputs).map((f) => f.replace(/^newsquiz-glue:/, '')).map((f) => path.resolve(f)).sort();
  const sources = fs.readdirSync(src).filter((f) => /\.(js|css)$/.test(f)).map((f) => path.join(src, f));
  assert.deepEqual(inputs, [glue, ...sources].sort());
  assert.equal(path.resolve(entry), path.join(src, 'loader.js'));
});

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

test('web/dist/newsquiz.js adds only NewsQuiz to the page; a second copy warns and does nothing', async () => {
  const text = fs.readFileSync(dist, 'utf8');
  const version = JSON.parse(fs.readFileSync(path.join(root, 'web/package.json'), 'utf8')).version;
  const [banner, opening] = text.split('\n');
  assert.equal(banner, `/* newsquiz ${version}: an embeddable news quiz (MIT). <div data-newsquiz="story.json"></div> */`);
  assert.equal(opening, '(()=>{"use strict";', 'strict, as modules are, inside its own function (no directive for a concatenated neighbour)');
  const page = await env.page(null, { init: () => { window.__before = Object.getOwnPropertyNames(window); } });
  await page.route(env.url + '/twice.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><title>twice</title><main><div data-newsquiz="/assets/articles/rubio-us-mexico-security.json"></div></main>' +
      '<script src="/dist/newsquiz.js"></script><script>window.__first = window.NewsQuiz;</script><script src="/dist/newsquiz.js?again"></script>',
  }));
  await page.goto(env.url + '/twice.html');
  await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  const seen = await page.evaluate(() => ({
    added: Object.getOwnPropertyNames(window).filter((n) => !window.__before.includes(n) && !/^__(before|first)$/.test(n)),
    same: window.NewsQuiz === window.__first,
    version: NewsQuiz.version,
    widgets: NewsQuiz.widgets.length,
    canvases: document.querySelectorAll('[data-newsquiz] canvas').length,
    styles: document.querySelectorAll('style[data-newsquiz-style]').length,
  }));
  assert.deepEqual(seen, { added: ['NewsQuiz'], same: true, version, widgets: 1, canvases: 1, styles: 1 });
  assert.deepEqual(page.messages.filter((m) => m.includes('more than once')),
    ['warning: [newsquiz] newsquiz.js is included more than once on this page; the later copy does nothing. Keep one <script> tag.']);
});
