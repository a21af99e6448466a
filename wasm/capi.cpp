// capi.cpp: the flat C ABI of capi.h. It reads intents, gives the view (core/view.h), the
// state, the events and the progress as JSON, and decides nothing itself.
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] The view as JSON (the HTML version draws it)
// [SECTION] State
// [SECTION] C ABI
#include "capi.h"

#include <cstdlib>
#include <cstring>

#include "codec.h"
#include "view.h"
#include "widget.h"

using nlohmann::ordered_json;
using namespace nq;

namespace {

// [SECTION] Helpers
char* dup_text(const std::string& s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (p) std::memcpy(p, s.c_str(), s.size() + 1);
    return p;
}

char* dup(const ordered_json& j) { return dup_text(json_dump(j)); }

// [SECTION] The view as JSON (the HTML version draws it)
ordered_json chips_json(const std::vector<ViewChip>& chips) {
    ordered_json out = ordered_json::array();
    for (const ViewChip& c : chips)
        out.push_back({{"id", c.id}, {"text", c.text}, {"label", c.label}, {"href", c.href}, {"emoji", c.emoji}});
    return out;
}

ordered_json spans_json(const std::vector<Span>& spans) {
    ordered_json out = ordered_json::array();
    for (const Span& s : spans) out.push_back({{"text", s.text}, {"href", s.href}});
    return out;
}

ordered_json article_json(const ViewArticle& a) {
    return {{"date", a.date}, {"headline", a.headline}, {"dek", a.dek}, {"sources_label", a.sources_label},
            {"sources", chips_json(a.sources)}, {"body", a.body}, {"body_folded", a.body_folded},
            {"read_more", a.read_more}, {"read_less", a.read_less}, {"topics_label", a.topics_label},
            {"topics", chips_json(a.topics)}, {"quiz", a.quiz}, {"quiz_title", a.quiz_title}, {"cta", a.cta},
            {"your_score", a.your_score}, {"best", a.best}, {"actions_title", a.actions_title}};
}

ordered_json question_json(const ViewQuestion& q) {
    ordered_json j = {{"id", q.id}, {"type", question_type_name(q.type)}, {"index", q.index}, {"total", q.total},
                      {"counter", q.counter}, {"counter_value", q.counter_value}, {"progress", json_number(q.progress)},
                      {"time_left", q.time_left}, {"time_short", q.time_short}, {"from", q.from}, {"prompt", q.prompt},
                      {"hint", q.hint}, {"locked", q.locked}};
    ordered_json list = ordered_json::array();
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::true_false:
            for (const ViewChoice& c : q.choices)
                list.push_back({{"id", c.id}, {"item", c.item}, {"text", c.text}, {"picked", c.picked},
                                {"mark", mark_name(c.mark)}, {"note", c.note}});
            j["choices"] = list;
            break;
        case QuestionType::numeric:
        case QuestionType::text: {
            const ViewField& f = q.field;
            j["field"] = {{"item", f.item}, {"numeric", f.numeric}, {"value", f.value}, {"label", f.label},
                          {"placeholder", f.placeholder}, {"unit", f.unit}, {"error", f.error}, {"mark", mark_name(f.mark)}};
            break;
        }
        case QuestionType::order:
            for (const ViewOrderItem& it : q.items)
                list.push_back({{"id", it.id}, {"item", it.item}, {"text", it.text}, {"label", it.label}, {"up", it.up},
                                {"down", it.down}, {"can_up", it.can_up}, {"can_down", it.can_down}, {"mark", mark_name(it.mark)}});
            j["items"] = list;
            break;
        case QuestionType::match: {
            for (const ViewMatchRow& r : q.rows)
                list.push_back({{"id", r.id}, {"item", r.item}, {"left", r.left}, {"chosen", r.chosen}, {"shown", r.shown},
                                {"label", r.label}, {"mark", mark_name(r.mark)}});
            j["rows"] = list;
            ordered_json options = ordered_json::array();
            for (const ViewOption& o : q.options) options.push_back({{"id", o.id}, {"text", o.text}});
            j["options"] = options;
            j["choose"] = q.choose;
            break;
        }
    }
    if (q.feedback) {
        const ViewFeedback& f = *q.feedback;
        j["feedback"] = {{"verdict", mark_name(f.verdict)}, {"title", f.title}, {"points", f.points}, {"notes", f.notes},
                         {"solution_label", f.solution_label}, {"solution", f.solution}, {"explanation", f.explanation},
                         {"others", f.others}};
    }
    return j;
}

