// scoring.h: a reader's response to a question, and the points it earns.
//
// The rules are those of shared/spec/content-format.md: partial credit, weights,
// tolerance and ranges, all_or_nothing. Scores are rounded to 0.01 of a point per
// question, sums are of rounded scores, the percent is rounded to 0.1.
//
//   nq::Response r;  r.answered = true;  r.ids = {"b"};
//   nq::QuestionScore s = nq::score_question(question, r);   // s.score, s.max, s.correct
//
// Index of this file:
// [SECTION] Response
// [SECTION] Scores
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "document.h"

namespace nq {

// [SECTION] Response: interpreted by the question's type
struct Response {
    bool answered = false;  // false = no response; scores 0
    std::vector<std::string> ids;  // single: {choice id}; multiple: chosen choice ids; order: item ids in the reader's order
    bool boolean = false;          // true_false
    double number = 0;             // numeric; always finite
    std::string text;              // text
    std::vector<std::pair<std::string, std::string>> matches;  // match: {left pair id, pair id whose right was chosen}
};

// [SECTION] Scores
struct QuestionScore {
    double score = 0;  // points earned, rounded to 0.01; never below 0
    double max = 0;    // the question's points
    bool answered = false;
    bool correct = false;  // full marks
};

// Unknown ids in a response earn nothing; they never fail.
QuestionScore score_question(const Question& question, const Response& response);

struct QuizScore {
    double score = 0;    // sum of question scores
    double max = 0;      // sum of question points
    double percent = 0;  // 0..100, rounded to 0.1; 0 when max is 0
    bool passed = false;  // percent >= quiz.pass_percent
    int band = -1;        // index into quiz.results of the highest min_percent <= percent; -1 = none
    std::vector<QuestionScore> questions;  // one per scored question, in the order given
};

// Scores the questions quiz.questions[indices[i]] with responses[i] (same length).
QuizScore score_quiz(const Quiz& quiz, const std::vector<int>& indices, const std::vector<Response>& responses);

// Text answers: equal after folding case, accents (é = e), surrounding punctuation and
// repeated white space, for all of Unicode (utf8proc).
std::string normalize_answer(const std::string& utf8);
bool text_matches(const Question& question, const std::string& utf8);

}  // namespace nq
