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
#include "json_writer.h"
#include "view.h"
#include "widget.h"

using namespace nq;

namespace {

// [SECTION] Helpers
char* dup_text(const std::string& s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (p) std::memcpy(p, s.c_str(), s.size() + 1);
    return p;
}

// NOTE: written with JsonWriter rather than built as Json trees: the same bytes as json_dump
// of a tree, without a tree's code inline for every object (most of this file's share of the
// WebAssembly module).

// [SECTION] The view as JSON (the HTML version draws it)
void write_chips(JsonWriter& w, const char* name, const std::vector<ViewChip>& chips) {
    w.array(name, chips, [](JsonWriter& jw, const ViewChip& c) {
        jw.begin_object();
        jw.field("id", c.id);
        jw.field("text", c.text);
        jw.field("label", c.label);
        jw.field("href", c.href);
        jw.field("emoji", c.emoji);
        jw.end_object();
    });
}

void write_article(JsonWriter& w, const ViewArticle& a) {
    w.begin_object();
    w.field("date", a.date);
    w.field("headline", a.headline);
    w.field("dek", a.dek);
    w.field("sources_label", a.sources_label);
    write_chips(w, "sources", a.sources);
    w.field("body", a.body);
    w.field("body_folded", a.body_folded);
    w.field("read_more", a.read_more);
    w.field("read_less", a.read_less);
    w.field("topics_label", a.topics_label);
    write_chips(w, "topics", a.topics);
    w.field("quiz", a.quiz);
    w.field("quiz_title", a.quiz_title);
    w.field("cta", a.cta);
    w.field("your_score", a.your_score);
    w.field("best", a.best);
    w.field("actions_title", a.actions_title);
    w.end_object();
}

void write_question(JsonWriter& w, const ViewQuestion& q) {
    w.begin_object();
    w.field("id", q.id);
    w.field("type", question_type_name(q.type));
    w.field("index", q.index);
    w.field("total", q.total);
    w.field("counter", q.counter);
    w.field("counter_value", q.counter_value);
    w.number("progress", q.progress);
    w.field("time_left", q.time_left);
    w.field("time_short", q.time_short);
    w.field("from", q.from);
    w.field("prompt", q.prompt);
    w.field("hint", q.hint);
    w.field("locked", q.locked);
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::true_false:
            w.array("choices", q.choices, [](JsonWriter& jw, const ViewChoice& c) {
                jw.begin_object();
                jw.field("id", c.id);
                jw.field("item", c.item);
                jw.field("text", c.text);
                jw.field("picked", c.picked);
                jw.field("mark", mark_name(c.mark));
                jw.field("note", c.note);
                jw.end_object();
            });
            break;
        case QuestionType::numeric:
        case QuestionType::text: {
            const ViewField& f = q.field;
            w.key("field");
            w.begin_object();
            w.field("item", f.item);
            w.field("numeric", f.numeric);
            w.field("value", f.value);
            w.field("label", f.label);
            w.field("placeholder", f.placeholder);
            w.field("unit", f.unit);
            w.field("error", f.error);
            w.field("mark", mark_name(f.mark));
            w.end_object();
            break;
        }
        case QuestionType::order:
            w.array("items", q.items, [](JsonWriter& jw, const ViewOrderItem& it) {
                jw.begin_object();
                jw.field("id", it.id);
                jw.field("item", it.item);
                jw.field("text", it.text);
                jw.field("label", it.label);
                jw.field("up", it.up);
                jw.field("down", it.down);
                jw.field("can_up", it.can_up);
                jw.field("can_down", it.can_down);
                jw.field("mark", mark_name(it.mark));
                jw.end_object();
            });
            break;
        case QuestionType::match:
            w.array("rows", q.rows, [](JsonWriter& jw, const ViewMatchRow& r) {
                jw.begin_object();
                jw.field("id", r.id);
                jw.field("item", r.item);
                jw.field("left", r.left);
                jw.field("chosen", r.chosen);
                jw.field("shown", r.shown);
                jw.field("label", r.label);
                jw.field("mark", mark_name(r.mark));
                jw.end_object();
            });
            w.array("options", q.options, [](JsonWriter& jw, const ViewOption& o) {
                jw.begin_object();
                jw.field("id", o.id);
                jw.field("text", o.text);
                jw.end_object();
            });
            w.field("choose", q.choose);
            break;
    }
    if (q.feedback) {
        const ViewFeedback& f = *q.feedback;
        w.key("feedback");
        w.begin_object();
        w.field("verdict", mark_name(f.verdict));
        w.field("title", f.title);
        w.field("points", f.points);
        w.field("notes", f.notes);
        w.field("solution_label", f.solution_label);
        w.field("solution", f.solution);
        w.field("explanation", f.explanation);
        w.field("others", f.others);
        w.end_object();
    }
    w.end_object();
}

