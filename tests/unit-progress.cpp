// The progress itself (progress.h, its Progress section): attempts recorded from sessions,
// best scores, recent scores, two stores merged, actions ticked, and the daily streak.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "progress-support.h"
#include "progress.h"
#include "session.h"

using namespace nq::test;

TEST_CASE("recording attempts") {
    nq::Document doc = sample_document();
    nq::ProgressStore store = nq::progress_new("learner-1");
    nq::Session session = finished_session(doc, sample_responses(), kSampleMarks, kStartMs);
    nq::AttemptInput first = nq::progress_attempt_from_session(doc, session, "a1", kDay);
    REQUIRE(nq::progress_record_attempt(store, first));
    const nq::ArticleProgress& article = store.articles.at("city-budget-2025");

    SUBCASE("an attempt is built from a finished session") {
        CHECK(first.article_id == "city-budget-2025");
        CHECK(first.headline == "City adopts its 2025 budget");
        CHECK(first.score == 4.5);
        CHECK(first.max == 8);
        CHECK(first.completed);
        CHECK(first.started_ms == kStartMs);
        CHECK(first.finished_ms == kStartMs + 35000);
        REQUIRE(first.quiz.size() == 7);
        CHECK(first.quiz[3].topics == std::vector<std::string>{"budget", "local"});
        REQUIRE(first.answers.size() == 7);
        CHECK(first.answers[6].score == 0.5);
        CHECK(first.answers[6].time_ms == 4600);
        CHECK(first.answers[1].question.choices.size() == 3);
    }
    SUBCASE("the attempt keeps its answers, and the article its best score") {
        REQUIRE(article.attempts.size() == 1);
        const nq::Attempt& a = article.attempts[0];
        CHECK(a.id == "a1");
        CHECK(a.day == kDay);
        CHECK(a.detailed);
        REQUIRE(a.answers.size() == 7);
        CHECK(a.answers[2].question_id == "q3");
        CHECK(a.answers[2].response.answered);
        CHECK_FALSE(a.answers[2].response.boolean);
        CHECK(a.answers[2].time_ms == 4200);

        std::vector<Mark> better = kSampleMarks;
        better[1] = {2, 2, true};
        std::vector<Mark> worse(7, Mark{0, 1, false});
        worse[1] = {0, 2, false};
        nq::progress_record_attempt(store, nq::progress_attempt_from_session(doc, finished_session(doc, sample_responses(), better, kStartMs + 1000000), "a2", kDay));
        nq::progress_record_attempt(store, nq::progress_attempt_from_session(doc, finished_session(doc, sample_responses(), worse, kStartMs + 2000000), "a3", kDay));
        nq::ArticleSummary s = nq::progress_article_summary(store.articles.at("city-budget-2025"));
        CHECK(s.attempts == 3);
        CHECK(s.completed == 3);
        CHECK(s.has_best);
        CHECK(s.best_score == 6.5);
        CHECK(s.best_max == 8);
        CHECK(s.best_percent == 81.25);  // exact, as scoring gives it
    }
    SUBCASE("answered questions become FSRS cards: correct is Good, wrong is Again") {
        const nq::Card& right = *entry(store, "city-budget-2025", "q1").card;
        CHECK(right.fsrs.memory.stability == 2.3065);
        CHECK(right.fsrs.reps == 1);
        CHECK(right.fsrs.due_day == kDay + 2);
        CHECK(right.last_correct);
        CHECK(right.last_ms == kStartMs + 35000);
        const nq::Card& half = *entry(store, "city-budget-2025", "q7").card;
        CHECK(half.fsrs.memory.stability == 0.212);  // partial credit is not a correct answer
        CHECK(half.fsrs.due_day == kDay + 1);
        CHECK_FALSE(half.last_correct);
    }
    SUBCASE("a card's snapshot re-asks the question without per-choice feedback") {
        const nq::Question& q1 = *entry(store, "city-budget-2025", "q1").card->question;
        CHECK(q1.prompt == "Prompt of q1");
        CHECK(q1.explanation == "Roads got the largest share.");
        CHECK(q1.choices[0].feedback.empty());
        CHECK(q1.choices[0].correct);
        const nq::Question& q3 = *entry(store, "city-budget-2025", "q3").card->question;
        CHECK(q3.feedback_true.empty());
        CHECK(q3.answer_bool);
    }
    SUBCASE("a question without a topic belongs to every topic of its article") {
        CHECK(entry(store, "city-budget-2025", "q4").topics == std::vector<std::string>{"budget", "local"});
        CHECK(entry(store, "city-budget-2025", "q3").topics == std::vector<std::string>{"local"});
        CHECK(store.topics.at("budget").label == "Budget");
    }
    SUBCASE("an unanswered question is in the article's questions but has no card") {
        nq::Document other = sample_document();
        other.article.id = "other-article";
        std::vector<nq::Response> responses = sample_responses();
        responses[4] = nq::Response{};
        nq::progress_record_attempt(store, nq::progress_attempt_from_session(other, finished_session(other, responses, kSampleMarks, kStartMs), "x", kDay));
        CHECK(entry(store, "other-article", "q5").topics == std::vector<std::string>{"local"});
        CHECK_FALSE(entry(store, "other-article", "q5").card);
        CHECK(entry(store, "other-article", "q6").card);
    }
    SUBCASE("recording the same attempt twice changes nothing") {
        std::string before = nq::progress_to_json(store);
        CHECK_FALSE(nq::progress_record_attempt(store, first));
        CHECK(nq::progress_to_json(store) == before);
    }
    SUBCASE("an attempt without an id is keyed by its start time") {
        nq::AttemptInput anonymous = first;
        anonymous.id = "";
        anonymous.started_ms = kStartMs + 5;
        REQUIRE(nq::progress_record_attempt(store, anonymous));
        CHECK(store.articles.at("city-budget-2025").attempts[1].id == "1736164800005");
    }
    SUBCASE("an attempt without an article or with an over-long id is refused") {
        nq::AttemptInput bad = first;
        bad.article_id = "";
        CHECK_FALSE(nq::progress_record_attempt(store, bad));
        bad = first;
        bad.id = std::string(101, 'x');
        CHECK_FALSE(nq::progress_record_attempt(store, bad));
        CHECK(store.articles.size() == 1);
    }
    SUBCASE("the attempt's day is an active day") { CHECK(store.days == std::vector<int>{kDay}); }
    SUBCASE("values out of range are brought into range, so the store reads back whole") {
        nq::AttemptInput odd = first;
        odd.id = "odd";
        odd.started_ms = std::nan("");
        odd.finished_ms = 1e300;
        odd.day = 5000000;
        odd.score = -3;
        odd.answers[0].time_ms = -1;
        odd.topics.push_back({"", "No id", ""});
        REQUIRE(nq::progress_record_attempt(store, odd));
        const nq::Attempt& a = store.articles.at("city-budget-2025").attempts[0];
        CHECK(a.id == "odd");
        CHECK(a.started_ms == 0);
        CHECK(a.finished_ms == 1e15);
        CHECK(a.day == 1000000);
        CHECK(a.score == 0);
        CHECK(a.answers[0].time_ms == 0);
        nq::ProgressLoad loaded = nq::progress_load(nq::progress_to_json(store), "");
        CHECK(loaded.complete);
        CHECK(nq::progress_to_json(loaded.store) == nq::progress_to_json(store));
    }
}

