// Compiled by package.test.mjs with tsc --strict: newsquiz.d.ts describes the API a publisher uses.
import type { NewsQuizState, NewsQuizWidget } from '../../newsquiz';

async function embed(element: HTMLElement): Promise<number> {
  const w: NewsQuizWidget = await NewsQuiz.mount(element, { src: '/q.json', theme: 'dark', start: 'quiz', storage: 'none' });
  const s: NewsQuizState | null = w.state();
  element.addEventListener('newsquiz:answer', (e) => {
    const ok: boolean = e.detail.correct;
    const id: string = e.detail.questionId;
    void ok, id;
  });
  element.addEventListener('newsquiz:complete', (e) => console.log(e.detail.percent, e.detail.durationMs));
  element.addEventListener('newsquiz:xapi', (e) => console.log(e.detail.statement['verb']));
  await NewsQuiz.mount(element, { lang: 'pt', strings: { pt: { start_quiz: 'Começar' } }, aggregates: '/agg.json' });
  await NewsQuiz.mount(element, { lang: 'fr', strings: '/words/fr.json' });
  // @ts-expect-error: a strings object maps a language to its words, each a string
  await NewsQuiz.mount(element, { strings: { fr: { start_quiz: 3 } } });
  // @ts-expect-error: the theme is light, dark or auto
  await NewsQuiz.mount(element, { theme: 'blue' });
  // @ts-expect-error: complete has no questionId
  element.addEventListener('newsquiz:complete', (e) => e.detail.questionId);
  // @ts-expect-error: the version cannot be changed
  NewsQuiz.version = '2';
  const mastered: string[] = s ? s.progress.topics.filter((t) => t.level === 'mastered').map((t) => t.id) : [];
  const due: number = s ? s.progress.due : 0;
  void mastered, due;
  // @ts-expect-error: levels are not_started, familiar, proficient or mastered
  if (s && s.progress.topics[0].level === 'expert') return 0;
  w.destroy();
  return s && s.question ? s.question.index : NewsQuiz.widgets.length;
}
void embed;