void write_results(JsonWriter& w, const ViewResults& r) {
    w.begin_object();
    w.field("title", r.title);
    w.number("percent", r.percent);
    w.field("percent_text", r.percent_text);
    w.field("score_text", r.score_text);
    w.field("summary", r.summary);
    w.field("pass_shown", r.pass_shown);
    w.field("passed", r.passed);
    w.field("status", r.status);
    w.field("band", r.band);
    w.field("timed_out", r.timed_out);
    w.field("changes_title", r.changes_title);
    w.array("changes", r.changes, [](JsonWriter& jw, const ViewChange& c) {
        jw.begin_object();
        jw.field("id", c.id);
        jw.field("text", c.text);
        jw.field("delta", c.delta);
        jw.field("moved", c.moved);
        jw.end_object();
    });
    w.field("share_text", r.share_text);
    w.field("share_copied", r.share_copied);
    w.field("review_title", r.review_title);
    w.array("rows", r.rows, [](JsonWriter& jw, const ViewReviewRow& row) {
        jw.begin_object();
        jw.field("id", row.id);
        jw.field("verdict", mark_name(row.verdict));
        jw.field("head", row.head);
        jw.field("prompt", row.prompt);
        jw.field("answer_label", row.answer_label);
        jw.field("answer", row.answer);
        jw.field("solution_label", row.solution_label);
        jw.field("solution", row.solution);
        jw.field("explanation", row.explanation);
        jw.field("others", row.others);
        jw.end_object();
    });
    w.field("others", r.others);
    w.end_object();
}

void write_progress(JsonWriter& w, const ViewProgress& p) {
    w.begin_object();
    w.field("title", p.title);
    w.field("empty", p.empty);
    w.field("streak_days", p.streak_days);
    w.field("active_today", p.active_today);
    w.field("streak", p.streak);
    w.field("streak_now", p.streak_now);
    w.field("streak_longest", p.streak_longest);
    w.field("totals", p.totals);
    w.field("nothing_due", p.nothing_due);
    w.field("topics_title", p.topics_title);
    w.array("topics", p.topics, [](JsonWriter& jw, const ViewTopic& t) {
        jw.begin_object();
        jw.field("id", t.id);
        jw.field("name", t.name);
        jw.field("label", t.label);
        jw.field("level", t.level);
        jw.field("figure", t.figure);
        jw.field("percent", t.percent);
        jw.end_object();
    });
    w.field("recent_title", p.recent_title);
    w.field("chart", p.chart);
    w.array("recent", p.recent, [](JsonWriter& jw, const ViewRecent& r) {
        jw.begin_object();
        jw.field("headline", r.headline);
        jw.field("figure", r.figure);
        jw.field("percent", r.percent);
        jw.end_object();
    });
    w.end_object();
}

void write_actions(JsonWriter& w, const std::vector<ViewAction>& actions) {
    w.array("actions", actions, [](JsonWriter& jw, const ViewAction& a) {
        jw.begin_object();
        jw.field("index", a.index);
        jw.field("id", a.id);
        jw.field("number", a.number);
        jw.array("spans", a.spans, [](JsonWriter& sw, const Span& s) {
            sw.begin_object();
            sw.field("text", s.text);
            sw.field("href", s.href);
            sw.end_object();
        });
        jw.field("done", a.done);
        jw.field("done_word", a.done_word);
        jw.field("done_label", a.done_label);
        jw.end_object();
    });
}

std::string view_json(const View& v) {
    JsonWriter w;
    w.begin_object();
    w.field("screen", screen_name(v.screen));
    w.field("lang", v.lang);
    w.field("dir", v.dir);
    w.field("title", v.title);
    switch (v.screen) {
        case Screen::article:
            w.key("article");
            write_article(w, v.article);
            write_actions(w, v.actions);  // listed on the card under the call to the quiz
            break;
        case Screen::question:
            w.key("question");
            write_question(w, v.question);
            break;
        case Screen::results:
        case Screen::review:
            w.key("results");
            write_results(w, v.results);
            break;
        case Screen::progress:
            w.key("progress");
            write_progress(w, v.progress);
            break;
        case Screen::actions: write_actions(w, v.actions); break;
        case Screen::error:
            w.key("error");
            w.begin_object();
            w.field("title", v.error.title);
            w.field("body", v.error.body);
            w.field("details", v.error.details);
            w.end_object();
            break;
    }
    w.array("buttons", v.buttons, [](JsonWriter& jw, const ViewButton& b) {
        jw.begin_object();
        jw.field("id", b.id);
        jw.field("intent", intent_name(b.intent));
        jw.field("label", b.label);
        jw.field("style", button_style_name(b.style));
        jw.field("disabled", b.disabled);
        jw.field("row", b.row);
        jw.end_object();
    });
    w.key("prompt");
    w.begin_object();
    w.field("id", v.prompt.id);
    w.field("text", v.prompt.text);
    w.field("row", kPromptRow);
    w.end_object();
    w.field("announce_key", v.announce_key);
    w.field("announcement", v.announcement);
    w.end_object();
    return std::move(w.out);
}

