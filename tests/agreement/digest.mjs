// What a screen shows, read back from each view and put in one shape (a list of named lines),
// so that two views can be compared field by field: the canvas's items (agreement-canvas), the
// HTML version's DOM read back in the same item shape (web/tests/agreement.test.mjs) and
// `newsquiz play`'s transcript. Only the time left is normalized (the clocks differ).
// NOTE: no Node-only imports here, so that the digest could run in a page too.
const TIME = /^(Time left|Tiempo restante) \d+:\d\d$/;
const normalTime = (s) => (TIME.test(s) ? s.replace(/\d+:\d\d$/, 'M:SS') : s);
const MARKS = { correct: 'right', 'partly-correct': 'partly', incorrect: 'wrong' };
const PLAY_MARKS = { right: ' (right)', partly: ' (partly right)', wrong: ' (wrong)' };

function markOf(item) {
  for (const word of (item.state || '').split(' ')) if (MARKS[word]) return MARKS[word];
  return 'none';
}

// Lines in the order play prints them, each [field, text], from the canvas's items.
export function canvasDigest(line, doc) {
  const items = line.items;
  const byId = new Map(items.map((it) => [it.id, it]));
  const label = (id) => (byId.has(id) ? byId.get(id).label : '');
  const out = [];
  const push = (field, text) => { if (text) out.push([field, text]); };
  const buttons = items.filter((it) => it.role === 'button' && !it.id.includes('/') && it.id !== 'read-more');
  const buttonLine = () => {
    if (buttons.length)
      push('buttons', 'Buttons:' + buttons.map((b) => ` [${b.label}${b.state.split(' ').includes('disabled') ? ' (unavailable)' : ''}]`).join(''));
  };
  if (line.screen === 'article') {
    for (const id of ['date', 'headline', 'dek']) push(id, label(id));
    for (const id of ['quiz-title', 'cta', 'your-score', 'best-score']) push(id, label(id));
    buttonLine();
    // the actions listed under the call to the quiz; a ticked one ends with its Done word, which
    // the tick's label ("Done: action 1") starts with
    push('actions title', label('actions-title'));
    items.filter((it) => /^action\/\d+$/.test(it.id)).forEach((it, k) => {
      const tick = byId.get(`${it.id}/done`);
      push(`action ${k + 1}`, `  ${k + 1}. ${it.label}${tick && tick.checked ? ` (${tick.label.split(/\s*:/)[0]})` : ''}`);
    });
  } else if (line.screen === 'question' || line.screen === 'feedback') {
    const prompt = items.find((it) => it.id.endsWith('/prompt'));
    const qid = prompt.id.slice(0, -'/prompt'.length);
    const question = doc.quiz.questions.find((q) => q.id === qid);
    push('counter', label('progress'));
    push('time left', normalTime(label('time-left')));
    push('from', label('review-source'));
    push('prompt', prompt.label);
    push('hint', label(`${qid}/hint`));
    const direct = (prefix) => items.filter((it) => it.id.startsWith(prefix) && !it.id.slice(prefix.length).includes('/'));
    const choices = question.type === 'true_false' ? [byId.get(`${qid}/true`), byId.get(`${qid}/false`)] : direct(`${qid}/choice/`);
    choices.forEach((it, k) => {
      const choice = (question.choices || []).find((c) => `${qid}/choice/${c.id}` === it.id);
      let text = it.label, note = '';
      if (choice && it.label.startsWith(choice.text + '. ') && it.label !== choice.text) {
        text = choice.text;
        note = it.label.slice(choice.text.length + 2);
      }
      push(`choice ${k + 1} (${it.id}) pick and mark`, `  ${k + 1}. [${it.checked ? 'x' : ' '}] ${text}${PLAY_MARKS[markOf(it)] || ''}`);
      if (note) push(`choice ${k + 1} note`, `       ${note}`);
    });
    const field = byId.get(`${qid}/number`) || byId.get(`${qid}/text`);
    if (field && field.state.split(' ').includes('disabled')) {
      const unit = question.unit || '';
      const name = unit ? field.label.slice(0, -` (${unit})`.length) : field.label;
      push(`field ${field.id} and mark`, `${name}: ${field.value || ''}${unit ? ' ' + unit : ''}${PLAY_MARKS[markOf(field)] || ''}`);
    }
    direct(`${qid}/item/`).forEach((it, k) =>
      push(`item ${k + 1} (${it.id}) mark`, `  ${k + 1}. ${it.label.replace(/^\d+\. /, '')}${PLAY_MARKS[markOf(it)] || ''}`));
    const rows = direct(`${qid}/select/`);
    rows.forEach((it, k) => {
      const left = label(`${qid}/left/${it.id.slice(`${qid}/select/`.length)}`);
      push(`row ${k + 1} (${it.id}) choice and mark`,
        `  ${String.fromCharCode(65 + k)}. ${left} → ${it.label.slice(left.length + 2)}${PLAY_MARKS[markOf(it)] || ''}`);
    });
    if (rows.length && !rows[0].state.split(' ').includes('disabled')) {
      push('options', '  to choose from:');
      (line.options || []).forEach((o, k) => push(`option ${k + 1}`, `  ${k + 1}. ${o}`));
    }
    if (byId.has(`${qid}/verdict`)) {
      push('verdict and points', `${label(`${qid}/verdict`)} · ${label(`${qid}/points`)}`);
      items.filter((it) => it.id.startsWith(`${qid}/note/`)).forEach((it, k) => push(`note ${k + 1}`, it.label));
      if (byId.has(`${qid}/solution`)) push('solution', `${label(`${qid}/solution-label`)}: ${label(`${qid}/solution`)}`);
      push('explanation', label(`${qid}/explanation`));
    }
    buttonLine();
  } else if (line.screen === 'results') {
    push('results title', label('results-title'));
    push('score', `${byId.get('score-ring').value} · ${label('score')}`);
    push('passed', label('passed'));
    push('time up', label('time-up'));
    push('band', label('band'));
    const changes = items.filter((it) => it.id.startsWith('change/'));
    if (changes.length) {
      push('changes title', label('changes-title'));
      changes.forEach((it) => push(it.id, `  ${it.label}`));
    }
    buttonLine();
    push('review title', label('review-title'));
    for (const it of items.filter((x) => /^review\/[^/]+\/head$/.test(x.id))) {
      const row = it.id.slice(0, -'/head'.length);
      push(`${row} head`, it.label);
      push(`${row} prompt`, label(`${row}/prompt`));
      push(`${row} answer`, `${label(`${row}/yours-label`)}: ${label(`${row}/yours`)}`);
      if (byId.has(`${row}/solution`)) push(`${row} solution`, `${label(`${row}/solution-label`)}: ${label(`${row}/solution`)}`);
      push(`${row} explanation`, label(`${row}/explanation`));
    }
  }
  return { screen: line.screen, question: line.question, response: line.response, input: line.input, lines: out };
}

