// assets/schema/newsquiz-1.schema.json against `newsquiz validate`: the schema refuses what
// validate calls an error, and nothing else, checked with ajv (web/package.json, pinned).
//
// - The schema compiles in ajv's strict mode (draft 2020-12).
// - Every valid fixture and every article of assets/ passes.
// - Every invalid fixture fails, and the schema names the value its .expect names (or a value
//   inside it). The fixtures no schema can refuse are in CANNOT with the reason; each of them
//   must still pass the schema, so that the list stays true.
// - Several hundred documents, each one value away from a valid one (dates, URLs, language
//   tags, ids, numbers, question rules, limits), get the same verdict from ajv and from the
//   real binary (`validate --json` over a folder of them), except those in KNOWN_DIFFERENT.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { run, fixture } from './run.mjs';

const Ajv2020 = createRequire(fixture('web/package.json'))('ajv/dist/2020').default;
const schemaPath = fixture('assets/schema/newsquiz-1.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const validateSchema = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-schema-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

// A file as a strict reader sees it: UTF-8 (fatal on bad bytes; a BOM dropped), then JSON.
function readJson(file) {
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file)));
}

// Where an ajv error is: its instance path, plus the member a `required` found missing.
function errorPlace(e) {
  const missing = e.params && e.params.missingProperty;
  return missing === undefined ? e.instancePath : `${e.instancePath}/${missing.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function schemaErrors(data) {
  return validateSchema(data) ? [] : validateSchema.errors.map(errorPlace);
}

test('the schema compiles in strict mode, and is a valid draft 2020-12 schema', () => {
  const ajv = new Ajv2020({ strict: true });
  assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
  assert.doesNotThrow(() => ajv.compile(schema));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('the schema accepts unknown fields anywhere (no additionalProperties: false)', () => {
  const text = fs.readFileSync(schemaPath, 'utf8');
  assert.doesNotMatch(text, /"additionalProperties":\s*false/);
  assert.doesNotMatch(text, /"unevaluatedProperties"/);
});

const validFiles = [
  ...fs.readdirSync(fixture('tests/fixtures/valid')).filter((f) => f.endsWith('.json')).map((f) => `tests/fixtures/valid/${f}`),
  ...fs.readdirSync(fixture('assets/articles')).filter((f) => f.endsWith('.json')).map((f) => `assets/articles/${f}`),
];

test("the schema's words are core/words.h's, each with its English text", () => {
  const table = fs.readFileSync(fixture('core/words.h'), 'utf8').replace(/\\\n/g, ' ');
  const english = [...table.matchAll(/X\((\w+),\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], JSON.parse(`"${m[2]}"`)]);
  assert.ok(english.length > 100);
  const words = schema.$defs.words.properties;
  assert.deepEqual(Object.entries(words).map(([k, v]) => [k, v.description]), english.map(([k, en]) => [k, `English: ${en}`]));
});

test('every valid fixture and every article passes', () => {
  assert.ok(validFiles.length >= 12, validFiles.join(', '));
  for (const file of validFiles) assert.deepEqual(schemaErrors(readJson(fixture(file))), [], file);
});

// [SECTION] Invalid fixtures
const invalidDir = fixture('tests/fixtures/invalid');

// Fixture -> why a JSON Schema cannot refuse it. The schema accepts each of them (checked below).
const CANNOT = {
  'choice-id-duplicate.json': 'an id repeated in one list: uniqueItems compares whole entries, not one member of them',
  'match-pair-id-duplicate.json': 'an id repeated in one list (uniqueItems compares whole entries)',
  'order-item-id-duplicate.json': 'an id repeated in one list (uniqueItems compares whole entries)',
  'question-id-duplicate.json': 'an id repeated in one list (uniqueItems compares whole entries)',
  'topic-id-duplicate.json': 'an id repeated in one list (uniqueItems compares whole entries)',
  'question-topic-undeclared.json': 'a cross-reference: the topic must be one of /article/topics/*/id (the schema only requires that topics exist)',
  'pick-more-than-questions.json': 'a comparison of two values: pick <= the number of questions',
  'numeric-min-above-max.json': 'a comparison of two values: min <= max',
  'numeric-answer-outside-range.json': 'a comparison of three values: min <= answer <= max',
  'duplicate-member.json': 'a member name repeated in one object: JSON parsers keep one of them, so a schema never sees both',
};

// Reading errors: newsquiz stops reading there, before any value is checked. A strict reader
// refuses them too (bad UTF-8, bad JSON), except these, which JavaScript reads as values.
const READ_AS_VALUES = {
  'syntax-lone-surrogate.json': 'the escape \\ud83c alone is no character: newsquiz refuses it while reading; JSON.parse makes a string of it',
  'number-too-large.json': '1e999 is beyond a double: newsquiz refuses it while reading; JSON.parse makes Infinity of it',
};

// Fixture -> {pointer in .expect: the pointer where the schema reports it instead}.
const REPORTED_ELSEWHERE = {
  'numeric-answer-missing.json': { '/quiz/questions/3/answer': '/quiz/questions/3/min' },
  'numeric-tolerance-and-range.json': { '/quiz/questions/3/tolerance': '/quiz/questions/3/min' },
  'question-topic-no-topics.json': { '/quiz/questions/0/topic': '/article/topics' },
};

// Fixture -> {pointer in .expect: why the schema cannot name it} for fixtures with several errors.
const CANNOT_NAME = {
  'several-errors-quiz-first.json': { '/quiz/questions/0/topic': CANNOT['question-topic-undeclared.json'] },
};

function expectedErrors(name) {
  return fs.readFileSync(path.join(invalidDir, name.replace(/\.json$/, '.expect')), 'utf8').split('\n')
    .filter((line) => line.startsWith('error '))
    .map((line) => {
      const [, code, pointer, place] = line.match(/^error (\w+) (\S+)(?: @(\d+:\d+))?$/);
      return { code, pointer: pointer === '(document)' ? '' : pointer, reading: place !== undefined };
    });
}

const invalidNames = fs.readdirSync(invalidDir).filter((f) => f.endsWith('.json')).sort();

test('every invalid fixture fails the schema at the value it names, or is a listed exception', () => {
  assert.ok(invalidNames.length >= 150, `${invalidNames.length} fixtures`);
  let named = 0;
  for (const name of invalidNames) {
    const errors = expectedErrors(name);
    assert.ok(errors.length > 0, name);
    if (errors.every((e) => e.reading)) {
      if (READ_AS_VALUES[name]) {
        assert.doesNotThrow(() => readJson(path.join(invalidDir, name)), `${name} is listed as read by JSON.parse`);
      } else {
        assert.throws(() => readJson(path.join(invalidDir, name)), `${name}: a strict reader refuses it too`);
      }
      continue;
    }
    const data = readJson(path.join(invalidDir, name));
    const places = schemaErrors(data);
    if (CANNOT[name]) {
      assert.deepEqual(places, [], `${name} is listed as one no schema can refuse, but the schema refuses it`);
      continue;
    }
    assert.notDeepEqual(places, [], `${name}: the schema accepts it`);
    for (const { pointer } of errors) {
      if (CANNOT_NAME[name] && CANNOT_NAME[name][pointer]) {
        assert.ok(!places.some((p) => p === pointer || p.startsWith(`${pointer}/`)), `${name}: ${pointer} is listed as not named`);
        continue;
      }
      const at = (REPORTED_ELSEWHERE[name] && REPORTED_ELSEWHERE[name][pointer]) ?? pointer;
      assert.ok(places.some((p) => p === at || p.startsWith(`${at}/`)), `${name}: no schema error at ${at}, only at ${[...new Set(places)].join(' ')}`);
      named++;
    }
  }
  assert.ok(named >= 130, `${named} errors named`);
});

test('the lists of exceptions name fixtures that exist', () => {
  for (const list of [CANNOT, READ_AS_VALUES, REPORTED_ELSEWHERE, CANNOT_NAME])
    for (const name of Object.keys(list)) assert.ok(invalidNames.includes(name), name);
});

// [SECTION] The same verdict as validate, one value at a time
// A valid document with every kind of field; each case changes one thing in it.
function base() {
  return {
    format: 'newsquiz/1',
    lang: 'en',
    article: {
      id: 'story-2025', headline: 'Headline', dek: 'Dek', date: '2025-09-03', url: 'https://example.org/story',
      sources: [{ name: 'Wire', url: 'https://wire.example/' }], more_sources: 3, body: ['One.', 'Two.'],
      topics: [{ id: 'politics', label: 'Politics', emoji: '🏛️' }],
    },
    quiz: {
      title: 'Quiz', pass_percent: 70, feedback: 'immediate', shuffle_questions: false, shuffle_choices: false, pick: 2,
      allow_retry: true, show_solutions: true, time_limit_s: 0,
      questions: [
        { id: 'q1', type: 'single', prompt: 'P?', topic: 'politics', points: 1, explanation: 'E',
          choices: [{ id: 'a', text: 'A', correct: true, feedback: 'F' }, { id: 'b', text: 'B' }] },
        { id: 'q2', type: 'multiple', prompt: 'P?', scoring: 'partial',
          choices: [{ id: 'a', text: 'A', correct: true }, { id: 'b', text: 'B' }, { id: 'c', text: 'C', correct: true }] },
        { id: 'q3', type: 'true_false', prompt: 'P?', answer: true, feedback_true: 'T', feedback_false: 'F' },
        { id: 'q4', type: 'numeric', prompt: 'P?', answer: 3, tolerance: 0.5, unit: 'km' },
        { id: 'q5', type: 'text', prompt: 'P?', accept: ['Paris'] },
        { id: 'q6', type: 'order', prompt: 'P?', items: [{ id: 'i1', text: 'One' }, { id: 'i2', text: 'Two' }] },
        { id: 'q7', type: 'match', prompt: 'P?', pairs: [{ id: 'p1', left: 'L1', right: 'R1' }, { id: 'p2', left: 'L2', right: 'R2' }] },
      ],
      results: [{ min_percent: 0, message: 'Keep reading' }, { min_percent: 80, message: 'Well done' }],
    },
    actions: [{ text: 'Call 202-224-3121', url: 'https://example.org/act' }],
  };
}

// raw('3.0') writes 3.0 into the JSON text as it is (JavaScript would write 3).
const RAW = '\u0000raw:';
const raw = (text) => RAW + text;
function toText(doc) {
  return JSON.stringify(doc, null, 1).replace(/"\\u0000raw:((?:[^"\\]|\\.)*)"/g, (_, text) => JSON.parse(`"${text}"`));
}

// Sets (or, with undefined, removes) the value at a pointer of a copy of the base document.
function edit(pointer, value, doc = base()) {
  const steps = pointer.split('/').slice(1);
  let parent = doc;
  for (const step of steps.slice(0, -1)) parent = parent[step];
  const last = steps[steps.length - 1];
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return doc;
}

const question = (index, changes) => {
  const doc = base();
  Object.assign(doc.quiz.questions[index], changes);
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete doc.quiz.questions[index][k];
  return doc;
};
const choices = (index, list) => question(index, { choices: list.map((c, i) => ({ id: `c${i}`, text: `C${i}`, ...c })) });

const cases = [];
const add = (label, doc) => cases.push({ label, doc });

add('the base document', base());
add('$schema', edit('/$schema', '../assets/schema/newsquiz-1.schema.json'));
add('$schema not a string', edit('/$schema', 5));
add('unknown fields with any value, everywhere', (() => {
  const doc = base();
  doc.theme = { any: [1, null] };
  doc.article.subtitle = null;
  doc.quiz.questions[0].accept = 5;      // a field of another type: ignored
  doc.quiz.questions[2].choices = 'no';
  doc.quiz.questions[3].items = null;
  doc.quiz.questions[4].scoring = 'none';
  doc.quiz.results[0].note = [];
  for (const object of [doc.article.sources[0], doc.article.topics[0], doc.quiz, doc.quiz.questions[1].choices[0],
    doc.quiz.questions[5].items[0], doc.quiz.questions[6].pairs[0], doc.actions[0]]) object['x-note'] = 'kept for later';
  return doc;
})());
add('no quiz', edit('/quiz', undefined));
add('quiz null', edit('/quiz', null));
add('no actions', edit('/actions', undefined));
add('format missing', edit('/format', undefined));
for (const v of ['newsquiz/2', 'newsquiz/1.1', 'NEWSQUIZ/1', 1]) add(`format ${v}`, edit('/format', v));

for (const v of ['2024-02-29', '2025-02-29', '1900-02-29', '2000-02-29', '2100-02-29', '2400-02-29', '0400-02-29', '0004-02-29',
  '0100-02-29', '0000-01-01', '0001-01-01', '9999-12-31', '2025-04-30', '2025-04-31', '2025-06-31', '2025-11-30', '2025-11-31',
  '2025-12-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-01-32', '2025-1-01', '25-01-01', '2025-01-01T00:00',
  '２０２５-01-01', '2025-01-01 ', '2025/01/01', '']) add(`date ${v}`, edit('/article/date', v));

const urls = ['https://example.org', 'HTTPS://EXAMPLE.ORG/x', 'https://example.org:8080/a?b#c', 'https://example.org:',
  'https://example.org:12345', 'https://example.org:123456', 'https://example.org:8a', 'https://[::1]/', 'https://[::1]:443',
  'https://[1]/', 'https://[::1', 'https://[::g]/', 'https://[::1]x', 'https://user@example.org', 'https://example.org/@user',
  'https://', 'https:///path', 'https://.example.org', 'https://-x.org', 'https://x-.org', 'https://ex_ample.org',
  'https://exämple.org/', 'https://例え.jp/', 'https://example.org/a b', 'https://example.org/a\u00a0b',
  'https://example.org/<x>', 'https://example.org/"', 'https://example.org/\\', 'https://example.org/`',
  'https://example.org/\u007f', 'https://example.org/\u0000', 'https://example.org\t', 'https://exa mple.org',
  'https://example.org?q=1', 'https://example.org#f', 'https://a.b/c/d.e?f=g&h=i#j', 'http://example.org', 'HTTP://example.org',
  'ftp://example.org', 'javascript:alert(1)', '//example.org', 'example.org', 'https:example.org', ' https://example.org', ''];
