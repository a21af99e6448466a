// Spaced review (progress.h, its Review section): the cards due, the review quiz that re-asks
// them as a newsquiz/1 document, and the answers of a review session recorded on the cards.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document.h"
#include "progress-support.h"
#include "progress.h"
#include "session.h"

using namespace nq::test;

TEST_CASE("spaced review") {
    nq::Document doc = sample_document();
    nq::ProgressStore store = nq::progress_new("reader");
    nq::progress_record_attempt(store, nq::progress_attempt_from_session(doc, finished_session(doc, sample_responses(), kSampleMarks, kStartMs), "a1", kDay));

    SUBCASE("wrong answers are due the next day, right ones after their interval") {
        CHECK(nq::progress_due_cards(store, kDay).empty());
        std::vector<nq::DueCard> tomorrow = nq::progress_due_cards(store, kDay + 1);
        REQUIRE(tomorrow.size() == 3);  // q2, q3, q7: again -> 1 day
        CHECK(tomorrow[0].key.question_id == "q2");
        CHECK(tomorrow[0].headline == "City adopts its 2025 budget");
        CHECK(tomorrow[0].due_day == kDay + 1);
        CHECK(tomorrow[0].retrievability == doctest::Approx(0.76619573).epsilon(1e-8));
        std::vector<nq::DueCard> later = nq::progress_due_cards(store, kDay + 2);
        REQUIRE(later.size() == 7);
        CHECK(later[0].key.question_id == "q2");  // the most forgotten first
        CHECK(later[6].retrievability == doctest::Approx(0.90949326).epsilon(1e-8));
        CHECK(nq::progress_totals(store, kDay + 2).due == 7);
    }
    SUBCASE("a card is due from its due day on, while it can be asked again") {
        nq::Card wrong = *entry(store, "city-budget-2025", "q2").card;  // again -> due the next day
        CHECK_FALSE(nq::progress_card_due(wrong, kDay));
        CHECK(nq::progress_card_due(wrong, kDay + 1));
        CHECK(nq::progress_card_due(wrong, kDay + 30));
        wrong.question.reset();
        CHECK_FALSE(nq::progress_card_due(wrong, kDay + 30));
        CHECK(nq::progress_totals(store, kDay + 1).due == 3);
    }
    SUBCASE("a review quiz re-asks the due cards as a normal quiz") {
        nq::ReviewQuiz review = nq::progress_review_quiz(store, kDay + 1, {});
        REQUIRE(review.keys.size() == 3);
        CHECK(review.keys[1].article_id == "city-budget-2025");
        CHECK(review.keys[1].question_id == "q3");
        const nq::Document& d = review.doc;
        CHECK(d.has_quiz);
        CHECK(d.article.id == "review");
        CHECK(d.article.headline == "Questions due for review");
        CHECK(d.article.date == "2025-01-07");
        REQUIRE(d.quiz.questions.size() == 3);
        CHECK(d.quiz.questions[1].id == "r2");
        CHECK(d.quiz.questions[1].prompt == "Prompt of q3");
        CHECK(d.quiz.questions[1].type == nq::QuestionType::true_false);
        REQUIRE(d.article.topics.size() == 2);
        CHECK(d.article.topics[0].id == "budget");
        CHECK(d.article.topics[0].label == "Budget");
        CHECK(review.json.rfind("{\"format\":\"newsquiz/1\",\"article\":{\"id\":\"review\",\"headline\":\"Questions due for review\",\"date\":\"2025-01-07\",\"topics\":[{\"id\":\"budget\"", 0) == 0);
        CHECK(review.json.find("{\"id\":\"r2\",\"type\":\"true_false\",\"prompt\":\"Prompt of q3\",\"topic\":\"local\",\"answer\":true}") != std::string::npos);
    }
    SUBCASE("a review quiz honours its limit and leaves out the article on the page") {
        nq::ReviewOptions options;
        options.max_questions = 2;
        options.headline = "Repaso";
        nq::ReviewQuiz two = nq::progress_review_quiz(store, kDay + 5, options);
        CHECK(two.keys.size() == 2);
        CHECK(two.doc.article.headline == "Repaso");
        options.exclude_article = "city-budget-2025";
        CHECK(nq::progress_review_quiz(store, kDay + 5, options).keys.empty());
    }
    SUBCASE("a review session updates the cards it asked") {
        nq::ReviewQuiz review = nq::progress_review_quiz(store, kDay + 2, {});
        REQUIRE(review.keys.size() == 7);
        nq::Session s;
        s.phase = nq::Phase::results;
        s.finished_ms = kStartMs + 2 * kDayMs;
        for (int i = 0; i < 7; ++i) {
            nq::QuestionRecord r;
            r.question = i;
            r.response.answered = true;
            r.submitted = i != 6;  // the last one a draft when the session ended
            r.score.correct = true;
            r.time_ms = 1000;
            s.records.push_back(r);
        }
        nq::ReviewInput input = nq::progress_review_from_session(review, s, kDay + 2);
        REQUIRE(input.answers.size() == 6);
        CHECK(nq::progress_record_review(store, input) == 6);
        const nq::Card& q1 = *entry(store, "city-budget-2025", "q1").card;
        // ts-fsrs reference "good at every due date", review 2.
        CHECK(q1.fsrs.memory.stability == doctest::Approx(10.96433194).epsilon(1e-6));
        CHECK(q1.fsrs.interval == 11);
        CHECK(q1.fsrs.due_day == kDay + 13);
        CHECK(q1.spaced_successes == 1);
        CHECK(q1.last_ms == kStartMs + 2 * kDayMs);
        CHECK(store.days == std::vector<int>{kDay, kDay + 2});
        CHECK(nq::progress_due_cards(store, kDay + 2).size() == 1);
    }
    SUBCASE("a right answer is a spaced success from the next day on, not the same day") {
        nq::ReviewInput same_day{{{{"city-budget-2025", "q1"}, true, 1000}}, kStartMs + 60000, kDay};
        CHECK(nq::progress_record_review(store, same_day) == 1);
        CHECK(entry(store, "city-budget-2025", "q1").card->spaced_successes == 0);
        nq::ReviewInput next_day{{{{"city-budget-2025", "q1"}, true, 1000}}, kStartMs + kDayMs, kDay + 1};
        CHECK(nq::progress_record_review(store, next_day) == 1);
        CHECK(entry(store, "city-budget-2025", "q1").card->spaced_successes == 1);
        nq::ReviewInput wrong{{{{"city-budget-2025", "q1"}, false, 1000}}, kStartMs + 3 * kDayMs, kDay + 3};
        CHECK(nq::progress_record_review(store, wrong) == 1);
        CHECK(entry(store, "city-budget-2025", "q1").card->spaced_successes == 1);
        CHECK_FALSE(entry(store, "city-budget-2025", "q1").card->last_correct);
    }
    SUBCASE("unknown cards in a review are skipped") {
        nq::ReviewInput input{{{{"nowhere", "q1"}, true, 1}, {{"city-budget-2025", "q9"}, true, 1}}, kStartMs, kDay + 1};
        CHECK(nq::progress_record_review(store, input) == 0);
        CHECK(store.days == std::vector<int>{kDay});
    }
    SUBCASE("a card whose snapshot was dropped is not offered for review") {
        for (nq::QuestionProgress& q : store.articles.at("city-budget-2025").questions)
            if (q.card) q.card->question.reset();
        CHECK(nq::progress_due_cards(store, kDay + 30).empty());
        CHECK(nq::progress_totals(store, kDay + 30).cards == 7);
    }
}

