#include <doctest/doctest.h>

#include <algorithm>

#include "mastery.h"

static constexpr int kDay = 20094;
static constexpr double kStartMs = 1736164800000.0;

// An attempt built from plain data, as a front end without a Session would: the quiz has
// `questions` questions of `topic` ("" = none of its own), the first `answered` of them
// answered, correctly unless listed in `wrong`.
static nq::AttemptInput attempt(const std::string& article, const std::string& topic, int questions, int answered,
                                std::vector<int> wrong, int day) {
    nq::AttemptInput in;
    in.id = "at-" + std::to_string(day);
    in.article_id = article;
    in.headline = "Headline of " + article;
    in.topics = {{"budget", "Budget", ""}, {"local", "Local government", ""}};
    for (int i = 0; i < questions; ++i) {
        std::string id = "q" + std::to_string(i + 1);
        in.quiz.push_back({id, topic.empty() ? std::vector<std::string>{"budget", "local"} : std::vector<std::string>{topic}, std::nullopt});
        if (i >= answered) continue;
        bool correct = std::find(wrong.begin(), wrong.end(), i) == wrong.end();
        nq::AnswerInput a;
        a.question_id = id;
        a.response.answered = true;
        a.response.boolean = true;
        a.score = correct ? 1 : 0;
        a.max = 1;
        a.correct = correct;
        a.time_ms = 3000;
        a.question.id = id;
        a.question.type = nq::QuestionType::true_false;
        a.question.prompt = "Is statement " + id + " true?";
        a.question.answer_bool = true;
        a.question.topic = topic;
        in.answers.push_back(a);
        in.score += a.score;
        in.max += 1;
    }
    in.started_ms = kStartMs + (day - kDay) * 86400000.0;
    in.finished_ms = in.started_ms + 60000;
    in.day = day;
    in.completed = answered == questions;
    return in;
}

// Everything due on `day` answered correctly in a review.
static void review_all_due(nq::ProgressStore& store, int day) {
    nq::ReviewInput review;
    review.day = day;
    review.finished_ms = kStartMs + (day - kDay) * 86400000.0;
    for (const nq::DueCard& d : nq::progress_due_cards(store, day)) review.answers.push_back({d.key, true, 2000});
    nq::progress_record_review(store, review);
}

TEST_CASE("a topic is not started until one of its questions is answered") {
    nq::ProgressStore store = nq::progress_new("r");
    nq::TopicMastery m = nq::mastery_of_topic(store, "budget", kDay);
    CHECK(m.level == nq::MasteryLevel::not_started);
    CHECK(m.percent == 0);
    CHECK(m.questions == 0);
    CHECK(m.topic.id == "budget");
    CHECK(m.topic.label.empty());

    nq::progress_record_attempt(store, attempt("a", "budget", 4, 0, {}, kDay));
    m = nq::mastery_of_topic(store, "budget", kDay);
    CHECK(m.level == nq::MasteryLevel::not_started);
    CHECK(m.questions == 4);
    CHECK(m.answered == 0);
    CHECK(m.topic.label == "Budget");
}

TEST_CASE("mastery is the mean predicted recall of the topic's questions") {
    nq::ProgressStore store = nq::progress_new("r");
    nq::progress_record_attempt(store, attempt("a", "budget", 4, 4, {}, kDay));

    SUBCASE("all right today: 100, proficient but not yet mastered") {
        nq::TopicMastery m = nq::mastery_of_topic(store, "budget", kDay);
        CHECK(m.percent == 100);
        CHECK(m.level == nq::MasteryLevel::proficient);
        CHECK(m.questions == 4);
        CHECK(m.answered == 4);
        CHECK(m.spaced_successes == 0);
    }
    SUBCASE("it decays with FSRS retrievability as days pass") {
        CHECK(nq::mastery_of_topic(store, "budget", kDay + 2).percent == 91);   // R(2, 2.3065) = 0.9095
        CHECK(nq::mastery_of_topic(store, "budget", kDay + 10).percent == 77);  // 0.7744
        nq::TopicMastery late = nq::mastery_of_topic(store, "budget", kDay + 30);  // 0.6675
        CHECK(late.percent == 67);
        CHECK(late.level == nq::MasteryLevel::familiar);
        CHECK(late.due == 4);
    }
    SUBCASE("a question answered wrongly counts 0 until it is answered right") {
        nq::progress_record_attempt(store, attempt("b", "budget", 4, 4, {0, 1, 2}, kDay));
        nq::TopicMastery m = nq::mastery_of_topic(store, "budget", kDay);
        CHECK(m.percent == 63);  // 5 of 8
        CHECK(m.level == nq::MasteryLevel::familiar);
    }
    SUBCASE("other topics are not counted") {
        CHECK(nq::mastery_of_topic(store, "local", kDay).level == nq::MasteryLevel::not_started);
        CHECK(nq::mastery_of_topic(store, "local", kDay).questions == 0);
    }
}

