// The view (core/view.h): every mark, verdict, Submit and button a view draws, decided once.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "view.h"

using namespace nq;

namespace {

// A document with one quiz of these questions (JSON), and quiz options merged in.
std::string doc(const std::string& questions, const std::string& quiz_fields = "", const std::string& extra = "") {
    return R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03"},
               "quiz": {)" + quiz_fields + (quiz_fields.empty() ? "" : ", ") + R"("questions": [)" + questions + "]}" +
           extra + "}";
}

const std::string kWeighted = R"({"id": "q1", "type": "single", "prompt": "P", "choices": [
    {"id": "a", "text": "A", "weight": 100}, {"id": "b", "text": "B", "weight": 50, "feedback": "Half right."},
    {"id": "c", "text": "C", "weight": 0}]})";
const std::string kMultiple = R"({"id": "q2", "type": "multiple", "prompt": "P", "choices": [
    {"id": "a", "text": "A", "weight": 60}, {"id": "b", "text": "B", "weight": 40}, {"id": "c", "text": "C", "weight": -50}]})";
const std::string kBoolean = R"({"id": "q3", "type": "true_false", "prompt": "P", "answer": true})";
const std::string kRange = R"({"id": "q4", "type": "numeric", "prompt": "P", "min": 1, "max": 7, "unit": "days"})";
const std::string kOrder = R"({"id": "q5", "type": "order", "prompt": "Put them in order.", "items": [
    {"id": "i1", "text": "One"}, {"id": "i2", "text": "Two"}, {"id": "i3", "text": "Three"}]})";

App open(const std::string& json) {
    AppOptions o;
    o.seed = 1;
    App app = app_open(json, o);
    REQUIRE(app.loaded.ok);
    return app;
}

View view(const App& app) { return app_view(app, {"", 0}); }

void apply(App& app, IntentKind kind) { app_apply(app, {kind}, 1000); }

void answer(App& app, std::vector<std::string> ids) {
    Response r;
    r.answered = true;
    r.ids = std::move(ids);
    app_apply(app, {IntentKind::answer, r}, 1000);
}

void answer_bool(App& app, bool value) {
    Response r;
    r.answered = true;
    r.boolean = value;
    app_apply(app, {IntentKind::answer, r}, 1000);
}

// "id:mark" of every choice, in display order.
std::vector<std::string> marks(const View& v) {
    std::vector<std::string> out;
    for (const ViewChoice& c : v.question.choices) out.push_back(c.id + ":" + mark_name(c.mark));
    return out;
}

std::vector<std::string> button_ids(const View& v) {
    std::vector<std::string> out;
    for (const ViewButton& b : v.buttons) out.push_back(b.id + (b.disabled ? "(disabled)" : ""));
    return out;
}

}  // namespace

