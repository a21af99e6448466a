// view.cpp: app_view(), the one place where what a screen says and offers is decided.
//
// Index of this file:
// [SECTION] Names
// [SECTION] Words for responses, solutions and progress
// [SECTION] Marks
// [SECTION] The article card
// [SECTION] The question
// [SECTION] Results and review
// [SECTION] Progress, actions, error
// [SECTION] The view
// [SECTION] What the reader typed
#include "view.h"

#include <algorithm>
#include <cmath>

#include "script.h"

namespace nq {

// [SECTION] Names
const char* mark_name(Mark mark) {
    switch (mark) {
        case Mark::none: return "none";
        case Mark::picked: return "picked";
        case Mark::right: return "right";
        case Mark::partly: return "partly";
        case Mark::wrong: return "wrong";
    }
    return "none";
}

const char* button_style_name(ButtonStyle style) {
    switch (style) {
        case ButtonStyle::primary: return "primary";
        case ButtonStyle::secondary: return "secondary";
        case ButtonStyle::quiet: return "quiet";
    }
    return "secondary";
}

namespace {

constexpr size_t kFoldedChars = 420;  // a folded body shows whole paragraphs up to about this much text
constexpr size_t kRecentAttempts = 10;  // attempts in the chart of recent scores
constexpr int kShortSeconds = 30;       // the time left turns urgent

// [SECTION] Words for responses, solutions and progress
void join(std::string& out, const char* separator, const std::string& piece) {
    if (!out.empty()) out += separator;
    out += piece;
}

std::string with_unit(const std::string& number, const Question& q) {
    return q.unit.empty() ? number : number + " " + q.unit;
}

std::string response_text(const Question& q, const Response& r, const Words& lang) {
    if (!response_answered(q, r)) return str(Str::no_answer, lang);
    std::string out;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
            for (const std::string& id : r.ids)
                if (const Choice* c = find_choice(q, id)) join(out, "; ", c->text);
            break;
        case QuestionType::true_false: out = str(r.boolean ? Str::true_ : Str::false_, lang); break;
        case QuestionType::numeric: out = with_unit(format_number(r.number, lang), q); break;
        case QuestionType::text: out = r.text; break;
        case QuestionType::order:
            for (const std::string& id : r.ids)
                if (const Item* i = find_item(q, id)) join(out, " → ", i->text);
            break;
        case QuestionType::match:
            for (const auto& [left, right] : r.matches) {
                const Pair* l = find_pair(q, left);
                const Pair* rp = find_pair(q, right);
                if (l && rp) join(out, "; ", l->left + " → " + rp->right);
            }
            break;
    }
    return out.empty() ? str(Str::no_answer, lang) : out;
}

std::string solution_text(const Question& q, const Words& lang) {
    std::string out;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
            for (const Choice& c : q.choices)
                if (choice_in_solution(q, c)) join(out, "; ", c.text);
            break;
        case QuestionType::true_false: out = str(q.answer_bool ? Str::true_ : Str::false_, lang); break;
        case QuestionType::numeric:
            if (q.min && q.max)
                out = with_unit(format_number(*q.min, lang) + "–" + format_number(*q.max, lang), q);
            else if (q.tolerance > 0)
                out = with_unit(format_number(q.answer_number, lang) + " ± " + format_number(q.tolerance, lang), q);
            else
                out = with_unit(format_number(q.answer_number, lang), q);
            break;
        case QuestionType::text:
            if (!q.accept.empty()) out = q.accept.front();
            break;
        case QuestionType::order:
            for (const Item& i : q.items) join(out, " → ", i.text);
            break;
        case QuestionType::match:
            for (const Pair& p : q.pairs) join(out, "; ", p.left + " → " + p.right);
            break;
    }
    return out;
}

std::string points_text(double score, double max, const Words& lang) {
    return fmt(str(max == 1 ? Str::points_one : Str::points_many, lang), {format_number(score, lang), format_number(max, lang)});
}

