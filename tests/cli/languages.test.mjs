// The widget's words in French, German and a publisher's own language, through the real binary:
// `newsquiz html --lang`, and validate's exact lines for a document's `strings`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, fixture } from './run.mjs';

const seed = fixture('assets/articles/rubio-us-mexico-security.json');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-languages-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function withStrings(strings) {
  const doc = JSON.parse(fs.readFileSync(seed, 'utf8'));
  doc.strings = strings;
  const file = path.join(tmp, `doc-${Object.keys(strings).join('-') || 'none'}.json`);
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  return { file, doc };
}

test('html --lang fr and --lang de speak French and German', () => {
  const doc = JSON.parse(fs.readFileSync(seed, 'utf8'));
  const n = doc.quiz.questions.length;
  const fr = run(['html', seed, '--lang', 'fr-CA']);
  assert.equal(fr.status, 0, fr.stderr);
  assert.ok(fr.stdout.startsWith('<div class="newsquiz-static" lang="fr-CA" dir="ltr">\n'));
  assert.ok(fr.stdout.includes(`<summary>Les ${n} questions de ce quiz</summary>`));
  assert.ok(fr.stdout.includes('Faites le quiz complet pour maîtriser ce sujet et suivre vos progrès.'));
  const de = run(['html', seed, '--lang', 'de']);
  assert.equal(de.status, 0, de.stderr);
  assert.ok(de.stdout.includes(`<summary>Die ${n} Fragen dieses Quiz</summary>`));
  assert.ok(de.stdout.includes('Machen Sie das ganze Quiz, um das Thema zu beherrschen und Ihren Fortschritt zu verfolgen.'));
});

test("html speaks a publisher's language from the document's strings, English for the rest", () => {
  const { file, doc } = withStrings({ pt: { quiz_questions_many: 'As {0} perguntas deste quiz' } });
  const r = run(['html', file, '--lang', 'pt-BR']);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes(`<summary>As ${doc.quiz.questions.length} perguntas deste quiz</summary>`));
  assert.ok(r.stdout.includes('Take the full quiz to master this topic and track your progress.'));
});

test('validate: exact lines for unknown keys, wrong placeholders and a language missing keys', () => {
  const { file } = withStrings({
    fr: { start: 'Commencer', question_n_of_m: 'Question {0}' },
    pt: { start_quiz: 'Começar' },
  });
  const r = run(['validate', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout,
    `${file}: warning: /strings/fr/start: expected a key of newsquiz's words such as "start_quiz", got "start"; it is ignored\n` +
    `${file}: error: /strings/fr/question_n_of_m: expected the placeholders of "Question {0} of {1}" ({0} {1}), got {0}\n` +
    `${file}: warning: /strings/pt: expected all 105 keys for "pt", a language newsquiz has no words of its own for; ` +
    '104 are missing and shown in English: "cta_text", "retake", "continue_quiz" and 101 more\n' +
    "");
  const ok = withStrings({ de: { start_quiz: 'Los geht’s' } });
  assert.equal(run(['validate', ok.file]).stdout, `${ok.file}: ok\n`);
});
