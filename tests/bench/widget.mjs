// The widget measured in headless Chromium, beside a static HTML page of the same quiz.
//   node tests/bench/widget.mjs OUT.json      (run by `make bench` after the wasm build)
//
// Pages (served by web/server.mjs, the demo's server, which also serves this folder's pages
// at /bench/ with the same revalidating headers):
//   /bench/widget.html       the seed article's widget alone on a page
//   /bench/static.html       the same quiz as static HTML: the baseline, static.html.in with the
//                            seed's fragment from build/native/newsquiz html (`make bench` builds it)
//   /bench/two-widgets.html  the seed article and a second one, both in view
//
// Definitions (the README's bench section says the same):
//   first fully drawn frame  the first widget frame after which the canvas's CSS height is the
//       height it settles at, its backing store is that box times devicePixelRatio (what was
//       drawn fills it) and state().targets holds an enabled "start". Its time is
//       performance.now() (ms since navigation start) right after that frame's
//       requestAnimationFrame callback. On the static page: the first frame at which the card
//       has the height it settles at.
//   cold  a new browser context with the cache disabled (CDP Network.setCacheDisabled).
//   warm  the same context reloaded (the server revalidates every file: 304s, compiled wasm cached).
//   fetches together  the wasm and the document fetches start less than 10 ms apart (median of the cold loads).
//   settled  no frame pending (w.idle) and no new frame for SETTLE_MS.
//   frame CPU  the time of the widget's requestAnimationFrame callback (performance.now()
//       around it: layout, drawing and the WebGL calls of the frame, not the GPU process), on the
//       question screen at devicePixelRatio 2, over the frames drawn while the mouse moves
//       across the canvas. Beside it: from the callback's start to a message posted at its end,
//       which runs once the browser's rendering of that frame is done (style, layout, paint,
//       commit), and CDP's TaskDuration (all main-thread work, the bench's too) per frame.
//
// It exits 1 only when the loads cannot be measured; a later stage (interaction, memory, two
// widgets) that cannot measure leaves its reason in `unmeasured`, and report.mjs prints the table
// and then fails. Budgets are report.mjs's business: a budget missed is a figure.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { open, targetPoint, takeSeedQuiz, problems } from '../../web/tests/helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const PAGES = ['widget.html', 'static.html', 'two-widgets.html'];
const RUNS = Number(process.env.BENCH_RUNS || 10);
const SETTLE_MS = 500;
const RESTLESS_MS = 5000;
const IDLE_MS = 5000;
const MOVES = 120;
const VIEW = { width: 800, height: 900 };

// [SECTION] The server: the demo's, with this folder's pages at /bench/
const root = path.join(here, '../..');
const SEED = 'assets/articles/rubio-us-mexico-security.json';

// static.html.in with the fragment `newsquiz html` writes for the seed article in its marker.
function staticPage() {
  const cli = path.join(root, 'build/native/newsquiz');
  const r = spawnSync(cli, ['html', path.join(root, SEED)], { encoding: 'utf8' });
  need(r.status === 0, `${cli} html ${SEED} failed (run make native): ${r.error ? r.error.message : r.stderr}`);
  return fs.readFileSync(path.join(here, 'static.html.in'), 'utf8').replace('@NEWSQUIZ_FRAGMENT@', () => r.stdout);
}

