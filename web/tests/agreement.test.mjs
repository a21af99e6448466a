// The HTML version's leg of the agreement test (tests/agreement/): the HTML version, in headless
// Chromium without WebGL2, shows screen by screen what the canvas shows for the same document,
// seed and answer plan. agreement-canvas (build/native) takes each plan on the canvas and prints
// its items; the page takes the same plan as a reader does (clicks on the choices, typing, the
// order's down buttons, the match's selects, Submit, Next), and at each of those screens its DOM
// is read back into the canvas's item shape (data-id, data-mark, labels, disabled, checked,
// value). Both go through canvasDigest and are compared field by field: marks, buttons and
// their disabled states, verdicts, points, words and the score; and control by control
// (compareControls): every choice, field, select and button with its marks, "disabled" and
// checked, which play's transcript, and so the digest, does not show for every control.
//
// The plans are the native leg's first PLANS per document (tests/agreement/plans.mjs): the seed
// reaches the page through crypto.getRandomValues (the loader draws the seed from 8 random bytes),
// the time through Playwright's clock. NEWSQUIZ and NQ_AGREEMENT_CANVAS name the native binaries;
// NQ_AGREEMENT_HTML_PLANS the number of plans per document (5).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { open, waitForState, problems, noWebGL, root } from './helpers.mjs';
import { canvasDigest, compareViews, compareControls, screenName } from '../../tests/agreement/digest.mjs';
import { plans, canvasLines } from '../../tests/agreement/plans.mjs';

const newsquiz = process.env.NEWSQUIZ || path.join(root, 'build/native/newsquiz');
const canvas = process.env.NQ_AGREEMENT_CANVAS || path.join(root, 'build/native/tests/agreement-canvas');
const PLANS = Number(process.env.NQ_AGREEMENT_HTML_PLANS || 5);
const START_MS = 1757030400000;  // agreement-canvas's clock at opening (HeadlessOptions::start_ms)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nq-agreement-html-'));

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); fs.rmSync(work, { recursive: true, force: true }); });

// Init script: the loader's seed is BigInt('0x' + 8 random bytes in hex), so the big-endian
// bytes of `seed` give the plan's seed; every other draw stays random.
function seedBytes(seed) {
  const original = Crypto.prototype.getRandomValues;
  Crypto.prototype.getRandomValues = function (array) {
    if (!(array instanceof Uint8Array) || array.length !== 8) return original.call(this, array);
    let rest = BigInt(seed);
    for (let i = 7; i >= 0; i--) { array[i] = Number(rest & 0xffn); rest >>= 8n; }
    return array;
  };
}

// A page whose one widget shows `doc` inline, keeping nothing between pages.
function pageHtml(doc) {
  const json = JSON.stringify(doc).replace(/</g, '\\u003c');
  return '<!doctype html><html lang="en"><meta charset="utf-8"><title>agreement</title><main>' +
    `<div class="newsquiz-slot" data-newsquiz="" data-storage="none"><script type="application/json">${json}</script></div>` +
    '</main><script src="/dist/newsquiz.js"></script></html>';
}

// [SECTION] The DOM read back as the canvas's items (runs in the page)
function readItems() {
  const MARKS = { right: 'correct', partly: 'partly-correct', wrong: 'incorrect' };  // data-mark -> the canvas's state word
  const fallback = document.querySelector('.newsquiz__fallback');
  const items = [];
  const own = (el, selector) => [...el.children].find((c) => c.matches(selector));
  for (const el of fallback.querySelectorAll('[data-id]')) {
    const id = el.getAttribute('data-id');
    const item = { id, role: 'text', label: el.textContent.trim(), state: '' };
    let disabled = el.getAttribute('aria-disabled') === 'true' || el.disabled === true;
    const words = [];
    if (MARKS[el.getAttribute('data-mark')]) words.push(MARKS[el.getAttribute('data-mark')]);
    if (el.tagName === 'BUTTON') {
      item.role = 'button';
      item.label = el.getAttribute('aria-label') || item.label;
    } else if (el.tagName === 'H2' || el.tagName === 'H3') {
      item.role = 'heading';
    } else if (el.matches('label.newsquiz__choice')) {
      const input = own(el, 'input');
      const [text, note] = [...el.querySelectorAll(':scope > span')].map((s) => s.textContent);
      item.role = input.type;
      item.checked = input.checked;
      disabled = input.disabled;
      // NOTE: the canvas writes a choice's note into its label as "text. note"; the HTML version
      // shows the two in their own spans.
      item.label = note ? `${text}. ${note}` : text;
    } else if (el.tagName === 'INPUT' && el.type === 'checkbox') {  // an action's Done tick
      item.role = 'checkbox';
      item.label = el.getAttribute('aria-label');
      item.checked = el.checked;
    } else if (el.tagName === 'INPUT') {
      item.role = 'textbox';
      item.label = el.labels[0].textContent;
      if (el.value) item.value = el.value;
    } else if (el.tagName === 'SELECT') {
      // NOTE: the canvas draws a match row as one control labelled "left: shown"; the HTML
      // version has a <label> for the left and a <select> showing the choice.
      item.role = 'combobox';
      item.label = `${el.labels[0].textContent}: ${el.selectedOptions[0].textContent}`;
    } else if (el.tagName === 'LI' && el.parentElement.matches('ol.newsquiz__order')) {
      // NOTE: the HTML version's <ol> numbers the rows itself; the canvas writes "n. " into the label.
      item.label = `${[...el.parentElement.children].indexOf(el) + 1}. ${own(el, 'span').textContent}`;
    } else if (el.getAttribute('role')) {
      item.role = el.getAttribute('role');
      if (item.role === 'progressbar') {
        // NOTE: the score ring's label is the results title on both (aria-label); its figure the value.
        item.label = el.getAttribute('aria-label');
        item.value = el.getAttribute('aria-valuetext');
      }
    }
    if (disabled) words.push('disabled');
    item.state = words.join(' ');
    items.push(item);
  }
  // a match's options, as its select offers them (the first row's; every row offers the same)
  const select = fallback.querySelector('select');
  const options = select ? [...select.options].filter((o) => o.value).map((o) => o.textContent) : undefined;
  return { items, options };
}

