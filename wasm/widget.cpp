// widget.cpp: a widget's options, intent log, replay and event queue (widget.h).
#include "widget.h"

#include <cmath>

#include "codec.h"
#include "json_writer.h"
#include "view.h"

using namespace nq;

namespace {

constexpr size_t kMaxLog = 5000;  // intents kept for resuming; a longer history is not resumed

Json parse_object(const char* text) {
    Json j;
    Diagnostic error;
    if (!text || !json_parse(text, j, error) || !j.is_object()) return Json::object();
    return j;
}

std::string get_string(const Json& j, const char* key) {
    const Json* it = j.find(key);
    return it && it->is_string() ? it->str() : std::string();
}

double get_number(const Json& j, const char* key, double fallback) {
    const Json* it = j.find(key);
    return it && it->is_number() ? it->number() : fallback;
}

// A number that must fit an int (an index, a day): anything else is the fallback.
int get_int(const Json& j, const char* key, int fallback) {
    double d = get_number(j, key, fallback);
    return d >= -2147483648.0 && d <= 2147483647.0 ? int(d) : fallback;
}

// A seed as JSON: a number (up to 2^53) or a string of decimal digits (all 64 bits).
uint64_t get_seed(const Json& j) {
    const Json* it = j.find("seed");
    if (!it) return 0;
    if (it->is_number_unsigned()) return it->get<uint64_t>();
    if (it->is_number()) {
        double d = it->get<double>();
        return d >= 0 && d < 18446744073709551616.0 ? uint64_t(d) : 0;  // NOTE: out of range would be UB
    }
    uint64_t seed = 0;
    if (it->is_string())
        for (char c : it->str()) {
            if (c < '0' || c > '9') return 0;
            seed = seed * 10 + uint64_t(c - '0');
        }
    return seed;
}

Json intent_to_json(const App& app, const Intent& intent, double now_ms) {
    Json j = {{"t", json_number(now_ms)}, {"intent", intent_name(intent.kind)}};
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
        JsonWriter detail;
        detail.begin_object();
        detail.field("articleId", article);
        if (e.kind == AppEventKind::start) {
            detail.field("attempt", s.attempt);
        } else if (e.kind == AppEventKind::answer && e.record >= 0 && size_t(e.record) < s.records.size()) {
            const QuestionRecord& r = s.records[size_t(e.record)];
            const Question& q = app_question(app, r);
            p.question = r.question;
            p.response = r.response;
            p.score = r.score;
            p.duration_ms = r.time_ms;
            detail.field("questionId", q.id);
            detail.field("response", response_to_json(q, r.response));
            detail.field("correct", r.score.correct);
            detail.number("score", r.score.score);
            detail.number("max", r.score.max);
        } else if (e.kind == AppEventKind::complete) {
            p.result = s.result;
            p.duration_ms = s.finished_ms - s.started_ms;
            detail.number("score", s.result.score);
            detail.number("max", s.result.max);
            detail.number("percent", s.result.percent);
            detail.field("passed", s.result.passed);
            detail.number("durationMs", std::round(p.duration_ms));
        } else {
            continue;
        }
        detail.end_object();
        p.detail = std::move(detail.out);
        w.pending.push_back(std::move(p));
    }
}

// The reader's say on storage (consent, download, delete) belongs to the device, not the attempt.
bool about_storage(IntentKind kind) {
    return kind == IntentKind::consent_yes || kind == IntentKind::consent_no || kind == IntentKind::download_progress ||
           kind == IntentKind::delete_progress || kind == IntentKind::delete_confirm || kind == IntentKind::delete_cancel;
}