// "Your score: 9 of 12 (75%)" and its kin.
std::string score_sentence(Str pattern, double score, double max, double percent, const Words& lang) {
    return fmt(str(pattern, lang), {format_number(score, lang), format_number(max, lang), percent_text(percent, lang)});
}

// "1 article" / "3 articles": the string for one, else the string for many with the count.
std::string count_text(int n, Str one, Str many, const Words& lang) {
    return n == 1 ? str(one, lang) : fmt(str(many, lang), {std::to_string(n)});
}

std::string topic_name(const Topic& topic) { return topic.emoji.empty() ? topic.label : topic.emoji + " " + topic.label; }

const char* level_word(MasteryLevel level, const Words& lang) {
    switch (level) {
        case MasteryLevel::not_started: return str(Str::level_not_started, lang);
        case MasteryLevel::familiar: return str(Str::level_familiar, lang);
        case MasteryLevel::proficient: return str(Str::level_proficient, lang);
        case MasteryLevel::mastered: return str(Str::level_mastered, lang);
    }
    return "";
}

std::string topic_change_text(const TopicChange& c, const Words& lang) {
    const std::string name = topic_name(c.after.topic), to = percent_text(c.after.percent, lang);
    const char* level = level_word(c.after.level, lang);
    if (c.before.level != c.after.level) return fmt(str(Str::topic_change, lang), {name, level_word(c.before.level, lang), level});
    if (c.before.percent == c.after.percent) return fmt(str(Str::topic_level_figure, lang), {name, level, to});
    return fmt(str(Str::topic_figure, lang), {name, level, percent_text(c.before.percent, lang), to});
}

std::string review_due_label(int due, const Words& lang) { return count_text(due, Str::review_due_one, Str::review_due_many, lang); }

Str verdict_word(Mark verdict) {
    return verdict == Mark::right ? Str::correct : verdict == Mark::partly ? Str::partly : Str::incorrect;
}

Mark verdict_of(const QuestionScore& s) {
    return s.correct ? Mark::right : s.score > 0 ? Mark::partly : Mark::wrong;
}

// [SECTION] Marks
// A choice: picked or not while the quiz goes on; once feedback shows, what it earned when picked,
// and, when missed, `right` only if it is part of a solution the quiz shows.
Mark choice_mark(const Question& q, const Choice& c, bool picked, bool revealed, bool solutions) {
    if (!revealed) return picked ? Mark::picked : Mark::none;
    if (!picked) return solutions && choice_in_solution(q, c) ? Mark::right : Mark::none;
    double credit = choice_credit(q, c);
    if (credit <= 0) return Mark::wrong;
    if (q.type == QuestionType::single && !choice_in_solution(q, c)) return Mark::partly;
    return Mark::right;
}

// true_false as two choices: the answer is the whole solution.
Mark boolean_mark(const Question& q, bool value, bool picked, bool revealed, bool solutions) {
    if (!revealed) return picked ? Mark::picked : Mark::none;
    if (picked) return value == q.answer_bool ? Mark::right : Mark::wrong;
    return solutions && value == q.answer_bool ? Mark::right : Mark::none;
}

Mark own_mark(bool right, bool revealed) { return !revealed ? Mark::none : right ? Mark::right : Mark::wrong; }

// Whether `text` already says `sentence` (ASCII case folded, final period ignored): a prompt
// that ends "Select all that apply." needs no hint repeating it.
bool contains_folded(const std::string& text, std::string sentence) {
    if (!sentence.empty() && sentence.back() == '.') sentence.pop_back();
    auto lower = [](std::string s) {
        for (char& c : s)
            if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        return s;
    };
    return !sentence.empty() && lower(text).find(lower(sentence)) != std::string::npos;
}

void add_button(View& v, const char* id, IntentKind intent, std::string label, ButtonStyle style, int row = 0,
                bool disabled = false) {
    v.buttons.push_back({id, intent, std::move(label), style, disabled, row});
}

// "Back to results" once the attempt is over, then "Back to the article".
void back_buttons(View& v, const App& app, const Words& lang, int row) {
    if (session_finished(app.session)) add_button(v, "results", IntentKind::show_results, str(Str::back_to_results, lang), ButtonStyle::secondary, row);
    add_button(v, "article", IntentKind::show_article, str(Str::back_to_article, lang), ButtonStyle::secondary, row);
}

