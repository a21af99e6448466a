// `make bench`'s table: each figure beside its budget (issue 11), the widget beside the static
// HTML baseline, and the core on the 500-question document; writes every figure to OUT.json.
//   node tests/bench/report.mjs CORE_NATIVE.json CORE_WASM.json WIDGET.json OUT.json
// A benchmark: a budget missed is printed as "over", never an exit status.
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

const KB = 1000, MiB = 1024 * 1024;
const kb = (b) => `${(b / KB).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(1)} ms`;
const mib = (b) => `${(b / MiB).toFixed(2)} MiB`;
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}x` : '');

// Each row: the figure, newsquiz's value, the static page's, their ratio, the budget and whether
// it is met (true, false, or null where the issue sets no budget).
const rows = [];
function row(figure, value, shown, budget, met, baseline = null, baselineShown = '') {
  rows.push({ figure, value, shown, baseline, baselineShown, ratio: baseline === null ? '' : ratio(value, baseline), budget, met });
}

row('bytes, gzip -9 per file, summed', widget.gzip, kb(widget.gzip), '<= 160 KB (stretch 130)', widget.gzip <= 160 * KB, page.gzip, kb(page.gzip));
row('bytes raw', widget.raw, kb(widget.raw), '<= 500 KB', widget.raw <= 500 * KB, page.raw, kb(page.raw));
row('requests of a first render', widget.requests, String(widget.requests), '<= 3', widget.requests <= 3, page.requests, String(page.requests));
row('first fully drawn frame, cold', widget.cold_ms.median, ms(widget.cold_ms.median), '', null, page.cold_ms.median, ms(page.cold_ms.median));
row('first fully drawn frame, warm', widget.warm_ms.median, ms(widget.warm_ms.median), '', null, page.warm_ms.median, ms(page.warm_ms.median));
const toFull = widget.frames_to_full.cold.median;
row('frames until that frame', toFull, `${toFull} (DPR 2: ${widget.frames_to_full.dpr2})`, '1', toFull <= 1 && widget.frames_to_full.dpr2 <= 1);
const m = widget.cold_milestones_ms;
row('document and wasm fetched in parallel', widget.fetch_parallel ? 1 : 0,
  `${widget.fetch_parallel ? 'yes' : 'no'} (${m.document.start.toFixed(0)}, ${m.wasm.start.toFixed(0)} ms)`, 'both at the loader', widget.fetch_parallel);
row(`frames while idle over ${widget.idle_ms / 1000} s`, widget.idle_frames, String(widget.idle_frames), '0', widget.idle_frames === 0);
const taps = Object.values(widget.taps), worst = Math.max(...taps);
row('frames per tap (worst)', worst, `${worst} (${Object.entries(widget.taps).map(([k, v]) => `${k} ${v}`).join(', ')})`, '<= 4', worst <= 4);
const cpu = widget.frame_cpu;
row('frame CPU at DPR 2, median', cpu.median_ms, `${cpu.median_ms.toFixed(2)} ms`, '<= 2 ms', cpu.median_ms <= 2);
row('frame CPU at DPR 2, p95', cpu.p95_ms, `${cpu.p95_ms.toFixed(2)} ms`, '<= 4 ms', cpu.p95_ms <= 4);
row('  main-thread tasks per frame (CDP)', cpu.task_ms_per_frame, `${cpu.task_ms_per_frame.toFixed(2)} ms`, '', null);
row('WebAssembly memory after the quiz', widget.wasm_memory_bytes, mib(widget.wasm_memory_bytes), '<= 2 MiB', widget.wasm_memory_bytes <= 2 * MiB);
row('JS heap after GC, first render', widget.js_heap_bytes.first_render, mib(widget.js_heap_bytes.first_render), '', null, page.js_heap_bytes, mib(page.js_heap_bytes));
row('JS heap after GC, after the quiz', widget.js_heap_bytes.after_quiz, mib(widget.js_heap_bytes.after_quiz), '', null);
const load = { native: core.native.load_ms.median, wasm: core.wasm.load_ms.median };
row(`core parse + validate, ${core.native.questions} q, wasm/native`, load.wasm / load.native,
  `${(load.wasm / load.native).toFixed(2)}x (${load.native.toFixed(2)} native)`, '<= 2x', load.wasm / load.native <= 2);
row('core parse + validate, wasm', load.wasm, ms(load.wasm), '< 5 ms', load.wasm < 5);
row('core full scored attempt, wasm', core.wasm.attempt_ms.median, `${ms(core.wasm.attempt_ms.median)} (${ratio(core.wasm.attempt_ms.median, core.native.attempt_ms.median)} native)`, '', null);
const onlyDoc = two.extra_raw === two.second_document_raw && two.extra_requests === 1;
row('two widgets vs one: extra bytes', two.extra_raw, `${two.extra_raw} B in ${two.extra_requests} req.`,
  `= 2nd document (${two.second_document_raw} B)`, onlyDoc);

// [SECTION] Printing
const pad = (s, n) => String(s).padEnd(n), lpad = (s, n) => String(s).padStart(n);
const verdict = (met) => (met === null ? '' : met ? 'ok' : 'OVER');
console.log(`newsquiz bench: the seed article in ${bench.chromium} (headless), ${bench.runs} runs per median; KB = 1000 B`);
console.log(`load average ${bench.load_before[0]} before, ${bench.load_after[0]} after, on ${bench.cpus} CPUs: a shared machine is noisy, compare medians and ratios\n`);
console.log(`${pad('file fetched (cold)', 58)} ${lpad('raw B', 9)} ${lpad('gzip -9 B', 10)}`);
for (const f of [...widget.files.map((f) => ({ ...f, who: 'widget' })), ...page.files.map((f) => ({ ...f, who: 'static' }))]) {
  console.log(`${pad(`${f.who}${f.page ? ' page' : ''}: ${f.path}`, 58)} ${lpad(f.raw, 9)} ${lpad(f.gzip, 10)}`);
}
console.log('');
const cols = [38, 26, 10, 8, 28];
console.log(`${pad('figure', cols[0])} ${pad('newsquiz', cols[1])} ${lpad('static', cols[2])} ${lpad('ratio', cols[3])}  ${pad('budget', cols[4])} met`);
for (const r of rows) {
  console.log(`${pad(r.figure, cols[0])} ${pad(r.shown, cols[1])} ${lpad(r.baselineShown, cols[2])} ${lpad(r.ratio, cols[3])}  ${pad(r.budget, cols[4])} ${verdict(r.met)}`);
}
console.log(`\ncold milestones (ms since navigation start, medians): loader fetched ${m.loader.end.toFixed(0)}, ` +
  `wasm ${m.wasm.start.toFixed(0)}-${m.wasm.end.toFixed(0)}, document ${m.document.start.toFixed(0)}-${m.document.end.toFixed(0)}, ` +
  `newsquiz:ready ${m.ready.toFixed(0)}, first frame ${m.first_frame.toFixed(0)}, first fully drawn ${widget.cold_ms.median.toFixed(0)}`);
console.log(`frame CPU: ${cpu.frames} frames of question ${cpu.question} while the mouse moved ${cpu.moves} times; max ${cpu.max_ms.toFixed(2)} ms`);
console.log(`stretch goal of 130 KB gzip: ${widget.gzip <= 130 * KB ? 'met' : `${kb(widget.gzip - 130 * KB)} to go`}`);

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ ...bench, core, budgets: rows.map(({ figure, value, baseline, budget, met }) => ({ figure, value, baseline, budget, met })) }, null, 2) + '\n');
console.log(`every figure: ${out}`);
