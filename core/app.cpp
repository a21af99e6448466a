// app.cpp: screens over the session, and intents mapped to session steps.
//
// Index of this file:
// [SECTION] Names
// [SECTION] Opening
// [SECTION] Progress
// [SECTION] Intents
// [SECTION] Helpers for front ends
#include "app.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace nq {

// [SECTION] Names
const char* screen_name(Screen screen) {
    switch (screen) {
        case Screen::article: return "article";
        case Screen::question: return "question";
        case Screen::results: return "results";
        case Screen::review: return "review";
        case Screen::progress: return "progress";
        case Screen::actions: return "actions";
        case Screen::error: return "error";
    }
    return "error";
}

const char* intent_name(IntentKind kind) {
    switch (kind) {
        case IntentKind::start_quiz: return "start_quiz";
        case IntentKind::answer: return "answer";
        case IntentKind::submit: return "submit";
        case IntentKind::next: return "next";
        case IntentKind::finish: return "finish";
        case IntentKind::retry: return "retry";
        case IntentKind::show_review: return "show_review";
        case IntentKind::show_results: return "show_results";
        case IntentKind::show_actions: return "show_actions";
        case IntentKind::show_progress: return "show_progress";
        case IntentKind::show_article: return "show_article";
        case IntentKind::toggle_action_done: return "toggle_action_done";
        case IntentKind::start_review: return "start_review";
        case IntentKind::tick: return "tick";
        case IntentKind::share: return "share";
    }
    return "tick";
}

// [SECTION] Opening
App app_open(std::string_view json_text, const AppOptions& options) {
    App app;
    app.loaded = load_document(json_text);
    app.session.seed = options.seed;
    app.progress = options.progress;
    app.today = options.today;
    app.actions_done = progress_actions_done(app.progress, app.loaded.doc);
    if (!app.loaded.ok) {
        app.screen = Screen::error;
        return app;
    }
    // A document without a quiz has no questions: start_quiz never applies.
    app.session = session_new(app.loaded.doc.quiz, options.seed);
    if (options.start == StartAt::quiz) app.opened_events = app_apply(app, {IntentKind::start_quiz}, options.now_ms);
    return app;
}

const Question* app_current_question(const App& app) {
    const QuestionRecord* r = app_current_record(app);
    return r ? &app_question(app, *r) : nullptr;
}

const QuestionRecord* app_current_record(const App& app) {
    if (app.screen != Screen::question || !session_running(app.session)) return nullptr;
    return &app.session.records[size_t(app.session.current)];
}

const Quiz& app_quiz(const App& app) { return app.due_review ? app.due_review->doc.quiz : app.loaded.doc.quiz; }

const Question& app_question(const App& app, const QuestionRecord& record) {
    return app_quiz(app).questions[size_t(record.question)];
}

// [SECTION] Progress
// Mastery of every topic now, by topic id.
static std::map<std::string, TopicMastery> mastery_now(const App& app) {
    std::map<std::string, TopicMastery> by_id;
    for (TopicMastery& m : mastery_by_topic(app.progress, app.today)) by_id[m.topic.id] = std::move(m);
    return by_id;
}

// app.changes: the article's topics (an attempt) and every topic whose figure moved.
static void note_changes(App& app, const std::map<std::string, TopicMastery>& before, bool article_topics) {
    app.changes.clear();
    for (const auto& [id, after] : mastery_now(app)) {
        auto it = before.find(id);
        TopicMastery was = it != before.end() ? it->second : TopicMastery{after.topic};
        bool ours = article_topics && std::any_of(app.loaded.doc.article.topics.begin(), app.loaded.doc.article.topics.end(),
                                                  [&topic_id = id](const Topic& t) { return t.id == topic_id; });
        if (ours || was.percent != after.percent || was.level != after.level) app.changes.push_back({was, after});
    }
}

// A clock reading as a whole number of milliseconds; 0 for one that is not a plausible time.
static uint64_t whole_ms(double ms) { return std::isfinite(ms) && ms >= 0 && ms < 1e15 ? uint64_t(ms) : 0; }

// A finished attempt at the article's quiz joins the store (once: its id is stable under replay).
static void record_attempt(App& app) {
    const Session& s = app.session;
    std::string id = std::to_string(whole_ms(s.started_ms)) + "-" + std::to_string(s.seed % 1000000) + "-" +
                     std::to_string(s.attempt);
    auto before = mastery_now(app);
    if (!progress_record_attempt(app.progress, progress_attempt_from_session(app.loaded.doc, s, id, app.today))) return;
    app.progress_changed = true;
    note_changes(app, before, true);
}

