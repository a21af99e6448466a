// The question screen, one type at a time, driven by synthetic pointer and text input through
// the headless platform; the assertions read the items list and the App the intents changed.
#include "ui-support.h"
#include "words.h"

using namespace nq;
using namespace nq::test;
using native::Headless;

static std::unique_ptr<Headless> start(const std::string& doc, float width = 360) {
    std::unique_ptr<Headless> h = open(doc, at_width(width));
    click(*h, "start");
    REQUIRE(h->app.screen == Screen::question);
    return h;
}

static std::vector<std::string> order_on_screen(const Headless& h, const std::string& qid) {
    std::vector<std::string> ids;
    for (const ui::Item& it : native::headless_find_all(h, qid + "/item/"))
        if (it.role == ui::Role::text) ids.push_back(it.id.substr(qid.size() + 6));
    return ids;
}

TEST_CASE("single choice") {
    auto h = start("tests/fixtures/valid/single.json");

    SUBCASE("the header counts questions with words and a bar; Submit waits for an answer") {
        CHECK(item(*h, "progress").label == "Question 1 of 3");
        CHECK(item(*h, "progress").value == "1 of 3");
        CHECK(item(*h, "progress").role == ui::Role::progressbar);
        CHECK(item(*h, "q1/prompt").role == ui::Role::heading);
        CHECK(item(*h, "submit").state == "disabled");
    }

    SUBCASE("the whole row is the target, not only the circle") {
        const ui::Item& row = item(*h, "q1/choice/b");
        CHECK(row.role == ui::Role::radio);
        native::headless_click_at(*h, row.x + row.w - 4, row.y + row.h - 4);  // the far corner of the row
        CHECK(current_record(*h).response.ids == std::vector<std::string>{"b"});
        CHECK(item(*h, "q1/choice/b").checked);
        CHECK_FALSE(item(*h, "q1/choice/a").checked);
        click(*h, "q1/choice/a");
        CHECK(current_record(*h).response.ids == std::vector<std::string>{"a"});
        CHECK(item(*h, "submit").state == "");
    }

    SUBCASE("a right answer: the question stays, marked, with the choice's feedback, the explanation and the points") {
        click(*h, "q1/choice/a");
        click(*h, "submit");
        CHECK(h->app.session.phase == Phase::feedback);
        CHECK(item(*h, "q1/prompt").label == "Which three problems did the Sep. 3 talks target?");
        CHECK(item(*h, "q1/choice/a").state == "correct disabled");
        CHECK(item(*h, "q1/choice/a").label ==
              "Drug trafficking, gun smuggling and fuel theft. Right: the first paragraph names these three.");
        CHECK(item(*h, "q1/choice/b").state == "disabled");
        CHECK(item(*h, "q1/verdict").label == "Correct");
        CHECK(item(*h, "q1/verdict").role == ui::Role::status);
        CHECK(item(*h, "q1/points").label == "1 of 1 point");
        CHECK(item(*h, "q1/explanation").label ==
              "Rubio and Mexican officials focused on drug trafficking, gun smuggling and fuel theft.");
        CHECK(h->announced.back() == "Correct. 1 of 1 point.");
        CHECK(item(*h, "progress").label == "Question 1 of 3");
        click(*h, "next");
        CHECK(item(*h, "progress").label == "Question 2 of 3");
    }

    SUBCASE("a wrong answer: marked wrong, the right one shown, zero points said aloud once") {
        click(*h, "q1/choice/c");
        click(*h, "submit");
        CHECK(item(*h, "q1/choice/c").state == "incorrect disabled");
        CHECK(item(*h, "q1/choice/a").state == "correct disabled");
        CHECK(item(*h, "q1/verdict").label == "Not quite");
        CHECK(item(*h, "q1/points").label == "0 of 1 point");
        CHECK(h->announced == std::vector<std::string>{"Not quite. 0 of 1 point."});
        CHECK(h->out.announcement.empty());  // said once, not every frame
    }

    SUBCASE("the last question's button leads to the results") {
        for (const char* q : {"q1", "q2"}) {
            click(*h, std::string(q) + "/choice/a");
            click(*h, "submit");
            click(*h, "next");
        }
        click(*h, "q3/choice/c");
        click(*h, "submit");
        CHECK(item(*h, "next").label == "See results");
        click(*h, "next");
        CHECK(h->app.screen == Screen::results);
        CHECK(h->app.session.result.score == 3);  // q1 right (1), q2 wrong (0), q3 right (2)
        CHECK(h->app.session.result.max == 4);
    }
}

