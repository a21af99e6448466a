// Shared by the browser suites: the demo server, Debian's Chromium through playwright-core,
// and small waits on the widget's own state().
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = path.join(root, 'build/web-tests');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox', '--disable-gpu-sandbox', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
];

// One server and one browser per suite file: const env = await open(); ... await env.close();
export async function open({ serverOptions = {}, args = [] } = {}) {
  const { server, url } = await startServer(serverOptions);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, ...args] });
  return {
    url, browser,
    async page(pathname, { width = 800, height = 900, dpr = 1, ...options } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, ...options });
      const page = await context.newPage();
      page.messages = [];
      page.on('console', (m) => page.messages.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => page.messages.push(`pageerror: ${e.message}`));
      if (pathname) await page.goto(url + pathname);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

// Waits until the n-th widget's state() satisfies pred, and returns that state.
export async function waitForState(page, pred, { index = 0, timeout = 15000 } = {}) {
  const handle = await page.waitForFunction(
    ([i, src]) => {
      const w = window.NewsQuiz && window.NewsQuiz.widgets[i];
      const s = w && w.state && w.state();
      return s && new Function('s', `return (${src})(s)`)(s) ? s : null;
    },
    [index, pred.toString()],
    { timeout, polling: 50 },
  );
  return handle.jsonValue();
}

export async function screenshot(page, name) {
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