// [SECTION] State
// The site's progress as this widget sees it (state().progress).
void write_progress_state(JsonWriter& w, const App& app) {
    ArticleSummary summary = app_article_summary(app);
    w.begin_object();
    w.field("attempts", summary.attempts);
    w.key("best");
    if (summary.has_best) {
        w.begin_object();
        w.number("score", summary.best_score);
        w.number("max", summary.best_max);
        w.number("percent", summary.best_percent);
        w.end_object();
    } else {
        w.null();
    }
    w.field("due", app_due_count(app));
    w.field("reviewing", app.due_review.has_value());
    w.field("streak", progress_streak(app.progress, app.today).current);
    w.array("topics", mastery_by_topic(app.progress, app.today), [](JsonWriter& jw, const TopicMastery& m) {
        jw.begin_object();
        jw.field("id", m.topic.id);
        jw.field("level", mastery_level_name(m.level));
        jw.field("percent", m.percent);
        jw.end_object();
    });
    w.end_object();
}

std::string state_json(const NqWidget& widget) {
    const App& app = widget.app;
    const Document& d = app.loaded.doc;
    JsonWriter w;
    w.begin_object();
    w.field("screen", screen_name(app.screen));
    w.key("article");
    w.begin_object();
    w.field("id", d.article.id);
    w.field("headline", d.article.headline);
    w.end_object();
    w.key("question");
    if (const QuestionRecord* r = app_current_record(app)) {
        const Question& q = *app_current_question(app);
        w.begin_object();
        w.field("index", app.session.current);
        w.field("total", app.session.records.size());
        w.field("id", q.id);
        w.field("type", question_type_name(q.type));
        w.field("answered", r->submitted);
        if (r->submitted) w.field("correct", r->score.correct);
        else w.null("correct");
        w.end_object();
    } else {
        w.null();
    }
    w.key("result");
    if (session_finished(app.session)) {
        const QuizScore& q = app.session.result;
        const std::vector<Band>& bands = app_quiz(app).results;
        w.begin_object();
        w.number("score", q.score);
        w.number("max", q.max);
        w.number("percent", q.percent);
        w.field("passed", q.passed);
        if (q.band >= 0 && size_t(q.band) < bands.size()) w.field("band", bands[size_t(q.band)].message);
        else w.null("band");
        w.end_object();
    } else {
        w.null();
    }
    w.key("error");
    const Diagnostic* error = nullptr;
    for (const Diagnostic& diag : app.loaded.diagnostics)
        if (diag.severity == Severity::error) {
            error = &diag;
            break;
        }
    if (error) w.value((error->pointer.empty() ? std::string("the document") : error->pointer) + ": " + error->message);
    else w.null();
    w.array("targets", widget.targets, [](JsonWriter& jw, const NqTarget& t) {
        jw.begin_object();
        jw.field("id", t.id);
        jw.field("role", t.role);
        jw.field("label", t.label);
        if (t.has_checked) jw.field("checked", t.checked);
        if (t.role == "progressbar") jw.field("value", t.value);
        if (t.disabled) jw.field("disabled", true);
        jw.number("x", t.x);
        jw.number("y", t.y);
        jw.number("w", t.w);
        jw.number("h", t.h);
        jw.end_object();
    });
    w.key("progress");
    write_progress_state(w, app);
    w.end_object();
    return std::move(w.out);
}

}  // namespace

// [SECTION] C ABI
extern "C" {

NqWidget* nq_open(const char* doc_json, const char* options_json) { return widget_open(doc_json, options_json); }

void nq_close(NqWidget* w) { delete w; }

void nq_free(void* p) { std::free(p); }

char* nq_state(const NqWidget* w) { return dup_text(state_json(*w)); }

char* nq_view(const NqWidget* w, double now_ms) {
    return dup_text(view_json(app_view(w->app, {w->lang, now_ms, w->has_aggregates ? &w->aggregates : nullptr, w->actions_button, &w->strings})));
}

int nq_apply(NqWidget* w, const char* intent_json, double now_ms) {
    Intent intent;
    if (!widget_intent(*w, widget_parse_object(intent_json), intent)) return 0;
    widget_apply(*w, intent, now_ms);
    return 1;
}

char* nq_take_events(NqWidget* w, const char* stamp_json) {
    return dup_text(widget_take_events(*w, widget_parse_object(stamp_json)));
}

int nq_pending_events(const NqWidget* w) { return int(w->pending.size()); }

char* nq_progress(const NqWidget* w) {
    JsonWriter out;
    out.begin_object();
    out.field("seed", std::to_string(w->seed));
    out.key("log");
    out.raw(json_dump(w->log));
    out.end_object();
    return dup_text(out.out);
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

char* nq_warnings(const NqWidget* w) {
    JsonWriter out;
    out.value(w->warnings);
    return dup_text(out.out);
}

int nq_progress_damaged(const NqWidget* w) { return w->progress_damaged ? 1 : 0; }

}  // extern "C"