// [SECTION] The article card
size_t folded_paragraphs(const std::vector<std::string>& body) {
    size_t chars = 0, n = 0;
    for (const std::string& p : body) {
        chars += p.size();
        if (n > 0 && chars > kFoldedChars) break;
        ++n;
    }
    return n;
}

// The card's quiz button: "Start quiz", "Continue quiz" (an attempt under way) or "Retake".
std::string start_quiz_label(const App& app, const Words& lang) {
    if (session_running(app.session)) return str(Str::continue_quiz, lang);
    return str(app_quiz_taken(app) ? Str::retake : Str::start_quiz, lang);
}

void action_list(View& v, const App& app, const Words& lang);

void article_view(View& v, const App& app, const Words& lang, bool actions_button) {
    const Document& d = app.loaded.doc;
    const Article& a = d.article;
    ViewArticle& out = v.article;
    out.date = format_date(a.date, lang);
    out.headline = a.headline;
    out.dek = a.dek;
    out.sources_label = str(Str::sources, lang);
    for (size_t i = 0; i < a.sources.size(); ++i)
        out.sources.push_back({"source/" + std::to_string(i), a.sources[i].name, a.sources[i].name, a.sources[i].url});
    if (a.more_sources > 0)
        out.sources.push_back({"source/more", "+" + std::to_string(a.more_sources),
                               fmt(str(Str::more_sources, lang), {std::to_string(a.more_sources)}), ""});
    out.body = a.body;
    out.body_folded = folded_paragraphs(a.body);
    out.read_more = str(Str::read_more, lang);
    out.read_less = str(Str::read_less, lang);
    out.topics_label = str(Str::topics, lang);
    for (const Topic& t : a.topics) out.topics.push_back({"topic/" + t.id, topic_name(t), t.label, "", t.emoji});

    out.quiz = d.has_quiz && !d.quiz.questions.empty();
    if (out.quiz) {
        out.quiz_title = d.quiz.title.empty() ? str(Str::quiz_title, lang) : d.quiz.title;
        out.cta = str(Str::cta_text, lang);
        if (session_finished(app.session)) {
            const QuizScore& r = app.session.result;
            out.your_score = score_sentence(Str::your_score, r.score, r.max, r.percent, lang);
        }
        if (app_quiz_open(app)) add_button(v, "start", IntentKind::start_quiz, start_quiz_label(app, lang), ButtonStyle::primary, 0);
        if (session_finished(app.session))
            add_button(v, "results", IntentKind::show_results, str(Str::results_title, lang), ButtonStyle::secondary, 0);
    }
    ArticleSummary best = app_article_summary(app);
    if (best.has_best) out.best = score_sentence(Str::best_score, best.best_score, best.best_max, best.best_percent, lang);

    int due = app_due_count(app);
    if (due > 0) add_button(v, "review-due", IntentKind::start_review, review_due_label(due, lang), ButtonStyle::secondary, 1);
    if (progress_totals(app.progress, app.today).attempts > 0)
        add_button(v, "show-progress", IntentKind::show_progress, str(Str::your_progress, lang), ButtonStyle::quiet, 1);
    if (!d.actions.empty() && !actions_button) {  // the list under the call to the quiz, as the article shows it
        out.actions_title = str(Str::what_you_can_do, lang);
        action_list(v, app, lang);
    }
    if (!d.actions.empty() && actions_button)
        add_button(v, "actions", IntentKind::show_actions,
                   std::string(str(Str::what_you_can_do, lang)) + " (" + std::to_string(d.actions.size()) + ")",
                   ButtonStyle::secondary, 2);
}