void log_intent(NqWidget& w, const Intent& intent, double now_ms) {
    // Ticks follow the clock; ticked actions and reviews of due cards live in the progress
    // store, not in the attempt (a review left unfinished by a reload is not resumed).
    if (intent.kind == IntentKind::tick || intent.kind == IntentKind::share || intent.kind == IntentKind::toggle_action_done ||
        intent.kind == IntentKind::start_review || w.app.due_review || w.log.size() >= kMaxLog || about_storage(intent.kind))
        return;
    Json entry = intent_to_json(w.app, intent, now_ms);
    // A response being edited replaces the previous one: only the last draft matters.
    if (intent.kind == IntentKind::answer && !w.log.empty() && w.log.back()["intent"] == "answer")
        w.log.back() = entry;
    else
        w.log.push_back(entry);
    w.log_changed = true;
}

void replay(NqWidget& w, const Json& log) {
    if (!log.is_array()) return;
    for (const Json& entry : log) {
        Intent intent;
        if (!entry.is_object() || !widget_intent(w, entry, intent)) continue;
        double t = get_number(entry, "t", 0);
        log_intent(w, intent, t);
        app_apply(w.app, intent, t);  // events of the past are not heard again
    }
    w.log_changed = false;
}

}  // namespace

Json widget_parse_object(const char* text) { return parse_object(text); }

bool widget_intent(const NqWidget& w, const Json& j, Intent& out) {
    std::string name = get_string(j, "intent");
    bool known = false;
    for (int k = 0; k <= int(nq::kLastIntent) && !known; ++k)
        if (name == intent_name(IntentKind(k))) {
            out.kind = IntentKind(k);
            known = true;
        }
    if (!known) return false;
    out.index = get_int(j, "index", -1);
    if (out.kind != IntentKind::answer) return true;
    const Question* q = app_current_question(w.app);
    if (!q) return false;
    const Json* text = j.find("text");  // what the reader typed: the core reads it
    if (text && text->is_string()) {
        out.response = response_from_text(*q, text->str());
        return true;
    }
    const Json* it = j.find("response");
    if (!it) return false;
    ParsedResponse p = response_from_json(*q, *it);
    out.response = p.response;
    return p.ok;
}

void widget_apply(NqWidget& w, const Intent& intent, double now_ms) {
    bool reviewing = w.app.due_review.has_value();
    log_intent(w, intent, now_ms);
    if (intent.kind == IntentKind::download_progress && w.app.screen == Screen::progress) w.download_asked = true;
    std::vector<AppEvent> events = app_apply(w.app, intent, now_ms);
    // NOTE: an intent that ends a review (start_quiz, show_article) takes the reader back to the
    // article's attempt from a screen the log already has (a review starts from the card, the
    // actions or the progress screen): logged, it puts a resumed widget where the reader is.
    if (reviewing && !w.app.due_review) log_intent(w, intent, now_ms);
    queue_events(w, events);
}

std::string widget_take_events(NqWidget& w, const Json& stamp) {
    static const char* const names[] = {"newsquiz:start", "newsquiz:answer", "newsquiz:complete"};
    const App& app = w.app;
    XapiStamp st;
    st.timestamp = get_string(stamp, "timestamp");
    std::string seed = get_string(stamp, "id_seed");
    bool statements = !xapi_uuid(seed, 0).empty() && !st.timestamp.empty() && !w.xapi.actor_name.empty();
    uint32_t n = 0;
    JsonWriter out;
    out.begin_array();
    auto emit = [&](const char* type, const std::string& detail_json) {
        out.begin_object();
        out.field("type", type);
        out.key("detail");
        out.raw(detail_json);
        out.end_object();
    };
    for (const NqPendingEvent& p : w.pending) {
        emit(names[int(p.event.kind)], p.detail);
        if (!statements) continue;
        if (p.event.kind == AppEventKind::answer) {
            st.id = xapi_uuid(seed, n++);
            const Question& q = app.loaded.doc.quiz.questions[size_t(p.question)];
            emit("newsquiz:xapi", "{\"statement\":" + xapi_answered(w.xapi, app.loaded.doc.article, q, p.response, p.score, p.duration_ms, st) + "}");
        } else if (p.event.kind == AppEventKind::complete) {
            for (XapiVerb verb : {XapiVerb::completed, p.result.passed ? XapiVerb::passed : XapiVerb::failed}) {
                st.id = xapi_uuid(seed, n++);
                emit("newsquiz:xapi", "{\"statement\":" + xapi_attempt(w.xapi, app.loaded.doc.article, p.result, verb, p.duration_ms, st) + "}");
            }
        }
    }
    out.end_array();
    w.pending.clear();
    return std::move(out.out);
}