TEST_CASE("choice marks follow scoring, the weights, feedback and show_solutions") {
    SUBCASE("during the quiz only what the reader picked shows") {
        App app = open(doc(kWeighted));
        apply(app, IntentKind::start_quiz);
        CHECK(marks(view(app)) == std::vector<std::string>{"a:none", "b:none", "c:none"});
        answer(app, {"b"});
        CHECK(marks(view(app)) == std::vector<std::string>{"a:none", "b:picked", "c:none"});
        CHECK(view(app).question.choices[1].note.empty());  // a choice's feedback waits for the submit
    }
    SUBCASE("a single choice worth half is partly right; the best one is the solution shown") {
        App app = open(doc(kWeighted));
        apply(app, IntentKind::start_quiz);
        answer(app, {"b"});
        apply(app, IntentKind::submit);
        View v = view(app);
        CHECK(marks(v) == std::vector<std::string>{"a:right", "b:partly", "c:none"});
        CHECK(v.question.choices[1].note == "Half right.");
        REQUIRE(v.question.feedback);
        CHECK(v.question.feedback->verdict == Mark::partly);
        CHECK(v.question.feedback->title == "Partly correct");
        CHECK(v.question.feedback->points == "0.5 of 1 point");
        CHECK(v.question.feedback->solution.empty());  // the marks show it
    }
    SUBCASE("show_solutions false: no unpicked choice is marked, during the quiz or in the review") {
        App app = open(doc(kWeighted + ", " + kMultiple + ", " + kBoolean, R"("show_solutions": false)"));
        apply(app, IntentKind::start_quiz);
        answer(app, {"b"});
        apply(app, IntentKind::submit);
        CHECK(marks(view(app)) == std::vector<std::string>{"a:none", "b:partly", "c:none"});
        apply(app, IntentKind::next);
        answer(app, {"a", "c"});
        apply(app, IntentKind::submit);
        CHECK(marks(view(app)) == std::vector<std::string>{"a:right", "b:none", "c:wrong"});
        apply(app, IntentKind::next);
        answer_bool(app, false);
        apply(app, IntentKind::submit);
        CHECK(marks(view(app)) == std::vector<std::string>{"true:none", "false:wrong"});
        apply(app, IntentKind::next);
        View results = view(app);
        REQUIRE(results.screen == Screen::results);
        REQUIRE(results.results.rows.size() == 3);
        for (const ViewReviewRow& row : results.results.rows) CHECK(row.solution.empty());
        apply(app, IntentKind::show_review);
        for (const ViewReviewRow& row : view(app).results.rows) CHECK(row.solution.empty());
    }
    SUBCASE("with solutions, what the reader missed is marked right, and the wrong pick wrong") {
        App app = open(doc(kMultiple + ", " + kBoolean));
        apply(app, IntentKind::start_quiz);
        answer(app, {"a", "c"});
        apply(app, IntentKind::submit);
        View v = view(app);
        CHECK(marks(v) == std::vector<std::string>{"a:right", "b:right", "c:wrong"});
        CHECK(v.question.feedback->verdict == Mark::partly);  // 60 - 50 = 10 %
        CHECK(v.question.feedback->points == "0.1 of 1 point");
        apply(app, IntentKind::next);
        answer_bool(app, false);
        apply(app, IntentKind::submit);
        CHECK(marks(view(app)) == std::vector<std::string>{"true:right", "false:wrong"});
    }
    SUBCASE("feedback at the end: no marks before the review, and the review says the solution") {
        App app = open(doc(kWeighted + ", " + kRange, R"("feedback": "end")"));
        apply(app, IntentKind::start_quiz);
        answer(app, {"c"});
        CHECK(view(app).buttons[0].label == "Next");
        apply(app, IntentKind::submit);
        View v = view(app);
        REQUIRE(v.screen == Screen::question);
        CHECK(v.question.index == 1);
        CHECK_FALSE(v.question.feedback);
        CHECK(v.buttons[0].label == "See results");
        app_apply(app, {IntentKind::answer, response_from_text(app.loaded.doc.quiz.questions[1], "8")}, 1000);
        apply(app, IntentKind::submit);
        v = view(app);
        REQUIRE(v.screen == Screen::results);
        CHECK(v.results.rows[0].head == "Question 1 · Not quite · 0 of 1 point");
        CHECK(v.results.rows[0].solution == "A");
        CHECK(v.results.rows[1].answer == "8 days");
        CHECK(v.results.rows[1].solution == "1–7 days");  // a range alone, without answer
    }
}

TEST_CASE("Submit") {
    SUBCASE("is possible once there is an answer") {
        App app = open(doc(kWeighted));
        apply(app, IntentKind::start_quiz);
        CHECK(button_ids(view(app)) == std::vector<std::string>{"submit(disabled)"});
        answer(app, {"a"});
        CHECK(button_ids(view(app)) == std::vector<std::string>{"submit"});
    }
    SUBCASE("an order question may be submitted as shown, and is scored as shown") {
        App app = open(doc(kOrder));
        apply(app, IntentKind::start_quiz);
        View v = view(app);
        CHECK(button_ids(v) == std::vector<std::string>{"submit"});
        CHECK(v.question.hint == "Drag the items, or use the arrows, to put them in order.");
        std::vector<std::string> shown;
        for (const ViewOrderItem& it : v.question.items) shown.push_back(it.id);
        apply(app, IntentKind::submit);
        const QuestionRecord& r = app.session.records[0];
        CHECK(r.submitted);
        CHECK(r.response.ids == shown);
        CHECK(r.score.score == score_question(app.loaded.doc.quiz.questions[0], r.response).score);
    }
    SUBCASE("a number is read from what the reader typed") {
        App app = open(doc(kRange));
        apply(app, IntentKind::start_quiz);
        const Question& q = app.loaded.doc.quiz.questions[0];
        app_apply(app, {IntentKind::answer, response_from_text(q, "abc")}, 1000);
        View v = view(app);
        CHECK(v.question.field.value == "abc");
        CHECK(v.question.field.error == "Enter a number, such as 12 or 3.5.");
        CHECK(button_ids(v) == std::vector<std::string>{"submit(disabled)"});
        app_apply(app, {IntentKind::answer, response_from_text(q, " 3,5 ")}, 1000);
        v = view(app);
        CHECK(v.question.field.error.empty());
        CHECK(app.session.records[0].response.number == 3.5);
        CHECK(button_ids(v) == std::vector<std::string>{"submit"});
        apply(app, IntentKind::submit);
        CHECK(view(app).question.field.mark == Mark::right);
    }
    SUBCASE("white space alone is no text answer") {
        App app = open(doc(R"({"id": "q1", "type": "text", "prompt": "P", "accept": ["x"]})"));
        apply(app, IntentKind::start_quiz);
        app_apply(app, {IntentKind::answer, response_from_text(app.loaded.doc.quiz.questions[0], "  \t")}, 1000);
        CHECK(button_ids(view(app)) == std::vector<std::string>{"submit(disabled)"});
    }
}