TEST_CASE("multiple choice") {
    auto h = start("tests/fixtures/valid/multiple.json");
    CHECK(item(*h, "q1/choice/a").role == ui::Role::checkbox);

    SUBCASE("checkboxes toggle, and the response keeps the order on screen") {
        click(*h, "q1/choice/b");
        click(*h, "q1/choice/a");
        CHECK(current_record(*h).response.ids == std::vector<std::string>{"a", "b"});
        click(*h, "q1/choice/a");
        CHECK(current_record(*h).response.ids == std::vector<std::string>{"b"});
        CHECK_FALSE(item(*h, "q1/choice/a").checked);
        CHECK(item(*h, "q1/choice/b").checked);
        click(*h, "q1/choice/b");
        CHECK_FALSE(current_record(*h).response.answered);
        CHECK(item(*h, "submit").state == "disabled");
    }

    SUBCASE("half the right choices earn half the points") {
        click(*h, "q1/choice/b");
        click(*h, "submit");
        CHECK(item(*h, "q1/verdict").label == "Partly correct");
        CHECK(item(*h, "q1/points").label == "0.5 of 1 point");
        CHECK(item(*h, "q1/choice/a").state == "correct disabled");  // missed, shown as a solution
        CHECK(item(*h, "q1/choice/b").state == "correct disabled");
    }

    SUBCASE("a prompt that already says \"Select all that apply\" gets no hint repeating it") {
        CHECK_FALSE(has(*h, "q1/hint"));
    }
}

TEST_CASE("true or false") {
    auto h = start("tests/fixtures/valid/true_false.json");

    SUBCASE("two large buttons side by side, each a radio") {
        const ui::Item& t = item(*h, "q1/true");
        const ui::Item& f = item(*h, "q1/false");
        CHECK(t.role == ui::Role::radio);
        CHECK(t.label == "True");
        CHECK(f.label == "False");
        CHECK(t.h >= 56);
        CHECK(t.y == f.y);
        CHECK(t.x + t.w < f.x);
    }

    SUBCASE("the answer's own feedback shows after submit") {
        click(*h, "q1/false");
        CHECK(current_record(*h).response.answered);
        CHECK(current_record(*h).response.boolean == false);
        CHECK(item(*h, "q1/false").checked);
        click(*h, "submit");
        CHECK(item(*h, "q1/verdict").label == "Correct");
        CHECK(item(*h, "q1/note/0").label == "Right: the channels keep working despite the friction.");
        CHECK(item(*h, "q1/false").state == "correct disabled");
    }
}

TEST_CASE("numeric") {
    auto h = start("tests/fixtures/valid/numeric.json");

    SUBCASE("typing into the field answers with the number") {
        CHECK(item(*h, "q1/number").role == ui::Role::textbox);
        click(*h, "q1/number");
        native::headless_type(*h, "3");
        CHECK(item(*h, "q1/number").value == "3");
        CHECK(current_record(*h).response.answered);
        CHECK(current_record(*h).response.number == 3);
        click(*h, "submit");
        CHECK(item(*h, "q1/verdict").label == "Correct");
        CHECK(item(*h, "q1/number").state == "correct disabled");
    }

    SUBCASE("the unit stands beside the field and in its name") {
        click(*h, "q1/number");
        native::headless_type(*h, "4");
        click(*h, "submit");
        CHECK(item(*h, "q1/solution").label == "3");  // the right answer, since 4 is wrong
        click(*h, "next");
        CHECK(item(*h, "q2/number").label == "Your answer (outlets)");
    }

    SUBCASE("text that is not a number says so and answers nothing") {
        click(*h, "q1/number");
        native::headless_type(*h, "three");
        CHECK(item(*h, "q1/number-hint").label == "Enter a number, such as 12 or 3.5.");
        CHECK(item(*h, "q1/number-hint").role == ui::Role::status);
        CHECK_FALSE(current_record(*h).response.answered);
        CHECK(item(*h, "submit").state == "disabled");
    }

    SUBCASE("the page's own <input> hands its text over: a decimal comma counts") {
        ui::ui_set_text(h->ui, "q1/number", "3,5");
        native::headless_settle(*h);
        CHECK(current_record(*h).response.number == 3.5);
        CHECK(item(*h, "q1/number").value == "3,5");
    }
}