// The answered cards of the review so far update their memory.
static void record_review(App& app, double now_ms) {
    ReviewInput in = progress_review_from_session(*app.due_review, app.session, app.today);
    if (in.finished_ms <= 0) in.finished_ms = now_ms;
    auto before = mastery_now(app);
    if (progress_record_review(app.progress, in) == 0) return;
    app.progress_changed = true;
    note_changes(app, before, false);
}

// [SECTION] Intents
static AppEventKind app_event_kind(SessionEventKind kind) {
    switch (kind) {
        case SessionEventKind::started: return AppEventKind::start;
        case SessionEventKind::answered: return AppEventKind::answer;
        case SessionEventKind::completed: return AppEventKind::complete;
    }
    return AppEventKind::start;
}

// One session step at now_ms; its events join `events`. Returns whether the session took it.
static bool step(App& app, Step s, const Response& response, double now_ms, std::vector<AppEvent>& events) {
    Phase was = app.session.phase;
    ApplyResult r = session_apply(app.session, app_quiz(app), {s, response, now_ms});
    // An attempt that just ended (last question, finish, time up) goes to the progress store.
    if (was != Phase::results && was != Phase::review && app.session.phase == Phase::results) {
        if (app.due_review) record_review(app, now_ms);
        else record_attempt(app);
    }
    // A review of due cards is the reader's own practice: the page hears nothing of it.
    if (!app.due_review)
        for (const SessionEvent& e : r.events) events.push_back({app_event_kind(e.kind), e.record});
    return r.accepted;
}

// Moves to another screen; a question left on screen stops its clock.
static void go_to(App& app, Screen screen, double now_ms, std::vector<AppEvent>& events) {
    if (app.screen == Screen::question) step(app, Step::pause, {}, now_ms, events);
    app.screen = screen;
}

// Sets the article's attempt aside (once) and starts a review of what is due on other articles.
static bool start_review(App& app, double now_ms, std::vector<AppEvent>& events) {
    ReviewOptions options;
    options.exclude_article = app.loaded.doc.article.id;
    ReviewQuiz review = progress_review_quiz(app.progress, app.today, options);
    if (review.keys.empty()) return false;
    if (!app.due_review) app.article_session = std::move(app.session);
    app.due_review = std::move(review);
    app.session = session_new(app.due_review->doc.quiz, app.article_session.seed + whole_ms(now_ms));
    return step(app, Step::start, {}, now_ms, events);
}

// Back to the article's attempt; an unfinished review keeps what was answered.
static void end_review(App& app, double now_ms) {
    if (session_running(app.session)) record_review(app, now_ms);
    app.session = std::move(app.article_session);
    app.article_session = Session{};
    app.due_review.reset();
}

// The step start_quiz means for the attempt as it stands: start, come back to it, or retake.
static Step start_step(const Session& session) {
    if (session.phase == Phase::article) return Step::start;
    return session_running(session) ? Step::resume : Step::retry;
}