// options.aggregates: AGG.json's text ("" = none). A file with any error is ignored with one
// warning naming its first error, so the widget shows no figures rather than wrong ones.
static void widget_load_aggregates(NqWidget& w, const std::string& text) {
    if (text.empty()) return;
    AggregatesLoad loaded = aggregates_load(text);
    if (!loaded.ok) {
        const Diagnostic* first = loaded.errors.empty() ? nullptr : &loaded.errors[0];
        w.warnings.push_back("the aggregates file is ignored: " +
                             (first ? first->pointer + ": " + first->message : std::string("it cannot be read")));
        return;
    }
    w.aggregates = std::move(loaded.aggregates);
    w.has_aggregates = true;
}

// options.strings: the strings file's text ("" = none). A file with any error is ignored with one
// warning, and the built-in words (and the document's) are shown.
static void widget_load_strings(NqWidget& w, const std::string& text) {
    if (text.empty()) return;
    StringsLoad loaded = load_strings(text);
    if (!loaded.ok) {
        for (const Diagnostic& d : loaded.diagnostics)
            if (d.severity == Severity::error) {
                w.warnings.push_back("the strings file is ignored: " + diagnostic_to_string(d));
                return;
            }
    }
    w.strings = std::move(loaded.words);
}

NqWidget* widget_open(const char* doc_json, const char* options_json) {
    Json o = parse_object(options_json);
    Json resume = o.contains("resume") && o["resume"].is_object() ? o["resume"] : Json::object();
    bool resuming = resume.contains("log") && resume["log"].is_array() && !resume["log"].empty();
    AppOptions options;
    options.seed = get_seed(resuming ? resume : o);
    options.now_ms = get_number(o, "now_ms", 0);
    options.start = get_string(o, "start") == "quiz" && !resuming ? StartAt::quiz : StartAt::article;

    options.today = get_int(o, "today", 0);
    options.ask_consent = o.contains("ask_consent") && o["ask_consent"].is_boolean() && o["ask_consent"].get<bool>();
    ProgressLoad stored = progress_load(get_string(o, "progress"), get_string(o, "learner"));
    options.progress = std::move(stored.store);

    NqWidget* w = new NqWidget();
    w->app = app_open(doc_json ? doc_json : "", options);
    w->seed = options.seed;
    w->lang = get_string(o, "lang");
    if (w->lang.empty()) w->lang = w->app.loaded.doc.lang;
    widget_load_aggregates(*w, get_string(o, "aggregates"));
    widget_load_strings(*w, get_string(o, "strings"));
    w->actions_button = get_string(o, "actions") == "button";
    for (const ProgressIssue& issue : stored.warnings) w->warnings.push_back(progress_issue_to_string(issue));
    w->progress_damaged = !stored.warnings.empty() && stored.warnings[0].code != ProgressCode::newer_version;
    w->xapi.home_page = get_string(o, "home_page");
    w->xapi.actor_name = w->app.progress.learner_id;
    w->xapi.activity_base = get_string(o, "activity_base");
    w->xapi.lang = w->app.loaded.doc.lang;
    if (resuming) {
        replay(*w, resume["log"]);
    } else if (!w->app.opened_events.empty()) {
        // data-start="quiz" started the attempt inside app_open: a resume replays that start.
        w->log.push_back({{"t", json_number(options.now_ms)}, {"intent", "start_quiz"}});
        queue_events(*w, w->app.opened_events);
    }
    return w;
}