TEST_CASE("text") {
    auto h = start("tests/fixtures/valid/text.json");

    SUBCASE("typed text is the answer; case does not matter") {
        click(*h, "q1/text");
        native::headless_type(*h, "national guard");
        CHECK(current_record(*h).response.text == "national guard");
        click(*h, "submit");
        CHECK(item(*h, "q1/verdict").label == "Correct");
    }

    SUBCASE("text from the page's <input> through ui_set_text") {
        ui::ui_set_text(h->ui, "q1/text", "Guardia Nacional");
        native::headless_settle(*h);
        CHECK(current_record(*h).response.text == "Guardia Nacional");
        CHECK(item(*h, "q1/text").value == "Guardia Nacional");
    }

    SUBCASE("white space alone is no answer") {
        ui::ui_set_text(h->ui, "q1/text", "   ");
        native::headless_settle(*h);
        CHECK_FALSE(current_record(*h).response.answered);
        CHECK(item(*h, "submit").state == "disabled");
    }

    SUBCASE("a wrong text shows the accepted answer") {
        ui::ui_set_text(h->ui, "q1/text", "the army");
        native::headless_settle(*h);
        click(*h, "submit");
        CHECK(item(*h, "q1/verdict").label == "Not quite");
        CHECK(item(*h, "q1/solution").label == "National Guard");
        CHECK(item(*h, "q1/text").state == "incorrect disabled");
    }
}

TEST_CASE("order") {
    auto h = start("tests/fixtures/valid/order.json");
    std::vector<std::string> start_order = order_on_screen(*h, "q1");
    REQUIRE(start_order.size() == 3);

    SUBCASE("the starting arrangement is the record's, and it is not the solved one") {
        std::vector<std::string> expected;
        for (int i : current_record(*h).order) expected.push_back(h->app.loaded.doc.quiz.questions[0].items[size_t(i)].id);
        CHECK(start_order == expected);
        CHECK(start_order != std::vector<std::string>{"i1", "i2", "i3"});
        CHECK(item(*h, "q1/item/" + start_order[0] + "/up").state == "disabled");
        CHECK(item(*h, "q1/item/" + start_order[2] + "/down").state == "disabled");
        CHECK(item(*h, "submit").state == "");  // the arrangement on screen is an answer
    }

    SUBCASE("up and down buttons move an item by one place") {
        click(*h, "q1/item/" + start_order[1] + "/up");
        std::vector<std::string> moved = {start_order[1], start_order[0], start_order[2]};
        CHECK(current_record(*h).response.ids == moved);
        CHECK(order_on_screen(*h, "q1") == moved);
        click(*h, "q1/item/" + moved[1] + "/down");
        CHECK(current_record(*h).response.ids == std::vector<std::string>{moved[0], moved[2], moved[1]});
        CHECK(item(*h, "q1/item/" + moved[0] + "/up").label.rfind("Move up: ", 0) == 0);
    }

    SUBCASE("dragging the first row below the others makes it last") {
        const ui::Item first = item(*h, "q1/item/" + start_order[0]);  // copies: the drag replaces the items
        const ui::Item last = item(*h, "q1/item/" + start_order[2]);
        REQUIRE(native::headless_drag(*h, first.id, last.y + last.h - (first.y + first.h / 2) - 4));
        CHECK(current_record(*h).response.ids == std::vector<std::string>{start_order[1], start_order[2], start_order[0]});
        CHECK(h->ui.drag_id.empty());
    }

    SUBCASE("submitting the starting arrangement answers with it") {
        click(*h, "submit");
        CHECK(current_record(*h).response.ids == start_order);
        CHECK(h->app.session.phase == Phase::feedback);
        CHECK(has(*h, "q1/solution"));
    }

    SUBCASE("put right, every row is marked right") {
        for (int guard = 0; guard < 6 && order_on_screen(*h, "q1") != std::vector<std::string>{"i1", "i2", "i3"}; ++guard) {
            std::vector<std::string> now = order_on_screen(*h, "q1");
            for (size_t k = 1; k < now.size(); ++k)
                if (now[k] < now[k - 1]) {
                    click(*h, "q1/item/" + now[k] + "/up");
                    break;
                }
        }
        click(*h, "submit");
        CHECK(item(*h, "q1/verdict").label == "Correct");
        CHECK(item(*h, "q1/item/i2").state == "correct");
    }
}

