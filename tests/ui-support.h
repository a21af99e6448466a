// ui-support.h: what the UI suites (tests/ui-*.cpp) share: documents from the source tree, a
// headless widget opened on one, and items looked up by id with a clear failure.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "headless.h"

namespace nq::test {

constexpr const char* kSeed = "assets/articles/rubio-us-mexico-security.json";
constexpr const char* kSeedSpanish = "assets/articles/rubio-us-mexico-security.es.json";
constexpr const char* kSecondArticle = "assets/articles/civic-toolkit-us-mexico-security.json";

inline std::string read_source(const std::string& relative) {
    std::ifstream in(std::string(NQ_SOURCE_DIR) + "/" + relative, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot read " << relative);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

inline native::HeadlessOptions at_width(float width, bool dark = false) {
    native::HeadlessOptions o;
    o.width = width;
    o.ui.dark = dark;
    return o;
}

inline std::unique_ptr<native::Headless> open(const std::string& relative, const native::HeadlessOptions& o = {}) {
    std::unique_ptr<native::Headless> h = native::headless_open(read_source(relative), o);
    REQUIRE_MESSAGE(h->font_error.empty(), h->font_error);
    return h;
}

// The item in the last frame; the reference lasts until the next frame (copy it to keep it).
inline const ui::Item& item(const native::Headless& h, const std::string& id) {
    const ui::Item* it = native::headless_find(h, id);
    REQUIRE_MESSAGE(it != nullptr, "no item '" << id << "' on the " << std::string(screen_name(h.app.screen)) << " screen");
    return *it;
}

inline bool has(const native::Headless& h, const std::string& id) { return native::headless_find(h, id) != nullptr; }

inline void click(native::Headless& h, const std::string& id) {
    item(h, id);  // fails clearly when it is not there
    native::headless_click(h, id);
}

inline void drive(native::Headless& h, const std::string& screen) {
    std::string error;
    REQUIRE_MESSAGE(native::headless_drive(h, screen, error), error);
}

inline const QuestionRecord& current_record(const native::Headless& h) {
    const QuestionRecord* r = app_current_record(h.app);
    REQUIRE(r != nullptr);
    return *r;
}

inline int count_events(const native::Headless& h, AppEventKind kind) {
    int n = 0;
    for (const AppEvent& e : h.events) n += e.kind == kind;
    return n;
}

// [progress] Days on the headless clock, and readers with some history.
constexpr double kDayMs = 86400000;
constexpr int kFirstDay = 20336;  // 2025-09-05: the day of HeadlessOptions::start_ms

// Takes the quiz from the card to its results with intents, answering every `wrong_every`-th
// question wrong (0 = none), five seconds a question.
inline void take_quiz(native::Headless& h, int wrong_every) {
    app_apply(h.app, Intent{IntentKind::start_quiz}, h.now_ms);
    for (int k = 1; h.app.screen == Screen::question && k <= 100; ++k) {
        Intent a{IntentKind::answer};
        a.response = native::headless_response(*app_current_question(h.app), current_record(h),
                                               wrong_every == 0 || k % wrong_every != 0);
        h.now_ms += 5000;
        app_apply(h.app, a, h.now_ms);
        app_apply(h.app, Intent{IntentKind::submit}, h.now_ms);
        app_apply(h.app, Intent{IntentKind::next}, h.now_ms);
    }
    REQUIRE(h.app.screen == Screen::results);
    native::headless_settle(h);
}

// Options for a visit `days_later` days after kFirstDay by a reader with `store`.
inline native::HeadlessOptions visit(native::HeadlessOptions o, const ProgressStore& store, int days_later) {
    o.progress = store;
    o.start_ms += days_later * kDayMs;
    return o;
}

// The store after taking `doc`'s quiz on day kFirstDay + days_later.
inline ProgressStore after_quiz(const ProgressStore& store, const std::string& doc, int days_later, int wrong_every) {
    auto h = open(doc, visit({}, store, days_later));
    take_quiz(*h, wrong_every);
    return h->app.progress;
}

// A reader of four days in a row: the seed quiz (every third answer wrong), the second article's
// (every second wrong), the seed again (all right), the second again (every fourth wrong).
// Shown on kSampleDay, when the second article's wrong answers of the day before are due.
constexpr int kSampleDay = 4;
inline const ProgressStore& sample_progress() {
    static const ProgressStore store = [] {
        ProgressStore s = after_quiz(progress_new("sample"), kSeed, 0, 3);
        s = after_quiz(s, kSecondArticle, 1, 2);
        s = after_quiz(s, kSeed, 2, 0);
        return after_quiz(s, kSecondArticle, 3, 4);
    }();
    return store;
}

}  // namespace nq::test