function serveBenchPages(server) {
  const bodies = Object.fromEntries(PAGES.map((name) =>
    [name, name === 'static.html' ? Buffer.from(staticPage()) : fs.readFileSync(path.join(here, name))]));
  const demo = server.listeners('request')[0];
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    const name = /^\/bench\/([\w-]+\.html)$/.exec(new URL(req.url, 'http://localhost').pathname);
    if (!name || !PAGES.includes(name[1])) return demo(req, res);
    const body = bodies[name[1]];
    const etag = `"${crypto.createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'cache-control': 'no-cache' });
      return res.end();
    }
    // Cross-origin isolated, so that performance.now() ticks finely (5 µs, not 100 µs): every
    // file of the pages is same-origin, so nothing else changes.
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', etag,
      'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(body);
  });
}

// [SECTION] Figures
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => { const s = sorted(xs); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const percentile = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
const round = (x, digits = 3) => Number(x.toFixed(digits));
const summary = (xs) => ({ median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)), runs: xs.map((x) => round(x)) });

class CannotMeasure extends Error {}
function need(ok, what) {
  if (!ok) throw new CannotMeasure(what);
}

// [SECTION] Watching a page
const evaluate = (page, fn, arg) => page.evaluate(fn, arg);

// What moves on the page: the widgets' frame counts and idleness, or the static card's snapshots.
function signature(page, count) {
  return evaluate(page, (n) => {
    const bench = window.__nqBench;
    if (document.querySelector('[data-bench-card]')) {
      const done = document.readyState === 'complete';
      return { done, drawing: done, key: String(bench.snapshots.length) };
    }
    const ws = (window.NewsQuiz && window.NewsQuiz.widgets) || [];
    const error = ws.map((w) => w.state()).find((s) => s && s.screen === 'error');
    if (error) return { error: error.error || 'the widget shows its error card' };
    const drawing = ws.length >= n && ws.slice(0, n).every((w) => w.frames > 0);
    return { done: drawing && ws.every((w) => w.idle), drawing, key: ws.map((w) => `${w.frames}${w.idle ? '' : '+'}`).join(',') };
  }, count);
}

// Waits until the page settled: every widget idle with its frames unchanged for SETTLE_MS.
// A widget that keeps drawing for RESTLESS_MS is measured as it is (a figure, not a failure):
// the wait ends, returns false and is counted in `restless`.
let restless = 0;
async function settle(page, { count = 1, timeout = 30000 } = {}) {
  const end = Date.now() + timeout;
  let last = null, since = Date.now(), drawingSince = 0;
  for (;;) {
    const s = await signature(page, count);
    need(!s.error, `the widget failed: ${s.error}`);
    if (s.drawing && !drawingSince) drawingSince = Date.now();
    if (!s.done || s.key !== last) { last = s.key; since = Date.now(); }
    else if (Date.now() - since >= SETTLE_MS) return true;
    if (drawingSince && Date.now() - drawingSince >= RESTLESS_MS) {
      restless++;
      return false;
    }
    need(Date.now() < end, `the page did not settle within ${timeout} ms (last: ${last}); ${problems(page).join(' | ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// The first widget's state() once pred holds, idle or not (waitForState also waits for idle,
// which a widget that never stops drawing would not give).
async function stateWhen(page, pred, what, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await evaluate(page, () => window.NewsQuiz.widgets[0].state());
    if (s && pred(s)) return s;
    need(Date.now() < end, `the widget never showed ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const frames = (page, i = 0) => evaluate(page, (n) => window.NewsQuiz.widgets[n].frames, i);

// After settling: when the first fully drawn frame came, and what led to it.
async function firstRender(page) {
  const seen = await evaluate(page, () => {
    const bench = window.__nqBench;
    bench.watching = false;
    const card = document.querySelector('[data-bench-card]');
    const w = !card && window.NewsQuiz && window.NewsQuiz.widgets[0];
    const canvas = w && w.element.querySelector('canvas');
    const resources = performance.getEntriesByType('resource').map((r) => ({ name: r.name, start: r.startTime, end: r.responseEnd }));
    return {
      card: !!card, canvas: !!canvas, final: (card || canvas || document.body).getBoundingClientRect().height,
      snapshots: bench.snapshots, ready: bench.ready, resources,
    };
  });
  need(seen.card || seen.canvas, 'the widget drew no canvas (is WebGL2 available to Chromium?)');
  const full = seen.snapshots.find((s) => s.drawn && s.start && Math.abs(s.css - seen.final) < 0.5);
  need(full, `no frame was fully drawn at the final height ${seen.final}: ${JSON.stringify(seen.snapshots)}`);
  const at = (suffix) => seen.resources.find((r) => new URL(r.name).pathname.endsWith(suffix));
  return {
    ms: full.t, frames: full.frames, height: seen.final,
    first_frame_ms: seen.snapshots.length ? seen.snapshots[0].t : null, ready_ms: seen.ready,
    loader: at('/newsquiz.js'), wasm: at('/newsquiz.wasm'), document: at('.json'),
  };
}

// [SECTION] Bytes and requests: every response of a navigation, its body gzipped at -9
// The gzip program itself: Node's zlib (Chromium's) makes other, larger bytes at level 9.
function gzipSize(body) {
  const r = spawnSync('gzip', ['-9', '-n', '-c'], { input: body, maxBuffer: 64 * 1024 * 1024 });
  need(r.status === 0, `gzip -9 failed: ${r.error ? r.error.message : r.stderr}`);
  return r.stdout.length;
}
// Brotli at quality 11 (what `brotli -q 11` and a static pre-compression step make), from
// Node's zlib, which is Google's brotli library.
function brotliSize(body) {
  return zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
// Every file of web/dist a publisher serves, as it is on disk: raw, gzip -9 and brotli -q 11.
function distFiles() {
  const dist = path.join(here, '../../web/dist');
  return fs.readdirSync(dist).filter((name) => fs.statSync(path.join(dist, name)).isFile()).sort().map((name) => {
    const body = fs.readFileSync(path.join(dist, name));
    return { name, raw: body.length, gzip: gzipSize(body), br: brotliSize(body) };
  });
}

function recordRequests(page) {
  const list = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.protocol === 'data:') return;
    list.push(response.body().then((body) => ({
      path: url.pathname, status: response.status(), page: response.request().isNavigationRequest(),
      raw: body.length, gzip: gzipSize(body), br: brotliSize(body),
    }), (e) => ({ path: url.pathname, status: response.status(), error: e.message })));
  });
  return async () => {
    const files = await Promise.all(list);
    const broken = files.find((f) => f.error || f.status !== 200);
    need(!broken, `a response could not be measured: ${JSON.stringify(broken)}`);
    const own = files.filter((f) => !f.page);  // what the page's own HTML makes the browser fetch
    const sum = (fs, key) => fs.reduce((a, f) => a + f[key], 0);
    return { files, requests: own.length, raw: sum(own, 'raw'), gzip: sum(own, 'gzip'), page_raw: sum(files, 'raw'), page_gzip: sum(files, 'gzip') };
  };
}

// [SECTION] Loads
async function coldPage(env, pathname, options = {}) {
  const page = await env.page(null, { ...VIEW, init: { path: path.join(here, 'probe.js') }, ...options });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const bytes = recordRequests(page);
  await page.goto(env.url + pathname);
  return { page, cdp, bytes };
}

async function cold(env, pathname) {
  const { page, bytes } = await coldPage(env, pathname);
  await settle(page);
  const render = await firstRender(page);
  const fetched = await bytes();
  await page.context().close();
  return { render, fetched };
}

// One context loaded once, then reloaded `runs` times; each reload measured.
async function warmContext(env, pathname) {
  const page = await env.page(null, { ...VIEW, init: { path: path.join(here, 'probe.js') } });
  await page.goto(env.url + pathname);
  await settle(page);
  return {
    async reload() {
      await page.reload();
      await settle(page);
      return firstRender(page);
    },
    close: () => page.context().close(),
  };
}

async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

// [SECTION] Interaction: idle frames, frames per tap, frame CPU at DPR 2
async function tap(page, id) {
  const s = await stateWhen(page, (s) => s.targets.some((t) => t.id === id && !t.disabled), `an enabled "${id}"`);
  const p = await targetPoint(page, s.targets.find((t) => t.id === id));
  await settle(page);  // the scroll that brought the target to the middle draws nothing, but wait
  const before = await frames(page);
  await page.touchscreen.tap(p.x, p.y);
  await settle(page);
  return (await frames(page)) - before;
}

async function interact(env) {
  const page = await env.page('/bench/widget.html', { ...VIEW, dpr: 2, hasTouch: true, init: { path: path.join(here, 'probe.js') } });
  await settle(page);
  const render = await firstRender(page);

  const before = await frames(page);
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const idle = (await frames(page)) - before;

  const taps = { start: await tap(page, 'start') };
  const q = await stateWhen(page, (s) => s.screen === 'question', 'a question');

  // Frame CPU: the mouse crosses the visible part of the canvas; after each move, the frames it
  // causes are waited out (w.idle).
  const box = await evaluate(page, () => {
    const r = window.NewsQuiz.widgets[0].element.querySelector('canvas').getBoundingClientRect();
    return { left: r.left, right: r.right, top: Math.max(r.top, 0), bottom: Math.min(r.bottom, window.innerHeight) };
  });
  need(box.bottom - box.top > 40, 'the question screen is not in view');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  need(await evaluate(page, () => window.crossOriginIsolated), 'the page is not cross-origin isolated: frame times would tick by 0.1 ms');
  const task0 = await taskSeconds();
  const f0 = await evaluate(page, () => { window.__nqBench.timing = true; return window.NewsQuiz.widgets[0].frames; });
  let waitIdle = true;  // false once the widget did not go idle after a move (then it is not waited for)
  for (let i = 0; i < MOVES; i++) {
    const x = box.left + 8 + ((box.right - box.left - 16) * ((i * 37) % MOVES)) / MOVES;
    const y = box.top + 8 + ((box.bottom - box.top - 16) * i) / MOVES;
    await page.mouse.move(x, y);
    if (!waitIdle) continue;
    waitIdle = await page.waitForFunction(() => window.NewsQuiz.widgets[0].idle, null, { polling: 'raf', timeout: RESTLESS_MS })
      .then(() => true, () => { restless++; return false; });
  }
  const timed = await evaluate(page, () => {
    window.__nqBench.timing = false;
    return { frameMs: window.__nqBench.frameMs, renderMs: window.__nqBench.renderMs, frames: window.NewsQuiz.widgets[0].frames };
  });
  const { frameMs, renderMs } = timed, drawn = timed.frames - f0, task = (await taskSeconds()) - task0;
  need(frameMs.length === drawn && renderMs.length === drawn && drawn >= MOVES / 2, `${drawn} frames drawn and ${frameMs.length} timed for ${MOVES} mouse moves`);
  const still = await stateWhen(page, (s) => s.screen === 'question', 'the question still');
  need(still.question.id === q.question.id, 'the mouse moves changed the question');

  // The taps that answer the first question and go on.
  const choice = still.targets.find((t) => t.role === 'radio' || t.role === 'checkbox');
  need(choice, `question ${q.question.id} has no choice to tap`);
  taps.choice = await tap(page, choice.id);
  taps.submit = await tap(page, 'submit');
  const after = await stateWhen(page, (s) => s.screen === 'results' || s.targets.some((t) => t.id === 'next'), 'Next or the results');
  if (after.screen !== 'results') taps.next = await tap(page, 'next');
  await page.context().close();
  return {
    frames_to_full_dpr2: render.frames, idle_frames: idle, idle_ms: IDLE_MS, taps,
    frame_cpu: {
      dpr: 2, question: q.question.id, moves: MOVES, frames: frameMs.length, median_ms: round(median(frameMs)),
      p95_ms: round(percentile(frameMs, 95)), max_ms: round(Math.max(...frameMs)), drawn,
      with_rendering: { median_ms: round(median(renderMs)), p95_ms: round(percentile(renderMs, 95)), frames: renderMs.length },
      task_ms_per_frame: round((task * 1000) / Math.max(drawn, 1)),
    },
  };
}

// The seed quiz taken by touch: WebAssembly memory and the JS heap after it.
async function memory(env) {
  const page = await env.page('/bench/widget.html', { ...VIEW, hasTouch: true, init: { path: path.join(here, 'probe.js') } });
  await settle(page);
  const heapStart = await heapAfterGc(page);
  const s = await takeSeedQuiz(page, 'touch');
  need(s.result && s.result.percent === 100, `the seed quiz was not scored 100 %: ${JSON.stringify(s.result)}`);
  await settle(page);
  const memories = await evaluate(page, () => window.__nqBench.memories.map((m) => (m ? m.buffer.byteLength : null)));
  need(memories.length === 1 && memories[0], `the widget's WebAssembly memory was not found (${JSON.stringify(memories)})`);
  const heapQuiz = await heapAfterGc(page);
  await page.context().close();
  return { wasm_bytes: memories[0], js_heap_first_render: heapStart, js_heap_after_quiz: heapQuiz };
}

async function twoWidgets(env) {
  const { page, bytes } = await coldPage(env, '/bench/two-widgets.html');
  await settle(page, { count: 2 });
  const memories = await evaluate(page, () => window.__nqBench.memories.map((m) => (m ? m.buffer.byteLength : null)));
  const fetched = await bytes();
  await page.context().close();
  return { fetched, wasm_bytes: memories };
}

// [SECTION] The run
async function main() {
  const out = process.argv[2];
  need(out, 'usage: node tests/bench/widget.mjs OUT.json');
  const env = await open();
  serveBenchPages(env.server);
  try {
    const result = { chromium: env.browser.version(), runs: RUNS, cpus: os.cpus().length, load_before: os.loadavg().map((x) => round(x, 2)) };
    const log = (what) => process.stderr.write(`[bench] ${what}\n`);

    log(`cold loads, widget and static page in turn (${RUNS} each)`);
    const coldRuns = { widget: [], static: [] };
    for (let i = 0; i < RUNS; i++) {
      coldRuns.widget.push(await cold(env, '/bench/widget.html'));
      coldRuns.static.push(await cold(env, '/bench/static.html'));
    }
    log(`warm reloads (${RUNS} each)`);
    const warm = { widget: await warmContext(env, '/bench/widget.html'), static: await warmContext(env, '/bench/static.html') };
    const warmRuns = { widget: [], static: [] };
    for (let i = 0; i < RUNS; i++) {
      warmRuns.widget.push(await warm.widget.reload());
      warmRuns.static.push(await warm.static.reload());
    }
    await warm.widget.close();
    await warm.static.close();

    const requests = new Set(coldRuns.widget.map((r) => r.fetched.requests));
    need(requests.size === 1, `the widget's requests differ between cold loads: ${[...requests]}`);
    need(coldRuns.widget.every(({ render: r }) => r.loader && r.wasm && r.document), 'resource timing lacks the loader, the wasm or the document');
    const one = coldRuns.widget[0].fetched;
    const milestones = (key) => summary(coldRuns.widget.map((r) => r.render[key]).filter((x) => x !== null && x !== undefined));
    const fetchTimes = (key) => ({
      start: round(median(coldRuns.widget.map((r) => r.render[key].start))),
      end: round(median(coldRuns.widget.map((r) => r.render[key].end))),
    });
    Object.assign(result, {
      widget: {
        files: one.files, requests: one.requests, raw: one.raw, gzip: one.gzip,
        cold_ms: summary(coldRuns.widget.map((r) => r.render.ms)),
        warm_ms: summary(warmRuns.widget.map((r) => r.ms)),
        frames_to_full: summary(coldRuns.widget.map((r) => r.render.frames)),
        height: coldRuns.widget[0].render.height,
        cold_milestones_ms: {
          loader: fetchTimes('loader'), wasm: fetchTimes('wasm'), document: fetchTimes('document'),
          ready: milestones('ready_ms').median, first_frame: milestones('first_frame_ms').median,
        },
        // ms since navigation start, per cold load: [start, response end] of each fetch
        cold_fetches: coldRuns.widget.map(({ render: r }) => Object.fromEntries(['loader', 'wasm', 'document'].map((k) => [k, [round(r[k].start, 1), round(r[k].end, 1)]]))),
        // between the starts of the wasm and document fetches, median over the cold loads
        fetch_start_gap_ms: round(median(coldRuns.widget.map(({ render: { wasm, document } }) => Math.abs(wasm.start - document.start))), 1),
      },
      static: {
        files: coldRuns.static[0].fetched.files, requests: coldRuns.static[0].fetched.files.length,
        raw: coldRuns.static[0].fetched.page_raw, gzip: coldRuns.static[0].fetched.page_gzip,
        cold_ms: summary(coldRuns.static.map((r) => r.render.ms)),
        warm_ms: summary(warmRuns.static.map((r) => r.ms)),
      },
      dist: distFiles(),
      unmeasured: [],
    });

    // The stages below each measure on their own page: one that cannot measure leaves its
    // figures null and its reason in `unmeasured` (report.mjs prints them, then fails).
    async function stage(what, fn) {
      log(what);
      try {
        return await fn();
      } catch (e) {
        result.unmeasured.push(`${what}: ${e instanceof CannotMeasure ? e.message : e.message.split('\n')[0]}`);
        return null;
      }
    }
    result.widget.interaction = await stage('frames while idle, per tap, and frame CPU at DPR 2', () => interact(env));
    result.widget.memory = await stage('the seed quiz taken: WebAssembly memory and JS heap', () => memory(env));
    result.two_widgets = await stage('two widgets', async () => {
      const two = await twoWidgets(env);
      const second = two.fetched.files.find((f) => f.path.endsWith('/civic-toolkit-us-mexico-security.json'));
      need(second, 'the second widget\'s document was not fetched');
      return {
        files: two.fetched.files, requests: two.fetched.requests, raw: two.fetched.raw, gzip: two.fetched.gzip,
        extra_requests: two.fetched.requests - one.requests, extra_raw: two.fetched.raw - one.raw,
        second_document_raw: second.raw, wasm_memory_bytes: two.wasm_bytes,
      };
    });
    result.static.js_heap_bytes = await stage('the static page\'s JS heap', async () => {
      const { page } = await coldPage(env, '/bench/static.html');
      await settle(page);
      const heap = await heapAfterGc(page);
      await page.context().close();
      return heap;
    });
    result.restless_waits = restless;
    result.load_after = os.loadavg().map((x) => round(x, 2));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  } finally {
    await env.close();
  }
}

main().catch((e) => {
  console.error(`[bench] cannot measure: ${e instanceof CannotMeasure ? e.message : e.stack}`);
  process.exit(1);
});
