// The authoring page (web/demo/author.html): problems listed with their place and selected on
// a click, the live widget once the text has no errors, GIFT converted, and the download equal
// to what `newsquiz convert` writes for the same input (the real CLI, build/native/newsquiz).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { open, waitForState, root } from './helpers.mjs';

const CLI = process.env.NEWSQUIZ || path.join(root, 'build/native/newsquiz');
const VALID = fs.readFileSync(path.join(root, 'tests/fixtures/valid/true_false.json'), 'utf8');
const BROKEN = VALID.replace('"date": "2025-09-03"', '"date": "2025-02-30"');
const GIFT = '::Capital:: What is the capital of France? {=Paris ~Lyon ~Marseille}\n\n' +
  'The Seine flows through Paris. {TRUE}\n';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

// The problems as the page lists them, once the count says `count`.
async function listed(page, count) {
  await page.locator('#count', { hasText: count }).waitFor();
  return page.locator('#problems li').evaluateAll((items) => items.map((li) => ({
    severity: li.className, text: li.textContent, clickable: !!li.querySelector('button'),
  })));
}

// What converting GIFT says, as `newsquiz convert` says it: the first by its place in the text.
function warnings(id, why) {
  return [
    { severity: 'warning', clickable: true, text: 'warning 1:1 question names are not shown in newsquiz: 1 name is left out' },
    { severity: 'warning', clickable: false, text: `warning /article/id the article's id is "${id}", ${why}; give --id to choose it` },
    { severity: 'warning', clickable: false, text: 'warning /article/headline the headline is "Capital", taken from the first question\'s title; give --headline to write it' },
    { severity: 'warning', clickable: false, text: 'warning /article/date the date is a placeholder, 1970-01-01; give --date YYYY-MM-DD (or --date today)' },
  ];
}

async function downloaded(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

test('a broken paste lists its error with the pointer; a click selects the value; the fix shows the widget', async () => {
  const page = await env.page('/author.html');
  await page.fill('#source', BROKEN);
  assert.deepEqual(await listed(page, '1 error, 0 warnings'), [{
    severity: 'error', clickable: true,
    text: 'error /article/date 6:5 expected a real calendar date as YYYY-MM-DD, got "2025-02-30"',
  }]);
  assert.equal(await page.locator('#detected').textContent(), 'Read as newsquiz/1 JSON');
  assert.equal(await page.isDisabled('#download'), true);
  assert.equal(await page.locator('#preview').innerHTML(), '');

  await page.click('#problems li button');
  const selected = await page.evaluate(() => {
    const t = document.getElementById('source');
    return { focused: document.activeElement === t, text: t.value.slice(t.selectionStart, t.selectionEnd) };
  });
  assert.deepEqual(selected, { focused: true, text: '"date": "2025-02-30"' });

  await page.keyboard.type('"date": "2025-09-03"');  // typed over the selection
  assert.deepEqual(await listed(page, 'No problems.'), []);
  const s = await waitForState(page, (st) => st.screen === 'article' && st.targets.length > 0);
  assert.equal(s.article.id, 'rubio-true-false-2025-09-03');
  assert.equal(await page.evaluate(() => NewsQuiz.widgets.length), 1);
  const file = await downloaded(page);
  assert.equal(file.text, VALID);
  assert.deepEqual(page.messages.filter((m) => /error/i.test(m)), []);
});

test('a GIFT paste converts, and its download is what `newsquiz convert --from gift -` writes', async () => {
  const page = await env.page('/author.html');
  await page.fill('#source', GIFT);
  assert.deepEqual(await listed(page, '0 errors, 4 warnings'), warnings('imported-quiz', 'made from the file name'));
  assert.equal(await page.locator('#detected').textContent(), 'Read as GIFT');
  const s = await waitForState(page, (st) => st.screen === 'article' && st.targets.length > 0);
  assert.equal(s.article.headline, 'Capital');
  const file = await downloaded(page);
  const cli = execFileSync(CLI, ['convert', '--from', 'gift', '-'], { input: GIFT, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });
  assert.equal(file.text, cli);
  assert.equal(file.name, 'quiz.json');
});

test('an opened .gift file converts as `newsquiz convert --from gift FILE`, its name kept', async () => {
  const page = await env.page('/author.html');
  const dir = fs.mkdtempSync(path.join(root, 'build/author-'));
  const gift = path.join(dir, 'capitals.gift');
  fs.writeFileSync(gift, GIFT);
  await page.setInputFiles('#file', gift);
  assert.deepEqual(await listed(page, '0 errors, 4 warnings'), warnings('capitals', 'made from the file name'));
  const s = await waitForState(page, (st) => st.screen === 'article' && st.targets.length > 0);
  assert.equal(s.article.id, 'capitals');
  const file = await downloaded(page);
  assert.equal(file.name, 'capitals.json');
  assert.equal(file.text, execFileSync(CLI, ['convert', '--from', 'gift', gift], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  fs.rmSync(dir, { recursive: true });
});

test('a GIFT syntax error selects its line and column; the format select overrides the guess', async () => {
  const page = await env.page('/author.html');
  await page.fill('#source', 'Q1 {=a ~b}\n\nQ2 {=c ~d\n');
  assert.deepEqual(await listed(page, '1 error, 0 warnings'), [{
    severity: 'error', clickable: true,
    text: "error 3:4 '{' without '}' after it: the answers never end (write \\{ for a brace in the text)",
  }]);
  await page.click('#problems li button');
  const where = await page.evaluate(() => {
    const t = document.getElementById('source');
    return { line: t.value.slice(0, t.selectionStart).split('\n').length, text: t.value.slice(t.selectionStart, t.selectionEnd) };
  });
  assert.deepEqual(where, { line: 3, text: '{' });

  await page.fill('#source', 'What is 2 + 2?\nA. 3\nB. 4\nANSWER: B\n');
  await listed(page, '0 errors, 3 warnings');
  assert.equal(await page.locator('#detected').textContent(), 'Read as Aiken');
  await page.selectOption('#format', 'gift');
  assert.deepEqual((await listed(page, '1 error, 1 warning')).map((p) => [p.severity, p.clickable, p.text]), [
    ['warning', true, 'warning 1:1 a description (text without answers) is skipped: newsquiz asks questions only'],
    ['error', false, 'error none of the questions could be kept'],
  ]);
  assert.equal(await page.locator('#detected').textContent(), '');
});
