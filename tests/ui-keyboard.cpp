// Keyboard only: the whole seed quiz with Tab, Shift-Tab, arrows, Enter, Space and typing; the
// pointer never moves.
#include "ui-support.h"

using namespace nq;
using namespace nq::test;
using native::Headless;

static void tab_to(Headless& h, const std::string& id) {
    REQUIRE_MESSAGE(native::headless_tab_to(h, id), "Tab never reached '" << id << "' (focus on '" << h.out.focused_id << "')");
}

static void press(Headless& h, ImGuiKey key, bool shift = false) { native::headless_key(h, key, shift); }

// Submit with Enter, then Next with Enter: the feedback's button takes the focus path from Submit.
static void submit_and_go_on(Headless& h) {
    tab_to(h, "submit");
    press(h, ImGuiKey_Enter);
    REQUIRE(h.app.session.phase != Phase::question);
    tab_to(h, "next");
    press(h, ImGuiKey_Enter);
}

TEST_CASE("a keyboard-only run through the seed quiz") {
    auto h = open(kSeed, at_width(360));
    const int clicks_before = int(ImGui::GetIO().MouseClickedCount[0]);

    tab_to(*h, "start");
    press(*h, ImGuiKey_Enter);
    REQUIRE(h->app.screen == Screen::question);

    // q1-q3, single: Tab into the group, arrows inside it, Space to choose.
    tab_to(*h, "q1/choice/b");
    press(*h, ImGuiKey_UpArrow);
    CHECK(h->out.focused_id == "q1/choice/a");
    press(*h, ImGuiKey_Space);
    CHECK(current_record(*h).response.ids == std::vector<std::string>{"a"});
    submit_and_go_on(*h);
    for (const char* q : {"q2", "q3"}) {
        tab_to(*h, std::string(q) + "/choice/a");
        press(*h, ImGuiKey_Enter);
        submit_and_go_on(*h);
    }

    // q4, multiple: Space ticks, Down moves on.
    tab_to(*h, "q4/choice/a");
    press(*h, ImGuiKey_Space);
    press(*h, ImGuiKey_DownArrow);
    CHECK(h->out.focused_id == "q4/choice/b");
    press(*h, ImGuiKey_Space);
    CHECK(current_record(*h).response.ids == std::vector<std::string>{"a", "b"});
    submit_and_go_on(*h);

    // q5, true or false
    tab_to(*h, "q5/false");
    press(*h, ImGuiKey_Space);
    submit_and_go_on(*h);

    // q6 numeric and q7 text: Tab into the field starts editing.
    tab_to(*h, "q6/number");
    native::headless_type(*h, "3");
    CHECK(current_record(*h).response.number == 3);
    submit_and_go_on(*h);
    tab_to(*h, "q7/text");
    native::headless_type(*h, "National Guard");
    submit_and_go_on(*h);

    // q8, match: Enter unfolds a select, Space picks, focus returns to the select.
    for (const char* p : {"p1", "p2", "p3", "p4"}) {
        std::string select = std::string("q8/select/") + p;
        tab_to(*h, select);
        press(*h, ImGuiKey_Enter);
        CHECK(item(*h, select).state == "expanded");
        tab_to(*h, select + "/" + p);
        press(*h, ImGuiKey_Space);
        CHECK(item(*h, select).state == "collapsed");
        CHECK(h->out.focused_id == select);
    }
    submit_and_go_on(*h);

    // q9 single, q10 true
    tab_to(*h, "q9/choice/a");
    press(*h, ImGuiKey_Space);
    submit_and_go_on(*h);
    tab_to(*h, "q10/true");
    press(*h, ImGuiKey_Space);
    submit_and_go_on(*h);

    REQUIRE(h->app.screen == Screen::results);
    CHECK(h->app.session.result.score == 12);
    CHECK(h->app.session.result.max == 12);
    CHECK(item(*h, "passed").label == "Passed");
    CHECK(int(ImGui::GetIO().MouseClickedCount[0]) == clicks_before);

    // Results: the buttons are reachable too.
    tab_to(*h, "share");
    press(*h, ImGuiKey_Space);
    CHECK(h->copied.size() == 1);
    tab_to(*h, "retry");
    press(*h, ImGuiKey_Enter);
    CHECK(h->app.session.attempt == 2);
}

