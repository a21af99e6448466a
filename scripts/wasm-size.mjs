// wasm-size.mjs: where the bytes of a newsquiz.wasm built with --profiling-funcs come from.
//
//   node scripts/wasm-size.mjs build/wasm-prof/web/newsquiz.wasm [--top 25] [--markdown]
//
// Reads the module's sections, the size of every function body (code section) and its name
// (the "name" section that --profiling-funcs keeps), demangles the names with c++filt when it is
// on PATH, and groups functions by origin. Prints the biggest functions and the total of each
// origin, raw and as an estimate of its share of `gzip -9`: the gzip size of the whole file minus
// that of the file with the origin's bytes left out (what removing it would save, roughly).
// The profiling variant is the wasm preset with the names kept:
//   cmake --preset wasm -B build/wasm-prof -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs
//   cmake --build build/wasm-prof --target nq_web
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

// [SECTION] Reading the module
function leb(bytes, pos) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

function readName(bytes, pos) {
  const [length, start] = leb(bytes, pos);
  return [new TextDecoder().decode(bytes.subarray(start, start + length)), start + length];
}

// Sections as {id, name, start, end} (start..end: the payload), plus the imported function count.
function readSections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a WebAssembly module');
  const sections = [];
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos];
    const [size, start] = leb(bytes, pos + 1);
    let name = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start',
      'element', 'code', 'data', 'datacount', 'tag'][id] ?? `id ${id}`;
    if (id === 0) name = `custom "${readName(bytes, start)[0]}"`;
    sections.push({ id, name, headerStart: pos, start, end: start + size });
    pos = start + size;
  }
  return sections;
}

function importedFunctions(bytes, section) {
  let [count, pos] = leb(bytes, section.start);
  let functions = 0;
  for (let i = 0; i < count; i++) {
    [, pos] = readName(bytes, pos);
    [, pos] = readName(bytes, pos);
    const kind = bytes[pos++];
    if (kind === 0) { [, pos] = leb(bytes, pos); functions++; }
    else if (kind === 1) { pos += 1; const flags = bytes[pos++]; [, pos] = leb(bytes, pos); if (flags & 1) [, pos] = leb(bytes, pos); }
    else if (kind === 2) { const flags = bytes[pos++]; [, pos] = leb(bytes, pos); if (flags & 1) [, pos] = leb(bytes, pos); }
    else if (kind === 3) { pos += 2; }
    else if (kind === 4) { pos += 1; [, pos] = leb(bytes, pos); }
  }
  return functions;
}

function functionNames(bytes, section) {
  const names = new Map();
  let pos = readName(bytes, section.start)[1];
  while (pos < section.end) {
    const kind = bytes[pos];
    const [size, start] = leb(bytes, pos + 1);
    if (kind === 1) {
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        let index, name;
        [index, p] = leb(bytes, p);
        [name, p] = readName(bytes, p);
        names.set(index, name);
      }
    }
    pos = start + size;
  }
  return names;
}

// [SECTION] Origins
function demangle(names) {
  try {
    const out = execFileSync('c++filt', { input: names.join('\n') + '\n', maxBuffer: 1 << 28 }).toString();
    const lines = out.split('\n');
    return names.map((name, i) => lines[i] || name);
  } catch {
    return names;
  }
}

// The first rule that matches names the origin (nlohmann's templates carry std:: names too).
const kOrigins = [
  ['nlohmann/json', /nlohmann/],
  ['utf8proc', /utf8proc/],
  ['ImGui', /ImGui|\bIm[A-Z]|\bstb_|\bstbtt_|\bstbrp_|STB_TEXTEDIT|\bImStb/],
  ['newsquiz: C ABI (wasm/capi.cpp, widget.cpp)', /^nq_(?!web)|^widget_|\bnq::capi::/],
  ['newsquiz: UI and web platform (wasm/)', /\bnq::ui::|^nq_web|\bnq::web::/],
  ['newsquiz: core', /\bnq::/],
  ['libc++ (std::)', /\bstd::/],
];