ordered_json results_json(const ViewResults& r) {
    ordered_json changes = ordered_json::array(), rows = ordered_json::array();
    for (const ViewChange& c : r.changes)
        changes.push_back({{"id", c.id}, {"text", c.text}, {"delta", c.delta}, {"moved", c.moved}});
    for (const ViewReviewRow& row : r.rows)
        rows.push_back({{"id", row.id}, {"verdict", mark_name(row.verdict)}, {"head", row.head}, {"prompt", row.prompt},
                        {"answer_label", row.answer_label}, {"answer", row.answer}, {"solution_label", row.solution_label},
                        {"solution", row.solution}, {"explanation", row.explanation},
                        {"others", row.others}});
    return {{"title", r.title}, {"percent", json_number(r.percent)}, {"percent_text", r.percent_text},
            {"score_text", r.score_text}, {"summary", r.summary}, {"pass_shown", r.pass_shown}, {"passed", r.passed},
            {"status", r.status}, {"band", r.band}, {"timed_out", r.timed_out}, {"changes_title", r.changes_title},
            {"changes", changes}, {"share_text", r.share_text}, {"share_copied", r.share_copied}, {"review_title", r.review_title}, {"rows", rows},
            {"others", r.others}};
}

ordered_json progress_json(const ViewProgress& p) {
    ordered_json topics = ordered_json::array(), recent = ordered_json::array();
    for (const ViewTopic& t : p.topics)
        topics.push_back({{"id", t.id}, {"name", t.name}, {"label", t.label}, {"level", t.level}, {"figure", t.figure},
                          {"percent", t.percent}});
    for (const ViewRecent& r : p.recent) recent.push_back({{"headline", r.headline}, {"figure", r.figure}, {"percent", r.percent}});
    return {{"title", p.title}, {"empty", p.empty}, {"streak_days", p.streak_days}, {"active_today", p.active_today},
            {"streak", p.streak}, {"streak_now", p.streak_now}, {"streak_longest", p.streak_longest}, {"totals", p.totals},
            {"nothing_due", p.nothing_due}, {"topics_title", p.topics_title}, {"topics", topics},
            {"recent_title", p.recent_title}, {"chart", p.chart}, {"recent", recent}};
}

ordered_json actions_json(const std::vector<ViewAction>& actions) {
    ordered_json list = ordered_json::array();
    for (const ViewAction& a : actions)
        list.push_back({{"index", a.index}, {"id", a.id}, {"number", a.number}, {"spans", spans_json(a.spans)},
                        {"done", a.done}, {"done_word", a.done_word}, {"done_label", a.done_label}});
    return list;
}

ordered_json view_json(const View& v) {
    ordered_json j = {{"screen", screen_name(v.screen)}, {"lang", v.lang}, {"dir", v.dir}, {"title", v.title}};
    switch (v.screen) {
        case Screen::article:
            j["article"] = article_json(v.article);
            j["actions"] = actions_json(v.actions);  // listed on the card under the call to the quiz
            break;
        case Screen::question: j["question"] = question_json(v.question); break;
        case Screen::results:
        case Screen::review: j["results"] = results_json(v.results); break;
        case Screen::progress: j["progress"] = progress_json(v.progress); break;
        case Screen::actions: j["actions"] = actions_json(v.actions); break;
        case Screen::error: j["error"] = {{"title", v.error.title}, {"body", v.error.body}, {"details", v.error.details}}; break;
    }
    ordered_json buttons = ordered_json::array();
    for (const ViewButton& b : v.buttons)
        buttons.push_back({{"id", b.id}, {"intent", intent_name(b.intent)}, {"label", b.label},
                           {"style", button_style_name(b.style)}, {"disabled", b.disabled}, {"row", b.row}});
    j["buttons"] = buttons;
    j["prompt"] = {{"id", v.prompt.id}, {"text", v.prompt.text}, {"row", kPromptRow}};
    j["announce_key"] = v.announce_key;
    j["announcement"] = v.announcement;
    return j;
}

// [SECTION] State
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