for (const v of urls) add(`article url ${v}`, edit('/article/url', v));
for (const v of urls) add(`source url ${v}`, edit('/article/sources/0/url', v));
for (const v of ['javascript:alert(1)', 'tel:202-224-3121', 'mailto:a@b.org', '/relative', 'https://', 5])
  add(`action url ${v}`, edit('/actions/0/url', v));
add('action text with an unsafe link', edit('/actions/0/text', 'Go to javascript:alert(1) now'));
add('action text blank', edit('/actions/0/text', ' '));

for (const v of ['en', 'es-MX', 'zh-Hant-TW', 'sr-Latn', 'EN', 'es-419', 'e', 'engl', 'en-', 'en-a', 'en-US-x', 'en-123456789',
  'en-12345678', 'x-private', 'i-klingon', 'en_US', 'ñu', 'en--US', 'abc-abcdefgh-abcdefgh-abcdefgh-ab', 'abc-abcdefgh-abcdefgh-abcdefgh-abc',
  'ab-abcdefgh-abcdefgh-abcdefgh-abcd', '', 5]) add(`lang ${v}`, edit('/lang', v));

const slugs = ['a', '0', 'a-', '-a', 'a--b', 'A', 'a_b', 'a b', 'á', 'a'.repeat(100), 'a'.repeat(101), ''];
for (const v of slugs) add(`article id ${v.slice(0, 12)} (${v.length})`, edit('/article/id', v));
for (const v of slugs) {
  const doc = edit('/article/topics/0/id', v);
  doc.quiz.questions[0].topic = v;
  add(`topic id ${v.slice(0, 12)} (${v.length})`, doc);
}
add('topic not declared', edit('/quiz/questions/0/topic', 'economy'));
add('topic with no topics', edit('/article/topics', undefined));
add('topic with empty topics', edit('/article/topics', []));
add('topics empty, no question names one', edit('/article/topics', [], edit('/quiz/questions/0/topic', undefined)));
add('topic label blank', edit('/article/topics/0/label', '\t'));
add('topic emoji empty', edit('/article/topics/0/emoji', ''));
add('topic emoji number', edit('/article/topics/0/emoji', 1));

