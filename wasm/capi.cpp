#include "capi.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "codec.h"
#include "ui/ui_draw.h"  // the words the canvas uses for responses, solutions and points

using nlohmann::ordered_json;
using nq::ui::Lang;
using nq::ui::Str;

namespace nq::capi {

// [SECTION] Helpers
std::string dump(const ordered_json& j) { return json_dump(j); }

char* dup(const std::string& s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (p) std::memcpy(p, s.c_str(), s.size() + 1);
    return p;
}

namespace {

constexpr size_t kMaxLog = 5000;  // intents kept for resuming; a longer history is not resumed

ordered_json parse_or_empty(const char* text) {
    ordered_json j;
    Diagnostic error;
    if (!text || !json_parse(text, j, error) || !j.is_object()) return ordered_json::object();
    return j;
}

std::string get_string(const ordered_json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

double get_number(const ordered_json& j, const char* key, double fallback) {
    auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : fallback;
}

// A number that must fit an int (an index, a day): anything else is the fallback.
int get_int(const ordered_json& j, const char* key, int fallback) {
    double d = get_number(j, key, fallback);
    return d >= -2147483648.0 && d <= 2147483647.0 ? int(d) : fallback;
}

// A seed as JSON: a number (up to 2^53) or a string of decimal digits (all 64 bits).
uint64_t get_seed(const ordered_json& j) {
    auto it = j.find("seed");
    if (it == j.end()) return 0;
    if (it->is_number_unsigned()) return it->get<uint64_t>();
    if (it->is_number()) {
        double d = it->get<double>();
        return d >= 0 && d < 18446744073709551616.0 ? uint64_t(d) : 0;  // NOTE: out of range would be UB
    }
    uint64_t seed = 0;
    if (it->is_string())
        for (char c : it->get<std::string>()) {
            if (c < '0' || c > '9') return 0;
            seed = seed * 10 + uint64_t(c - '0');
        }
    return seed;
}

bool intent_from_name(const std::string& name, IntentKind& out) {
    for (int k = 0; k <= int(IntentKind::tick); ++k)
        if (name == intent_name(IntentKind(k))) {
            out = IntentKind(k);
            return true;
        }
    return false;
}

// {"intent": name, "response": ..., "index": n} -> Intent; false when it cannot be read.
bool intent_from_json(const App& app, const ordered_json& j, Intent& out) {
    if (!intent_from_name(get_string(j, "intent"), out.kind)) return false;
    out.index = get_int(j, "index", -1);
    if (out.kind != IntentKind::answer) return true;
    const Question* q = app_current_question(app);
    auto it = j.find("response");
    if (!q || it == j.end()) return false;
    ParsedResponse p = response_from_json(*q, *it);
    out.response = p.response;
    return p.ok;
}

ordered_json intent_to_json(const App& app, const Intent& intent, double now_ms) {
    ordered_json j = {{"t", json_number(now_ms)}, {"intent", intent_name(intent.kind)}};
    const Question* q = app_current_question(app);
    if (intent.kind == IntentKind::answer && q) j["response"] = response_to_json(*q, intent.response);
    if (intent.index >= 0) j["index"] = intent.index;
    return j;
}

void queue_events(NqWidget& w, const std::vector<AppEvent>& events) {
    const App& app = w.app;
    const std::string& article = app.loaded.doc.article.id;
    for (const AppEvent& e : events) {
        NqPendingEvent p;
        p.event = e;
        const Session& s = app.session;
        if (e.kind == AppEventKind::start) {
            p.detail = {{"articleId", article}, {"attempt", s.attempt}};
        } else if (e.kind == AppEventKind::answer && e.record >= 0 && size_t(e.record) < s.records.size()) {
            const QuestionRecord& r = s.records[size_t(e.record)];
            const Question& q = app_question(app, r);
            p.question = r.question;
            p.response = r.response;
            p.score = r.score;
            p.duration_ms = r.time_ms;
            p.detail = {{"articleId", article}, {"questionId", q.id}, {"response", response_to_json(q, r.response)},
                        {"correct", r.score.correct}, {"score", json_number(r.score.score)},
                        {"max", json_number(r.score.max)}};
        } else if (e.kind == AppEventKind::complete) {
            p.result = s.result;
            p.duration_ms = s.finished_ms - s.started_ms;
            p.detail = {{"articleId", article}, {"score", json_number(s.result.score)},
                        {"max", json_number(s.result.max)}, {"percent", json_number(s.result.percent)},
                        {"passed", s.result.passed}, {"durationMs", json_number(std::round(p.duration_ms))}};
        } else {
            continue;
        }
        w.pending.push_back(std::move(p));
    }
}

void log_intent(NqWidget& w, const Intent& intent, double now_ms) {
    // Ticks follow the clock; ticked actions and reviews of due cards live in the progress
    // store, not in the attempt (a review left unfinished by a reload is not resumed).
    if (intent.kind == IntentKind::tick || intent.kind == IntentKind::toggle_action_done ||
        intent.kind == IntentKind::start_review || w.app.due_review || w.log.size() >= kMaxLog)
        return;
    ordered_json entry = intent_to_json(w.app, intent, now_ms);
    // A response being edited replaces the previous one: only the last draft matters.
    if (intent.kind == IntentKind::answer && !w.log.empty() && w.log.back()["intent"] == "answer")
        w.log.back() = entry;
    else
        w.log.push_back(entry);
    w.log_changed = true;
}

void replay(NqWidget& w, const ordered_json& log) {
    if (!log.is_array()) return;
    for (const ordered_json& entry : log) {
        Intent intent;
        if (!entry.is_object() || !intent_from_json(w.app, entry, intent)) continue;
        double t = get_number(entry, "t", 0);
        log_intent(w, intent, t);
        app_apply(w.app, intent, t);  // events of the past are not heard again
    }
    w.log_changed = false;
}

}  // namespace

void apply(NqWidget& w, const Intent& intent, double now_ms) {
    log_intent(w, intent, now_ms);
    std::vector<AppEvent> events = app_apply(w.app, intent, now_ms);
    queue_events(w, events);
}

ordered_json items_json(const std::vector<ui::Item>& items) {
    ordered_json out = ordered_json::array();
    for (const ui::Item& it : items) {
        ordered_json j = {{"id", it.id}, {"role", ui::role_name(it.role)}, {"label", it.label}};
        if (!it.state.empty()) j["state"] = it.state;
        if (it.role == ui::Role::radio || it.role == ui::Role::checkbox) j["checked"] = it.checked;
        if (!it.value.empty() || it.role == ui::Role::textbox) j["value"] = it.value;
        if (!it.href.empty()) j["href"] = it.href;
        if (it.level) j["level"] = it.level;
        j["x"] = json_number(it.x);
        j["y"] = json_number(it.y);
        j["w"] = json_number(it.w);
        j["h"] = json_number(it.h);
        out.push_back(std::move(j));
    }
    return out;
}


// [SECTION] The view for the HTML fallback
namespace {

bool interactive(ui::Role role) {
    return role == ui::Role::button || role == ui::Role::radio || role == ui::Role::checkbox ||
           role == ui::Role::textbox || role == ui::Role::link;
}

// Items a test reads besides the interactive ones: progress bars (with their value) and the
// progress figures drawn as text.
bool readout(const ui::Item& it) {
    static const char* const ids[] = {"best-score", "streak", "totals", "scores-chart"};
    if (it.role == ui::Role::progressbar || it.id.rfind("change/", 0) == 0) return true;
    return std::find(std::begin(ids), std::end(ids), it.id) != std::end(ids);
}

// A choice marked right in the feedback, as the canvas's solution words count it.
bool choice_correct(const Question& q, const Choice& c) {
    double best = 0;
    for (const Choice& other : q.choices) best = std::max(best, other.weight.value_or(other.correct ? 100.0 : 0.0));
    double w = c.weight.value_or(c.correct ? 100.0 : 0.0);
    return q.type == QuestionType::single ? w > 0 && w == best : c.correct || (c.weight && w > 0);
}

std::string item_text(const Question& q, const std::string& id) {
    for (const Item& it : q.items)
        if (it.id == id) return it.text;
    return id;
}

// The canvas's item id for a button of this intent (state().targets, tests).
const char* button_id(IntentKind kind) {
    switch (kind) {
        case IntentKind::start_quiz: return "start";
        case IntentKind::submit: return "submit";
        case IntentKind::next: return "next";
        case IntentKind::retry: return "retry";
        case IntentKind::show_review: return "review";
        case IntentKind::show_results: return "results";
        case IntentKind::show_actions: return "actions";
        case IntentKind::show_progress: return "show-progress";
        case IntentKind::show_article: return "article";
        case IntentKind::start_review: return "start-review";
        default: return intent_name(kind);
    }
}

ordered_json button(IntentKind kind, const std::string& label, bool primary = false, bool disabled = false) {
    return {{"id", button_id(kind)}, {"intent", intent_name(kind)}, {"label", label}, {"primary", primary}, {"disabled", disabled}};
}

ordered_json button(IntentKind kind, Str label, Lang lang, bool primary = false, bool disabled = false) {
    return button(kind, ui::str(label, lang), primary, disabled);
}

// [SECTION] Progress, in the canvas's words (wasm/ui/ui_progress.cpp, ui_results.cpp)
ordered_json changes_view(const App& app, Lang lang) {
    ordered_json list = ordered_json::array();
    for (const TopicChange& c : app.changes)
        list.push_back({{"id", "change/" + c.after.topic.id}, {"text", ui::topic_change_text(c, lang)}});
    return list;
}

ordered_json progress_view(const App& app, Lang lang, ordered_json& buttons) {
    ProgressTotals totals = progress_totals(app.progress, app.today);
    ordered_json v = {{"title", ui::str(Str::progress_title, lang)}};
    int due = app_due_count(app);
    if (due > 0) buttons.push_back(button(IntentKind::start_review, ui::review_due_label(due, lang), true));
    if (session_finished(app.session))
        buttons.push_back(button(IntentKind::show_results, Str::back_to_results, lang));
    if (totals.attempts == 0) {
        v["empty"] = ui::str(Str::no_attempts, lang);
        return v;
    }
    v["streak"] = ui::streak_text(progress_streak(app.progress, app.today), lang);
    v["totals"] = ui::totals_text(totals, lang);
    if (due == 0) v["nothing_due"] = ui::str(Str::nothing_due, lang);
    v["topics_label"] = ui::str(Str::mastery_title, lang);
    ordered_json topics = ordered_json::array();
    for (const TopicMastery& m : mastery_by_topic(app.progress, app.today))
        topics.push_back({{"id", "mastery/" + m.topic.id},
                          {"label", ui::topic_level_text(m, lang)},
                          {"percent", m.percent}, {"value", ui::percent_text(m.percent, lang)}});
    v["topics"] = topics;
    std::vector<RecentAttempt> recent = progress_recent_attempts(app.progress, ui::kRecentAttempts);
    ordered_json list = ordered_json::array();
    for (const RecentAttempt& a : recent)
        list.push_back({{"headline", a.headline}, {"percent", a.percent}, {"value", ui::percent_text(a.percent, lang)}});
    v["recent_label"] = ui::str(Str::recent_scores, lang);
    v["chart"] = ui::recent_scores_text(recent, lang);
    v["recent"] = list;
    return v;
}

// The article card's progress: the best score kept for this article, and what is due elsewhere.
void card_progress(const App& app, Lang lang, ordered_json& v, ordered_json& buttons) {
    ArticleSummary best = app_article_summary(app);
    if (best.has_best)
        v["best"] = ui::fmt(ui::str(Str::best_score, lang), {ui::format_number(best.best_score, lang),
                            ui::format_number(best.best_max, lang), ui::percent_text(best.best_percent, lang)});
    int due = app_due_count(app);
    if (due > 0) {
        buttons.push_back(button(IntentKind::start_review, ui::review_due_label(due, lang)));
        buttons.back()["id"] = "review-due";  // the card's entry; "start-review" on the progress and results screens
    }
    if (progress_totals(app.progress, app.today).attempts > 0) buttons.push_back(button(IntentKind::show_progress, Str::your_progress, lang));
}

ordered_json choices_view(const Question& q, const QuestionRecord& r, bool feedback, Lang lang) {
    const Response& resp = r.response;
    ordered_json choices = ordered_json::array();
    if (q.type == QuestionType::true_false) {
        for (bool b : {true, false}) {
            ordered_json c = {{"id", b ? "true" : "false"}, {"text", ui::str(b ? Str::true_ : Str::false_, lang)},
                              {"selected", resp.answered && resp.boolean == b}};
            if (feedback) c["correct"] = q.answer_bool == b;
            choices.push_back(std::move(c));
        }
        return choices;
    }
    for (int i : r.order) {
        const Choice& c = q.choices[size_t(i)];
        bool selected = false;
        for (const std::string& id : resp.ids) selected = selected || id == c.id;
        ordered_json cj = {{"id", c.id}, {"text", c.text}, {"selected", selected}};
        if (feedback) cj["correct"] = choice_correct(q, c);
        choices.push_back(std::move(cj));
    }
    return choices;
}

ordered_json question_view(const App& app, Lang lang, ordered_json& buttons) {
    const Session& s = app.session;
    const QuestionRecord& r = *app_current_record(app);
    const Question& q = *app_current_question(app);
    const Response& resp = r.response;
    bool feedback = s.phase == Phase::feedback;
    std::string n = std::to_string(s.current + 1), total = std::to_string(s.records.size());
    Str counter = app.due_review ? Str::review_counter : Str::question_n_of_m;
    ordered_json v = {{"index", s.current}, {"total", s.records.size()}, {"id", q.id},
                      {"type", question_type_name(q.type)}, {"label", ui::fmt(ui::str(counter, lang), {n, total})},
                      {"prompt", q.prompt}, {"phase", phase_name(s.phase)}};
    if (app.due_review) {  // a card due for review: the article it comes from
        auto from = app.progress.articles.find(app.due_review->keys[size_t(r.question)].article_id);
        if (from != app.progress.articles.end()) v["from"] = ui::fmt(ui::str(Str::review_from, lang), {from->second.headline});
    }
    switch (q.type) {
        case QuestionType::multiple:
            v["hint"] = ui::str(Str::select_all, lang);
            [[fallthrough]];
        case QuestionType::single:
        case QuestionType::true_false: v["choices"] = choices_view(q, r, feedback, lang); break;
        case QuestionType::numeric:
        case QuestionType::text: {
            bool numeric = q.type == QuestionType::numeric;
            v["input"] = {{"value", numeric ? (resp.answered ? ui::format_number(resp.number, lang) : "") : resp.text},
                          {"numeric", numeric},
                          {"label", ui::str(Str::your_answer, lang)},
                          {"placeholder", ui::str(numeric ? Str::enter_number : Str::type_answer, lang)},
                          {"unit", q.unit}};
            break;
        }
        case QuestionType::order: {
            v["hint"] = ui::str(Str::order_hint, lang);
            std::vector<std::string> ids = resp.ids;
            if (ids.empty())
                for (int i : r.order) ids.push_back(q.items[size_t(i)].id);
            ordered_json items = ordered_json::array();
            for (const std::string& id : ids) {
                std::string text = item_text(q, id);
                items.push_back({{"id", id}, {"text", text}, {"up", ui::fmt(ui::str(Str::move_up, lang), {text})},
                                 {"down", ui::fmt(ui::str(Str::move_down, lang), {text})}});
            }
            v["items"] = items;
            break;
        }
        case QuestionType::match: {
            v["hint"] = ui::str(Str::match_hint, lang);
            v["choose"] = ui::str(Str::choose, lang);
            ordered_json left = ordered_json::array(), right = ordered_json::array();
            for (const Pair& p : q.pairs) {
                std::string picked;
                for (const auto& m : resp.matches)
                    if (m.first == p.id) picked = m.second;
                left.push_back({{"id", p.id}, {"text", p.left}, {"chosen", picked}});
            }
            for (int i : r.order) right.push_back({{"id", q.pairs[size_t(i)].id}, {"text", q.pairs[size_t(i)].right}});
            v["left"] = left;
            v["right"] = right;
            break;
        }
    }
    if (feedback) {
        Str title = r.score.correct ? Str::correct : r.score.score > 0 ? Str::partly : Str::incorrect;
        v["feedback"] = {{"correct", r.score.correct}, {"title", ui::str(title, lang)},
                         {"points", ui::points_text(r.score.score, r.score.max, lang)}, {"messages", response_feedback(q, r)},
                         {"explanation", q.explanation}};
        bool last = size_t(s.current) + 1 == s.records.size();
        buttons.push_back(button(IntentKind::next, last ? Str::see_results : Str::next, lang, true));
    } else {
        buttons.push_back(button(IntentKind::submit, Str::submit, lang, true, !app_can_submit(app)));
    }
    return v;
}

ordered_json result_view(const App& app, Lang lang) {
    const QuizScore& r = app.session.result;
    const std::vector<Band>& bands = app_quiz(app).results;
    std::string percent = ui::percent_text(r.percent, lang);
    bool review = app.due_review.has_value();  // the reader's own practice: no pass, no band
    return {{"title", ui::str(review ? Str::review_done : Str::results_title, lang)},
            {"score", json_number(r.score)},
            {"max", json_number(r.max)},
            {"percent", json_number(r.percent)},
            {"passed", r.passed},
            {"status", review ? "" : ui::str(r.passed ? Str::passed : Str::not_passed, lang)},
            {"summary", ui::fmt(ui::str(Str::your_score, lang),
                                {ui::format_number(r.score, lang), ui::format_number(r.max, lang), percent})},
            {"band", !review && r.band >= 0 && size_t(r.band) < bands.size() ? bands[size_t(r.band)].message : ""},
            {"timed_out", app.session.timed_out ? ui::str(Str::time_up, lang) : ""},
            {"changes", changes_view(app, lang)}};
}

ordered_json review_view(const App& app, Lang lang) {
    ordered_json list = ordered_json::array();
    const Session& s = app.session;
    for (size_t i = 0; i < s.records.size(); ++i) {
        const QuestionRecord& r = s.records[i];
        const Question& q = app_question(app, r);
        ordered_json e = {{"label", ui::fmt(ui::str(Str::question_n, lang), {std::to_string(i + 1)})},
                          {"prompt", q.prompt},
                          {"answer_label", ui::str(Str::your_answer, lang)},
                          {"answer", ui::response_text(q, r.response, lang)},
                          {"correct", r.score.correct},
                          {"points", ui::points_text(r.score.score, r.score.max, lang)},
                          {"explanation", q.explanation}};
        if (app_quiz(app).show_solutions) {
            e["solution_label"] = ui::str(Str::correct_answer, lang);
            e["solution"] = ui::solution_text(q, lang);
        }
        list.push_back(std::move(e));
    }
    return list;
}

ordered_json article_view(const Article& a, Lang lang) {
    ordered_json sources = ordered_json::array(), topics = ordered_json::array();
    for (const Source& s : a.sources) sources.push_back({{"name", s.name}, {"url", s.url}});
    for (const Topic& t : a.topics) topics.push_back({{"id", t.id}, {"label", t.label}, {"emoji", t.emoji}});
    return {{"id", a.id},
            {"headline", a.headline},
            {"dek", a.dek},
            {"date", ui::format_date(a.date, lang)},
            {"url", a.url},
            {"sources_label", ui::str(Str::sources, lang)},
            {"sources", sources},
            {"more_sources", a.more_sources > 0 ? ui::fmt(ui::str(Str::more_sources, lang), {std::to_string(a.more_sources)}) : ""},
            {"body", a.body},
            {"topics_label", ui::str(Str::topics, lang)},
            {"topics", topics}};
}

ordered_json actions_view(const App& app, Lang lang) {
    ordered_json list = ordered_json::array();
    const std::vector<Action>& actions = app.loaded.doc.actions;
    for (size_t i = 0; i < actions.size(); ++i) {
        ordered_json spans = ordered_json::array();
        for (const Span& s : actions[i].spans) spans.push_back({{"text", s.text}, {"href", s.href}});
        if (actions[i].spans.empty()) spans.push_back({{"text", actions[i].text}, {"href", ""}});
        list.push_back({{"index", i}, {"spans", spans}, {"url", actions[i].url}, {"done", bool(app.actions_done[i])},
                        {"done_label", ui::fmt(ui::str(Str::done_label, lang), {std::to_string(i + 1)})}});
    }
    return list;
}

ordered_json view(const NqWidget& w, double now_ms) {
    const App& app = w.app;
    const Document& d = app.loaded.doc;
    Lang lang = ui::lang_from_tag(w.lang);
    bool retry = d.quiz.allow_retry && !app.due_review;  // a review is not retaken
    ordered_json v = {{"screen", screen_name(app.screen)}, {"lang", w.lang}};
    ordered_json buttons = ordered_json::array();
    switch (app.screen) {
        case Screen::error: {
            ordered_json details = ordered_json::array();
            for (const Diagnostic& diag : app.loaded.diagnostics)
                if (diag.severity == Severity::error) details.push_back(diag.pointer + ": " + diag.message);
            v["error"] = {{"title", ui::str(Str::error_title, lang)}, {"body", ui::str(Str::error_body, lang)}, {"details", details}};
            break;
        }
        case Screen::article:
            v["article"] = article_view(d.article, lang);
            if (d.has_quiz) {
                v["cta"] = ui::str(Str::cta_text, lang);
                if (app_quiz_open(app)) buttons.push_back(button(IntentKind::start_quiz, ui::start_quiz_label(app, lang), true));
                if (session_finished(app.session))
                    buttons.push_back(button(IntentKind::show_results, Str::results_title, lang));
            }
            card_progress(app, lang, v, buttons);
            break;
        case Screen::question: v["question"] = question_view(app, lang, buttons); break;
        case Screen::results:
            v["result"] = result_view(app, lang);
            buttons.push_back(button(IntentKind::show_review, Str::review_button, lang));
            if (retry) buttons.push_back(button(IntentKind::retry, Str::retry, lang));
            if (app.due_review && app_due_count(app) > 0)
                buttons.push_back(button(IntentKind::start_review, ui::review_due_label(app_due_count(app), lang), true));
            buttons.push_back(button(IntentKind::show_progress, Str::your_progress, lang));
            break;
        case Screen::review:
            v["title"] = ui::str(Str::review_title, lang);
            v["review"] = review_view(app, lang);
            buttons.push_back(button(IntentKind::show_results, Str::back_to_results, lang, true));
            if (retry) buttons.push_back(button(IntentKind::retry, Str::retry, lang));
            break;
        case Screen::actions:
            v["title"] = ui::str(Str::what_you_can_do, lang);
            v["actions"] = actions_view(app, lang);
            break;
        case Screen::progress: v["progress"] = progress_view(app, lang, buttons); break;
    }
    if (app.screen != Screen::error && app.screen != Screen::question) {
        if (!d.actions.empty() && app.screen != Screen::actions)
            buttons.push_back(button(IntentKind::show_actions, Str::what_you_can_do, lang));
        if (app.screen != Screen::article) buttons.push_back(button(IntentKind::show_article, Str::back_to_article, lang));
    }
    double left = app_remaining_ms(app, now_ms);
    if (left >= 0) v["time_left"] = ui::fmt(ui::str(Str::time_left, lang), {ui::format_duration(int(std::ceil(left / 1000)))});
    v["buttons"] = buttons;
    return v;
}

// The site's progress as this widget sees it (state().progress).
ordered_json progress_state(const App& app) {
    ArticleSummary summary = app_article_summary(app);
    ordered_json best = nullptr;
    if (summary.has_best)
        best = {{"score", json_number(summary.best_score)}, {"max", json_number(summary.best_max)},
                {"percent", json_number(summary.best_percent)}};
    ordered_json topics = ordered_json::array();
    for (const TopicMastery& m : mastery_by_topic(app.progress, app.today))
        topics.push_back({{"id", m.topic.id}, {"level", mastery_level_name(m.level)}, {"percent", m.percent}});
    return {{"attempts", summary.attempts}, {"best", best}, {"due", app_due_count(app)},
            {"reviewing", app.due_review.has_value()}, {"streak", progress_streak(app.progress, app.today).current},
            {"topics", topics}};
}

ordered_json state(const NqWidget& w) {
    const App& app = w.app;
    const Document& d = app.loaded.doc;
    ordered_json s;
    s["screen"] = screen_name(app.screen);
    s["article"] = {{"id", d.article.id}, {"headline", d.article.headline}};
    s["question"] = nullptr;
    if (const QuestionRecord* r = app_current_record(app)) {
        s["question"] = {{"index", app.session.current}, {"total", app.session.records.size()},
                         {"id", app_current_question(app)->id}, {"type", question_type_name(app_current_question(app)->type)},
                         {"answered", r->submitted},
                         {"correct", r->submitted ? ordered_json(r->score.correct) : ordered_json(nullptr)}};
    }
    s["result"] = nullptr;
    if (session_finished(app.session)) {
        const QuizScore& q = app.session.result;
        const std::vector<Band>& bands = app_quiz(app).results;
        ordered_json band = q.band >= 0 && size_t(q.band) < bands.size() ? ordered_json(bands[size_t(q.band)].message) : nullptr;
        s["result"] = {{"score", json_number(q.score)}, {"max", json_number(q.max)},
                       {"percent", json_number(q.percent)}, {"passed", q.passed}, {"band", band}};
    }
    s["error"] = nullptr;
    for (const Diagnostic& diag : app.loaded.diagnostics)
        if (diag.severity == Severity::error) {
            s["error"] = (diag.pointer.empty() ? std::string("the document") : diag.pointer) + ": " + diag.message;
            break;
        }
    ordered_json targets = ordered_json::array();
    for (const ui::Item& it : w.items) {
        if (!interactive(it.role) && !readout(it)) continue;
        ordered_json t = {{"id", it.id}, {"role", ui::role_name(it.role)}, {"label", it.label}};
        if (it.role == ui::Role::radio || it.role == ui::Role::checkbox) t["checked"] = it.checked;
        if (it.role == ui::Role::progressbar) t["value"] = it.value;
        if ((" " + it.state + " ").find(" disabled ") != std::string::npos) t["disabled"] = true;
        t["x"] = json_number(it.x);
        t["y"] = json_number(it.y);
        t["w"] = json_number(it.w);
        t["h"] = json_number(it.h);
        targets.push_back(std::move(t));
    }
    s["targets"] = targets;
    s["progress"] = progress_state(app);
    return s;
}

ordered_json take_events(NqWidget& w, const ordered_json& stamp) {
    static const char* const names[] = {"newsquiz:start", "newsquiz:answer", "newsquiz:complete"};
    const App& app = w.app;
    XapiStamp st;
    st.timestamp = get_string(stamp, "timestamp");
    std::string seed = get_string(stamp, "id_seed");
    bool statements = !xapi_uuid(seed, 0).empty() && !st.timestamp.empty() && !w.xapi.actor_name.empty();
    uint32_t n = 0;
    ordered_json out = ordered_json::array();
    auto emit_statement = [&](const std::string& text) {
        ordered_json s;
        Diagnostic error;
        if (json_parse(text, s, error)) out.push_back({{"type", "newsquiz:xapi"}, {"detail", {{"statement", s}}}});
    };
    for (const NqPendingEvent& p : w.pending) {
        out.push_back({{"type", names[int(p.event.kind)]}, {"detail", p.detail}});
        if (!statements) continue;
        if (p.event.kind == AppEventKind::answer) {
            st.id = xapi_uuid(seed, n++);
            const Question& q = app.loaded.doc.quiz.questions[size_t(p.question)];
            emit_statement(xapi_answered(w.xapi, app.loaded.doc.article, q, p.response, p.score, p.duration_ms, st));
        } else if (p.event.kind == AppEventKind::complete) {
            for (XapiVerb verb : {XapiVerb::completed, p.result.passed ? XapiVerb::passed : XapiVerb::failed}) {
                st.id = xapi_uuid(seed, n++);
                emit_statement(xapi_attempt(w.xapi, app.loaded.doc.article, p.result, verb, p.duration_ms, st));
            }
        }
    }
    w.pending.clear();
    return out;
}

}  // namespace
}  // namespace nq::capi

// [SECTION] C ABI
using namespace nq;

extern "C" {

NqWidget* nq_open(const char* doc_json, const char* options_json) {
    ordered_json o = capi::parse_or_empty(options_json);
    ordered_json resume = o.contains("resume") && o["resume"].is_object() ? o["resume"] : ordered_json::object();
    bool resuming = resume.contains("log") && resume["log"].is_array() && !resume["log"].empty();
    AppOptions options;
    options.seed = capi::get_seed(resuming ? resume : o);
    options.now_ms = capi::get_number(o, "now_ms", 0);
    options.start = capi::get_string(o, "start") == "quiz" && !resuming ? StartAt::quiz : StartAt::article;

    options.today = capi::get_int(o, "today", 0);
    ProgressLoad stored = progress_load(capi::get_string(o, "progress"), capi::get_string(o, "learner"));
    options.progress = std::move(stored.store);

    NqWidget* w = new NqWidget();
    w->app = app_open(doc_json ? doc_json : "", options);
    w->seed = options.seed;
    w->lang = capi::get_string(o, "lang");
    if (w->lang.empty()) w->lang = w->app.loaded.doc.lang;
    for (const ProgressIssue& issue : stored.warnings) w->warnings.push_back(progress_issue_to_string(issue));
    w->progress_damaged = !stored.warnings.empty() && stored.warnings[0].code != ProgressCode::newer_version;
    w->xapi.home_page = capi::get_string(o, "home_page");
    w->xapi.actor_name = w->app.progress.learner_id;
    w->xapi.activity_base = capi::get_string(o, "activity_base");
    w->xapi.lang = w->app.loaded.doc.lang;
    if (resuming) {
        capi::replay(*w, resume["log"]);
    } else if (!w->app.opened_events.empty()) {
        // data-start="quiz" started the attempt inside app_open: a resume replays that start.
        w->log.push_back({{"t", json_number(options.now_ms)}, {"intent", "start_quiz"}});
        capi::queue_events(*w, w->app.opened_events);
    }
    return w;
}

void nq_close(NqWidget* w) { delete w; }

void nq_free(void* p) { std::free(p); }

char* nq_state(const NqWidget* w) { return capi::dup(capi::dump(capi::state(*w))); }

char* nq_view(const NqWidget* w, double now_ms) { return capi::dup(capi::dump(capi::view(*w, now_ms))); }

int nq_apply(NqWidget* w, const char* intent_json, double now_ms) {
    Intent intent;
    if (!capi::intent_from_json(w->app, capi::parse_or_empty(intent_json), intent)) return 0;
    capi::apply(*w, intent, now_ms);
    return 1;
}

char* nq_take_events(NqWidget* w, const char* stamp_json) {
    return capi::dup(capi::dump(capi::take_events(*w, capi::parse_or_empty(stamp_json))));
}

int nq_pending_events(const NqWidget* w) { return int(w->pending.size()); }

char* nq_progress(const NqWidget* w) {
    return capi::dup(capi::dump({{"seed", std::to_string(w->seed)}, {"log", w->log}}));
}

char* nq_progress_save(NqWidget* w, const char* stored_text) {
    // NOTE: a store from a newer newsquiz is left as it is: writing over it would lose it.
    if (!nq_progress_merge(w, stored_text)) return capi::dup(stored_text);
    w->app.progress_changed = false;
    return capi::dup(progress_save(w->app.progress));
}

int nq_progress_merge(NqWidget* w, const char* stored_text) {
    ProgressLoad other = progress_load(stored_text ? stored_text : "", w->app.progress.learner_id);
    if (!other.warnings.empty() && other.warnings[0].code == ProgressCode::newer_version) return 0;
    w->app.progress = progress_merge(w->app.progress, other.store);
    if (w->app.loaded.ok) w->app.actions_done = progress_actions_done(w->app.progress, w->app.loaded.doc);
    return 1;
}

int nq_progress_changed(const NqWidget* w) { return w->app.progress_changed ? 1 : 0; }

char* nq_warnings(const NqWidget* w) { return capi::dup(capi::dump(w->warnings)); }

int nq_progress_damaged(const NqWidget* w) { return w->progress_damaged ? 1 : 0; }

}  // extern "C"
