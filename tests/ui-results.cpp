// After the last question: the results, the review of every question, "What you can do",
// and the error card of a document that failed to load.
#include "ui-support.h"

using namespace nq;
using namespace nq::test;

TEST_CASE("results of the seed quiz") {
    auto h = open(kSeed, at_width(360));
    drive(*h, "results");  // every third question answered wrong: 9 of 12
    REQUIRE(h->app.screen == Screen::results);

    SUBCASE("the score as a ring and as numbers, pass or not, and the band's message") {
        CHECK(item(*h, "results-title").label == "Your result");
        CHECK(item(*h, "score-ring").role == ui::Role::progressbar);
        CHECK(item(*h, "score-ring").value == "75%");
        CHECK(item(*h, "score").label == "9 of 12 points");
        CHECK(item(*h, "passed").label == "Passed");
        CHECK(item(*h, "passed").role == ui::Role::status);
        CHECK(item(*h, "band").label == "Good grasp of the story.");
        CHECK_FALSE(has(*h, "time-up"));
    }

    SUBCASE("the live region hears the score once") {
        CHECK(h->announced.back() == "You scored 9 of 12 (75%). Passed.");
        CHECK(h->out.announcement.empty());
    }

    SUBCASE("the ring fills in a short animation, then the frames stop") {
        CHECK_FALSE(h->out.animating);
        app_apply(h->app, Intent{IntentKind::show_article}, h->now_ms);
        native::headless_frame(*h);
        app_apply(h->app, Intent{IntentKind::show_results}, h->now_ms);
        native::headless_frame(*h);
        CHECK(h->out.animating);
        CHECK(native::headless_settle(*h) <= 45);  // 0.6 s at 60 frames a second, and a few more
        CHECK_FALSE(h->out.animating);
    }

    SUBCASE("Copy result puts a short sentence on the clipboard, and says Copied for a while") {
        click(*h, "share");
        CHECK(h->copied == std::vector<std::string>{
                               "I scored 9/12 on \"Rubio announces expanded US-Mexico security collaboration\""});
        CHECK(item(*h, "share").label == "Copied");
        for (int i = 0; i < 130; ++i) native::headless_frame(*h);  // more than two seconds
        CHECK(item(*h, "share").label == "Copy result");
    }

    SUBCASE("Retry starts a new attempt at question 1") {
        click(*h, "retry");
        CHECK(h->app.screen == Screen::question);
        CHECK(h->app.session.attempt == 2);
        CHECK(item(*h, "progress").label == "Question 1 of 10");
        CHECK_FALSE(item(*h, "q1/choice/a").checked);
    }

    SUBCASE("the review lists every question: the reader's answer, the right one when wrong, the explanation") {
        CHECK(item(*h, "review-title").label == "Your answers");
        CHECK(native::headless_find_all(*h, "review/").size() > 10);
        CHECK(item(*h, "review/q1/head").label == "Question 1 · Correct · 1 of 1 point");
        CHECK(item(*h, "review/q1/yours").label == "Drug trafficking, gun smuggling and fuel theft");
        CHECK_FALSE(has(*h, "review/q1/solution"));
        CHECK(item(*h, "review/q3/head").label == "Question 3 · Not quite · 0 of 1 point");
        CHECK(item(*h, "review/q3/yours").label == "As a temporary arrangement until the next election");
        CHECK(item(*h, "review/q3/solution").label == "As the closest collaboration in the history of US-Mexico relations");
        CHECK(item(*h, "review/q6/yours").label == "4");
        CHECK(item(*h, "review/q6/solution").label == "3");
        CHECK(item(*h, "review/q8/yours").label ==
              "FOIA requests → Monitoring State Department diplomatic communications; 202-224-3121 → Contacting border "
              "state representatives; DEA.gov → Tracking drug interdiction statistics; gao.gov → Asking for an "
              "analysis of security cooperation effectiveness");
        CHECK(item(*h, "review/q10/explanation").label ==
              "The article says cross-border security partnerships remain essential for US domestic issues including "
              "the fentanyl crisis and border enforcement.");
    }

    SUBCASE("back to the article, and on to the actions") {
        click(*h, "actions");
        CHECK(h->app.screen == Screen::actions);
        CHECK(item(*h, "results").label == "Back to results");
        click(*h, "results");
        CHECK(h->app.screen == Screen::results);
        click(*h, "article");
        CHECK(h->app.screen == Screen::article);
    }
}