TEST_CASE("match") {
    auto h = start("tests/fixtures/valid/match.json");

    SUBCASE("each left item has a select that unfolds its choices in place") {
        CHECK(item(*h, "q1/left/p1").label == "FOIA requests");
        const ui::Item& select = item(*h, "q1/select/p1");
        CHECK(select.role == ui::Role::combobox);  // a pop-up list, not a plain button
        CHECK(std::string(ui::role_name(select.role)) == "combobox");
        CHECK(select.state == "collapsed");
        CHECK(select.label == "FOIA requests: Choose…");
        CHECK_FALSE(has(*h, "q1/select/p1/p2"));
        click(*h, "q1/select/p1");
        CHECK(item(*h, "q1/select/p1").state == "expanded");
        CHECK(item(*h, "q1/select/p1/p2").role == ui::Role::option);
        CHECK(std::string(ui::role_name(ui::Role::option)) == "option");
        CHECK_FALSE(item(*h, "q1/select/p1/p2").checked);
        click(*h, "q1/select/p1/p2");
        CHECK(current_record(*h).response.matches ==
              std::vector<std::pair<std::string, std::string>>{{"p1", "p2"}});
        CHECK(item(*h, "q1/select/p1").state == "collapsed");
        CHECK(item(*h, "q1/select/p1").label == "FOIA requests: Contacting border state representatives");
    }

    SUBCASE("all matched right: correct, each select marked") {
        for (const char* p : {"p3", "p1", "p2"}) {
            click(*h, std::string("q1/select/") + p);
            click(*h, std::string("q1/select/") + p + "/" + p);
        }
        CHECK(current_record(*h).response.matches ==
              std::vector<std::pair<std::string, std::string>>{{"p1", "p1"}, {"p2", "p2"}, {"p3", "p3"}});
        click(*h, "submit");
        CHECK(item(*h, "q1/verdict").label == "Correct");
        CHECK(item(*h, "q1/select/p2").state == "collapsed correct disabled");
    }
}

TEST_CASE("a timed quiz with feedback at the end, in the document's language") {
    auto h = start("tests/fixtures/valid/every-field.json");  // es-MX, 300 s, feedback at the end

    SUBCASE("the time left counts down in minutes and seconds") {
        CHECK(item(*h, "time-left").label == "Tiempo restante 5:00");
        CHECK(item(*h, "time-left").role == ui::Role::status);
        CHECK(h->out.redraw_in_ms > 0);
        CHECK(h->out.redraw_in_ms <= 1001);
        h->now_ms += 61000;
        native::headless_settle(*h);
        double left = app_remaining_ms(h->app, h->ui.now_ms);
        CHECK(item(*h, "time-left").label == "Tiempo restante " + nq::format_duration(int((left + 999) / 1000)));
        CHECK(item(*h, "time-left").label.find("Tiempo restante 3:5") == 0);
    }

    SUBCASE("when the time runs out the results say so") {
        h->now_ms += 301000;
        native::headless_settle(*h);
        CHECK(h->app.screen == Screen::results);
        CHECK(item(*h, "time-up").label == "Se acabó el tiempo.");
    }

    SUBCASE("submit goes straight on: no verdict until the end") {
        const QuestionRecord& first = current_record(*h);
        const Question& q = h->app.loaded.doc.quiz.questions[size_t(first.question)];
        Intent answer{IntentKind::answer};
        answer.response = native::headless_response(q, first, true);
        app_apply(h->app, answer, h->now_ms);
        native::headless_settle(*h);
        CHECK(item(*h, "submit").label == "Siguiente");
        click(*h, "submit");
        CHECK(h->app.session.current == 1);
        CHECK(h->app.session.phase == Phase::question);
        CHECK(item(*h, "progress").label == "Pregunta 2 de 5");
        CHECK(h->announced.empty());
    }
}
