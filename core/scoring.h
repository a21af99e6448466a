// scoring.h: a reader's response to a question, and the points it earns.
//
// The rules are those of shared/spec/content-format.md: partial credit, weights,
// tolerance and ranges, all_or_nothing. Scores are rounded to 0.01 of a point per
// question (half away from zero) and sums are of rounded scores; a question's max is its
// points rounded the same way, so full marks always equal max. The percent is exact
// (100 x score / max, not rounded): pass and bands compare it as it is. The JSON shapes of responses and scores are in codec.h.
//
//   nq::Response r;  r.answered = true;  r.ids = {"b"};
//   nq::QuestionScore s = nq::score_question(question, r);   // s.score, s.max, s.correct
//
// Index of this file:
// [SECTION] Response
// [SECTION] Scores
// [SECTION] Text answers
#pragma once

#include <cfloat>
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

// True when the response holds an answer: `answered` and not empty (no id, no pair, a text
// of white space only). An empty response is unanswered and scores 0.
bool response_answered(const Question& question, const Response& response);

// [SECTION] Scores
struct QuestionScore {
    double score = 0;  // points earned, rounded to 0.01; never below 0
    double max = 0;    // the question's points
    bool answered = false;
    bool correct = false;  // full marks
};

// Numeric answers: |response - answer| <= tolerance (or min <= response <= max) is judged
// with this much relative slack, times the largest magnitude involved, so that decimal
// values agree as written (answer 0.3, tolerance 0.1: 0.4 is inside although 0.4 - 0.3 >
// 0.1 in binary floating point). A few units in the last place: never a meaningful amount.
constexpr double kNumericSlack = 4 * DBL_EPSILON;

// Unknown ids in a response earn nothing (they neither count as right nor as wrong) and
// never fail; ids repeated in a `multiple` response count once. all_or_nothing (multiple,
// order, match) gives the points only when the partial share would be 100 %.
QuestionScore score_question(const Question& question, const Response& response);

// The percent a choice earns when picked (before clamping): its weight, else 100 for the correct
// choice of a single question and 100 / (number of correct choices) for a multiple one; 0 for
// the others. The one answer to "what is this choice worth", for scoring and every view.
double choice_credit(const Question& question, const Choice& choice);

// Whether the choice is part of the solution a reader may be shown: for single, the choice
// worth most (a positive credit no other choice exceeds); for multiple, every choice worth
// points. A single choice worth less than the best (weights 100 and 50: the 50) is not.
bool choice_in_solution(const Question& question, const Choice& choice);

struct QuizScore {
    double score = 0;    // sum of question scores
    double max = 0;      // sum of question points
    double percent = 0;  // 0..100, exact (never rounded: 69.96 fails a 70 mark); 0 when max is 0
    bool passed = false;  // percent >= quiz.pass_percent
    int band = -1;        // index into quiz.results of the highest min_percent <= percent (the first
                          // of equal ones); -1 = none. quiz.results may come in any order.
    std::vector<QuestionScore> questions;  // one per scored question, in the order given
};

// Scores the questions quiz.questions[indices[i]] with responses[i] (same length; a missing
// response counts as unanswered).
QuizScore score_quiz(const Quiz& quiz, const std::vector<int>& indices, const std::vector<Response>& responses);

// [SECTION] Text answers
// The form compared: NFKC, case folded (ß = ss, İ = i), accents stripped (é = e: nonspacing
// and enclosing marks dropped after decomposition; spacing marks, vowel signs of Indic
// scripts, stay), default-ignorable characters (soft hyphen, zero-width space) removed,
// punctuation, symbols and white space trimmed at both ends (by Unicode category), and
// every inner run of white space (any Z* or control character) one ASCII space.
// Invalid UTF-8 gives "".
std::string normalize_answer(const std::string& utf8);

// True when the response equals one of question.accept after normalize_answer. A response
// or an accepted answer that normalizes to "" (invalid UTF-8, only punctuation) never matches.
bool text_matches(const Question& question, const std::string& utf8);

}  // namespace nq