for (const v of ['', ' ', 'é'.repeat(100), 'é'.repeat(101), '😀'.repeat(100), '😀'.repeat(101), 'q 1', '0'])
  add(`question id ${v.slice(0, 6)} (${[...v].length})`, edit('/quiz/questions/0/id', v));
add('choice id empty', edit('/quiz/questions/0/choices/1/id', ''));
add('item id 101', edit('/quiz/questions/5/items/1/id', 'x'.repeat(101)));

for (const v of ['', ' ', ' \t\r\n', '\u00a0', '\u2003', 'x', ' x ']) {
  add(`headline ${JSON.stringify(v)}`, edit('/article/headline', v));
  add(`prompt ${JSON.stringify(v)}`, edit('/quiz/questions/2/prompt', v));
  add(`accept entry ${JSON.stringify(v)}`, edit('/quiz/questions/4/accept', ['Paris', v]));
}
add('dek empty', edit('/article/dek', ''));
add('dek null', edit('/article/dek', null));
add('body entries empty', edit('/article/body', ['', ' ']));
add('body entry number', edit('/article/body', ['One', 2]));
add('source name missing', edit('/article/sources/0/name', undefined));
add('explanation empty', edit('/quiz/questions/0/explanation', ''));
add('title empty', edit('/quiz/title', ''));