// [SECTION] The question
void choices_view(ViewQuestion& out, const Question& q, const QuestionRecord& r, bool revealed, bool solutions, const Words& lang) {
    const Response& resp = r.response;
    if (q.type == QuestionType::true_false) {
        for (bool value : {true, false}) {
            bool picked = resp.answered && resp.boolean == value;
            out.choices.push_back({value ? "true" : "false", q.id + (value ? "/true" : "/false"),
                                   str(value ? Str::true_ : Str::false_, lang), picked,
                                   boolean_mark(q, value, picked, revealed, solutions), ""});
        }
        return;
    }
    for (int i : r.order) {
        const Choice& c = q.choices[size_t(i)];
        bool picked = resp.answered && std::find(resp.ids.begin(), resp.ids.end(), c.id) != resp.ids.end();
        out.choices.push_back({c.id, q.id + "/choice/" + c.id, c.text, picked, choice_mark(q, c, picked, revealed, solutions),
                               revealed && picked ? c.feedback : ""});
    }
}

void field_view(ViewQuestion& out, const Question& q, const QuestionRecord& r, bool revealed, const Words& lang) {
    const Response& resp = r.response;
    ViewField& f = out.field;
    f.numeric = q.type == QuestionType::numeric;
    f.item = q.id + (f.numeric ? "/number" : "/text");
    f.label = str(Str::your_answer, lang);
    f.placeholder = str(f.numeric ? Str::enter_number : Str::type_answer, lang);
    f.unit = q.unit;
    if (f.numeric) {
        // the draft as typed; a response that came as a number (a resume) written out
        f.value = !resp.text.empty() ? resp.text : resp.answered ? format_number(resp.number, lang) : "";
        if (!f.value.empty() && !parse_number(f.value)) f.error = str(Str::not_a_number, lang);
    } else {
        f.value = resp.text;
    }
    f.mark = own_mark(r.score.correct, revealed);
}

void order_view(ViewQuestion& out, const Question& q, const QuestionRecord& r, bool revealed, bool locked, const Words& lang) {
    std::vector<std::string> ids = app_order_shown(q, r);
    for (size_t k = 0; k < ids.size(); ++k) {
        const Item* item = find_item(q, ids[k]);
        std::string text = item ? item->text : ids[k];
        bool in_place = k < q.items.size() && q.items[k].id == ids[k];
        out.items.push_back({ids[k], q.id + "/item/" + ids[k], text, std::to_string(k + 1) + ". " + text,
                             fmt(str(Str::move_up, lang), {text}), fmt(str(Str::move_down, lang), {text}),
                             !locked && k > 0, !locked && k + 1 < ids.size(), own_mark(in_place, revealed)});
    }
}

void match_view(ViewQuestion& out, const Question& q, const QuestionRecord& r, bool revealed, const Words& lang) {
    out.choose = str(Str::choose, lang);
    for (const Pair& p : q.pairs) {
        std::string chosen;
        if (r.response.answered)
            for (const auto& [left, right] : r.response.matches)
                if (left == p.id && chosen.empty()) chosen = right;
        const Pair* picked = find_pair(q, chosen);
        std::string shown = picked ? picked->right : out.choose;
        out.rows.push_back({p.id, q.id + "/select/" + p.id, p.left, chosen, shown, p.left + ": " + shown,
                            own_mark(chosen == p.id, revealed)});
    }
    for (int i : r.order) out.options.push_back({q.pairs[size_t(i)].id, q.pairs[size_t(i)].right});
}

void feedback_view(ViewQuestion& out, const Quiz& quiz, const Question& q, const QuestionRecord& r, const Words& lang) {
    ViewFeedback f;
    f.verdict = verdict_of(r.score);
    f.title = str(verdict_word(f.verdict), lang);
    f.points = points_text(r.score.score, r.score.max, lang);
    bool on_choices = q.type == QuestionType::single || q.type == QuestionType::multiple;
    if (!on_choices) f.notes = response_feedback(q, r);  // choices carry their own
    // Marks show the solution on choices and tiles; the other types say it, where the quiz allows.
    if (!r.score.correct && quiz.show_solutions && !on_choices && q.type != QuestionType::true_false) {
        f.solution_label = str(Str::correct_answer, lang);
        f.solution = solution_text(q, lang);
    }
    f.explanation = q.explanation;
    out.feedback = std::move(f);
}

