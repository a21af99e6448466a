// `make bench`'s table: each figure beside its budget (issue 11), the widget beside the static
// HTML baseline, and the core on the 500-question document; writes every figure to OUT.json.
//   node tests/bench/report.mjs CORE_NATIVE.json CORE_WASM.json WIDGET.json OUT.json
// A benchmark: a budget missed is printed as "OVER", never an exit status. It exits 1 only when
// widget.mjs could not measure a figure (printed as "not measured", with the reason).
import fs from 'node:fs';
import path from 'node:path';

const [nativeFile, wasmFile, widgetFile, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node tests/bench/report.mjs CORE_NATIVE.json CORE_WASM.json WIDGET.json OUT.json');
  process.exit(2);
}
const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const core = { native: read(nativeFile), wasm: read(wasmFile) };
const bench = read(widgetFile);
const { widget, static: page, two_widgets: two } = bench;
const { interaction: ui, memory } = widget;

const KB = 1000, MiB = 1024 * 1024;
const kb = (b) => `${(b / KB).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(1)} ms`;
const mib = (b) => `${(b / MiB).toFixed(2)} MiB`;

// [SECTION] The rows: the figure, newsquiz's value, the static page's, the budget and whether it
// is met (true, false, or null where the issue sets no budget). `from` is the stage the value
// comes from: when it could not be measured the row says so.
const rows = [];
const notes = [];
function row(figure, from, value, { shown = String, budget = '', met = null, baseline = null } = {}) {
  if (!from) {
    rows.push({ figure, value: null, shown: 'not measured', baseline: null, baselineShown: '', ratio: '', budget, met: null });
    return;
  }
  const v = value(from);
  rows.push({
    figure, value: v, shown: shown(v), baseline, baselineShown: baseline === null ? '' : shown(baseline),
    ratio: baseline ? `${(v / baseline).toFixed(2)}x` : '', budget, met: met === null ? null : met(v),
  });
}

row('bytes, gzip -9 per file, summed', widget, (w) => w.gzip,
  { shown: kb, budget: '<= 160 KB (stretch 130)', met: (v) => v <= 160 * KB, baseline: page.gzip });
row('bytes raw', widget, (w) => w.raw, { shown: kb, budget: '<= 500 KB', met: (v) => v <= 500 * KB, baseline: page.raw });
row('requests of a first render', widget, (w) => w.requests, { budget: '<= 3', met: (v) => v <= 3 });
row('first fully drawn frame, cold', widget, (w) => w.cold_ms.median, { shown: ms, baseline: page.cold_ms.median });
row('first fully drawn frame, warm', widget, (w) => w.warm_ms.median, { shown: ms, baseline: page.warm_ms.median });
row('frames until that frame', widget, (w) => w.frames_to_full.median, { budget: '1', met: (v) => v <= 1 });
row('document and wasm fetches started apart', widget, (w) => w.fetch_start_gap_ms,
  { shown: ms, budget: 'together (< 10 ms)', met: (v) => v < 10 });
row('frames while idle over 5 s', ui, (u) => u.idle_frames, { budget: '0', met: (v) => v === 0 });
row('frames per tap, worst', ui, (u) => Math.max(...Object.values(u.taps)), { budget: '<= 4', met: (v) => v <= 4 });
const ms2 = (v) => `${v.toFixed(2)} ms`;
row('frame CPU at DPR 2, median', ui, (u) => u.frame_cpu.median_ms, { shown: ms2, budget: '<= 2 ms', met: (v) => v <= 2 });
row('frame CPU at DPR 2, p95', ui, (u) => u.frame_cpu.p95_ms, { shown: ms2, budget: '<= 4 ms', met: (v) => v <= 4 });
row('  with the browser\'s rendering, median', ui, (u) => u.frame_cpu.with_rendering.median_ms, { shown: ms2, budget: '<= 2 ms', met: (v) => v <= 2 });
row('  with the browser\'s rendering, p95', ui, (u) => u.frame_cpu.with_rendering.p95_ms, { shown: ms2, budget: '<= 4 ms', met: (v) => v <= 4 });
row('WebAssembly memory after the quiz', memory, (m) => m.wasm_bytes, { shown: mib, budget: '<= 2 MiB', met: (v) => v <= 2 * MiB });
row('JS heap after GC, first render', memory, (m) => m.js_heap_first_render, { shown: mib, baseline: page.js_heap_bytes });
row('JS heap after GC, after the quiz', memory, (m) => m.js_heap_after_quiz, { shown: mib });
const load = { native: core.native.load_ms.median, wasm: core.wasm.load_ms.median };
row('core parse + validate, wasm/native', core, () => load.wasm / load.native,
  { shown: (v) => `${v.toFixed(2)}x`, budget: '<= 2x', met: (v) => v <= 2 });
row('core parse + validate, wasm', core, () => load.wasm, { shown: ms2, budget: '< 5 ms', met: (v) => v < 5 });
row('core full scored attempt, wasm', core, () => core.wasm.attempt_ms.median, { shown: ms2 });
row('two widgets vs one: extra bytes', two, (t) => t.extra_raw,
  { shown: (v) => `${v} B`, budget: '= the 2nd document', met: (v) => v === two.second_document_raw && two.extra_requests === 1 });

