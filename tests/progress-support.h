// progress-support.h: what the progress suites (tests/unit-progress*.cpp) share: a document
// with one question of each type, sessions over it (made up, or taken step by step), the day
// and time they happen, and a question's entry looked up with a clear failure.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "progress.h"
#include "session.h"

namespace nq::test {

// A document with one question of each type.
inline nq::Question question(const std::string& id, nq::QuestionType type, const std::string& topic) {
    nq::Question q;
    q.id = id;
    q.type = type;
    q.prompt = "Prompt of " + id;
    q.topic = topic;
    return q;
}

inline nq::Document sample_document() {
    nq::Document d;
    d.article.id = "city-budget-2025";
    d.article.headline = "City adopts its 2025 budget";
    d.article.date = "2025-01-06";
    d.article.topics = {{"budget", "Budget", "\xF0\x9F\x92\xB0"}, {"local", "Local government", ""}};
    d.has_quiz = true;
    nq::Question q1 = question("q1", nq::QuestionType::single, "budget");
    q1.choices = {{"a", "Roads", true, std::nullopt, "Yes: roads."}, {"b", "Parks", false, std::nullopt, "No."}};
    q1.explanation = "Roads got the largest share.";
    nq::Question q2 = question("q2", nq::QuestionType::multiple, "budget");
    q2.choices = {{"a", "Taxes", true, 50.0, ""}, {"b", "Fees", true, 50.0, ""}, {"c", "Loans", false, -50.0, ""}};
    q2.scoring = nq::Scoring::all_or_nothing;
    q2.shuffle = false;
    q2.points = 2;
    nq::Question q3 = question("q3", nq::QuestionType::true_false, "local");
    q3.answer_bool = true;
    q3.feedback_true = "Right.";
    q3.feedback_false = "It did.";
    nq::Question q4 = question("q4", nq::QuestionType::numeric, "");
    q4.answer_number = 12.5;
    q4.tolerance = 0.5;
    q4.unit = "%";
    nq::Question q5 = question("q5", nq::QuestionType::text, "local");
    q5.accept = {"council", "city council"};
    nq::Question q6 = question("q6", nq::QuestionType::order, "budget");
    q6.items = {{"i1", "Draft"}, {"i2", "Hearing"}, {"i3", "Vote"}};
    nq::Question q7 = question("q7", nq::QuestionType::match, "local");
    q7.pairs = {{"p1", "Mayor", "Proposes"}, {"p2", "Council", "Adopts"}};
    q7.min = 1;  // ignored by match questions; carried only by numeric ones
    d.quiz.questions = {q1, q2, q3, q4, q5, q6, q7};
    d.actions = {{"Call the city clerk at 555-0100", "", {}}, {"Read the budget at example.gov", "", {}}};
    return d;
}

inline nq::Response chosen(std::vector<std::string> ids) {
    nq::Response r;
    r.answered = true;
    r.ids = std::move(ids);
    return r;
}

// Every question answered: q1 right, q2 wrong, q3 wrong, q4 right, q5 right, q6 right, q7 half right.
inline std::vector<nq::Response> sample_responses() {
    nq::Response tf, num, text, match;
    tf.answered = num.answered = text.answered = match.answered = true;
    tf.boolean = false;
    num.number = 12.25;
    text.text = "City Council";
    match.matches = {{"p1", "p2"}, {"p2", "p2"}};
    return {chosen({"a"}), chosen({"a", "c"}), tf, num, text, chosen({"i1", "i2", "i3"}), match};
}

struct Mark {
    double score;
    double max;
    bool correct;
};
inline const std::vector<Mark> kSampleMarks = {{1, 1, true}, {0, 2, false}, {0, 1, false}, {1, 1, true},
                                               {1, 1, true}, {1, 1, true},  {0.5, 1, false}};

// A finished session over `doc` with the given responses and marks, one question per 5 s.
inline nq::Session finished_session(const nq::Document& doc, const std::vector<nq::Response>& responses,
                                    const std::vector<Mark>& marks, double started_ms) {
    nq::Session s;
    s.attempt = 1;
    s.phase = nq::Phase::results;
    s.started_ms = started_ms;
    for (size_t i = 0; i < responses.size(); ++i) {
        nq::QuestionRecord r;
        r.question = static_cast<int>(i);
        r.response = responses[i];
        r.submitted = true;
        r.score = {marks[i].score, marks[i].max, responses[i].answered, marks[i].correct};
        r.shown_ms = started_ms + 5000.0 * static_cast<double>(i);
        r.time_ms = 4000 + 100 * static_cast<double>(i);
        s.records.push_back(r);
        s.result.score += marks[i].score;
        s.result.max += marks[i].max;
    }
    s.finished_ms = started_ms + 5000.0 * static_cast<double>(responses.size());
    (void)doc;
    return s;
}

// When the sessions happen.
inline constexpr int kDay = 20094;                  // 2025-01-06
inline constexpr double kStartMs = 1736164800000.0;  // 2025-01-06T12:00:00Z
inline constexpr double kDayMs = 86400000.0;

// The entry of question `q` of `article`; the test stops when there is none.
inline const nq::QuestionProgress& entry(const nq::ProgressStore& store, const std::string& article, const std::string& q) {
    const nq::ArticleProgress& a = store.articles.at(article);
    auto it = std::find_if(a.questions.begin(), a.questions.end(), [&](const nq::QuestionProgress& e) { return e.id == q; });
    REQUIRE(it != a.questions.end());
    return *it;
}

// Takes `quiz` in `s` as a reader does: start, then each response answered, submitted and
// left with Next, 4 s apart (`now` moves on).
inline void take_quiz(nq::Session& s, const nq::Quiz& quiz, const std::vector<nq::Response>& responses, double& now) {
    REQUIRE(nq::session_apply(s, quiz, {nq::Step::start, {}, now}).accepted);
    for (const nq::Response& r : responses) {
        now += 4000;
        nq::session_apply(s, quiz, {nq::Step::answer, r, now});
        nq::session_apply(s, quiz, {nq::Step::submit, {}, now});
        nq::session_apply(s, quiz, {nq::Step::next, {}, now});
    }
}

}  // namespace nq::test
