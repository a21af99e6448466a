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
        View v = app_view(app, {"", 0, nullptr, true});
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

TEST_CASE("keeping progress on the device: the consent prompt") {
    auto asking = [](const std::string& json) {
        AppOptions o;
        o.seed = 1;
        o.ask_consent = true;
        App app = app_open(json, o);
        REQUIRE(app.loaded.ok);
        return app;
    };
    SUBCASE("data-storage ask: nothing is asked before the first answer, then every screen asks") {
        App app = asking(doc(kWeighted + "," + kBoolean));
        CHECK(view(app).prompt.id == "");
        apply(app, IntentKind::start_quiz);
        answer(app, {"a"});
        CHECK(view(app).prompt.id == "");  // picked, not yet submitted
        apply(app, IntentKind::submit);
        View v = view(app);
        CHECK(v.prompt.id == "consent");
        CHECK(v.prompt.text == "Keep my progress on this device?");
        CHECK(button_ids(v) == std::vector<std::string>{"next", "consent-yes", "consent-no"});
        CHECK(v.buttons[1].row == kPromptRow);
        CHECK(v.buttons[1].intent == IntentKind::consent_yes);
        CHECK(v.buttons[1].label == "Yes");
        CHECK(v.buttons[2].intent == IntentKind::consent_no);
        CHECK(app_view(app, {"es", 0}).prompt.text == "¿Guardar mi progreso en este dispositivo?");
        apply(app, IntentKind::show_progress);
        CHECK(view(app).prompt.id == "consent");
        CHECK(consent_name(app.consent) == std::string("asking"));
    }
    SUBCASE("Yes and No are answers: the prompt goes and is not asked again in this page") {
        for (IntentKind said : {IntentKind::consent_yes, IntentKind::consent_no}) {
            App app = asking(doc(kWeighted + "," + kBoolean));
            apply(app, IntentKind::start_quiz);
            answer(app, {"a"});
            apply(app, IntentKind::submit);
            apply(app, said);
            CHECK(app.consent == (said == IntentKind::consent_yes ? Consent::given : Consent::refused));
            CHECK(button_ids(view(app)) == std::vector<std::string>{"next"});
            apply(app, IntentKind::next);
            answer_bool(app, true);
            apply(app, IntentKind::submit);
            CHECK(view(app).prompt.id == "");
        }
    }
    SUBCASE("the publisher's consent tool decides before the reader is asked") {
        App app = asking(doc(kWeighted));
        apply(app, IntentKind::consent_no);
        apply(app, IntentKind::start_quiz);
        answer(app, {"a"});
        apply(app, IntentKind::submit);
        CHECK(app.consent == Consent::refused);
        CHECK(view(app).prompt.id == "");
    }
    SUBCASE("data-storage local or none: never asked") {
        App app = open(doc(kWeighted));
        apply(app, IntentKind::start_quiz);
        answer(app, {"a"});
        apply(app, IntentKind::submit);
        CHECK(app.consent == Consent::given);
        CHECK(view(app).prompt.id == "");
    }
}

TEST_CASE("the progress screen: download and delete, confirmed") {
    App app = open(doc(kWeighted));
    apply(app, IntentKind::start_quiz);
    answer(app, {"a"});
    apply(app, IntentKind::submit);
    apply(app, IntentKind::next);
    apply(app, IntentKind::show_progress);
    View v = view(app);
    CHECK(button_ids(v) == std::vector<std::string>{"results", "article", "download-progress", "delete-progress"});
    CHECK(v.buttons[2].intent == IntentKind::download_progress);
    CHECK(v.buttons[2].label == "Download my progress");
    CHECK(v.buttons[3].intent == IntentKind::delete_progress);
    CHECK(v.buttons[3].label == "Delete my progress");
    CHECK(v.buttons[3].row == 2);
    CHECK(app_view(app, {"es", 0}).buttons[3].label == "Borrar mi progreso");

    SUBCASE("delete asks first; Cancel keeps everything") {
        apply(app, IntentKind::delete_progress);
        v = view(app);
        CHECK(v.prompt.id == "delete");
        CHECK(v.prompt.text == "Delete all progress on this device?");
        CHECK(button_ids(v) == std::vector<std::string>{"results", "article", "delete-confirm", "delete-cancel"});
        CHECK(v.buttons[2].label == "Delete");
        CHECK(v.buttons[3].label == "Cancel");
        apply(app, IntentKind::delete_cancel);
        CHECK(view(app).prompt.id == "");
        CHECK(progress_totals(app.progress, app.today).attempts == 1);
        CHECK_FALSE(app.progress_deleted);
    }
    SUBCASE("Delete empties the store and the screen shows no progress") {
        std::string learner = app.progress.learner_id;
        apply(app, IntentKind::delete_confirm);  // not confirmed yet: nothing happens
        CHECK(progress_totals(app.progress, app.today).attempts == 1);
        apply(app, IntentKind::delete_progress);
        apply(app, IntentKind::delete_confirm);
        CHECK(app.progress_deleted);
        CHECK_FALSE(app.progress_changed);
        CHECK(app.progress.articles.empty());
        CHECK(app.progress.days.empty());
        CHECK(app.progress.learner_id == learner);
        v = view(app);
        CHECK(v.prompt.id == "");
        CHECK(v.progress.empty == "Take a quiz to see your progress here.");
        CHECK(button_ids(v) == std::vector<std::string>{"results", "article"});
    }
    SUBCASE("leaving the screen drops the confirmation") {
        apply(app, IntentKind::delete_progress);
        apply(app, IntentKind::show_article);
        apply(app, IntentKind::show_progress);
        CHECK(view(app).prompt.id == "");
        apply(app, IntentKind::delete_confirm);
        CHECK_FALSE(app.progress_deleted);
    }
}