TEST_CASE("the best result: the highest share of the points, then the highest score") {
    auto attempt = [](const std::string& id, double score, double max) {
        nq::Attempt a;
        a.id = id;
        a.score = score;
        a.max = max;
        return a;
    };
    nq::ArticleProgress article;
    article.attempts = {attempt("a", 2, 4), attempt("b", 4, 8), attempt("c", 1, 4), attempt("d", 0, 0)};
    SUBCASE("of two halves, the one with more points, in either order") {
        for (int order = 0; order < 2; ++order) {
            CAPTURE(order);
            nq::ArticleSummary s = nq::progress_article_summary(article);
            CHECK(s.has_best);
            CHECK(s.best_score == 4);
            CHECK(s.best_max == 8);
            CHECK(s.best_percent == 50);
            std::reverse(article.attempts.begin(), article.attempts.end());
        }
    }
    SUBCASE("attempts folded by the size cap compete too") {
        article.folded = {1, 1, 5, 10, kStartMs, 0};
        CHECK(nq::progress_article_summary(article).best_score == 5);
        article.folded = {1, 1, 3, 6, kStartMs, 0};
        CHECK(nq::progress_article_summary(article).best_score == 4);
    }
    SUBCASE("an attempt without points is never the best") {
        article.attempts = {attempt("e", 3, 0)};
        nq::ArticleSummary s = nq::progress_article_summary(article);
        CHECK_FALSE(s.has_best);
        CHECK(s.best_percent == 0);
        article.attempts = {attempt("a", 2, 4), attempt("e", 3, 0)};
        CHECK(nq::progress_article_summary(article).best_score == 2);
    }
}

