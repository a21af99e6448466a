// Serves the demo site on 127.0.0.1: `/` is web/demo, `/dist/` the built widget, `/assets/` the articles;
// what a widget fetches carries Access-Control-Allow-Origin: * (the iframe page, docs/embedding.md).
//   node web/server.mjs [--port 8080]     (PORT= works too)
// Used by `make demo` and by the browser tests (startServer()).
//
// It also plays the publisher's xAPI proxy at /xapi/statements: POSTed statements are checked
// for the version header and kept in memory (GET lists them), as a real proxy would forward
// them to a learning record store with credentials the page never sees.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The first mount that has the file serves it: build/native/demo holds the pages the native build
// writes (static.html: the seed's fragment from `newsquiz html`, for readers without JavaScript).
const mounts = [
  ['/dist/', path.join(root, 'web/dist')],
  ['/assets/', path.join(root, 'assets')],
  ['/', path.join(root, 'build/native/demo')],
  ['/', path.join(root, 'web/demo')],
];
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.png': 'image/png',
  '.ttf': 'font/ttf', '.otf': 'font/otf', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};
const MAX_STATEMENTS = 1000;
// What a widget fetches (documents, strings, newsquiz.wasm, fonts) and its loader, readable from
// any origin: embed.html in a sandboxed iframe has an opaque origin, so its fetches are cross-origin.
const SHARED = new Set(['.json', '.wasm', '.js', '.otf', '.ttf']);

function resolve(urlPath) {
  let found = null;
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = path.join(dir, decodeURIComponent(urlPath.slice(prefix.length)));
    if (!file.startsWith(dir)) return null;  // no way out of the mounted folders
    found = fs.existsSync(file) && fs.statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
    if (fs.existsSync(found)) return found;
  }
  return found;
}

function reply(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

// POST one statement (or an array) with X-Experience-API-Version: 1.0.3; GET lists them.
function xapi(req, res, statements) {
  if (req.method === 'GET') return reply(res, 200, statements);
  if (req.method !== 'POST') return reply(res, 405, { error: 'POST or GET' });
  if (req.headers['x-experience-api-version'] !== '1.0.3') return reply(res, 400, { error: 'X-Experience-API-Version: 1.0.3 is required' });
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    let list;
    try { list = [].concat(JSON.parse(body)); } catch { return reply(res, 400, { error: 'not JSON' }); }
    const known = new Set(statements.map((s) => s.id));
    const fresh = list.filter((s) => !known.has(s.id));  // a retry of a stored id changes nothing
    statements.push(...fresh);
    statements.splice(0, Math.max(0, statements.length - MAX_STATEMENTS));
    reply(res, 200, list.map((s) => s.id));
  });
}

export function startServer({ port = 0, host = '127.0.0.1', log = false, wasmType = 'application/wasm' } = {}) {
  const statements = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/xapi/statements') return xapi(req, res, statements);
    const file = resolve(url.pathname);
    if (!file || !fs.existsSync(file)) {
      reply(res, 404, 'not found', 'text/plain');
      if (log) console.log(`404 ${url.pathname}`);
      return;
    }
    const ext = path.extname(file);
    const type = ext === '.wasm' ? wasmType : types[ext] || 'application/octet-stream';
    // Revalidated on every use: a rebuilt widget is seen at once, an unchanged one comes from
    // the browser's cache (with its compiled WebAssembly).
    const stat = fs.statSync(file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const cors = SHARED.has(ext) ? { 'access-control-allow-origin': '*' } : {};
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'cache-control': 'no-cache', ...cors });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', etag, ...cors });
    fs.createReadStream(file).pipe(res);
  });
  server.statements = statements;
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--port');
  const port = Number(at > 0 ? process.argv[at + 1] : process.env.PORT || 8080);
  const { url } = await startServer({ port, log: true });
  console.log(`[newsquiz] demo at ${url}/  (Ctrl-C stops)`);
}
