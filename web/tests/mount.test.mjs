import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, waitForState, screenshot } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

test('the demo page mounts the widget and reaches the seed article', async () => {
  const page = await env.page('/');
  const s = await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
  assert.equal(s.article.id, 'rubio-us-mexico-security-2025-09-03');
  assert.equal(s.article.headline, 'Rubio announces expanded US-Mexico security collaboration');
  const start = s.targets.find((t) => t.role === 'button' && t.label === 'Start quiz');
  assert.ok(start, `a Start quiz button among ${JSON.stringify(s.targets.map((t) => t.label))}`);
  await screenshot(page, 'mount-article-800');
  assert.deepEqual(page.messages.filter((m) => m.startsWith('pageerror')), []);
});