function origin(name) {
  for (const [label, pattern] of kOrigins) if (pattern.test(name)) return label;
  return 'libc, Emscripten runtime, other';
}

// [SECTION] Report
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const top = Number(args[args.indexOf('--top') + 1]) || 25;
if (!file) {
  console.error('usage: node scripts/wasm-size.mjs FILE.wasm [--top N]');
  process.exit(2);
}
const bytes = readFileSync(file);
const sections = readSections(bytes);
const imports = sections.find((s) => s.id === 2);
const code = sections.find((s) => s.id === 10);
const nameSection = sections.find((s) => s.name === 'custom "name"');
if (!nameSection) {
  console.error(`[newsquiz] ${file} has no name section: link it with --profiling-funcs (see the top of scripts/wasm-size.mjs)`);
  process.exit(1);
}
const firstIndex = imports ? importedFunctions(bytes, imports) : 0;
const rawNames = functionNames(bytes, nameSection);

const functions = [];
let [count, pos] = leb(bytes, code.start);
for (let i = 0; i < count; i++) {
  const [size, start] = leb(bytes, pos);
  functions.push({ index: firstIndex + i, start: pos, end: start + size, size: start + size - pos });
  pos = start + size;
}
const shown = demangle(functions.map((f) => rawNames.get(f.index) ?? `function ${f.index}`));
functions.forEach((f, i) => { f.name = shown[i]; f.origin = origin(f.name); });

// Byte ranges per origin; sections other than code count as their own origin.
const groups = new Map();
const add = (label, start, end) => {
  if (!groups.has(label)) groups.set(label, { label, raw: 0, ranges: [], functions: 0 });
  const g = groups.get(label);
  g.raw += end - start;
  g.ranges.push([start, end]);
  return g;
};
for (const f of functions) add(f.origin, f.start, f.end).functions++;
for (const s of sections) {
  if (s.id === 10) continue;
  const label = s.id === 11 ? 'data (static data and strings of every origin)' : s.id === 0 ? 'custom sections (names, producers)' : 'other sections (types, imports, exports, tables)';
  add(label, s.headerStart, s.end);
}
add('other sections (types, imports, exports, tables)', 0, 8);
const codeHeader = add('other sections (types, imports, exports, tables)', code.headerStart, functions[0]?.start ?? code.end);

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const totalGzip = gzip(bytes);
const withoutRanges = (ranges) => {
  const keep = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    keep.push(bytes.subarray(at, start));
    at = end;
  }
  keep.push(bytes.subarray(at));
  return Buffer.concat(keep);
};
for (const g of groups.values()) g.gzip = totalGzip - gzip(withoutRanges(g.ranges));
void codeHeader;

const kb = (n) => (n / 1000).toFixed(1);
const pct = (n, total) => `${((100 * n) / total).toFixed(1)} %`;
console.log(`${file}: ${bytes.length} bytes, gzip -9 ${totalGzip} (zlib level 9)`);
console.log('');
console.log(`| origin | functions | raw KB | raw share | gzip KB (est.) |`);
console.log(`|---|---:|---:|---:|---:|`);
for (const g of [...groups.values()].sort((a, b) => b.raw - a.raw))
  console.log(`| ${g.label} | ${g.functions || ''} | ${kb(g.raw)} | ${pct(g.raw, bytes.length)} | ${kb(g.gzip)} |`);
console.log('');
console.log(`| # | function | origin | bytes |`);
console.log(`|---:|---|---|---:|`);
[...functions].sort((a, b) => b.size - a.size).slice(0, top).forEach((f, i) => {
  const name = f.name.length > 90 ? f.name.slice(0, 87) + '...' : f.name;
  console.log(`| ${i + 1} | \`${name.replace(/\|/g, '\\|')}\` | ${f.origin} | ${f.size} |`);
});
if (args.includes('--list')) for (const f of functions) console.log(`${f.size}\t${f.origin}\t${f.name}`);