ordered_json state_json(const NqWidget& w) {
    const App& app = w.app;
    const Document& d = app.loaded.doc;
    ordered_json s;
    s["screen"] = screen_name(app.screen);
    s["article"] = {{"id", d.article.id}, {"headline", d.article.headline}};
    s["question"] = nullptr;
    if (const QuestionRecord* r = app_current_record(app)) {
        const Question& q = *app_current_question(app);
        s["question"] = {{"index", app.session.current}, {"total", app.session.records.size()}, {"id", q.id},
                         {"type", question_type_name(q.type)}, {"answered", r->submitted},
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
    for (const NqTarget& t : w.targets) {
        ordered_json j = {{"id", t.id}, {"role", t.role}, {"label", t.label}};
        if (t.has_checked) j["checked"] = t.checked;
        if (t.role == "progressbar") j["value"] = t.value;
        if (t.disabled) j["disabled"] = true;
        j["x"] = json_number(t.x);
        j["y"] = json_number(t.y);
        j["w"] = json_number(t.w);
        j["h"] = json_number(t.h);
        targets.push_back(std::move(j));
    }
    s["targets"] = targets;
    s["progress"] = progress_state(app);
    return s;
}

}  // namespace

// [SECTION] C ABI
extern "C" {

NqWidget* nq_open(const char* doc_json, const char* options_json) { return widget_open(doc_json, options_json); }

void nq_close(NqWidget* w) { delete w; }

void nq_free(void* p) { std::free(p); }

char* nq_state(const NqWidget* w) { return dup(state_json(*w)); }

char* nq_view(const NqWidget* w, double now_ms) {
    return dup(view_json(app_view(w->app, {w->lang, now_ms, w->has_aggregates ? &w->aggregates : nullptr, w->actions_button, &w->strings})));
}

int nq_apply(NqWidget* w, const char* intent_json, double now_ms) {
    Intent intent;
    if (!widget_intent(*w, widget_parse_object(intent_json), intent)) return 0;
    widget_apply(*w, intent, now_ms);
    return 1;
}

char* nq_take_events(NqWidget* w, const char* stamp_json) {
    return dup(widget_take_events(*w, widget_parse_object(stamp_json)));
}

int nq_pending_events(const NqWidget* w) { return int(w->pending.size()); }

char* nq_progress(const NqWidget* w) {
    return dup({{"seed", std::to_string(w->seed)}, {"log", w->log}});
}

char* nq_progress_save(NqWidget* w, const char* stored_text) {
    // NOTE: a store from a newer newsquiz is left as it is: writing over it would lose it.
    if (!nq_progress_merge(w, stored_text)) return dup_text(stored_text ? stored_text : "");
    w->app.progress_changed = false;
    return dup_text(progress_save(w->app.progress));
}

int nq_progress_merge(NqWidget* w, const char* stored_text) {
    ProgressLoad other = progress_load(stored_text ? stored_text : "", w->app.progress.learner_id);
    if (!other.warnings.empty() && other.warnings[0].code == ProgressCode::newer_version) return 0;
    w->app.progress = progress_merge(w->app.progress, other.store);
    if (w->app.loaded.ok) w->app.actions_done = progress_actions_done(w->app.progress, w->app.loaded.doc);
    return 1;
}

char* nq_progress_missing(const NqWidget* w, const char* stored_text) {
    // NOTE: merged into the stored store (its learner kept), so that two tabs whose stores have
    // different learners agree on the text and do not write it back and forth.
    ProgressLoad other = progress_load(stored_text ? stored_text : "", w->app.progress.learner_id);
    if (!other.warnings.empty() && other.warnings[0].code == ProgressCode::newer_version) return nullptr;
    ProgressStore merged = progress_merge(other.store, w->app.progress);
    std::string with_ours = progress_save(merged), as_stored = progress_save(other.store);
    return with_ours == as_stored ? nullptr : dup_text(with_ours);
}

int nq_progress_changed(const NqWidget* w) { return w->app.progress_changed ? 1 : 0; }

// [SECTION] The reader's say on storage
const char* nq_consent(const NqWidget* w) { return consent_name(w->app.consent); }

int nq_take_progress_deleted(NqWidget* w) {
    bool deleted = w->app.progress_deleted;
    w->app.progress_deleted = false;
    return deleted ? 1 : 0;
}

int nq_take_download(NqWidget* w) {
    bool asked = w->download_asked;
    w->download_asked = false;
    return asked ? 1 : 0;
}

char* nq_warnings(const NqWidget* w) { return dup(w->warnings); }

int nq_progress_damaged(const NqWidget* w) { return w->progress_damaged ? 1 : 0; }

}  // extern "C"