std::vector<AppEvent> app_apply(App& app, const Intent& intent, double now_ms) {
    std::vector<AppEvent> events;
    if (app.screen == Screen::error) return events;
    step(app, Step::tick, {}, now_ms, events);

    Screen screen = app.screen;
    bool on_question = screen == Screen::question;
    bool elsewhere = screen == Screen::article || screen == Screen::actions || screen == Screen::progress;
    Phase phase = app.session.phase;
    switch (intent.kind) {
        case IntentKind::start_quiz:
            if (!elsewhere || !app_quiz_open(app)) break;
            if (app.due_review) end_review(app, now_ms);
            if (step(app, start_step(app.session), {}, now_ms, events)) app.screen = Screen::question;
            break;
        case IntentKind::start_review: {
            bool from = elsewhere || (app.due_review && (screen == Screen::results || screen == Screen::review));
            if (from && start_review(app, now_ms, events)) app.screen = Screen::question;
            break;
        }
        case IntentKind::answer:
            if (on_question) step(app, Step::answer, intent.response, now_ms, events);
            break;
        case IntentKind::submit:
            if (!on_question) break;
            // An order question left as shown is answered with that arrangement.
            if (const QuestionRecord* r = app_current_record(app);
                r && app_can_submit(app) && !response_answered(app_question(app, *r), r->response)) {
                Response shown;
                shown.answered = true;
                shown.ids = app_order_shown(app_question(app, *r), *r);
                step(app, Step::answer, shown, now_ms, events);
            }
            step(app, Step::submit, {}, now_ms, events);
            break;
        case IntentKind::next:
            if (on_question) step(app, Step::next, {}, now_ms, events);
            break;
        case IntentKind::finish:
            if (on_question) step(app, Step::finish, {}, now_ms, events);
            break;
        case IntentKind::retry:
            if ((screen == Screen::results || screen == Screen::review) && step(app, Step::retry, {}, now_ms, events))
                app.screen = Screen::question;
            break;
        case IntentKind::show_review:
            if (screen == Screen::results && step(app, Step::review, {}, now_ms, events)) app.screen = Screen::review;
            break;
        case IntentKind::show_results:
            // from the review, or back from another screen once the attempt is over
            if (screen != Screen::results && !on_question && session_finished(app.session)) {
                if (phase == Phase::review) step(app, Step::results, {}, now_ms, events);
                app.screen = Screen::results;
            }
            break;
        case IntentKind::show_actions:
            if (screen != Screen::actions && !app.loaded.doc.actions.empty()) go_to(app, Screen::actions, now_ms, events);
            break;
        case IntentKind::show_progress:
            if (screen != Screen::progress) go_to(app, Screen::progress, now_ms, events);
            break;
        case IntentKind::show_article:
            if (screen != Screen::article) go_to(app, Screen::article, now_ms, events);
            if (app.due_review) end_review(app, now_ms);
            break;
        case IntentKind::toggle_action_done:
            if (intent.index >= 0 && size_t(intent.index) < app.actions_done.size()) {
                size_t i = size_t(intent.index);
                app.actions_done[i] = !app.actions_done[i];
                const Document& d = app.loaded.doc;
                progress_set_action_done(app.progress, d.article.id, d.actions[i].text, app.actions_done[i], now_ms);
                app.progress_changed = true;
            }
            break;
        case IntentKind::tick:
        case IntentKind::share: break;
    }
    // An attempt that ended (last question, finish, time up) shows its results.
    if (app.screen == Screen::question && app.session.phase == Phase::results) app.screen = Screen::results;
    return events;
}

// [SECTION] Helpers for front ends
ArticleSummary app_article_summary(const App& app) {
    auto it = app.progress.articles.find(app.loaded.doc.article.id);
    return it != app.progress.articles.end() ? progress_article_summary(it->second) : ArticleSummary{};
}

bool app_quiz_taken(const App& app) { return session_finished(app.session) || app_article_summary(app).completed > 0; }

bool app_quiz_open(const App& app) {
    if (!app.loaded.doc.has_quiz) return false;
    return app.loaded.doc.quiz.allow_retry || session_running(app.session) || !app_quiz_taken(app);
}

int app_due_count(const App& app) {
    int due = 0;
    for (const DueCard& c : progress_due_cards(app.progress, app.today))
        if (c.key.article_id != app.loaded.doc.article.id && ++due == 10) break;
    return due;
}

bool app_can_submit(const App& app) {
    const QuestionRecord* r = app_current_record(app);
    if (!r || app.session.phase != Phase::question || app.session.paused || r->submitted) return false;
    const Question& q = *app_current_question(app);
    return q.type == QuestionType::order || response_answered(q, r->response);
}

std::vector<std::string> app_order_shown(const Question& question, const QuestionRecord& record) {
    const Response& r = record.response;
    if (r.answered && r.ids.size() == question.items.size()) return r.ids;
    std::vector<std::string> ids;
    for (int i : record.order) ids.push_back(question.items[size_t(i)].id);
    return ids;
}

double app_remaining_ms(const App& app, double now_ms) {
    return session_remaining_ms(app.session, app_quiz(app), now_ms);
}

std::vector<std::string> response_feedback(const Question& question, const QuestionRecord& record) {
    std::vector<std::string> texts;
    const Response& r = record.response;
    if (!record.submitted || !response_answered(question, r)) return texts;
    if (question.type == QuestionType::single || question.type == QuestionType::multiple) {
        for (int i : record.order) {
            const Choice& c = question.choices[size_t(i)];
            if (!c.feedback.empty() && std::find(r.ids.begin(), r.ids.end(), c.id) != r.ids.end()) texts.push_back(c.feedback);
        }
    } else if (question.type == QuestionType::true_false) {
        const std::string& text = r.boolean ? question.feedback_true : question.feedback_false;
        if (!text.empty()) texts.push_back(text);
    }
    return texts;
}

}  // namespace nq
