// view.h: what a widget shows, decided once. The canvas (wasm/ui), the HTML version (web/src,
// through nq_view) and `newsquiz play` each draw a View and decide nothing: every text (in the
// reader's language), every mark on a choice, whether Submit is possible and which buttons a
// screen offers, with the intent each sends, come from app_view().
//
//   nq::View v = nq::app_view(app, {"es", now_ms});
//   for (const nq::ViewChoice& c : v.question.choices) draw(c.text, c.picked, c.mark);
//   for (const nq::ViewButton& b : v.buttons) if (pressed(b)) nq::app_apply(app, {b.intent}, now_ms);
//
// Views may differ in layout and in how they let the reader act (a drag, a select, a typed
// letter), never in what they say or allow.
//
// Index of this file:
// [SECTION] Marks and buttons
// [SECTION] Screens
// [SECTION] The view
// [SECTION] What the reader typed
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "aggregate.h"
#include "app.h"
#include "words.h"

namespace nq {

// [SECTION] Marks and buttons
// A choice, item, pair or field as the reader sees it. During the quiz only `picked` shows; once
// feedback shows, what the reader picked is right, partly right (a single choice worth less than
// full marks) or wrong, and what the reader missed is `right` only where the quiz shows solutions.
enum class Mark { none, picked, right, partly, wrong };
const char* mark_name(Mark mark);  // "none", "picked", "right", "partly", "wrong"

enum class ButtonStyle { primary, secondary, quiet };
const char* button_style_name(ButtonStyle style);

struct ViewButton {
    std::string id;  // stable, also the canvas item's id: "start", "submit", "next", "retry", "share", ...
    IntentKind intent = IntentKind::show_article;  // what pressing it sends (share: the platform shares)
    std::string label;
    ButtonStyle style = ButtonStyle::secondary;
    bool disabled = false;
    int row = 0;  // buttons of one row go side by side; the screen says where each row sits
};

// [SECTION] Screens
struct ViewChip {
    std::string id;     // "source/0", "source/more", "topic/<id>"
    std::string text;   // what is drawn: "+31", "🌍 Foreign Policy"
    std::string label;  // what a screen reader says: "and 31 more sources"
    std::string href;   // "" = not a link
    std::string emoji;  // a topic's emoji ("" = none); text is "emoji label"
};

struct ViewArticle {
    std::string date, headline, dek;
    std::string sources_label;  // "Reported by"
    std::vector<ViewChip> sources;
    std::vector<std::string> body;
    size_t body_folded = 0;  // paragraphs shown while the body is folded; == body.size(): no fold
    std::string read_more, read_less;
    std::string topics_label;  // "Topics"
    std::vector<ViewChip> topics;
    bool quiz = false;        // the card shows the quiz's call (row 0 of the buttons sits in it)
    std::string quiz_title;   // the quiz's own title, else the localized default
    std::string cta;          // the call to action under the title
    std::string your_score;   // "Your score: 9 of 12 (75%)" once the attempt of this visit is over
    std::string best;         // "Your best: ..." from the progress store
    std::string actions_title;  // "What you can do" over View::actions listed on the card; "" = no list
};

struct ViewChoice {  // single, multiple, true_false ("true" and "false")
    std::string id;
    std::string item;  // the canvas item: "q3/choice/b", "q5/true"
    std::string text;
    bool picked = false;
    Mark mark = Mark::none;
    std::string note;  // the choice's own feedback, under it once feedback shows
};

struct ViewField {  // numeric, text
    std::string item;   // "q6/number", "q7/text"
    bool numeric = false;
    std::string value;  // what the reader typed (or the response, formatted)
    std::string label, placeholder, unit;
    std::string error;  // "Enter a number, such as 12 or 3.5." while the value is not one
    Mark mark = Mark::none;
};

struct ViewOrderItem {
    std::string id, item, text;  // item: "q8/item/<id>"
    std::string label;           // "2. text": its place as it stands
    std::string up, down;        // "Move up: text"
    bool can_up = false, can_down = false;
    Mark mark = Mark::none;
};

struct ViewMatchRow {
    std::string id;       // the left pair's id
    std::string item;     // the select: "q9/select/<id>"
    std::string left;
    std::string chosen;   // the pair id whose right was chosen; "" = none yet
    std::string shown;    // its right text, else "Choose…"
    std::string label;    // "left: shown"
    Mark mark = Mark::none;
};

struct ViewOption {
    std::string id, text;
};

struct ViewFeedback {
    Mark verdict = Mark::wrong;  // right, partly or wrong
    std::string title;           // "Correct", "Partly correct", "Not quite"
    std::string points;          // "1 of 2 points"
    std::vector<std::string> notes;  // feedback not drawn on a choice (true_false's)
    std::string solution_label, solution;  // only where the quiz shows solutions and marks do not
    std::string explanation;
    std::string others;  // "62% of readers got this right" (see app_view's aggregates); "" = not shown
};

struct ViewQuestion {
    std::string id;
    QuestionType type = QuestionType::single;
    int index = 0, total = 0;
    std::string counter;        // "Question 3 of 8" ("Review · Question 3 of 8")
    std::string counter_value;  // "3 of 8"
    double progress = 0;        // 0..1, the bar: questions done
    std::string time_left;      // "Time left 4:05"; "" = no limit
    bool time_short = false;    // 30 s or less
    double next_second_ms = 0;  // > 0: the time left changes after this long
    std::string from;           // a review card: "From: <headline of its article>"
    std::string prompt;
    std::string hint;           // "Select all that apply." while it helps; "" otherwise
    bool locked = false;        // the response can no longer change
    std::vector<ViewChoice> choices;
    ViewField field;
    std::vector<ViewOrderItem> items;
    std::vector<ViewMatchRow> rows;
    std::vector<ViewOption> options;  // the right column of a match, in display order
    std::string choose;               // a match row with nothing chosen: "Choose…"
    std::optional<ViewFeedback> feedback;
};

struct ViewChange {  // what an attempt did to a topic
    std::string id;    // "change/<topic id>"
    std::string text;  // "🌍 Foreign Policy: familiar → proficient"
    int delta = 0;     // the figure's change
    bool moved = false;  // the level changed
};

struct ViewReviewRow {
    std::string id;  // "review/<question id>"
    Mark verdict = Mark::wrong;
    std::string head;  // "Question 1 · Correct · 1 of 1 point"
    std::string prompt;
    std::string answer_label, answer;
    std::string solution_label, solution;  // "" where the quiz shows no solutions, or it was right
    std::string explanation;
    std::string others;  // "62% of readers got this right"; "" = not shown
};

struct ViewResults {
    std::string title;  // "Your result"; "Review finished" after a review
    double percent = 0;  // exact
    std::string percent_text, score_text, summary;  // "75%", "9 of 12 points", "Your score: 9 of 12 (75%)"
    bool pass_shown = false;  // a review has no pass
    bool passed = false;
    std::string status;  // "Passed", "Not passed"
    std::string band, timed_out;
    std::string changes_title;
    std::vector<ViewChange> changes;
    std::string share_text;  // what Share / Copy result hands over
    std::string share_copied;  // the live region's words once the platform copied share_text
    std::string review_title;
    std::vector<ViewReviewRow> rows;
    std::string others;  // "You did better than 70% of readers"; "" = not shown
};

struct ViewTopic {
    std::string id;     // "mastery/<topic id>"
    std::string name;   // "🌍 Foreign Policy"
    std::string label;  // "🌍 Foreign Policy: proficient"
    std::string level;  // "proficient"
    std::string figure;  // "78%"
    int percent = 0;
    MasteryLevel mastery = MasteryLevel::not_started;
};

struct ViewRecent {
    std::string headline, figure;
    int percent = 0;
};

struct ViewProgress {
    std::string title;
    std::string empty;  // no attempt yet: the only text
    std::string streak_days;  // "3", in the ring
    bool active_today = false;
    std::string streak, streak_now, streak_longest;  // streak = now · longest
    std::string totals, nothing_due;
    std::string topics_title;
    std::vector<ViewTopic> topics;
    std::string recent_title, chart;  // chart: "Recent scores: 60%, 80%"
    std::vector<ViewRecent> recent;
};

struct ViewAction {
    int index = 0;
    std::string id;      // "action/1"
    std::string number;  // "1"
    std::vector<Span> spans;  // text and links (the whole action is a link when it has a url)
    bool done = false;
    std::string done_word, done_label;  // "Done", "Done: action 1"
};

// A question put to the reader over the screen, answered by its buttons (View::buttons of row
// kPromptRow): keeping progress on the device (data-storage="ask"), confirming a delete.
constexpr int kPromptRow = 9;  // after every row of a screen
struct ViewPrompt {
    std::string id;    // "consent", "delete"; "" = no prompt
    std::string text;  // "Keep my progress on this device?"
};

struct ViewError {
    std::string title, body;
    std::vector<std::string> details;  // "/quiz/questions/2: message"
};

// [SECTION] The view
struct View {
    Screen screen = Screen::article;
    std::string lang;   // BCP 47 of the words
    std::string dir;    // "rtl" or "ltr": the direction lang is written in (core/script.h)
    std::string title;  // the screen's heading where it has one of its own (review, actions)
    ViewArticle article;
    ViewQuestion question;
    ViewResults results;  // results, review
    ViewProgress progress;
    std::vector<ViewAction> actions;  // the actions screen, and the card unless ViewOptions::actions_button
    ViewError error;
    std::vector<ViewButton> buttons;  // rows in order; see ViewButton::row
    ViewPrompt prompt;                // its buttons are those of row kPromptRow
    std::string announce_key;  // the live region says `announcement` once per key
    std::string announcement;
};

struct ViewOptions {
    std::string lang;   // BCP 47 of the widget's words; "" = the document's
    double now_ms = 0;  // the clock, for the time left
    // "How other readers did" (AGG.json, core/aggregate.h); null = none. A figure shows only where
    // aggregate.h's share says so (kAggregateMinResponses): never under 30 answers or attempts.
    const Aggregates* aggregates = nullptr;
    bool actions_button = false;  // the card offers "What you can do (8)" instead of listing the actions
    // The page's own words (the widget's strings file, load_strings); null = none. They win over
    // the document's `strings`, which win over the built-in table, key by key.
    const PublisherWords* strings = nullptr;
};

View app_view(const App& app, const ViewOptions& options);
// The words app_view speaks, for a front end that says one of its own ("Copied").
Words view_words(const App& app, const ViewOptions& options);

// [SECTION] What the reader typed
// The response a typed text stands for: numeric reads it as a number ("3,5" and " -2.5 " too;
// the text stays as the draft the field shows), text takes it as written. Other types: unanswered.
Response response_from_text(const Question& question, const std::string& typed);

}  // namespace nq