// [SECTION] Recent attempts and merging
static nq::AttemptInput attempt_on(const std::string& article, const std::string& id, double started_ms, int day) {
    nq::Document doc = sample_document();
    doc.article.id = article;
    return nq::progress_attempt_from_session(doc, finished_session(doc, sample_responses(), kSampleMarks, started_ms), id, day);
}

static std::vector<std::string> attempt_ids(const nq::ProgressStore& s) {
    std::vector<std::string> ids;
    for (const auto& [id, a] : s.articles)
        for (const nq::Attempt& t : a.attempts) ids.push_back(id + "/" + t.id);
    return ids;
}

TEST_CASE("the recent attempts: finished ones with points, across articles, oldest first") {
    nq::ProgressStore s = nq::progress_new("reader");
    nq::AttemptInput latest = attempt_on("beta", "b1", kStartMs + 3 * kDayMs, kDay + 3);  // 4.5 of 8
    nq::AttemptInput first = attempt_on("alpha", "a1", kStartMs, kDay);
    first.score = 8;
    nq::AttemptInput left = attempt_on("alpha", "a2", kStartMs + kDayMs, kDay + 1);
    left.completed = false;
    nq::AttemptInput second = attempt_on("alpha", "a3", kStartMs + 2 * kDayMs, kDay + 2);
    second.score = 0.5;
    for (const nq::AttemptInput& a : {latest, first, left, second}) REQUIRE(nq::progress_record_attempt(s, a));

    std::vector<nq::RecentAttempt> recent = nq::progress_recent_attempts(s, 10);
    REQUIRE(recent.size() == 3);
    CHECK(recent[0].article_id == "alpha");
    CHECK(recent[0].percent == 100);
    CHECK(recent[1].percent == 6);  // 6.25
    CHECK(recent[2].article_id == "beta");
    CHECK(recent[2].headline == "City adopts its 2025 budget");
    CHECK(recent[2].score == 4.5);
    CHECK(recent[2].max == 8);
    CHECK(recent[2].percent == 56);  // 56.25
    std::vector<nq::RecentAttempt> last_two = nq::progress_recent_attempts(s, 2);
    REQUIRE(last_two.size() == 2);
    CHECK(last_two[0].percent == 6);
    CHECK(last_two[1].article_id == "beta");
    CHECK(nq::progress_recent_attempts(s, 0).empty());
}