TEST_CASE("the results screen words what a copied share says") {
    App app = open(doc(kWeighted));
    apply(app, IntentKind::start_quiz);
    answer(app, {"a"});
    apply(app, IntentKind::submit);
    apply(app, IntentKind::next);
    CHECK(view(app).results.share_copied == "Result copied to the clipboard.");
    CHECK(app_view(app, {"es", 0}).results.share_copied == "Resultado copiado al portapapeles.");
}

TEST_CASE("how other readers did: shown from 30 answers or attempts, rounded down to a whole percent") {
    // Article "a": q1 answered 31 times, 20 right (64.516...% -> "64%"); q3 answered 29 times.
    // Attempts: 40, whole percents 0 (x10), 49 (x18), 50 (x12). A reader at 50 beats the 28 below 50.
    Aggregates agg;
    ArticleTally& a = agg.articles["a"];
    a.questions["q1"] = {31, 20};
    a.questions["q3"] = {29, 29};
    a.attempts = 40;
    a.percents[0] = 10;
    a.percents[49] = 18;
    a.percents[50] = 12;
    auto with = [&](const App& app, const char* lang) { return app_view(app, {lang, 0, &agg}); };

    App app = open(doc(kWeighted + ", " + kBoolean));
    apply(app, IntentKind::start_quiz);
    answer(app, {"b"});  // half marks: 50 of 100 over the two questions with q3 wrong
    apply(app, IntentKind::submit);
    SUBCASE("after an answer, in the reader's language; never without aggregates") {
        REQUIRE(with(app, "en").question.feedback);
        CHECK(with(app, "en").question.feedback->others == "64% of readers got this right");
        CHECK(with(app, "es").question.feedback->others == "El 64 % de los lectores acertó");
        CHECK(view(app).question.feedback->others.empty());
    }
    SUBCASE("under 30 responses the figure is not shown (q3: 29 of 29 right)") {
        apply(app, IntentKind::next);
        answer_bool(app, false);
        apply(app, IntentKind::submit);
        REQUIRE(with(app, "en").question.feedback);
        CHECK(with(app, "en").question.feedback->others.empty());
    }
    SUBCASE("on the results and on each review row") {
        apply(app, IntentKind::next);
        answer_bool(app, true);
        apply(app, IntentKind::submit);
        apply(app, IntentKind::next);
        View v = with(app, "en");
        REQUIRE(v.screen == Screen::results);
        CHECK(v.results.percent == 75);  // 0.5 + 1 of 2
        // 75 beats every attempt below 75: 10 + 18 + 12 = 40 of 40.
        CHECK(v.results.others == "You did better than 100% of readers");
        REQUIRE(v.results.rows.size() == 2);
        CHECK(v.results.rows[0].others == "64% of readers got this right");
        CHECK(v.results.rows[1].others.empty());
        CHECK(with(app, "es").results.others == "Lo hiciste mejor que el 100 % de los lectores");
        apply(app, IntentKind::show_review);
        CHECK(with(app, "en").results.rows[0].others == "64% of readers got this right");
        CHECK(view(app).results.rows[0].others.empty());
    }
    SUBCASE("better than: ties are not beaten, and fewer than 30 attempts show nothing") {
        answer(app, {"c"});  // q1 wrong (already submitted: the response stays)
        apply(app, IntentKind::next);
        answer_bool(app, false);
        apply(app, IntentKind::submit);
        apply(app, IntentKind::next);
        View v = with(app, "en");
        REQUIRE(v.screen == Screen::results);
        CHECK(v.results.percent == 25);
        CHECK(v.results.others == "You did better than 25% of readers");  // 10 of 40 below 25
        agg.articles["a"].attempts = 29;
        agg.articles["a"].percents[50] = 1;
        CHECK(with(app, "en").results.others.empty());
    }
}