async function screen(page, name, doc, question) {
  const { items, options } = await page.evaluate(readItems);
  const line = { screen: name, items };
  if (question) line.question = question;
  if (options && name === 'question') line.options = options;
  return { ...canvasDigest(line, doc), items };
}

// [SECTION] Taking the plan as a reader does, in agreement-canvas's order
async function answer(page, fallback, question, action) {
  const qid = question.id;
  const at = (id) => fallback.locator(`[data-id="${id}"]`);
  switch (question.type) {
    case 'single': case 'multiple':
      for (const id of action.pick) await at(`${qid}/choice/${id}`).click();
      break;
    case 'true_false':
      await at(`${qid}/${action.bool}`).click();
      break;
    case 'numeric': case 'text':
      await at(`${qid}/${question.type === 'numeric' ? 'number' : 'text'}`).fill(action.type);
      break;
    case 'order':
      for (const k of action.down) {
        const before = await page.evaluate(() => [...document.querySelectorAll('ol.newsquiz__order > li')].map((li) => li.getAttribute('data-id')));
        await fallback.locator('ol.newsquiz__order > li').nth(k).locator('button[data-id$="/down"]').click();
        await page.waitForFunction((b) => [...document.querySelectorAll('ol.newsquiz__order > li')].map((li) => li.getAttribute('data-id')).join() !== b.join(), before);
      }
      break;
    case 'match':
      for (const p of question.pairs) await at(`${qid}/select/${p.id}`).selectOption(action.match[p.id]);
      break;
    default: throw new Error(`no action for a ${question.type} question`);
  }
}

// The screens the HTML version shows for one plan, as canvasDigest lines with their items.
async function takePlan(doc, seed, plan) {
  const page = await env.page(null, { shared: true, timezoneId: 'UTC', init: noWebGL });
  try {
    await page.addInitScript(seedBytes, seed);
    await page.clock.setFixedTime(START_MS);
    await page.route(env.url + '/agreement.html', (route) => route.fulfill({ contentType: 'text/html', body: pageHtml(doc) }));
    await page.goto(env.url + '/agreement.html');
    const fallback = page.locator('.newsquiz__fallback');
    await waitForState(page, (s) => s.screen === 'article' && s.targets.length > 0);
    const screens = [await screen(page, 'article', doc)];
    if (!(await fallback.locator('[data-id="start"]').count())) return { screens, page };
    await fallback.locator('[data-id="start"]').click();
    let s = await waitForState(page, (s) => s.screen !== 'article');
    while (s.screen === 'question' && !s.question.answered) {
      const n = s.question.index, question = doc.quiz.questions.find((q) => q.id === s.question.id);
      screens.push(await screen(page, 'question', doc, question.id));
      await answer(page, fallback, question, plan.answers[question.id]);
      await fallback.locator('[data-id="submit"]').click();
      s = await waitForState(page, (s) => s.screen !== 'question' || s.question.index !== n || s.question.answered, { timeout: 5000 })
        .catch(() => { throw new Error(`Submit did nothing on question ${question.id}`); });
      if (s.screen === 'question' && s.question.answered) {
        screens.push(await screen(page, 'feedback', doc, question.id));
        await fallback.locator('[data-id="next"]').click();
        s = await waitForState(page, (s) => s.screen !== 'question' || s.question.index !== n);
      }
    }
    if (s.screen === 'results') {
      await waitForState(page, (s) => s.screen === 'results' && s.targets.length > 0);
      screens.push(await screen(page, 'results', doc));
    }
    return { screens, page };
  } catch (e) {
    await page.close();
    throw e;
  }
}

test('the HTML version shows, screen by screen, what the canvas shows', async () => {
  let compared = 0, count = 0;
  const failures = [];
  for (const p of plans({ source: root, count: PLANS, newsquiz, work })) {
    const { seed, doc, plan, where } = p;
    count++;
    const drawn = canvasLines(canvas, p);
    const canvasScreens = drawn.map((line) => canvasDigest(line, doc));
    let html;
    try {
      html = await takePlan(doc, seed, plan);
    } catch (e) {
      failures.push(`${where}: the HTML version could not take the plan: ${e.message.split('\n')[0]}`);
      continue;
    }
    const disagree = compareViews(canvasScreens, html.screens, 'the HTML version');
    for (let n = 0; n < Math.min(drawn.length, html.screens.length); n++)
      disagree.push(...compareControls(drawn[n].items, html.screens[n].items, 'the HTML version', screenName(canvasScreens, n)));
    for (const problem of disagree) failures.push(`${where}: ${problem}`);
    for (const problem of problems(html.page)) failures.push(`${where}: the page said ${problem}`);
    compared += canvasScreens.length;
    await html.page.close();
  }
  console.log(`[newsquiz] agreement (HTML version): ${count} plans, ${compared} screens compared`);
  assert.deepEqual(failures, [], `the canvas and the HTML version disagree:\n${failures.join('\n')}`);
});
