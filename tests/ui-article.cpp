// The article card: what it shows, the fold, the call to action, and its languages.
#include "ui-support.h"

using namespace nq;
using namespace nq::test;

TEST_CASE("the article card of the seed") {
    auto h = open(kSeed, at_width(360));
    REQUIRE(h->app.screen == Screen::article);

    SUBCASE("date, headline, source chips with +N, dek, topics, the call to action and the actions, in the seed's order") {
        CHECK(item(*h, "date").label == "September 3, 2025");
        const ui::Item& headline = item(*h, "headline");
        CHECK(headline.role == ui::Role::heading);
        CHECK(headline.level == 2);
        CHECK(headline.label == "Rubio announces expanded US-Mexico security collaboration");
        CHECK(item(*h, "dek").label == "Border diplomacy contradicts campaign promises as security needs trump politics");
        CHECK(item(*h, "source/0").label == "ABC News");
        CHECK(item(*h, "source/1").label == "Associated Press");
        CHECK(item(*h, "source/4").label == "Associated Press");
        CHECK_FALSE(has(*h, "source/5"));
        CHECK(item(*h, "source/more").label == "and 31 more sources");
        CHECK(item(*h, "source/more").y < item(*h, "dek").y);  // the chips come before the dek
        CHECK(item(*h, "topic/foreign-policy").label == "Foreign Policy");
        CHECK(item(*h, "topic/government").label == "Government");
        CHECK(item(*h, "quiz-title").label == "Ready to test your knowledge?");
        CHECK(item(*h, "cta").label == "Take the full quiz to master this topic and track your progress.");
        CHECK(item(*h, "start").label == "Start quiz");
        CHECK(item(*h, "start").role == ui::Role::button);
        CHECK_FALSE(has(*h, "actions"));
        const ui::Item& title = item(*h, "actions-title");
        CHECK(title.label == "What you can do");
        CHECK(title.role == ui::Role::heading);
        CHECK(title.y > item(*h, "start").y);  // the list under the call to the quiz
        CHECK(item(*h, "action/1").label.rfind("Monitor State Department diplomatic communications", 0) == 0);
        CHECK(item(*h, "action/8/done").role == ui::Role::checkbox);
        CHECK(item(*h, "action/8/done").label == "Done: action 8");
        std::vector<std::string> order;
        for (const ui::Item& it : h->out.items) order.push_back(it.id);
        CHECK(order.front() == "date");
        CHECK(order.back() == "action/8/done");
        for (size_t i = 1; i < h->out.items.size(); ++i) CHECK(h->out.items[i].y >= h->out.items[i - 1].y);
    }

    SUBCASE("chips flow in rows, each a rounded label: the +N chip after the last source") {
        const ui::Item& a = item(*h, "source/0");
        const ui::Item& b = item(*h, "source/1");
        const ui::Item& last = item(*h, "source/4");
        const ui::Item& more = item(*h, "source/more");
        CHECK(a.y == b.y);
        CHECK(b.x > a.x);
        CHECK((more.y > last.y || (more.y == last.y && more.x > last.x)));
        CHECK(item(*h, "source/more").role == ui::Role::text);
    }

    SUBCASE("a long body folds behind Read more, and unfolds in place") {
        CHECK(has(*h, "body/0"));
        CHECK_FALSE(has(*h, "body/1"));
        CHECK(item(*h, "read-more").label == "Read more");
        CHECK(item(*h, "read-more").state == "collapsed");
        float folded_height = h->out.content_height;
        click(*h, "read-more");
        CHECK(item(*h, "body/7").label.rfind("Border state economies depend on Mexican partnership", 0) == 0);
        CHECK(item(*h, "read-more").label == "Show less");
        CHECK(item(*h, "read-more").state == "expanded");
        CHECK(h->out.content_height > folded_height + 300);
        CHECK(h->height == h->out.content_height);  // the canvas follows the content
        click(*h, "read-more");
        CHECK_FALSE(has(*h, "body/1"));
        CHECK(h->out.content_height == folded_height);
    }

    SUBCASE("Start quiz, clicked at its rectangle, starts the first question") {
        click(*h, "start");
        CHECK(h->app.screen == Screen::question);
        CHECK(count_events(*h, AppEventKind::start) == 1);
        CHECK(item(*h, "progress").label == "Question 1 of 10");
    }

    SUBCASE("Done on the card ticks the action where the reader is") {
        click(*h, "action/2/done");
        CHECK(h->app.screen == Screen::article);
        CHECK(item(*h, "action/2/done").checked);
        CHECK(h->app.actions_done[1]);
        CHECK_FALSE(item(*h, "action/1/done").checked);
    }
}