// play's transcript cut into its screens: the card, each question (before its answer), each
// feedback, the results; the lines of each, without blank lines, prompts and echoed answers.
export function playDigests(stdout) {
  const lines = stdout.split('\n');
  const article = { screen: 'article', lines: [] };
  const screens = [article];
  let k = 0;
  for (; k < lines.length && !/^Seed \d+: add --seed/.test(lines[k]); k++) if (lines[k]) article.lines.push(lines[k]);
  let current = null, fresh = false, lastCounter = null, answered = false;
  for (k++; k < lines.length; k++) {
    const l = lines[k];
    if (l === '') { if (!current || current.screen !== 'results') fresh = true; continue; }
    if (fresh) {  // a screen starts: a question, its feedback (same counter), or the results
      fresh = false;
      const screen = !isCounter(l) ? 'results' : l === lastCounter && answered ? 'feedback' : 'question';
      if (screen === 'question') lastCounter = l;
      answered = false;
      current = { screen, lines: [] };
      screens.push(current);
    }
    if (current.screen === 'question' && answered) continue;  // the prompt and the echoed answer
    current.lines.push(normalTime(l));
    if (current.screen === 'question' && l.startsWith('Buttons:')) answered = true;
  }
  // the card: the canvas draws the chips with screen-reader labels; play prints their text
  article.lines = article.lines.filter((l) => !/^(Reported by|Informan|Topics|Temas): /.test(l));
  return screens;
}

function isCounter(line) { return /^(Question|Pregunta|Review · Question|Repaso · Pregunta) \d+ (of|de) \d+$/.test(line); }

