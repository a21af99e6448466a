// widget.h: one widget behind the C ABI (capi.h): the App, what the reader did (kept to resume
// after a reload), the events the page has not heard yet, and the targets of the last frame.
//
// The C ABI and the browser's platform glue (web/main.cpp) share it; it knows nothing of the
// screens (wasm/ui) or of JSON beyond what it reads and writes for the ABI.
//
//   NqWidget* w = widget_open(doc_json, options);          // nq_open() does this
//   widget_apply(*w, {nq::IntentKind::start_quiz}, now_ms); // logs the intent, queues its events
//   std::string events = widget_take_events(*w, stamp);
//
// Index of this file:
// [SECTION] The widget
// [SECTION] Functions
#pragma once

#include <string>
#include <vector>

#include "aggregate.h"
#include "app.h"
#include "json_value.h"
#include "xapi.h"

// [SECTION] The widget
// An interactive item or a progress figure on screen, as state().targets lists it (the canvas's
// platform fills these from its frame; the HTML version lists its own in JavaScript).
struct NqTarget {
    std::string id;
    std::string role;   // "button", "radio", "checkbox", "textbox", "link", "combobox", "option", "progressbar", "text"
    std::string label;
    bool has_checked = false, checked = false;  // radio, checkbox, option (chosen)
    std::string value;  // progressbar
    bool disabled = false;
    float x = 0, y = 0, w = 0, h = 0;  // CSS pixels relative to the canvas
};

struct NqPendingEvent {
    nq::AppEvent event;
    std::string detail;  // newsquiz:start|answer|complete detail as JSON, written when it happened
    nq::Response response;          // answer: the submitted response
    nq::QuestionScore score;        // answer
    int question = -1;              // answer: index into quiz.questions
    double duration_ms = 0;         // answer: time on the question; complete: the attempt
    nq::QuizScore result;           // complete
};

struct NqWidget {
    nq::App app;
    uint64_t seed = 0;  // the first attempt's seed, kept with the progress so a resume replays it
    std::string lang;   // the widget's own words: options.lang, else the document's
    nq::Aggregates aggregates;      // options.aggregates (AGG.json), "how other readers did"
    bool has_aggregates = false;    // the file was given and read without error
    nq::PublisherWords strings;     // options.strings (data-strings): the page's words; none when it had an error
    bool actions_button = false;  // options.actions == "button": the card's actions behind one button
    nq::XapiContext xapi;  // actor_name: the progress store's learner id
    std::vector<std::string> warnings;
    bool progress_damaged = false;
    std::vector<NqTarget> targets;  // the last frame's (the canvas path), for state()
    std::vector<NqPendingEvent> pending;
    nq::Json log = nq::Json::array();  // intents applied, for nq_progress
    bool log_changed = false;  // set when the log grew; the platform clears it once saved
    bool download_asked = false;  // download_progress was pressed; nq_take_download() clears it
};

// [SECTION] Functions
// nq_open()'s work: options_json as capi.h describes it (a bad or missing field is its default).
NqWidget* widget_open(const char* doc_json, const char* options_json);

// Applies an intent from a view: logs it (for a resume) and queues its events.
void widget_apply(NqWidget& w, const nq::Intent& intent, double now_ms);

// {"intent": name, "response": content-format response | "text": what the reader typed,
//  "index": n} -> Intent; false when it cannot be read (an unknown intent, no question on screen).
bool widget_intent(const NqWidget& w, const nq::Json& j, nq::Intent& out);

// The queued events as JSON text, [{"type", "detail"}], each answer and completion followed by its
// newsquiz:xapi statements; stamp: {"timestamp": ISO 8601, "id_seed": 32 hex digits}.
std::string widget_take_events(NqWidget& w, const nq::Json& stamp);

// The text as a JSON object; {} when it is not one.
nq::Json widget_parse_object(const char* text);
