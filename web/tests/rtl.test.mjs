// Text the canvas cannot shape: a document in Arabic opens as the HTML version, which the browser
// shapes, right to left, with one console line saying why; the quiz works there as anywhere.
// Latin text stays on the canvas.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, waitForState, problems, routedPage, closeAfterEach, screenshot } from './helpers.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });
const closing = closeAfterEach();

const ARABIC = {
  format: 'newsquiz/1', lang: 'ar',
  article: {
    id: 'rtl-demo', headline: 'وزير الخارجية يزور المكسيك', date: '2025-09-03',
    dek: 'ناقش الوزيران التعاون الأمني بين البلدين.',
  },
  quiz: {
    questions: [{
      id: 'q1', type: 'single', prompt: 'أي بلد زار الوزير؟',
      choices: [{ id: 'a', text: 'المكسيك', correct: true }, { id: 'b', text: 'كندا' }],
      explanation: 'زار الوزير المكسيك.',
    }],
  },
};

async function widget(doc) {
  const page = closing(await routedPage(env, 'rtl', '<div data-newsquiz="/t/doc.json"></div>', { viewport: { width: 390, height: 700 } }));
  await page.route(`${env.url}/t/doc.json`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(doc) }));
  await page.goto(`${env.url}/t/rtl.html`);
  return page;
}

test('an Arabic document: the HTML version, right to left, and the quiz taken there', async () => {
  const page = await widget(ARABIC);
  await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  const root = page.locator('.newsquiz__fallback');
  assert.equal(await page.locator('.newsquiz canvas, [data-newsquiz] canvas').count(), 0);
  assert.deepEqual(await root.evaluate((el) => [el.lang, el.dir, getComputedStyle(el).direction]), ['ar', 'rtl', 'rtl']);
  assert.deepEqual(page.messages.filter((m) => m.startsWith('info: [newsquiz]')), [
    'info: [newsquiz] this quiz has text in a script the canvas does not shape (right-to-left or joined letters); showing it as plain HTML, which the browser shapes.',
  ]);
  // the headline starts at the right edge of the widget
  const [text, box] = await Promise.all([
    page.getByText('وزير الخارجية يزور المكسيك').boundingBox(),
    root.boundingBox(),
  ]);
  assert.ok(box.x + box.width - (text.x + text.width) < 40, `headline ends ${box.x + box.width - (text.x + text.width)} px from the right edge`);
  await screenshot(page, 'rtl-card', { fullPage: false });

  await root.locator('[data-id="start"]').click();
  await waitForState(page, (s) => s.screen === 'question' && s.question.id === 'q1');
  await root.locator('input[value="a"]').click();
  await root.locator('[data-id="submit"]').click();
  const s = await waitForState(page, (s) => s.screen === 'question' && s.question.answered);
  assert.equal(s.question.correct, true);
  assert.equal(await root.locator('[data-id="q1/verdict"]').textContent(), 'Correct');
  assert.ok(await root.getByText('زار الوزير المكسيك.').isVisible());
  await screenshot(page, 'rtl-feedback', { fullPage: false });
  assert.deepEqual(problems(page), []);
});

test('a Latin document with the same shape stays on the canvas, with no such line', async () => {
  const latin = JSON.parse(JSON.stringify(ARABIC));
  latin.lang = 'es';
  latin.article.headline = 'El canciller visita México';
  latin.article.dek = 'Los ministros hablaron de seguridad.';
  latin.quiz.questions[0].prompt = '¿Qué país visitó?';
  latin.quiz.questions[0].choices = [{ id: 'a', text: 'México', correct: true }, { id: 'b', text: 'Canadá' }];
  latin.quiz.questions[0].explanation = 'Visitó México.';
  const page = await widget(latin);
  await waitForState(page, (s) => s.screen === 'article' && s.targets.some((t) => t.id === 'start'));
  assert.equal(await page.locator('.newsquiz__fallback').count(), 0);
  assert.equal(await page.locator('canvas').count(), 1);
  assert.deepEqual(page.messages.filter((m) => m.includes('does not shape')), []);
  assert.deepEqual(problems(page), []);
});