// Disagreements between the canvas's screens and another view's (`name`: "play", "the HTML
// version"), as sentences naming the screen and the field: the first line of each screen that
// differs. The other view's lines are texts (play) or [field, text] (a canvasDigest).
export function compareViews(canvas, other, name) {
  const problems = [];
  const names = (list) => list.map((s) => s.screen).join(', ');
  if (canvas.map((s) => s.screen).join() !== other.map((s) => s.screen).join())
    problems.push(`the screens differ: the canvas shows ${names(canvas)}; ${name} shows ${names(other)}`);
  const n = Math.min(canvas.length, other.length);
  for (let k = 0; k < n; k++) {
    const c = canvas[k], o = other[k];
    const where = screenName(canvas, k);
    const m = Math.max(c.lines.length, o.lines.length);
    for (let i = 0; i < m; i++) {
      const [field, text] = c.lines[i] || [Array.isArray(o.lines[i]) ? o.lines[i][0] : '(nothing)', undefined];
      const theirs = Array.isArray(o.lines[i]) ? o.lines[i][1] : o.lines[i];
      if (text !== theirs) {
        problems.push(`${where}, ${field}: the canvas shows ${JSON.stringify(text)}, ${name} shows ${JSON.stringify(theirs)}`);
        break;
      }
    }
  }
  return problems;
}

// "screen 3 (feedback q1)": a screen by its place, kind and question (a feedback's is the question before it).
export function screenName(screens, k) {
  let question;
  for (let i = 0; i <= k; i++) if (screens[i].question) question = screens[i].question;
  const c = screens[k];
  return `screen ${k + 1} (${c.screen}${c.screen === 'question' || c.screen === 'feedback' ? ' ' + question : ''})`;
}

// The controls of one screen, item by item, between the canvas's items and another view's read
// back in the same shape: every control the canvas draws (choices, fields, selects, buttons) is
// there, with the same marks, "disabled" and checked. What play's transcript cannot show (a
// choice left enabled after Submit, say) is compared here. `where` names the screen.
const CONTROLS = new Set(['radio', 'checkbox', 'textbox', 'button']);
const LAYOUT = new Set(['expanded', 'collapsed', 'dragging']);  // how the canvas draws a control now, not what it says
export function compareControls(canvasItems, otherItems, name, where) {
  const problems = [];
  const byId = new Map(otherItems.map((it) => [it.id, it]));
  const words = (it) => (it.state || '').split(' ').filter((w) => w && !LAYOUT.has(w)).join(' ');
  for (const c of canvasItems.filter((it) => CONTROLS.has(it.role))) {
    const o = byId.get(c.id);
    if (!o) { problems.push(`${where}, ${c.id}: the canvas shows ${c.role} "${c.label}", ${name} has none`); continue; }
    if (words(c) !== words(o)) problems.push(`${where}, ${c.id} state: the canvas shows "${words(c)}", ${name} shows "${words(o)}"`);
    if (c.checked !== undefined && c.checked !== o.checked) problems.push(`${where}, ${c.id} checked: the canvas shows ${c.checked}, ${name} shows ${o.checked}`);
  }
  const drawn = new Set(canvasItems.map((it) => it.id));
  for (const o of otherItems.filter((it) => (CONTROLS.has(it.role) || it.role === 'combobox') && !drawn.has(it.id)))
    problems.push(`${where}, ${o.id}: the canvas has none, ${name} shows ${o.role} "${o.label}"`);
  return problems;
}

// The canvas against play, screen by screen, and its score against `newsquiz score`.
export function compareScreens(canvas, play, scored, doc) {
  const problems = compareViews(canvas, play, 'play');
  // the score: what the results say, against `newsquiz score` on the same answers
  const results = canvas.find((s) => s.screen === 'results');
  if (results) {
    const asked = canvas.filter((s) => s.screen === 'question').map((s) => s.question);
    const questions = scored.questions.filter((q) => asked.includes(q.id));
    const score = questions.reduce((a, q) => a + q.score, 0), max = questions.reduce((a, q) => a + q.max, 0);
    const line = results.lines.find(([field]) => field === 'score');
    const [percentText, pointsText] = line[1].split(' · ');
    const number = (s) => Number(s.replace(',', '.'));
    const points = pointsText.match(/^(-?[\d.,]+) (of|de) ([\d.,]+)/);
    if (!points || Math.abs(number(points[1]) - score) > 1e-9 || Math.abs(number(points[3]) - max) > 1e-9)
      problems.push(`results score: the canvas shows "${pointsText}", score gives ${score} of ${max}`);
    const percent = max > 0 ? (100 * score) / max : 0;
    const shown = number(percentText.replace(/\s*%$/, ''));
    if (!(shown <= percent + 1e-9 && percent - shown < 0.1 + 1e-9))
      problems.push(`results percent: the canvas shows "${percentText}", score gives ${percent}`);
    if (asked.length === doc.quiz.questions.length && Math.abs(scored.score - score) > 1e-9)
      problems.push(`score total: ${scored.score}, the questions asked sum to ${score}`);
  }
  return problems;
}