void question_view(View& v, const App& app, const Words& lang, double now_ms) {
    const Session& s = app.session;
    const QuestionRecord* rec = app_current_record(app);
    const Question* q = app_current_question(app);
    if (!rec || !q) return;
    const Quiz& quiz = app_quiz(app);
    ViewQuestion& out = v.question;
    const bool revealed = s.phase == Phase::feedback;
    out.locked = s.phase != Phase::question || rec->submitted;
    out.id = q->id;
    out.type = q->type;
    out.index = s.current;
    out.total = int(s.records.size());
    std::string n = std::to_string(s.current + 1), total = std::to_string(s.records.size());
    out.counter = fmt(str(app.due_review ? Str::review_counter : Str::question_n_of_m, lang), {n, total});
    out.counter_value = fmt(str(Str::n_of_m, lang), {n, total});
    out.progress = double(s.current + (revealed ? 1 : 0)) / double(std::max(out.total, 1));
    double left = app_remaining_ms(app, now_ms);
    if (left >= 0) {
        int seconds = int(std::ceil(left / 1000));
        out.time_left = fmt(str(Str::time_left, lang), {format_duration(seconds)});
        out.time_short = seconds <= kShortSeconds;
        out.next_second_ms = std::fmod(left, 1000.0) + 1;
    }
    if (app.due_review) {  // a card due for review: the article it comes from
        auto from = app.progress.articles.find(app.due_review->keys[size_t(rec->question)].article_id);
        if (from != app.progress.articles.end() && !from->second.headline.empty())
            out.from = fmt(str(Str::review_from, lang), {from->second.headline});
    }
    out.prompt = q->prompt;
    Str hint = q->type == QuestionType::multiple ? Str::select_all
               : q->type == QuestionType::order  ? Str::order_hint
               : q->type == QuestionType::match  ? Str::match_hint
                                                 : Str::count;
    if (hint != Str::count && !out.locked && !contains_folded(q->prompt, str(hint, lang))) out.hint = str(hint, lang);

    switch (q->type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::true_false: choices_view(out, *q, *rec, revealed, quiz.show_solutions, lang); break;
        case QuestionType::numeric:
        case QuestionType::text: field_view(out, *q, *rec, revealed, lang); break;
        case QuestionType::order: order_view(out, *q, *rec, revealed, out.locked, lang); break;
        case QuestionType::match: match_view(out, *q, *rec, revealed, lang); break;
    }
    bool last = s.current + 1 >= out.total;
    if (revealed) {
        feedback_view(out, quiz, *q, *rec, lang);
        add_button(v, "next", IntentKind::next, str(last ? Str::see_results : Str::next, lang), ButtonStyle::primary);
        v.announce_key = "feedback/" + std::to_string(s.attempt) + "/" + std::to_string(s.current);
        v.announcement = fmt(str(Str::announce_answer, lang), {out.feedback->title, out.feedback->points});
    } else {
        Str label = quiz.feedback == FeedbackMode::immediate ? Str::submit : last ? Str::see_results : Str::next;
        add_button(v, "submit", IntentKind::submit, str(label, lang), ButtonStyle::primary, 0, !app_can_submit(app));
    }
}

// [SECTION] Results and review
std::vector<ViewReviewRow> review_rows(const App& app, const Words& lang) {
    std::vector<ViewReviewRow> rows;
    const Quiz& quiz = app_quiz(app);
    const std::vector<QuestionRecord>& records = app.session.records;
    for (size_t k = 0; k < records.size(); ++k) {
        const QuestionRecord& r = records[k];
        const Question& q = app_question(app, r);
        ViewReviewRow row;
        row.id = "review/" + q.id;
        row.verdict = verdict_of(r.score);
        row.head = fmt(str(Str::question_n, lang), {std::to_string(k + 1)}) + " · " + str(verdict_word(row.verdict), lang) +
                   " · " + points_text(r.score.score, r.score.max, lang);
        row.prompt = q.prompt;
        row.answer_label = str(Str::your_answer, lang);
        row.answer = response_text(q, r.response, lang);
        if (quiz.show_solutions && !r.score.correct) {
            row.solution_label = str(Str::correct_answer, lang);
            row.solution = solution_text(q, lang);
        }
        row.explanation = q.explanation;
        rows.push_back(std::move(row));
    }
    return rows;
}