for (const v of [raw('0'), raw('3.0'), raw('1e2'), raw('2147483647'), raw('2147483648'), raw('-1'), raw('1.5'), raw('-0'), '3', null])
  add(`more_sources ${v}`, edit('/article/more_sources', v));
for (const v of [raw('0'), raw('60'), raw('2147483648'), raw('-1'), raw('0.5')]) add(`time_limit_s ${v}`, edit('/quiz/time_limit_s', v));
for (const v of [raw('1'), raw('7'), raw('7.0'), raw('0'), raw('8'), raw('1.5')]) add(`pick ${v}`, edit('/quiz/pick', v));
for (const v of [0, 100, 70.5, 100.0001, -0.0001, '70']) add(`pass_percent ${v}`, edit('/quiz/pass_percent', v));
for (const v of [0.001, 2.5, 0, -1, raw('1e308')]) add(`points ${v}`, edit('/quiz/questions/0/points', v));
for (const v of [0, 100, -101, 101, 'high']) add(`result min_percent ${v}`, edit('/quiz/results/1/min_percent', v));
add('result message missing', edit('/quiz/results/1/message', undefined));
add('result min_percent missing', edit('/quiz/results/1/min_percent', undefined));
add('results empty', edit('/quiz/results', []));

for (const v of ['immediate', 'end', 'End', 1]) add(`feedback ${v}`, edit('/quiz/feedback', v));
for (const v of ['partial', 'all_or_nothing', 'none']) {
  add(`multiple scoring ${v}`, edit('/quiz/questions/1/scoring', v));
  add(`order scoring ${v}`, edit('/quiz/questions/5/scoring', v));
  add(`match scoring ${v}`, edit('/quiz/questions/6/scoring', v));
}
for (const v of [true, false, 'true', null]) {
  add(`shuffle ${v}`, edit('/quiz/questions/0/shuffle', v));
  add(`allow_retry ${v}`, edit('/quiz/allow_retry', v));
}
for (const v of ['essay', 'Single', undefined]) add(`type ${v}`, edit('/quiz/questions/0/type', v));