TEST_CASE("the buttons of each screen, with the intents they send") {
    const std::string actions = R"(, "actions": [{"text": "Call 202-224-3121"}])";
    SUBCASE("card, quiz, results, review, actions") {
        App app = open(doc(kWeighted, "", actions));
        View v = view(app);
        CHECK(button_ids(v) == std::vector<std::string>{"start"});  // the actions are listed on the card
        CHECK(v.buttons[0].intent == IntentKind::start_quiz);
        CHECK(v.buttons[0].row == 0);
        CHECK(v.article.actions_title == "What you can do");
        REQUIRE(v.actions.size() == 1);
        CHECK(v.actions[0].id == "action/1");
        CHECK(v.actions[0].done_label == "Done: action 1");
        apply(app, IntentKind::start_quiz);
        answer(app, {"a"});
        apply(app, IntentKind::submit);
        CHECK(button_ids(view(app)) == std::vector<std::string>{"next"});
        CHECK(view(app).buttons[0].label == "See results");
        apply(app, IntentKind::next);
        v = view(app);
        CHECK(button_ids(v) == std::vector<std::string>{"retry", "share", "actions", "show-progress", "article"});
        CHECK(v.buttons[1].intent == IntentKind::share);
        CHECK(v.results.share_text == "I scored 1/1 on \"H\"");
        apply(app, IntentKind::show_review);
        CHECK(button_ids(view(app)) == std::vector<std::string>{"results"});
        apply(app, IntentKind::show_actions);
        CHECK(button_ids(view(app)) == std::vector<std::string>{"results", "article"});
        apply(app, IntentKind::show_article);
        CHECK(button_ids(view(app)) == std::vector<std::string>{"start", "results", "show-progress"});
        CHECK(view(app).buttons[0].label == "Retake");
        app_apply(app, {IntentKind::toggle_action_done, {}, 0}, 1000);
        CHECK(view(app).actions[0].done);  // ticked on the card, where the reader is
    }
    SUBCASE("actions_button: the compact card offers the actions behind one button, and lists none") {
        App app = open(doc(kWeighted, "", actions));
        View v = app_view(app, {"", 0, true});
        CHECK(button_ids(v) == std::vector<std::string>{"start", "actions"});
        CHECK(v.buttons[1].label == "What you can do (1)");
        CHECK(v.buttons[1].intent == IntentKind::show_actions);
        CHECK(v.article.actions_title.empty());
        CHECK(v.actions.empty());
    }
    SUBCASE("allow_retry false: no Try again, and no Retake once taken") {
        App app = open(doc(kWeighted, R"("allow_retry": false)"));
        apply(app, IntentKind::start_quiz);
        answer(app, {"a"});
        apply(app, IntentKind::submit);
        apply(app, IntentKind::next);
        CHECK(button_ids(view(app)) == std::vector<std::string>{"share", "show-progress", "article"});
        apply(app, IntentKind::show_article);
        CHECK(button_ids(view(app)) == std::vector<std::string>{"results", "show-progress"});
    }
    SUBCASE("the progress screen before any attempt") {
        App app = open(doc(kWeighted));
        apply(app, IntentKind::show_progress);
        View v = view(app);
        CHECK(v.progress.empty == "Take a quiz to see your progress here.");
        CHECK(button_ids(v) == std::vector<std::string>{"article"});
    }
}

TEST_CASE("results are worded from the exact percent") {
    // 69.96 % shows as 69.9 %: a reader short of the 70 mark never reads 70.
    App app = open(doc(R"({"id": "q1", "type": "single", "prompt": "P", "points": 100, "choices": [
        {"id": "a", "text": "A", "weight": 69.96}, {"id": "b", "text": "B", "weight": 100}]})",
                       R"("pass_percent": 70)"));
    apply(app, IntentKind::start_quiz);
    answer(app, {"a"});
    apply(app, IntentKind::submit);
    apply(app, IntentKind::next);
    View v = view(app);
    CHECK(v.results.percent == 69.96);
    CHECK(v.results.percent_text == "69.9%");
    CHECK(v.results.score_text == "69.96 of 100 points");
    CHECK(v.results.status == "Not passed");
    CHECK(v.announcement == "You scored 69.96 of 100 (69.9%). Not passed.");
    CHECK(app_view(app, {"es", 0}).results.percent_text == "69,9 %");
}
