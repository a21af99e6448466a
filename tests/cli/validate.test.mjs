import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, fixture } from './run.mjs';

test('validate accepts the seed article', () => {
  const r = run(['validate', fixture('assets/articles/rubio-us-mexico-security.json')]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /rubio-us-mexico-security\.json: ok\n$/);
});

test('validate without a file is a usage error', () => {
  const r = run(['validate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: newsquiz validate FILE\.\.\./);
});
