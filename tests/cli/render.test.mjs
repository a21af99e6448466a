// `newsquiz render DOC --screen S --width W [--scale S] [--progress FILE [--today N]] -o OUT.png`
// through the real binary: PNG files of the real UI, exit codes, messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, fixture } from './run.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-render-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const seed = fixture('assets/articles/rubio-us-mexico-security.json');
const invalid = fixture('tests/fixtures/invalid/action-string.json');
// A reader who took a city-budget quiz twice (days 20094 and 20095); its cards are due by day 20097.
const store = fixture('tests/fixtures/progress/v2-store.json');

// Width and height from the PNG's IHDR chunk.
function pngSize(file) {
  const b = fs.readFileSync(file);
  assert.deepEqual([...b.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(b.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function render(args) {
  const out = path.join(tmp, `${args.join('_').replace(/[^a-z0-9]+/gi, '-')}.png`);
  return { out, r: run(['render', ...args, '-o', out]) };
}

test('the article card at 360 px: a PNG as wide as asked, as tall as its content', () => {
  const { out, r } = render([seed, '--screen', 'article', '--width', '360']);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const size = pngSize(out);
  assert.equal(size.width, 360);
  assert.ok(size.height > 1200 && size.height < 4000, `height ${size.height}`);  // with the eight actions listed
});

test('--scale 2 doubles the device pixels', () => {
  const { out, r } = render([seed, '--screen', 'question:3', '--width', '400', '--scale', '2']);
  assert.equal(r.status, 0);
  assert.equal(pngSize(out).width, 800);
});

test('the same command gives the same bytes; another theme gives others', () => {
  const a = render([seed, '--screen', 'results', '--width', '360']);
  const b = run(['render', seed, '--screen', 'results', '--width', '360', '-o', path.join(tmp, 'again.png')]);
  const dark = render([seed, '--screen', 'results', '--width', '360', '--theme', 'dark']);
  assert.equal(a.r.status + b.status + dark.r.status, 0);
  assert.ok(fs.readFileSync(a.out).equals(fs.readFileSync(path.join(tmp, 'again.png'))));
  assert.ok(!fs.readFileSync(a.out).equals(fs.readFileSync(dark.out)));
});

test('every screen of the seed renders', () => {
  for (const screen of ['question:1', 'question:10', 'feedback:8', 'review', 'actions', 'progress']) {
    const { out, r } = render([seed, '--screen', screen, '--width', '320', '--lang', 'es']);
    assert.equal(r.status, 0, `${screen}: ${r.stderr}`);
    assert.equal(pngSize(out).width, 320);
  }
});

test('a screen the document does not have: exit 1 and why', () => {
  const { out, r } = render([seed, '--screen', 'question:11', '--width', '360']);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `newsquiz render: ${seed}: question 11: this attempt has 10 questions\n`);
  assert.ok(!fs.existsSync(out));
  const valid = render([seed, '--screen', 'error', '--width', '360']);
  assert.equal(valid.r.status, 1);
  assert.equal(valid.r.stderr, `newsquiz render: ${seed}: the document is valid: it has no error card\n`);
});

test('an invalid document renders only its error card', () => {
  const card = render([invalid, '--screen', 'error', '--width', '360']);
  assert.equal(card.r.status, 0);
  assert.equal(pngSize(card.out).width, 360);
  const article = render([invalid, '--screen', 'article', '--width', '360']);
  assert.equal(article.r.status, 1);
  assert.match(article.r.stderr, /the document is not valid \(see `newsquiz validate`\)/);
});

test('usage errors exit 2 with the usage line', () => {
  for (const args of [
    [seed, '--screen', 'article', '--width', '360'],             // no -o
    [seed, '--screen', 'question:0', '--width', '360', '-o', 'x.png'],
    [seed, '--screen', 'everything', '--width', '360', '-o', 'x.png'],
    [seed, '--screen', 'article', '--width', '40', '-o', 'x.png'],
    [seed, '--screen', 'article', '--width', '360', '--scale', '9', '-o', 'x.png'],
    [seed, '--screen', 'article', '--width', '360', '--theme', 'sepia', '-o', 'x.png'],
    [seed, '--screen', 'article', '--width', '360', '--bogus', '-o', 'x.png'],
    [seed, '--screen', 'article', '--width', '360', '--today', '20100', '-o', 'x.png'],  // no --progress
    [seed, '--screen', 'article', '--width', '360', '--progress', store, '--today', 'soon', '-o', 'x.png'],
  ]) {
    const r = run(['render', ...args]);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /usage: newsquiz render DOC --screen /);
  }
});

test('a missing file: exit 1, never a crash', () => {
  const r = run(['render', path.join(tmp, 'nope.json'), '--screen', 'article', '--width', '360', '-o', path.join(tmp, 'n.png')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /nope\.json: cannot open the file/);
});

test('--progress starts from a stored store: the progress screen and the card of a returning reader grow', () => {
  const fresh = render([seed, '--screen', 'progress', '--width', '360']);
  const stored = render([seed, '--screen', 'progress', '--width', '360', '--progress', store, '--today', '20100']);
  assert.equal(stored.r.stderr, '');
  assert.equal(fresh.r.status + stored.r.status, 0);
  // An empty store has one line to say; the stored one a streak, two topics, a chart and the review due.
  assert.ok(pngSize(stored.out).height > pngSize(fresh.out).height + 300,
            `${pngSize(stored.out).height} vs ${pngSize(fresh.out).height}`);
  const card = render([seed, '--screen', 'article', '--width', '360']);
  const returning = render([seed, '--screen', 'article', '--width', '360', '--progress', store, '--today', '20100']);
  assert.ok(pngSize(returning.out).height > pngSize(card.out).height, 'the review due and "Your progress" under the card');
  // Another day, another image: nothing is due yet on the day of the last attempt.
  const earlier = render([seed, '--screen', 'article', '--width', '360', '--progress', store, '--today', '20095']);
  assert.ok(!fs.readFileSync(earlier.out).equals(fs.readFileSync(returning.out)));
});

test('--progress: a store with bad entries renders what is valid and says what was dropped; a missing one is exit 1', () => {
  const corrupt = fixture('tests/fixtures/progress/corrupt-types.json');
  const { out, r } = render([seed, '--screen', 'progress', '--width', '360', '--progress', corrupt]);
  assert.equal(r.status, 0);
  assert.ok(fs.existsSync(out));
  assert.ok(r.stderr.split('\n').includes(
    `newsquiz render: ${corrupt}: [newsquiz] progress: /learner: has the wrong type; the entry is dropped`), r.stderr);
  const missing = render([seed, '--screen', 'progress', '--width', '360', '--progress', path.join(tmp, 'none.json')]);
  assert.equal(missing.r.status, 1);
  assert.match(missing.r.stderr, /none\.json: cannot open the file/);
  assert.ok(!fs.existsSync(missing.out));
});
