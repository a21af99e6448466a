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
    REQUIRE_MESSAGE(it != nullptr, "no item '" << id << "' on the " << screen_name(h.app.screen) << " screen");
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

}  // namespace nq::test