const T = { correct: true }, F = {}, W = (weight, more = {}) => ({ weight, ...more });
for (const [label, list] of [['T F', [T, F]], ['T T', [T, T]], ['F F', [F, F]], ['T', [T]],
  ['w50 w-10', [W(50), W(-10)]], ['w0 T', [W(0), T]], ['w0+T F', [W(0, T), F]], ['w-5+T T', [W(-5, T), T]],
  ['T w10+T', [T, W(10, T)]], ['w100 w100', [W(100), W(100)]], ['w-100 w0', [W(-100), W(0)]],
  ['w150 T', [W(150), T]], ['w-100.5 T', [W(-100.5), T]], ['correct "yes"', [{ correct: 'yes' }, T]], ['T F x21', Array(21).fill(F).map((c, i) => (i ? c : T))]]) {
  add(`single choices ${label}`, choices(0, list));
  add(`multiple choices ${label}`, choices(1, list));
}
add('choice text missing', edit('/quiz/questions/0/choices/1/text', undefined));
add('choice feedback number', edit('/quiz/questions/0/choices/1/feedback', 2));

for (const [label, fields] of [
  ['answer', { answer: 3, tolerance: undefined }], ['answer tolerance 0', { answer: 3, tolerance: 0 }],
  ['range', { answer: undefined, tolerance: undefined, min: 1, max: 5 }], ['answer in range', { answer: 3, tolerance: undefined, min: 1, max: 5 }],
  ['min alone', { answer: undefined, tolerance: undefined, min: 1 }], ['max alone', { answer: undefined, tolerance: undefined, max: 1 }],
  ['answer min', { tolerance: undefined, min: 1 }], ['answer max', { tolerance: undefined, max: 9 }],
  ['tolerance alone', { answer: undefined }], ['nothing', { answer: undefined, tolerance: undefined }],
  ['tolerance and range', { min: 1, max: 5 }], ['tolerance -1', { tolerance: -1 }], ['answer "3"', { answer: '3' }],
  ['unit number', { unit: 5 }], ['range of one value', { answer: undefined, tolerance: undefined, min: 2, max: 2 }],
  ['answer null', { answer: null }]]) add(`numeric ${label}`, question(3, fields));

