// app.h: one widget's state, and the one place where a reader's intents change it.
//
// The front ends (the ImGui canvas, the HTML fallback, the terminal `play`) draw from an
// App and hand back Intents; app_apply() applies them to the session and the screens and
// returns the events the page should hear (newsquiz:start, :answer, :complete).
//
//   nq::AppOptions options;  options.seed = 42;
//   nq::App app = nq::app_open(json_text, options);
//   if (app.screen == nq::Screen::error) show(app.loaded.diagnostics);
//   for (const nq::AppEvent& e : nq::app_apply(app, {nq::IntentKind::start_quiz}, now_ms)) emit(e);
//
// Screens follow the session: leaving the question screen pauses the question's clock and
// start_quiz brings the reader back to it (or starts, or retakes, whatever fits the attempt).
//
// The App also keeps the site's progress store (core/progress.h): a finished attempt is
// recorded there, with what it changed in each topic's mastery, and start_review runs the
// cards due today (from other articles) through the same session and screens. A review is
// the reader's own practice: it raises no page events, and leaving it returns to the
// article's attempt where it was.
//
// Index of this file:
// [SECTION] Screens and options
// [SECTION] App
// [SECTION] Intents and events
// [SECTION] Helpers for front ends
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "mastery.h"
#include "progress.h"
#include "scoring.h"
#include "session.h"

namespace nq {

// [SECTION] Screens and options
enum class Screen { article, question, results, review, progress, actions, error };
const char* screen_name(Screen screen);  // as in state().screen

enum class StartAt { article, quiz };

struct AppOptions {
    uint64_t seed = 0;               // shuffles and picks; the platform passes a fresh one per widget
    StartAt start = StartAt::article;  // data-start
    double now_ms = 0;               // the clock when opened (quiz start time for StartAt::quiz)
    int today = 0;                   // the reader's local day number (streak, due reviews, mastery)
    ProgressStore progress;          // the site's stored progress (progress_load), or a new store
};

// [SECTION] App
// What the page hears: newsquiz:start (attempt in session.attempt), :answer, :complete.
enum class AppEventKind { start, answer, complete };

struct AppEvent {
    AppEventKind kind = AppEventKind::start;
    int record = -1;  // answer: index into session.records
};

// What a finished attempt or review did to one topic's mastery.
struct TopicChange {
    TopicMastery before;
    TopicMastery after;  // after.topic: id, label, emoji
};

struct App {
    LoadResult loaded;    // the document and every diagnostic about it
    Session session;      // the current attempt (phase article until the quiz starts), or the review
    Screen screen = Screen::article;
    std::vector<bool> actions_done;  // one per document action: ticked "Done" by the reader
    std::vector<AppEvent> opened_events;  // what app_open did (StartAt::quiz: the start event), to emit once

    ProgressStore progress;         // the site's progress; the platform saves it when progress_changed
    int today = 0;                  // the reader's local day number
    bool progress_changed = false;  // set when progress changes; the platform clears it once saved
    std::vector<TopicChange> changes;  // what the last finished attempt or review changed (results screen)
    std::optional<ReviewQuiz> due_review;  // set while the session reviews due cards
    Session article_session;           // the article's attempt, kept aside during a review
};

App app_open(std::string_view json_text, const AppOptions& options);

// The question on screen (question and feedback phases), or nullptr.
const Question* app_current_question(const App& app);
const QuestionRecord* app_current_record(const App& app);

// The quiz the session runs: the review's while one runs, else the article's.
const Quiz& app_quiz(const App& app);
const Question& app_question(const App& app, const QuestionRecord& record);

// [SECTION] Intents and events
enum class IntentKind {
    start_quiz,    // article -> first question (also "Retake" from the card)
    answer,        // response: the current question's new response
    submit,        // score the current question
    next,          // feedback -> next question or results
    finish,        // end the attempt now
    retry,         // a new attempt (not for a review: its quiz has allow_retry false)
    show_review,   // results -> review of every question
    show_results,  // review -> results
    show_actions,  // "What you can do"
    show_progress, // the reader's progress
    show_article,  // back to the card (ends a review)
    toggle_action_done,  // index: which action
    start_review,  // article or progress -> a review of the cards due today from other articles
    tick,          // the clock moved: a timed attempt whose time is up ends (the platform sends it every frame)
    share,         // results: the reader shares the result; the App does nothing, the platform shares
                   // what app_view() says (view.h: ViewResults::share_text)
};
const char* intent_name(IntentKind kind);

struct Intent {
    IntentKind kind = IntentKind::show_article;
    Response response;  // answer
    int index = -1;     // toggle_action_done
};

// Applies one intent at time now_ms. An intent that does not apply on the current screen
// changes nothing and returns no events. Every intent first checks the clock: a timed attempt
// whose time is up ends (a complete event; the question screen turns to the results).
std::vector<AppEvent> app_apply(App& app, const Intent& intent, double now_ms);

// [SECTION] Helpers for front ends
// The article's record in the progress store (best score, attempts), finished attempts only.
ArticleSummary app_article_summary(const App& app);

// Cards due today that start_review would ask (other articles'), at most 10.
int app_due_count(const App& app);

// The article's quiz was finished, in this visit or, as the progress store tells, an earlier one.
bool app_quiz_taken(const App& app);

// Whether the card offers the quiz (start, continue or retake): always, except that a quiz
// with allow_retry false is not taken again once app_quiz_taken(). An attempt under way can
// always be continued. start_quiz does nothing when it is false.
bool app_quiz_open(const App& app);

// The question on screen has an answer that submit would accept. An order question always
// has one while it is open: the arrangement as shown (submit takes it as the response).
bool app_can_submit(const App& app);

// An order question's arrangement as the reader sees it: the reader's, else the record's start.
std::vector<std::string> app_order_shown(const Question& question, const QuestionRecord& record);

// Milliseconds left in a timed attempt at now_ms (0 once up); -1 = no limit or no attempt running.
double app_remaining_ms(const App& app, double now_ms);

// The feedback a submitted response earns beside its correctness: the chosen choices' `feedback`
// in display order (single, multiple), or `feedback_true`/`feedback_false` (true_false). Empty
// texts are left out; a record not submitted (a draft) earns none.
std::vector<std::string> response_feedback(const Question& question, const QuestionRecord& record);

}  // namespace nq