TEST_CASE("questions of an attempted article that were never asked count 0") {
    nq::ProgressStore store = nq::progress_new("r");
    SUBCASE("7 of 10 asked and right: 70, proficient") {
        nq::progress_record_attempt(store, attempt("a", "budget", 10, 7, {}, kDay));
        nq::TopicMastery m = nq::mastery_of_topic(store, "budget", kDay);
        CHECK(m.percent == 70);
        CHECK(m.level == nq::MasteryLevel::proficient);
        CHECK(m.questions == 10);
        CHECK(m.answered == 7);
    }
    SUBCASE("6 of 10: 60, familiar") {
        nq::progress_record_attempt(store, attempt("a", "budget", 10, 6, {}, kDay));
        CHECK(nq::mastery_of_topic(store, "budget", kDay).percent == 60);
        CHECK(nq::mastery_of_topic(store, "budget", kDay).level == nq::MasteryLevel::familiar);
    }
}

TEST_CASE("mastered takes 90 and a correct answer a day or more after the previous one") {
    nq::ProgressStore store = nq::progress_new("r");
    nq::progress_record_attempt(store, attempt("a", "budget", 10, 10, {}, kDay));
    SUBCASE("a retake the same day is not a spaced review") {
        nq::AttemptInput again = attempt("a", "budget", 10, 10, {}, kDay);
        again.id = "retake";
        nq::progress_record_attempt(store, again);
        nq::TopicMastery m = nq::mastery_of_topic(store, "budget", kDay);
        CHECK(m.percent == 100);
        CHECK(m.spaced_successes == 0);
        CHECK(m.level == nq::MasteryLevel::proficient);
    }
    SUBCASE("a review two days later masters the topic, until recall falls under 90") {
        review_all_due(store, kDay + 2);
        nq::TopicMastery m = nq::mastery_of_topic(store, "budget", kDay + 2);
        CHECK(m.percent == 100);
        CHECK(m.spaced_successes == 10);
        CHECK(m.level == nq::MasteryLevel::mastered);
        CHECK(nq::mastery_of_topic(store, "budget", kDay + 13).percent == 90);  // R(11, 10.9643) = 0.8998
        CHECK(nq::mastery_of_topic(store, "budget", kDay + 13).level == nq::MasteryLevel::mastered);
        CHECK(nq::mastery_of_topic(store, "budget", kDay + 14).percent == 89);
        CHECK(nq::mastery_of_topic(store, "budget", kDay + 14).level == nq::MasteryLevel::proficient);
    }
}

TEST_CASE("a question without a topic of its own counts for every topic of its article") {
    nq::ProgressStore store = nq::progress_new("r");
    nq::progress_record_attempt(store, attempt("a", "", 2, 2, {1}, kDay));
    nq::progress_record_attempt(store, attempt("b", "local", 2, 2, {}, kDay));
    std::vector<nq::TopicMastery> all = nq::mastery_by_topic(store, kDay);
    REQUIRE(all.size() == 2);
    CHECK(all[0].topic.id == "local");  // highest first
    CHECK(all[0].percent == 75);        // 3 of 4
    CHECK(all[0].questions == 4);
    CHECK(all[1].topic.id == "budget");
    CHECK(all[1].percent == 50);  // 1 of 2
    CHECK(all[1].level == nq::MasteryLevel::familiar);
}

TEST_CASE("mastery level names") {
    CHECK(std::string(nq::mastery_level_name(nq::MasteryLevel::not_started)) == "not_started");
    CHECK(std::string(nq::mastery_level_name(nq::MasteryLevel::familiar)) == "familiar");
    CHECK(std::string(nq::mastery_level_name(nq::MasteryLevel::proficient)) == "proficient");
    CHECK(std::string(nq::mastery_level_name(nq::MasteryLevel::mastered)) == "mastered");
}