for (const [label, accept] of [['none', undefined], ['empty', []], ['string', 'Paris'], ['number', [1]], ['two', ['Paris', 'París']]])
  add(`text accept ${label}`, question(4, { accept }));
const entries = (n, make) => Array.from({ length: n }, (_, i) => make(i));
for (const n of [1, 2, 20, 21]) {
  add(`order ${n} items`, question(5, { items: entries(n, (i) => ({ id: `i${i}`, text: `Item ${i}` })) }));
  add(`match ${n} pairs`, question(6, { pairs: entries(n, (i) => ({ id: `p${i}`, left: `L${i}`, right: `R${i}` })) }));
}
add('match pair right missing', edit('/quiz/questions/6/pairs/1/right', undefined));
add('true_false answer missing', edit('/quiz/questions/2/answer', undefined));
add('true_false answer "true"', edit('/quiz/questions/2/answer', 'true'));

for (const n of [1, 500, 501]) {
  const doc = base();
  doc.quiz.pick = 1;
  doc.quiz.questions = entries(n, (i) => ({ id: `q${i}`, type: 'true_false', prompt: 'P?', answer: true }));
  add(`${n} questions`, doc);
}
add('no questions', edit('/quiz/questions', []));
add('a string of 20,000 characters', edit('/article/headline', 'é'.repeat(20000)));
add('a string of 20,001 characters', edit('/article/headline', 'é'.repeat(20001)));
add('an unknown field of 20,001 characters', edit('/quiz/questions/0/note', '😀'.repeat(20001)));
add('a member name of 20,000 characters', edit(`/article/${'n'.repeat(20000)}`, 1));
add('a member name of 20,001 characters', edit(`/article/${'n'.repeat(20001)}`, 1));
add('31 levels of nesting', edit('/extra', JSON.parse('['.repeat(30) + ']'.repeat(30))));
add('a member named like a pointer', edit('/article/a~1b', 1));