TEST_CASE("reviews follow real sessions") {
    nq::Document doc = sample_document();
    SUBCASE("a review quiz loads as a valid newsquiz/1 document and runs in a session") {
        nq::ProgressStore store = nq::progress_new("r");
        nq::Session first = nq::session_new(doc.quiz, 7);
        double now = kStartMs;
        take_quiz(first, doc.quiz, sample_responses(), now);
        nq::progress_record_attempt(store, nq::progress_attempt_from_session(doc, first, "a1", kDay));
        nq::ReviewQuiz review = nq::progress_review_quiz(store, kDay + 5, {});
        REQUIRE(review.keys.size() == 7);
        nq::LoadResult loaded = nq::load_document(review.json);
        for (const nq::Diagnostic& d : loaded.diagnostics) INFO(nq::diagnostic_to_string(d));
        CHECK(loaded.ok);
        CHECK(loaded.diagnostics.empty());
        REQUIRE(loaded.doc.quiz.questions.size() == 7);
        CHECK(loaded.doc.quiz.questions[2].prompt == review.doc.quiz.questions[2].prompt);

        nq::Session s = nq::session_new(review.doc.quiz, 3);
        now = kStartMs + 5 * kDayMs;
        std::vector<nq::Response> responses;  // as in the first attempt: "q3" gets sample_responses()[2]
        for (const nq::QuestionRecord& r : s.records)
            responses.push_back(sample_responses()[static_cast<size_t>(review.keys[static_cast<size_t>(r.question)].question_id[1] - '1')]);
        take_quiz(s, review.doc.quiz, responses, now);
        REQUIRE(s.phase == nq::Phase::results);
        nq::ReviewInput input = nq::progress_review_from_session(review, s, kDay + 5);
        REQUIRE(input.answers.size() == 7);
        CHECK(nq::progress_record_review(store, input) == 7);
        const nq::Card& q1 = *entry(store, "city-budget-2025", "q1").card;
        CHECK(q1.fsrs.reps == 2);
        CHECK(q1.last_correct);
        CHECK(q1.spaced_successes == 1);
        CHECK_FALSE(entry(store, "city-budget-2025", "q2").card->last_correct);
        CHECK(store.days == std::vector<int>{kDay, kDay + 5});
    }
}