// [SECTION] What the rows do not say
const m = widget.cold_milestones_ms;
notes.push(`cold milestones (ms since navigation start, medians): loader fetched ${m.loader.end.toFixed(0)}, ` +
  `wasm ${m.wasm.start.toFixed(0)}-${m.wasm.end.toFixed(0)}, document ${m.document.start.toFixed(0)}-${m.document.end.toFixed(0)}, ` +
  `newsquiz:ready ${m.ready.toFixed(0)}, first frame ${m.first_frame.toFixed(0)}, first fully drawn ${widget.cold_ms.median.toFixed(0)}`);
notes.push(`requests: besides the page itself, the widget's page fetches ${widget.requests} files (loader, wasm, document; fonts ` +
  `when used); the static page ${page.requests === 1 ? 'fetches 1 file' : `fetches ${page.requests} files`} (newsquiz.css)`);
if (ui) {
  notes.push(`frames until the first fully drawn frame at DPR 2: ${ui.frames_to_full_dpr2}; frames per tap (touch): ` +
    Object.entries(ui.taps).map(([k, v]) => `${k} ${v}`).join(', '));
  const cpu = ui.frame_cpu;
  notes.push(`frame CPU: the widget's requestAnimationFrame callbacks, ${cpu.frames} frames of question ${cpu.question} while the ` +
    `mouse moved ${cpu.moves} times; max ${cpu.max_ms.toFixed(2)} ms; "with the browser's rendering": from the callback to a ` +
    `message handled after that frame's style, layout, paint and commit. All main-thread work per frame (CDP TaskDuration, ` +
    `with the input dispatch and the bench's own polling): ${cpu.task_ms_per_frame.toFixed(2)} ms`);
}
notes.push(`core: a generated ${core.native.questions}-question document of ${(core.native.bytes / 1024).toFixed(0)} KiB, medians of ` +
  `${core.native.load_ms.runs} runs; native parse + validate ${load.native.toFixed(2)} ms, full attempt ${core.native.attempt_ms.median.toFixed(2)} ms`);
if (two) {
  notes.push(`two widgets: ${two.extra_requests} more request(s) and ${two.extra_raw} more bytes than one; the second document is ` +
    `${two.second_document_raw} B; WebAssembly memory ${two.wasm_memory_bytes.map(mib).join(' + ')}`);
}
notes.push(`stretch goal of 130 KB gzip: ${widget.gzip <= 130 * KB ? 'met' : `${kb(widget.gzip - 130 * KB)} to go`}`);
if (bench.restless_waits) {
  notes.push(`NOTE: ${bench.restless_waits} times the widget kept drawing for 5 s without a pause; the figures after those waits were taken while it drew`);
}
bench.unmeasured.forEach((why) => notes.push(`NOT MEASURED: ${why}`));

// [SECTION] Printing
const pad = (s, n) => String(s).padEnd(n), lpad = (s, n) => String(s).padStart(n);
const verdict = (met) => (met === null ? '' : met ? 'ok' : 'OVER');
console.log(`newsquiz bench: the seed article in Chromium ${bench.chromium} (headless), medians of ${bench.runs} loads; KB = 1000 B`);
console.log(`load average ${bench.load_before[0]} before, ${bench.load_after[0]} after, on ${bench.cpus} CPUs: a shared machine is noisy, compare medians and ratios\n`);
console.log(`${pad('file fetched (cold)', 58)} ${lpad('raw B', 9)} ${lpad('gzip -9 B', 10)} ${lpad('br -q 11 B', 11)}`);
for (const f of [...widget.files.map((f) => ({ ...f, who: 'widget' })), ...page.files.map((f) => ({ ...f, who: 'static' }))]) {
  console.log(`${pad(`${f.who}${f.page ? ' page' : ''}: ${f.path}`, 58)} ${lpad(f.raw, 9)} ${lpad(f.gzip, 10)} ${lpad(f.br, 11)}`);
}
console.log('');
console.log(`${pad('web/dist, as served to publishers', 58)} ${lpad('raw B', 9)} ${lpad('gzip -9 B', 10)} ${lpad('br -q 11 B', 11)}`);
for (const f of bench.dist) console.log(`${pad(f.name, 58)} ${lpad(f.raw, 9)} ${lpad(f.gzip, 10)} ${lpad(f.br, 11)}`);
console.log('');
const cols = [40, 12, 10, 8, 24];
console.log(`${pad('figure', cols[0])} ${pad('newsquiz', cols[1])} ${lpad('static', cols[2])} ${lpad('ratio', cols[3])}  ${pad('budget', cols[4])} met`);
for (const r of rows) {
  console.log(`${pad(r.figure, cols[0])} ${pad(r.shown, cols[1])} ${lpad(r.baselineShown, cols[2])} ${lpad(r.ratio, cols[3])}  ${pad(r.budget, cols[4])} ${verdict(r.met)}`);
}
console.log('');
notes.forEach((n) => console.log(n));

fs.mkdirSync(path.dirname(out), { recursive: true });
const budgets = rows.map(({ figure, value, baseline, budget, met }) => ({ figure, value, baseline, budget, met }));
fs.writeFileSync(out, JSON.stringify({ ...bench, core, budgets }, null, 2) + '\n');
console.log(`every figure: ${out}`);
if (bench.unmeasured.length) process.exit(1);