// Cases where validate refuses and the schema cannot (see CANNOT above), each with its reason.
const KNOWN_DIFFERENT = {
  'topic not declared': CANNOT['question-topic-undeclared.json'],
  [`pick ${raw('8')}`]: CANNOT['pick-more-than-questions.json'],
};
const tooDeep = edit('/extra', JSON.parse('['.repeat(32) + ']'.repeat(32)));
add('33 levels of nesting', tooDeep);
KNOWN_DIFFERENT['33 levels of nesting'] = 'nesting deeper than 32 levels is a limit of reading, not a rule on values';
const big = base();
big.article.body = Array(220).fill('x'.repeat(10000));  // strings within their limit, the file over it
add('a file over 2 MiB', big);
KNOWN_DIFFERENT['a file over 2 MiB'] = 'the size of the file in bytes is no property of its values';
const repeated = toText(base()).replace('"id": "story-2025",', '"id": "story-2025", "id": "other",');
cases.push({ label: 'a member name repeated', text: repeated });
KNOWN_DIFFERENT['a member name repeated'] = CANNOT['duplicate-member.json'];
add('a choice id repeated', edit('/quiz/questions/0/choices/1/id', 'a'));
KNOWN_DIFFERENT['a choice id repeated'] = CANNOT['choice-id-duplicate.json'];
add('numeric min above max', question(3, { answer: undefined, tolerance: undefined, min: 5, max: 1 }));
KNOWN_DIFFERENT['numeric min above max'] = CANNOT['numeric-min-above-max.json'];
add('numeric answer outside the range', question(3, { answer: 9, tolerance: undefined, min: 1, max: 5 }));
KNOWN_DIFFERENT['numeric answer outside the range'] = CANNOT['numeric-answer-outside-range.json'];

test('one value at a time, the schema and validate give the same verdict', () => {
  const dir = path.join(tmp, 'cases');
  fs.mkdirSync(dir);
  const files = cases.map((c, i) => {
    const file = path.join(dir, `case-${String(i).padStart(4, '0')}.json`);
    fs.writeFileSync(file, c.text ?? toText(c.doc));
    return file;
  });
  const r = run(['validate', '--json', dir]);
  assert.equal(r.stderr, '');
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.files.map((f) => f.path), files);
  assert.ok(cases.length >= 350, `${cases.length} cases`);

  let valid = 0, invalid = 0;
  const disagree = [];
  cases.forEach((c, i) => {
    const byValidate = report.files[i].ok;
    const bySchema = validateSchema(c.text ? JSON.parse(c.text) : JSON.parse(fs.readFileSync(files[i], 'utf8')));
    byValidate ? valid++ : invalid++;
    const known = KNOWN_DIFFERENT[c.label];
    if (known) {
      assert.deepEqual([byValidate, bySchema], [false, true], `${c.label} is listed as refused by validate only (${known})`);
    } else if (byValidate !== bySchema) {
      const why = byValidate ? validateSchema.errors.map((e) => `${e.instancePath} ${e.message}`).slice(0, 3).join('; ')
        : report.files[i].diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.pointer} ${d.message}`).join('; ');
      disagree.push(`${c.label}: validate ${byValidate ? 'ok' : 'invalid'}, schema ${bySchema ? 'ok' : 'invalid'} (${why})`);
    }
  });
  for (const label of Object.keys(KNOWN_DIFFERENT)) assert.ok(cases.some((c) => c.label === label), label);
  assert.deepEqual(disagree, []);
  assert.ok(valid >= 100 && invalid >= 200, `${valid} valid, ${invalid} invalid`);
});