TEST_CASE("merging two stores") {
    nq::ProgressStore base = nq::progress_new("reader");
    nq::progress_record_attempt(base, attempt_on("alpha", "b1", kStartMs, kDay));
    nq::progress_record_attempt(base, attempt_on("alpha", "b2", kStartMs + 1000, kDay));
    nq::ProgressStore tab1 = base, tab2 = base;
    nq::progress_record_attempt(tab1, attempt_on("alpha", "t1", kStartMs + kDayMs, kDay + 1));
    nq::progress_record_attempt(tab1, attempt_on("beta", "t1", kStartMs + kDayMs + 5, kDay + 1));
    nq::progress_record_attempt(tab2, attempt_on("alpha", "t2", kStartMs + kDayMs + 7, kDay + 1));
    nq::progress_record_attempt(tab2, attempt_on("gamma", "t2", kStartMs + 2 * kDayMs, kDay + 2));

    SUBCASE("keeps every attempt of two diverged stores") {
        nq::ProgressStore m = nq::progress_merge(tab1, tab2);
        CHECK(attempt_ids(m) == std::vector<std::string>{"alpha/b1", "alpha/b2", "alpha/t1", "alpha/t2", "beta/t1", "gamma/t2"});
        CHECK(nq::progress_totals(m, kDay + 2).attempts == 6);
        CHECK(nq::progress_totals(m, kDay + 2).articles == 3);
        CHECK(attempt_ids(nq::progress_merge(tab2, tab1)) == attempt_ids(m));
        CHECK(m.learner_id == "reader");
    }
    SUBCASE("keeps the later review of each card") {
        nq::ReviewInput r1{{{{"alpha", "q1"}, false, 1000}}, kStartMs + 2 * kDayMs, kDay + 2};
        nq::ReviewInput r2{{{{"alpha", "q1"}, true, 1000}}, kStartMs + 3 * kDayMs, kDay + 3};
        CHECK(nq::progress_record_review(tab1, r1) == 1);
        CHECK(nq::progress_record_review(tab2, r2) == 1);
        nq::ProgressStore m = nq::progress_merge(tab1, tab2);
        const nq::Card& c = *entry(m, "alpha", "q1").card;
        const nq::Card& later = *entry(tab2, "alpha", "q1").card;
        CHECK(c.last_ms == kStartMs + 3 * kDayMs);
        CHECK(c.fsrs.memory.stability == later.fsrs.memory.stability);
        CHECK(c.fsrs.reps == later.fsrs.reps);
        CHECK(c.last_correct);
        CHECK(entry(nq::progress_merge(tab2, tab1), "alpha", "q1").card->last_ms == kStartMs + 3 * kDayMs);
    }
    SUBCASE("keeps the later change of each action") {
        nq::progress_set_action_done(tab1, "alpha", "Call the clerk", true, kStartMs + 10);
        nq::progress_set_action_done(tab2, "alpha", "Call the clerk", true, kStartMs + 20);
        nq::progress_set_action_done(tab2, "alpha", "Call the clerk", false, kStartMs + 30);
        nq::progress_set_action_done(tab1, "alpha", "Write a letter", true, kStartMs + 40);
        nq::Document doc = sample_document();
        doc.article.id = "alpha";
        doc.actions = {{"Call the clerk", "", {}}, {"Write a letter", "", {}}};
        CHECK(nq::progress_actions_done(nq::progress_merge(tab1, tab2), doc) == std::vector<bool>{false, true});
        CHECK(nq::progress_actions_done(nq::progress_merge(tab2, tab1), doc) == std::vector<bool>{false, true});
    }
    SUBCASE("unites the active days and recomputes the streak") {
        nq::ProgressStore m = nq::progress_merge(tab1, tab2);
        CHECK(m.days == std::vector<int>{kDay, kDay + 1, kDay + 2});
        CHECK(nq::progress_streak(m, kDay + 2).current == 3);
        CHECK(m.longest_streak == 3);
    }
    SUBCASE("merging a store with itself or with an empty store changes nothing") {
        std::string t1 = nq::progress_to_json(tab1);
        CHECK(nq::progress_to_json(nq::progress_merge(tab1, tab1)) == t1);
        CHECK(nq::progress_to_json(nq::progress_merge(tab1, nq::progress_new(""))) == t1);
        CHECK(nq::progress_to_json(nq::progress_merge(nq::progress_new(""), tab1)) == t1);
    }
    SUBCASE("a summarized attempt is replaced by its detailed copy") {
        nq::ProgressStore summarized = tab1;
        summarized.articles.at("alpha").attempts[0].detailed = false;
        summarized.articles.at("alpha").attempts[0].answers.clear();
        nq::ProgressStore m = nq::progress_merge(summarized, tab2);
        CHECK(m.articles.at("alpha").attempts[0].detailed);
        CHECK(m.articles.at("alpha").attempts[0].answers.size() == 7);
    }
    SUBCASE("attempts folded by the size cap are not counted twice") {
        nq::ProgressStore folded = tab1;
        nq::ArticleProgress& alpha = folded.articles.at("alpha");
        alpha.folded = {2, 2, 4.5, 8, kStartMs + 1000, 70000};  // b1 and b2, as the cap folds them
        alpha.attempts.erase(alpha.attempts.begin(), alpha.attempts.begin() + 2);
        nq::ProgressStore m = nq::progress_merge(folded, tab2);
        CHECK(attempt_ids(m) == std::vector<std::string>{"alpha/t1", "alpha/t2", "beta/t1", "gamma/t2"});
        CHECK(nq::progress_article_summary(m.articles.at("alpha")).attempts == 4);
        CHECK(nq::progress_totals(m, kDay).attempts == 6);
    }
}

