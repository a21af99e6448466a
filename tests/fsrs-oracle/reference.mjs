// reference.mjs: FSRS-6 reference values from ts-fsrs, the open-spaced-repetition project's
// TypeScript implementation, for the C++ scheduler in core/fsrs.h to agree with.
//
//   node tests/fsrs-oracle/reference.mjs > tests/fixtures/fsrs-reference.json
//
// ts-fsrs is configured to compute exactly the published formulas that newsquiz uses:
// FSRS-6 default weights, desired retention 0.9, maximum interval 36500 days, no fuzz,
// and no learning or relearning steps (newsquiz has no minute-scale steps: a quiz answer
// is one review). With enable_short_term left on and no steps, ts-fsrs schedules every
// card in days and uses the same-day stability formula when a card is reviewed again on
// the day of its last review, which is what core/fsrs.cpp does.
//
// Every review happens at 12:00 UTC (plus a few minutes for same-day retakes), so the
// calendar-day difference ts-fsrs computes equals the difference of day numbers the C++
// core is given.
import { readFileSync } from 'node:fs';

const moduleUrl = new URL('../../web/node_modules/ts-fsrs/dist/index.mjs', import.meta.url);
const packageUrl = new URL('../../web/node_modules/ts-fsrs/package.json', import.meta.url);

const DAY_MS = 24 * 60 * 60 * 1000;
const START_MS = Date.UTC(2025, 0, 6, 12, 0, 0);  // day 0 of every sequence

// A sequence is a list of reviews; a review names its grade and either a fixed day
// ({day, minute}) or `due: true`, meaning "on the day the previous review scheduled".
const G = { again: 1, hard: 2, good: 3, easy: 4 };
const atDue = (grade, count = 1) => Array.from({ length: count }, () => ({ grade, due: true }));
const SEQUENCES = [
  { name: 'good at every due date', reviews: [{ grade: G.good, day: 0 }, ...atDue(G.good, 7)] },
  { name: 'again first then good', reviews: [{ grade: G.again, day: 0 }, ...atDue(G.good, 6)] },
  { name: 'a lapse after three successes',
    reviews: [{ grade: G.good, day: 0 }, ...atDue(G.good, 2), ...atDue(G.again), ...atDue(G.good, 3)] },
  { name: 'same-day retakes',
    reviews: [{ grade: G.good, day: 0 }, { grade: G.good, day: 0, minute: 20 }, { grade: G.again, day: 0, minute: 40 },
              { grade: G.good, day: 1 }, { grade: G.good, day: 1, minute: 10 }, ...atDue(G.good, 2)] },
  { name: 'every grade',
    reviews: [{ grade: G.easy, day: 0 }, ...atDue(G.hard), ...atDue(G.good), ...atDue(G.again), ...atDue(G.hard),
              ...atDue(G.easy), ...atDue(G.good), ...atDue(G.again)] },
  { name: 'early and late reviews',
    reviews: [{ grade: G.good, day: 0 }, { grade: G.good, day: 1 }, { grade: G.good, day: 3 }, { grade: G.again, day: 30 },
              { grade: G.good, day: 31 }, { grade: G.good, day: 200 }, { grade: G.hard, day: 201 }, { grade: G.easy, day: 900 }] },
  { name: 'again at every due date', reviews: [{ grade: G.again, day: 0 }, ...atDue(G.again, 5)] },
  { name: 'hard at every due date', reviews: [{ grade: G.hard, day: 0 }, ...atDue(G.hard, 6)] },
  { name: 'hard and again on the first day',
    reviews: [{ grade: G.good, day: 0 }, { grade: G.hard, day: 0, minute: 5 }, { grade: G.again, day: 0, minute: 9 },
              { grade: G.easy, day: 0, minute: 30 }, ...atDue(G.good, 2)] },
  { name: 'easy up to the maximum interval', reviews: [{ grade: G.easy, day: 0 }, ...atDue(G.easy, 7)] },
];

// Significant digits are what the comparison needs; 12 keeps the file short and stable.
const round12 = (x) => Number(x.toPrecision(12));

export async function generate() {
  const { fsrs, createEmptyCard, dateDiffInDays, default_w } = await import(moduleUrl.href);
  const version = JSON.parse(readFileSync(packageUrl, 'utf8')).version;
  const scheduler = fsrs({
    w: [...default_w],
    request_retention: 0.9,
    maximum_interval: 36500,
    enable_fuzz: false,
    enable_short_term: true,
    learning_steps: [],
    relearning_steps: [],
  });
  const sequences = SEQUENCES.map(({ name, reviews }) => {
    let card = createEmptyCard(new Date(START_MS));
    let dueDay = 0;
    const out = [];
    for (const review of reviews) {
      const day = review.due ? dueDay : review.day;
      const minute = review.minute ?? 0;
      const when = new Date(START_MS + day * DAY_MS + minute * 60 * 1000);
      const reviewed = out.length > 0;
      // NOTE: the R the scheduler uses, over calendar days; get_retrievability() would floor
      // the elapsed milliseconds instead (23 hours = 0 days) and disagree with it.
      const retrievability = reviewed ? scheduler.forgetting_curve(dateDiffInDays(card.last_review, when), card.stability) : null;
      const { card: next } = scheduler.next(card, when, review.grade);
      dueDay = Math.round((next.due.getTime() - START_MS) / DAY_MS);
      out.push({
        day, minute, grade: review.grade,
        retrievability: retrievability === null ? null : round12(retrievability),
        stability: round12(next.stability),
        difficulty: round12(next.difficulty),
        interval: next.scheduled_days,
        due_day: dueDay,
      });
      card = next;
    }
    return { name, reviews: out };
  });
  return {
    generator: `ts-fsrs ${version}`,
    command: 'node tests/fsrs-oracle/reference.mjs > tests/fixtures/fsrs-reference.json',
    parameters: {
      w: [...default_w], request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false,
      enable_short_term: true, learning_steps: [], relearning_steps: [],
    },
    note: 'day: days since the first review (all at 12:00 UTC, plus minute); retrievability: before the review; interval: days from this review to due_day',
    sequences,
  };
}

// One review per line, so that a change shows as a readable diff.
export function format(reference) {
  const { sequences, ...header } = reference;
  const head = Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const body = sequences.map(({ name, reviews }) =>
    `    {"name": ${JSON.stringify(name)}, "reviews": [\n` +
    reviews.map((r) => `      ${JSON.stringify(r)}`).join(',\n') + '\n    ]}');
  return `{\n${head.join(',\n')},\n  "sequences": [\n${body.join(',\n')}\n  ]\n}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(format(await generate()));
}
