// newsquiz: an embeddable news quiz. The one global, its widgets and their events.
//
//   <div data-newsquiz="/quizzes/story.json" data-theme="auto"></div>
//   <script src="https://cdn.example.org/newsquiz/newsquiz.js" async></script>
//
//   const w = await NewsQuiz.mount(element, { src: '/quizzes/story.json', theme: 'dark' });
//   element.addEventListener('newsquiz:complete', (e) => console.log(e.detail.percent));

export type NewsQuizScreen = 'article' | 'question' | 'results' | 'review' | 'progress' | 'actions' | 'error';

export type NewsQuizQuestionType = 'single' | 'multiple' | 'true_false' | 'numeric' | 'text' | 'order' | 'match';

/** A response as in the newsquiz/1 content format: "a", ["a","c"], true, 3.5, "text", {"p1":"p2"}; null = none. */
export type NewsQuizResponse = string | string[] | boolean | number | Record<string, string> | null;

/** Options of NewsQuiz.mount(); each overrides the element's data-* attribute of the same meaning. */
export interface NewsQuizOptions {
  /** URL of a newsquiz/1 document (data-newsquiz). */
  src?: string;
  /** The document itself, as an object or JSON text, instead of src. */
  article?: object | string;
  /** data-theme; "auto" follows prefers-color-scheme. Default "auto". */
  theme?: 'light' | 'dark' | 'auto';
  /** data-lang: the widget's own words: "en", "es", "fr", "de" built in ("fr-CA" -> fr), or any tag
   *  the strings give words for (English for the rest); default the document's lang. */
  lang?: string;
  /** data-strings: the URL of a strings file ({"fr": {"start_quiz": "Lancer le quiz"}}, the shape of a
   *  document's `strings`), or that object itself. Its words win over the document's and the built-in
   *  ones; a file that cannot be fetched or read is one console warning, and the other words are shown. */
  strings?: string | Record<string, Record<string, string>>;
  /** data-accent: any CSS colour. */
  accent?: string;
  /** data-start: open on the article card (default) or straight on the first question. */
  start?: 'article' | 'quiz';
  /** data-actions: the card lists the article's actions (default), or offers one button to them. */
  actions?: 'list' | 'button';
  /** data-storage: keep progress in localStorage (default), nowhere, or only once the reader agrees (docs/privacy.md). */
  storage?: 'local' | 'none' | 'ask';
  /** data-xapi-endpoint: the publisher's proxy; statements are POSTed to `${xapi}/statements`. */
  xapi?: string;
  /** data-aggregates: the URL of an AGG.json made by `newsquiz aggregate`. */
  aggregates?: string;
}

/**
 * An item on screen, in CSS pixels relative to the canvas (or the HTML version's box): every
 * interactive item and, additively, the progress figures a test reads (role "progressbar" with its
 * value: "mastery/<topic id>" and the question and score bars; role "text": "best-score", "streak",
 * "totals", "scores-chart", "change/<topic id>").
 */
export interface NewsQuizTarget {
  /** Additive: the item's stable id ("start", "q3/choice/b", "review-due", "mastery/civics"); the HTML
   *  version has it for its buttons and progress figures only. */
  id?: string;
  role: 'button' | 'radio' | 'checkbox' | 'textbox' | 'link' | 'combobox' | 'progressbar' | 'text';
  label: string;
  checked?: boolean;
  /** Additive, progress bars: "100%", "Question 3 of 10". */
  value?: string;
  /** Additive: present and true when the control cannot be used now. */
  disabled?: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The current screen as data (interfaces.md §4): what the accessible mirror is built from. */
export interface NewsQuizState {
  screen: NewsQuizScreen;
  article: { id: string; headline: string } | null;
  /** index from 0; correct is null until answered. */
  question: { index: number; total: number; id: string; type: NewsQuizQuestionType; answered: boolean; correct: boolean | null } | null;
  result: { score: number; max: number; percent: number; passed: boolean; band: string | null } | null;
  error: string | null;
  targets: NewsQuizTarget[];
  /** Additive: the site's progress in this reader's browser, as this widget sees it. */
  progress: NewsQuizProgress;
}

/** state().progress (additive). Mastery levels and their figures are defined in the README. */
export interface NewsQuizProgress {
  /** Finished attempts at this widget's article, over every visit. */
  attempts: number;
  /** The best of them (highest percent), or null before the first. */
  best: { score: number; max: number; percent: number } | null;
  /** Questions from other articles due for review today (at most 10): what "review-due" offers. */
  due: number;
  /** A review of due questions runs: question and result are the review's. */
  reviewing: boolean;
  /** Consecutive days with a quiz or a review, ending today (or yesterday). */
  streak: number;
  /** Every topic of the articles attempted, the best known first. */
  topics: { id: string; level: 'not_started' | 'familiar' | 'proficient' | 'mastered'; percent: number }[];
}

export interface NewsQuizWidget {
  readonly element: Element;
  /** null until the widget has started (far-below widgets start when they come near). */
  state(): NewsQuizState | null;
  /** Removes the canvas, listeners and memory; the element is as it was. */
  destroy(): void;
  /** Diagnostics (additive): frames drawn so far, and whether no frame is pending. */
  readonly frames: number;
  readonly idle: boolean;
}

export interface NewsQuizGlobal {
  /** Mounts one element (once: a mounted element resolves to its widget). */
  mount(element: Element, options?: NewsQuizOptions): Promise<NewsQuizWidget>;
  /** The mounted widgets, in mounting order. */
  readonly widgets: NewsQuizWidget[];
  /** semver of the loaded newsquiz.js */
  readonly version: string;
  /** Decides for the reader whether widgets with storage "ask" keep progress in localStorage (true) or in memory only (false). */
  setConsent(yes: boolean): void;
  /** Runs fn(NewsQuiz) now. Before the script has run, window.NewsQuiz may be an array of such functions: they run before any widget mounts. */
  push(fn: (nq: NewsQuizGlobal) => void): void;
}

/** Bubbling CustomEvents dispatched on the widget's element (interfaces.md §5). */
export interface NewsQuizEventDetails {
  'newsquiz:ready': { articleId: string };
  'newsquiz:start': { articleId: string; attempt: number };
  'newsquiz:answer': { articleId: string; questionId: string; response: NewsQuizResponse; correct: boolean; score: number; max: number };
  'newsquiz:complete': { articleId: string; score: number; max: number; percent: number; passed: boolean; durationMs: number };
  /** An xAPI 1.0.3 statement for every answer and completion (answered; completed then passed or failed). */
  'newsquiz:xapi': { statement: Record<string, unknown> };
  'newsquiz:error': { message: string };
}

declare global {
  interface Window {
    NewsQuiz: NewsQuizGlobal;
  }
  const NewsQuiz: NewsQuizGlobal;
  interface HTMLElementEventMap {
    'newsquiz:ready': CustomEvent<NewsQuizEventDetails['newsquiz:ready']>;
    'newsquiz:start': CustomEvent<NewsQuizEventDetails['newsquiz:start']>;
    'newsquiz:answer': CustomEvent<NewsQuizEventDetails['newsquiz:answer']>;
    'newsquiz:complete': CustomEvent<NewsQuizEventDetails['newsquiz:complete']>;
    'newsquiz:xapi': CustomEvent<NewsQuizEventDetails['newsquiz:xapi']>;
    'newsquiz:error': CustomEvent<NewsQuizEventDetails['newsquiz:error']>;
  }
}