TEST_CASE("data-actions=\"button\": the compact card") {
    native::HeadlessOptions o = at_width(360);
    o.ui.actions_button = true;
    auto h = open(kSeed, o);
    CHECK_FALSE(has(*h, "actions-title"));
    CHECK_FALSE(has(*h, "action/1"));
    CHECK(h->out.items.back().id == "actions");

    SUBCASE("What you can do opens the actions") {
        click(*h, "actions");
        CHECK(h->app.screen == Screen::actions);
        CHECK(item(*h, "actions-title").label == "What you can do");
    }

    SUBCASE("after an attempt the card shows the score and Retake") {
        drive(*h, "results");
        click(*h, "article");
        REQUIRE(h->app.screen == Screen::article);
        CHECK(item(*h, "your-score").label == "Your score: 9 of 12 (75%)");
        CHECK(item(*h, "start").label == "Retake");
        CHECK(item(*h, "results").label == "Your result");
        click(*h, "start");
        CHECK(h->app.screen == Screen::question);
        CHECK(h->app.session.attempt == 2);
    }

    SUBCASE("a reader who left mid-quiz comes back to it") {
        click(*h, "start");
        click(*h, "q1/choice/a");
        click(*h, "submit");
        click(*h, "next");
        app_apply(h->app, Intent{IntentKind::show_article}, h->now_ms);
        native::headless_settle(*h);
        CHECK(item(*h, "start").label == "Continue quiz");
        click(*h, "start");
        CHECK(item(*h, "progress").label == "Question 2 of 10");
    }
}

TEST_CASE("the card in Spanish") {
    SUBCASE("a Spanish document: dates and the widget's words in Spanish") {
        auto h = open(kSeedSpanish, at_width(360));
        CHECK(item(*h, "date").label == "3 de septiembre de 2025");
        CHECK(item(*h, "start").label == "Empezar");
        CHECK(item(*h, "source/more").label == "y 31 fuentes más");
        CHECK(item(*h, "read-more").label == "Leer más");
    }

    SUBCASE("data-lang overrides the document's language") {
        native::HeadlessOptions o = at_width(360);
        o.ui.lang = "es";
        auto h = open(kSeed, o);
        CHECK(item(*h, "date").label == "3 de septiembre de 2025");
        CHECK(item(*h, "cta").label ==
              "Haz el cuestionario completo para dominar este tema y seguir tu progreso.");
        CHECK(item(*h, "headline").label == "Rubio announces expanded US-Mexico security collaboration");  // content stays
    }

    SUBCASE("a language without built-in words falls back to English") {
        native::HeadlessOptions o = at_width(360);
        o.ui.lang = "pt";
        auto h = open(kSeed, o);
        CHECK(item(*h, "start").label == "Start quiz");
    }

    SUBCASE("French and German are built in") {
        native::HeadlessOptions o = at_width(360);
        o.ui.lang = "fr-CA";
        CHECK(item(*open(kSeed, o), "start").label == "Commencer le quiz");
        o.ui.lang = "de";
        CHECK(item(*open(kSeed, o), "start").label == "Quiz starten");
    }
}

TEST_CASE("cards of other documents") {
    SUBCASE("the second seed article: a short body does not fold") {
        auto h = open(kSecondArticle, at_width(800));
        CHECK(item(*h, "headline").label == "How to follow up on US-Mexico security cooperation");
        CHECK(item(*h, "date").label == "September 4, 2025");
    }

    SUBCASE("a document without a quiz shows the card alone") {
        auto h = native::headless_open(R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "Only news",
            "date": "2025-01-31", "body": ["One paragraph."]}})",
                                       at_width(360));
        REQUIRE(h->app.screen == Screen::article);
        CHECK(item(*h, "headline").label == "Only news");
        CHECK(item(*h, "date").label == "January 31, 2025");
        CHECK_FALSE(has(*h, "start"));
        CHECK_FALSE(has(*h, "read-more"));
        CHECK_FALSE(has(*h, "actions"));
    }
}

TEST_CASE("without the platform's fonts ImGui's own font draws every screen") {
    native::HeadlessOptions o = at_width(360);
    o.fonts = false;
    auto h = native::headless_open(read_source(kSeed), o);
    CHECK(h->ui.fonts.regular == nullptr);
    CHECK(item(*h, "headline").label == "Rubio announces expanded US-Mexico security collaboration");
    CHECK(h->out.content_height > 300);
    drive(*h, "results");
    CHECK(item(*h, "score").label == "9 of 12 points");
    CHECK(native::headless_render(*h).width == 360);
}