void results_view(View& v, const App& app, const Words& lang) {
    const Document& d = app.loaded.doc;
    const Session& s = app.session;
    const QuizScore& r = s.result;
    const bool review = app.due_review.has_value();  // the reader's own practice: no pass, no band
    ViewResults& out = v.results;
    std::string score = format_number(r.score, lang), max = format_number(r.max, lang);
    out.title = str(review ? Str::review_done : Str::results_title, lang);
    out.percent = r.percent;
    out.percent_text = percent_text(r.percent, lang);
    out.score_text = points_text(r.score, r.max, lang);
    out.summary = score_sentence(Str::your_score, r.score, r.max, r.percent, lang);
    out.pass_shown = !review;
    out.passed = r.passed;
    if (!review) out.status = str(r.passed ? Str::passed : Str::not_passed, lang);
    if (!review && r.band >= 0 && size_t(r.band) < d.quiz.results.size()) out.band = d.quiz.results[size_t(r.band)].message;
    if (s.timed_out) out.timed_out = str(Str::time_up, lang);
    out.changes_title = str(Str::mastery_title, lang);
    for (const TopicChange& c : app.changes)
        out.changes.push_back({"change/" + c.after.topic.id, topic_change_text(c, lang), c.after.percent - c.before.percent,
                               c.before.level != c.after.level});
    out.share_text = fmt(str(Str::share_text, lang), {score, max, d.article.headline});
    out.share_copied = str(Str::shared_copied, lang);
    out.review_title = str(Str::review_title, lang);
    out.rows = review_rows(app, lang);

    if (review) {
        int due = app_due_count(app);
        if (due > 0) add_button(v, "start-review", IntentKind::start_review, review_due_label(due, lang), ButtonStyle::primary, 0);
        add_button(v, "show-progress", IntentKind::show_progress, str(Str::your_progress, lang), ButtonStyle::secondary, 0);
        v.announce_key = "review-results/" + std::to_string(s.seed);
        v.announcement = fmt(str(Str::announce_review, lang), {score, max, out.percent_text});
    } else {
        if (d.quiz.allow_retry) add_button(v, "retry", IntentKind::retry, str(Str::retry, lang), ButtonStyle::primary, 0);
        add_button(v, "share", IntentKind::share, str(Str::copy_result, lang), ButtonStyle::secondary, 0);
        if (!d.actions.empty()) add_button(v, "actions", IntentKind::show_actions, str(Str::what_you_can_do, lang), ButtonStyle::secondary, 1);
        add_button(v, "show-progress", IntentKind::show_progress, str(Str::your_progress, lang), ButtonStyle::secondary, 1);
        v.announce_key = "results/" + std::to_string(s.attempt);
        v.announcement = fmt(str(Str::announce_results, lang), {score, max, out.percent_text, out.status});
    }
    add_button(v, "article", IntentKind::show_article, str(Str::back_to_article, lang), ButtonStyle::quiet, 1);
}

void review_view(View& v, const App& app, const Words& lang) {
    v.results.review_title = v.title = str(Str::review_title, lang);
    v.results.rows = review_rows(app, lang);
    add_button(v, "results", IntentKind::show_results, str(Str::back_to_results, lang), ButtonStyle::secondary);
}

// [SECTION] Progress, actions, error
// What the reader may do with the stored progress: download it, delete it (confirmed first).
void progress_data_buttons(View& v, const App& app, const Words& lang) {
    if (app.confirm_delete) {
        v.prompt = {"delete", str(Str::delete_prompt, lang)};
        add_button(v, "delete-confirm", IntentKind::delete_confirm, str(Str::delete_, lang), ButtonStyle::primary, kPromptRow);
        add_button(v, "delete-cancel", IntentKind::delete_cancel, str(Str::cancel, lang), ButtonStyle::secondary, kPromptRow);
        return;
    }
    add_button(v, "download-progress", IntentKind::download_progress, str(Str::download_progress, lang), ButtonStyle::quiet, 2);
    add_button(v, "delete-progress", IntentKind::delete_progress, str(Str::delete_progress, lang), ButtonStyle::quiet, 2);
}