TEST_CASE("progress follows real sessions") {
    nq::Document doc = sample_document();
    SUBCASE("an attempt is recorded with the session's own scores") {
        nq::Session s = nq::session_new(doc.quiz, 7);
        double now = kStartMs;
        take_quiz(s, doc.quiz, sample_responses(), now);
        REQUIRE(s.phase == nq::Phase::results);
        nq::AttemptInput in = nq::progress_attempt_from_session(doc, s, "real", kDay);
        CHECK(in.score == s.result.score);
        CHECK(in.max == 8);
        CHECK(in.completed);
        CHECK(in.finished_ms == now);
        REQUIRE(in.answers.size() == 7);
        CHECK(in.answers[0].correct);
        CHECK(in.answers[0].time_ms == 4000);
        CHECK_FALSE(in.answers[1].correct);
        nq::ProgressStore store = nq::progress_new("r");
        REQUIRE(nq::progress_record_attempt(store, in));
        CHECK(entry(store, "city-budget-2025", "q1").card->last_correct);
    }
}

TEST_CASE("actions ticked as done") {
    SUBCASE("an action's key is FNV-1a of its text") {
        CHECK(nq::progress_action_key("") == "811c9dc5");
        CHECK(nq::progress_action_key("a") == "e40c292c");
    }
    SUBCASE("ticks follow the action's text, not its place") {
        nq::Document doc = sample_document();
        nq::ProgressStore store = nq::progress_new("r");
        CHECK(nq::progress_actions_done(store, doc) == std::vector<bool>{false, false});
        nq::progress_set_action_done(store, doc.article.id, doc.actions[1].text, true, 10);
        CHECK(nq::progress_actions_done(store, doc) == std::vector<bool>{false, true});
        std::swap(doc.actions[0], doc.actions[1]);
        CHECK(nq::progress_actions_done(store, doc) == std::vector<bool>{true, false});
        nq::progress_set_action_done(store, doc.article.id, doc.actions[0].text, false, 20);
        CHECK(nq::progress_actions_done(store, doc) == std::vector<bool>{false, false});
        CHECK(store.articles.at(doc.article.id).actions.size() == 1);
    }
}

TEST_CASE("the daily streak") {
    nq::ProgressStore store = nq::progress_new("r");
    CHECK(nq::progress_streak(store, 100).current == 0);
    for (int d : {10, 11, 12, 14, 15}) nq::progress_mark_day(store, d);
    SUBCASE("counts consecutive days up to today, or up to yesterday until today is active") {
        nq::Streak today = nq::progress_streak(store, 15);
        CHECK(today.current == 2);
        CHECK(today.active_today);
        CHECK(today.longest == 3);
        nq::Streak next = nq::progress_streak(store, 16);
        CHECK(next.current == 2);
        CHECK_FALSE(next.active_today);
        CHECK(nq::progress_streak(store, 17).current == 0);
    }
    SUBCASE("forgets old days but not the longest streak, nor the current one") {
        for (int d = 1000; d < 1600; ++d) nq::progress_mark_day(store, d);
        CHECK(store.days.front() == 1000);  // a current run is kept whole, however long
        CHECK(store.days.size() == 600);
        nq::progress_mark_day(store, 1700);
        CHECK(store.days.front() == 1301);  // then only the last 400 days stay
        CHECK(nq::progress_streak(store, 1700).longest == 600);
        nq::progress_mark_day(store, 2200);
        CHECK(store.days == std::vector<int>{2200});
        CHECK(nq::progress_streak(store, 2200).longest == 600);
        CHECK(nq::progress_streak(store, 2200).current == 1);
    }
}