TEST_CASE("focus moves backwards with Shift-Tab and shows a ring") {
    auto h = open("tests/fixtures/valid/single.json", at_width(360));
    tab_to(*h, "start");
    press(*h, ImGuiKey_Enter);
    tab_to(*h, "q1/choice/c");
    press(*h, ImGuiKey_Tab, /*shift*/ true);
    CHECK(h->out.focused_id == "q1/choice/b");
    press(*h, ImGuiKey_Tab, true);
    CHECK(h->out.focused_id == "q1/choice/a");

    SUBCASE("disabled Submit is skipped until there is an answer") {
        press(*h, ImGuiKey_Tab);
        press(*h, ImGuiKey_Tab);
        press(*h, ImGuiKey_Tab);  // past the last choice: wraps, never lands on the disabled button
        CHECK(h->out.focused_id != "submit");
    }

    SUBCASE("the ring is drawn around the focused row (pixels change where the ring is)") {
        native::Image with_ring = native::headless_render(*h);
        const ui::Item row = item(*h, "q1/choice/a");  // a copy: the frames below replace the items
        ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, true);  // Escape clears ImGui's focus
        native::headless_frame(*h);
        ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, false);
        native::headless_settle(*h);
        native::Image without = native::headless_render(*h);
        REQUIRE(with_ring.width == without.width);
        REQUIRE(with_ring.height == without.height);
        int x = int(row.x - 2), changed = 0;
        for (int y = int(row.y); y < int(row.y + row.h); ++y) {
            size_t i = (size_t(y) * size_t(with_ring.width) + size_t(x)) * 4;
            changed += with_ring.rgba[i] != without.rgba[i];
        }
        CHECK(changed > int(row.h) / 2);
    }

    SUBCASE("the DOM mirror's focus draws the same ring through focus_id") {
        h->ui.focus_id = "q1/choice/b";
        native::Image mirrored = native::headless_render(*h);
        h->ui.focus_id.clear();
        native::Image plain = native::headless_render(*h);
        const ui::Item& row = item(*h, "q1/choice/b");
        size_t i = (size_t(row.y + row.h / 2) * size_t(plain.width) + size_t(row.x - 2)) * 4;
        CHECK(mirrored.rgba[i] != plain.rgba[i]);
    }
}

TEST_CASE("order and actions by keyboard") {
    SUBCASE("an order question's arrows move the item and keep the focus with it") {
        auto h = open("tests/fixtures/valid/order.json", at_width(360));
        tab_to(*h, "start");
        press(*h, ImGuiKey_Enter);
        std::vector<std::string> ids;
        for (int i : current_record(*h).order) ids.push_back(h->app.loaded.doc.quiz.questions[0].items[size_t(i)].id);
        std::string last_up = "q1/item/" + ids[2] + "/up";
        tab_to(*h, last_up);
        press(*h, ImGuiKey_Enter);
        CHECK(current_record(*h).response.ids == std::vector<std::string>{ids[0], ids[2], ids[1]});
        CHECK(h->out.focused_id == last_up);
        press(*h, ImGuiKey_Enter);  // to the top: its "up" turns disabled, focus goes to its "down"
        CHECK(current_record(*h).response.ids == std::vector<std::string>{ids[2], ids[0], ids[1]});
        CHECK(h->out.focused_id == "q1/item/" + ids[2] + "/down");
    }

    SUBCASE("links and Done on the actions screen") {
        auto h = open(kSeed, at_width(360));
        drive(*h, "actions");
        tab_to(*h, "action/1/done");
        press(*h, ImGuiKey_Space);
        CHECK(h->app.actions_done[0]);
        tab_to(*h, "action/2/link/1");
        press(*h, ImGuiKey_Enter);
        CHECK(h->opened == std::vector<std::string>{"tel:+12022243121"});
    }
}