// "Keep my progress on this device?" once the reader has answered under data-storage="ask".
void consent_prompt(View& v, const App& app, const Words& lang) {
    if (app.consent != Consent::asking || !v.prompt.id.empty()) return;
    v.prompt = {"consent", str(Str::consent_prompt, lang)};
    add_button(v, "consent-yes", IntentKind::consent_yes, str(Str::yes, lang), ButtonStyle::secondary, kPromptRow);
    add_button(v, "consent-no", IntentKind::consent_no, str(Str::no, lang), ButtonStyle::secondary, kPromptRow);
}

void progress_view(View& v, const App& app, const Words& lang) {
    ViewProgress& out = v.progress;
    const ProgressStore& store = app.progress;
    out.title = str(Str::progress_title, lang);
    ProgressTotals totals = progress_totals(store, app.today);
    if (totals.attempts == 0) {
        out.empty = str(Str::no_attempts, lang);
        back_buttons(v, app, lang, 1);
        return;
    }
    Streak streak = progress_streak(store, app.today);
    out.streak_days = std::to_string(streak.current);
    out.active_today = streak.active_today;
    out.streak_now = streak.current == 0 ? str(Str::streak_none, lang)
                                         : count_text(streak.current, Str::streak_days_one, Str::streak_days_many, lang);
    out.streak_longest = count_text(streak.longest, Str::streak_longest_one, Str::streak_longest, lang);
    out.streak = out.streak_now + " · " + out.streak_longest;
    out.totals = fmt(str(Str::totals, lang), {count_text(totals.articles, Str::articles_one, Str::articles_many, lang),
                                             count_text(totals.attempts, Str::quizzes_one, Str::quizzes_many, lang)});
    int due = app_due_count(app);
    if (due > 0) add_button(v, "start-review", IntentKind::start_review, review_due_label(due, lang), ButtonStyle::primary, 0);
    else out.nothing_due = str(Str::nothing_due, lang);
    out.topics_title = str(Str::mastery_title, lang);
    for (const TopicMastery& m : mastery_by_topic(store, app.today)) {
        std::string name = topic_name(m.topic);
        out.topics.push_back({"mastery/" + m.topic.id, name, fmt(str(Str::topic_level, lang), {name, level_word(m.level, lang)}),
                              level_word(m.level, lang), percent_text(m.percent, lang), m.percent, m.level});
    }
    out.recent_title = str(Str::recent_scores, lang);
    std::string joined;
    for (const RecentAttempt& a : progress_recent_attempts(store, kRecentAttempts)) {
        out.recent.push_back({a.headline, percent_text(a.percent, lang), a.percent});
        join(joined, ", ", out.recent.back().figure);
    }
    out.chart = fmt(str(Str::recent_scores_list, lang), {joined});
    back_buttons(v, app, lang, 1);
    progress_data_buttons(v, app, lang);
}

// The numbered actions with their links and Done ticks: on their own screen and on the card.
void action_list(View& v, const App& app, const Words& lang) {
    const std::vector<Action>& actions = app.loaded.doc.actions;
    for (size_t i = 0; i < actions.size(); ++i) {
        const Action& a = actions[i];
        ViewAction out;
        out.index = int(i);
        out.number = std::to_string(i + 1);
        out.id = "action/" + out.number;
        out.spans = a.spans;
        if (out.spans.empty()) out.spans.push_back({a.text, ""});
        if (!a.url.empty()) out.spans = {{a.text, a.url}};  // the whole action links to its page
        out.done = i < app.actions_done.size() && app.actions_done[i];
        out.done_word = str(Str::done, lang);
        out.done_label = fmt(str(Str::done_label, lang), {out.number});
        v.actions.push_back(std::move(out));
    }
}