TEST_CASE("results without solutions, failed") {
    auto h = open("tests/fixtures/valid/every-field.json", at_width(360));
    drive(*h, "results");
    REQUIRE(h->app.screen == Screen::results);
    CHECK_FALSE(has(*h, "retry"));  // allow_retry: false
    for (const ui::Item& it : h->out.items) CHECK(it.id.find("/solution") == std::string::npos);
    CHECK(item(*h, "share").label == "Copiar resultado");
}

TEST_CASE("the review screen") {
    auto h = open(kSeed, at_width(360));
    drive(*h, "review");
    REQUIRE(h->app.screen == Screen::review);
    CHECK(item(*h, "review/q2/head").label == "Question 2 · Correct · 1 of 1 point");
    click(*h, "results");
    CHECK(h->app.screen == Screen::results);
}

TEST_CASE("what you can do") {
    auto h = open(kSeed, at_width(360));
    drive(*h, "actions");

    SUBCASE("numbered actions, their phone numbers and sites as real links") {
        CHECK(item(*h, "action/1").label.rfind("Monitor State Department diplomatic communications", 0) == 0);
        std::vector<std::string> hrefs;
        for (const ui::Item& it : h->out.items)
            if (it.role == ui::Role::link) hrefs.push_back(it.label + " " + it.href);
        CHECK(hrefs == std::vector<std::string>{"202-224-3121 tel:+12022243121", "DEA.gov https://DEA.gov",
                                                "gao.gov https://gao.gov"});
    }

    SUBCASE("activating a link asks the platform to open it, and opens nothing itself") {
        const ui::Item* phone = nullptr;
        for (const ui::Item& it : h->out.items)
            if (it.role == ui::Role::link && it.label == "202-224-3121") phone = &it;
        REQUIRE(phone != nullptr);
        click(*h, phone->id);
        CHECK(h->opened == std::vector<std::string>{"tel:+12022243121"});
    }

    SUBCASE("Done ticks an action, and again unticks it") {
        const ui::Item& done = item(*h, "action/2/done");
        CHECK(done.role == ui::Role::checkbox);
        CHECK(done.label == "Done: action 2");
        CHECK_FALSE(done.checked);
        click(*h, "action/2/done");
        CHECK(h->app.actions_done[1]);
        CHECK(item(*h, "action/2/done").checked);
        click(*h, "action/2/done");
        CHECK_FALSE(h->app.actions_done[1]);
    }

    SUBCASE("back to the article") {
        CHECK_FALSE(has(*h, "results"));  // no attempt finished yet
        click(*h, "article");
        CHECK(h->app.screen == Screen::article);
    }
}

TEST_CASE("the error card") {
    SUBCASE("a document that fails validation: the reader sees a plain sentence, no details") {
        auto h = open("tests/fixtures/invalid/action-string.json", at_width(360));
        REQUIRE(h->app.screen == Screen::error);
        CHECK(item(*h, "error-title").label == "This quiz could not be loaded");
        CHECK(item(*h, "error-title").role == ui::Role::heading);
        CHECK(item(*h, "error-body").label == "Something in it is not right. Please try again later.");
        CHECK(h->out.items.size() == 2);
        CHECK_FALSE(h->app.loaded.diagnostics.empty());  // the platform's console gets these
    }

    SUBCASE("text that is not JSON at all") {
        auto h = native::headless_open("<html>not a quiz</html>", at_width(280));
        CHECK(item(*h, "error-title").label == "This quiz could not be loaded");
    }

    SUBCASE("in Spanish when the page asks for it") {
        native::HeadlessOptions o = at_width(360);
        o.ui.lang = "es";
        auto h = native::headless_open("{}", o);
        CHECK(item(*h, "error-title").label == "No se pudo cargar este cuestionario");
    }
}

TEST_CASE("reduced motion: the results ring is drawn full at once, with no frames to animate it") {
    for (bool reduced : {false, true}) {
        INFO("reduced_motion " << reduced);
        native::HeadlessOptions o = at_width(360);
        o.ui.reduced_motion = reduced;
        auto h = open(kSeed, o);
        drive(*h, "question:1");
        app_apply(h->app, Intent{IntentKind::finish}, h->now_ms);
        native::headless_frame(*h);  // the results' first frame
        native::headless_frame(*h);
        REQUIRE(h->app.screen == Screen::results);
        CHECK(h->out.animating == !reduced);
        int frames = native::headless_settle(*h);
        if (reduced) CHECK(frames == 2);  // the least settle draws: nothing moves
        else CHECK(frames > 20);          // the ring fills over kRingSeconds
    }
}