TEST_CASE("the view in French and German, and a publisher's words") {
    // Two questions of 1 point; the first answered half right, the second right.
    auto play = [](App& app) {
        apply(app, IntentKind::start_quiz);
        answer(app, {"b"});
        apply(app, IntentKind::submit);
    };
    SUBCASE("the card, a question's feedback and the results in French") {
        App app = open(doc(kWeighted + "," + kBoolean));
        View card = app_view(app, {"fr", 0});
        CHECK(card.lang == "fr");
        CHECK(card.article.quiz_title == "Testez vos connaissances");
        CHECK(card.article.date == "3 septembre 2025");
        CHECK(card.buttons[0].label == "Commencer le quiz");
        play(app);
        View q = app_view(app, {"fr-CA", 0});
        CHECK(q.question.counter == "Question 1 sur 2");
        CHECK(q.question.feedback->title == "En partie correct");
        CHECK(q.question.feedback->points == "0,5 point sur 1");
        apply(app, IntentKind::next);
        answer_bool(app, true);
        apply(app, IntentKind::submit);
        apply(app, IntentKind::next);
        View r = app_view(app, {"fr", 0});
        CHECK(r.results.title == "Votre résultat");
        CHECK(r.results.percent_text == "75\u00a0%");
        CHECK(r.announcement == "Vous avez obtenu 1,5 sur 2 (75\u00a0%). Réussi.");
    }
    SUBCASE("the direction of the view's language") {
        App app = open(doc(kWeighted));
        CHECK(app_view(app, {"fr", 0}).dir == "ltr");
        CHECK(app_view(app, {"ar-EG", 0}).dir == "rtl");
        CHECK(app_view(open(doc(kWeighted, "", R"(, "lang": "he")")), {"", 0}).dir == "rtl");
    }
    SUBCASE("the same screens in German") {
        App app = open(doc(kWeighted + "," + kBoolean));
        View card = app_view(app, {"de", 0});
        CHECK(card.article.quiz_title == "Testen Sie Ihr Wissen");
        CHECK(card.article.date == "3. September 2025");
        CHECK(card.buttons[0].label == "Quiz starten");
        play(app);
        View q = app_view(app, {"de-AT", 0});
        CHECK(q.question.counter == "Frage 1 von 2");
        CHECK(q.question.feedback->title == "Teilweise richtig");
        CHECK(q.question.feedback->points == "0,5 von 1 Punkt");
        CHECK(button_ids(q) == std::vector<std::string>{"next"});
        CHECK(q.buttons[0].label == "Weiter");
    }
    SUBCASE("a document's strings win over the built-in words, key by key, for their language") {
        const std::string strings = R"(, "strings": {"fr": {"start_quiz": "Lancer le quiz", "percent": "{0} pour cent"},
                                                    "pt": {"start_quiz": "Começar", "quiz_title": "Teste os seus conhecimentos"}})";
        App app = open(doc(kWeighted, "", strings));
        View fr = app_view(app, {"fr-CA", 0});
        CHECK(fr.buttons[0].label == "Lancer le quiz");
        CHECK(fr.article.quiz_title == "Testez vos connaissances");  // not given: the built-in French
        View pt = app_view(app, {"pt", 0});
        CHECK(pt.lang == "pt");
        CHECK(pt.buttons[0].label == "Começar");
        CHECK(pt.article.quiz_title == "Teste os seus conhecimentos");
        CHECK(pt.article.cta == "Take the full quiz to master this topic and track your progress.");  // English
        CHECK(app_view(app, {"de", 0}).buttons[0].label == "Quiz starten");  // no German strings
        CHECK(app_view(app, {"en", 0}).buttons[0].label == "Start quiz");
        apply(app, IntentKind::start_quiz);
        answer(app, {"a"});
        apply(app, IntentKind::submit);
        apply(app, IntentKind::next);
        CHECK(app_view(app, {"fr", 0}).results.percent_text == "100 pour cent");
    }
    SUBCASE("the page's strings win over the document's") {
        App app = open(doc(kWeighted, "", R"(, "strings": {"de": {"start_quiz": "Los geht's", "read_more": "Mehr"}})"));
        PublisherWords page = load_strings(R"({"de": {"start_quiz": "Jetzt mitmachen"}})").words;
        ViewOptions options{"de", 0};
        options.strings = &page;
        View v = app_view(app, options);
        CHECK(v.buttons[0].label == "Jetzt mitmachen");
        CHECK(v.article.read_more == "Mehr");
        CHECK(str(Str::start_quiz, view_words(app, options)) == std::string("Jetzt mitmachen"));
    }
}