void actions_view(View& v, const App& app, const Words& lang) {
    v.title = str(Str::what_you_can_do, lang);
    action_list(v, app, lang);
    back_buttons(v, app, lang, 0);
}

void error_view(View& v, const App& app, const Words& lang) {
    v.error.title = str(Str::error_title, lang);
    v.error.body = str(Str::error_body, lang);
    for (const Diagnostic& diag : app.loaded.diagnostics)
        if (diag.severity == Severity::error) v.error.details.push_back(diag.pointer + ": " + diag.message);
}

// [SECTION] How other readers did
// The article and question ids AGG.json files a record under: a review card's own article, else this one.
CardKey aggregate_key(const App& app, const QuestionRecord& r) {
    if (app.due_review && size_t(r.question) < app.due_review->keys.size()) return app.due_review->keys[size_t(r.question)];
    return {app.loaded.doc.article.id, app_question(app, r).id};
}

// A share as a reader reads it: rounded down to a whole percent (aggregate.h's rounding), so it
// never overstates; "" where aggregate.h says it may not be shown.
std::string share_text(const AggregateShare& share, Str pattern, const Words& lang) {
    if (!share.shown) return "";
    return fmt(str(pattern, lang), {fmt(str(Str::percent, lang), {std::to_string(aggregate_whole_percent(share.percent))})});
}

std::string right_share_text(const Aggregates& agg, const App& app, const QuestionRecord& r, const Words& lang) {
    CardKey key = aggregate_key(app, r);
    return share_text(aggregate_right_share(agg, key.article_id, key.question_id), Str::others_right, lang);
}

// Fills the figures into the view the screens built: after an answer, on each review row, and the
// results' "better than" (an attempt only; a review of due cards is practice, not an attempt).
void others_view(View& v, const App& app, const Aggregates& agg, const Words& lang) {
    const std::vector<QuestionRecord>& records = app.session.records;
    if (v.question.feedback && size_t(app.session.current) < records.size())
        v.question.feedback->others = right_share_text(agg, app, records[size_t(app.session.current)], lang);
    for (size_t k = 0; k < v.results.rows.size() && k < records.size(); ++k)
        v.results.rows[k].others = right_share_text(agg, app, records[k], lang);
    if (v.screen == Screen::results && !app.due_review)
        v.results.others = share_text(aggregate_beaten_share(agg, app.loaded.doc.article.id, app.session.result.percent),
                                      Str::others_beaten, lang);
}

}  // namespace

// [SECTION] The view
Words view_words(const App& app, const ViewOptions& options) {
    return words_for(options.lang.empty() ? app.loaded.doc.lang : options.lang, {options.strings, &app.loaded.doc.strings});
}

View app_view(const App& app, const ViewOptions& options) {
    View v;
    v.screen = app.screen;
    v.lang = options.lang.empty() ? app.loaded.doc.lang : options.lang;
    v.dir = text_direction(v.lang);
    const Words lang = view_words(app, options);
    switch (app.screen) {
        case Screen::article: article_view(v, app, lang, options.actions_button); break;
        case Screen::question: question_view(v, app, lang, options.now_ms); break;
        case Screen::results: results_view(v, app, lang); break;
        case Screen::review: review_view(v, app, lang); break;
        case Screen::progress: progress_view(v, app, lang); break;
        case Screen::actions: actions_view(v, app, lang); break;
        case Screen::error: error_view(v, app, lang); break;
    }
    if (app.screen != Screen::error) consent_prompt(v, app, lang);
    if (options.aggregates) others_view(v, app, *options.aggregates, lang);
    return v;
}

// [SECTION] What the reader typed
Response response_from_text(const Question& question, const std::string& typed) {
    Response r;
    r.text = typed;
    if (question.type == QuestionType::numeric) {
        std::optional<double> number = parse_number(typed);
        r.answered = number.has_value();
        r.number = number.value_or(0);
    } else if (question.type == QuestionType::text) {
        r.answered = true;
        r.answered = response_answered(question, r);  // white space alone is no answer
    }
    return r;
}

}  // namespace nq
