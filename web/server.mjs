// Serves the demo site on 127.0.0.1: `/` is web/demo, `/dist/` the built widget, `/assets/` the articles.
//   node web/server.mjs [--port 8080]     (PORT= works too)
// Used by `make demo` and by the browser tests (startServer()).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mounts = [
  ['/dist/', path.join(root, 'web/dist')],
  ['/assets/', path.join(root, 'assets')],
  ['/', path.join(root, 'web/demo')],
];
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.png': 'image/png',
  '.ttf': 'font/ttf', '.otf': 'font/otf', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

function resolve(urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = path.join(dir, decodeURIComponent(urlPath.slice(prefix.length)));
    if (!file.startsWith(dir)) return null;  // no way out of the mounted folders
    return fs.existsSync(file) && fs.statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
  }
  return null;
}

export function startServer({ port = 0, host = '127.0.0.1', log = false, wasmType = 'application/wasm' } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const file = resolve(url.pathname);
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      if (log) console.log(`404 ${url.pathname}`);
      return;
    }
    const ext = path.extname(file);
    const type = ext === '.wasm' ? wasmType : types[ext] || 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
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
