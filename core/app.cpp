// app.cpp: screens over the session, and intents mapped to session steps.
//
// Index of this file:
// [SECTION] Names
// [SECTION] Opening
// [SECTION] Intents
// [SECTION] Helpers for front ends
#include "app.h"

#include <algorithm>

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
        case IntentKind::tick: return "tick";
    }
    return "tick";
}

// [SECTION] Opening
App app_open(std::string_view json_text, const AppOptions& options) {
    App app;
    app.loaded = load_document(json_text);
    app.session.seed = options.seed;
    app.actions_done.assign(app.loaded.doc.actions.size(), false);
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
    return r ? &app.loaded.doc.quiz.questions[size_t(r->question)] : nullptr;
}

const QuestionRecord* app_current_record(const App& app) {
    if (app.screen != Screen::question || !session_running(app.session)) return nullptr;
    return &app.session.records[size_t(app.session.current)];
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
    ApplyResult r = session_apply(app.session, app.loaded.doc.quiz, {s, response, now_ms});
    for (const SessionEvent& e : r.events) events.push_back({app_event_kind(e.kind), e.record});
    return r.accepted;
}

// Moves to another screen; a question left on screen stops its clock.
static void go_to(App& app, Screen screen, double now_ms, std::vector<AppEvent>& events) {
    if (app.screen == Screen::question) step(app, Step::pause, {}, now_ms, events);
    app.screen = screen;
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
            if (elsewhere && step(app, start_step(app.session), {}, now_ms, events)) app.screen = Screen::question;
            break;
        case IntentKind::answer:
            if (on_question) step(app, Step::answer, intent.response, now_ms, events);
            break;
        case IntentKind::submit:
            if (on_question) step(app, Step::submit, {}, now_ms, events);
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
            if (screen != Screen::results && !on_question && (phase == Phase::results || phase == Phase::review)) {
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
            break;
        case IntentKind::toggle_action_done:
            if (intent.index >= 0 && size_t(intent.index) < app.actions_done.size())
                app.actions_done[size_t(intent.index)] = !app.actions_done[size_t(intent.index)];
            break;
        case IntentKind::tick: break;
    }
    // An attempt that ended (last question, finish, time up) shows its results.
    if (app.screen == Screen::question && app.session.phase == Phase::results) app.screen = Screen::results;
    return events;
}

// [SECTION] Helpers for front ends
bool app_can_submit(const App& app) {
    const QuestionRecord* r = app_current_record(app);
    return r && app.session.phase == Phase::question && !app.session.paused &&
           response_answered(*app_current_question(app), r->response);
}

double app_remaining_ms(const App& app, double now_ms) {
    return session_remaining_ms(app.session, app.loaded.doc.quiz, now_ms);
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
